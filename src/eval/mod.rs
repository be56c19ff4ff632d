//! Evaluation: precision, recall and F1 of the pipeline against gold
//! annotations, per type, with exact and overlapping span matches.

mod cases;
mod gold;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::pipeline::{Document, Pipeline};
use crate::sink::DocOutput;

pub use gold::{GoldDoc, GoldSpan};

/// The formats gold data comes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoldFormat {
    /// CoNLL-2003 token lines, IOB1 or IOB2.
    Conll,
    /// brat standoff: entity spans, or attribution cue, source, content.
    Brat,
    /// TimeML `.tml` files.
    Timeml,
    /// re3d JSON lines.
    Re3d,
    /// Date cases: TSV with `text`, `reference_date`, `expected`.
    Dates,
    /// factscan's own `entities.csv` and `claims.csv`.
    Csv,
}

impl GoldFormat {
    /// Parses a format's name.
    pub fn parse(s: &str) -> Option<GoldFormat> {
        Some(match s {
            "conll" => GoldFormat::Conll,
            "brat" => GoldFormat::Brat,
            "timeml" => GoldFormat::Timeml,
            "re3d" => GoldFormat::Re3d,
            "dates" => GoldFormat::Dates,
            "csv" => GoldFormat::Csv,
            _ => return None,
        })
    }

    /// The format's name, as `--gold` takes it.
    pub fn name(self) -> &'static str {
        match self {
            GoldFormat::Conll => "conll",
            GoldFormat::Brat => "brat",
            GoldFormat::Timeml => "timeml",
            GoldFormat::Re3d => "re3d",
            GoldFormat::Dates => "dates",
            GoldFormat::Csv => "csv",
        }
    }

    /// What the format reads, for messages.
    pub fn expects(self) -> &'static str {
        match self {
            GoldFormat::Conll => {
                "a CoNLL-2003 file (a token and its IOB tag a line)"
            }
            GoldFormat::Brat => {
                "brat standoff: .ann files with their .txt beside them"
            }
            GoldFormat::Timeml => "TimeML .tml files with TIMEX3 tags",
            GoldFormat::Re3d => {
                "re3d folders holding documents.json and entities.json"
            }
            GoldFormat::Dates => {
                "date-case .tsv files (text, reference_date, expected)"
            }
            GoldFormat::Csv => {
                "a folder of factscan's entities.csv and claims.csv, texts in texts/"
            }
        }
    }
}

/// Counts for one type.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold spans.
    pub gold: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Predicted spans equal to a gold span of the same type.
    pub exact: usize,
    /// Gold spans met by an overlapping prediction of the same type, one
    /// to one.
    pub overlap: usize,
    /// Of the overlap matches with a gold value, those whose value agrees
    /// at the gold value's precision.
    pub value_ok: usize,
    /// Overlap matches with a gold value.
    pub valued: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.exact += o.exact;
        self.overlap += o.overlap;
        self.value_ok += o.value_ok;
        self.valued += o.valued;
    }
}

/// Precision, recall and F1.
#[derive(Clone, Copy, Debug, Serialize, PartialEq)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

fn prf(hit: usize, predicted: usize, gold: usize) -> Prf {
    let ratio =
        |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(hit, predicted), ratio(hit, gold));
    let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    let round = |x: f64| (x * 10_000.0).round() / 10_000.0;
    Prf { precision: round(p), recall: round(r), f1: round(f1) }
}

/// One false positive or false negative.
#[derive(Clone, Debug, Serialize)]
pub struct ErrorRow {
    /// The document.
    pub document: String,
    /// The span's start, in bytes.
    pub start: usize,
    /// The span's end, in bytes.
    pub end: usize,
    /// The text of the span.
    pub text: String,
    /// The gold type, for a false negative.
    pub expected: String,
    /// The predicted type, for a false positive.
    pub found: String,
}

/// The result of an evaluation.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Counts per type.
    pub by_type: BTreeMap<String, Counts>,
    /// Rows left out, by reason (date cases).
    pub skipped: BTreeMap<String, usize>,
    /// Date-case rows of one text for another locale, scored as one row
    /// with the first.
    pub merged: usize,
    /// Every false positive and false negative, and every matched span
    /// whose value disagrees (`expected` and `found` then read
    /// `TYPE=value`).
    pub errors: Vec<ErrorRow>,
    /// Documents scored.
    pub documents: usize,
    overlap_half: bool,
    pub(super) cases: bool,
}

/// Scores `pipeline` on the gold data at `path`.
///
/// # Errors
///
/// Gold data that cannot be read, as `file:line: what is wrong`; gold
/// data that gives nothing to score (no document, no row, no span of the
/// types the format scores), which is gold of another format or a wrong
/// path, naming the path and what the format reads.
pub fn evaluate(
    pipeline: &Pipeline,
    format: GoldFormat,
    path: &Path,
) -> Result<Report> {
    let nothing = |what: String| {
        let (name, expects) = (format.name(), format.expects());
        Error::gold(
            path.display().to_string(),
            format!("{what}: --gold {name} reads {expects}"),
        )
    };
    let docs = match format {
        GoldFormat::Conll => gold::conll(path)?,
        GoldFormat::Brat => gold::brat(path)?,
        GoldFormat::Timeml => gold::timeml(path)?,
        GoldFormat::Re3d => gold::re3d(path)?,
        GoldFormat::Csv => gold::own_csv(path)?,
        GoldFormat::Dates => {
            let report = cases::dates(pipeline, path)?;
            if report.documents == 0 && report.skipped.is_empty() {
                return Err(nothing("no date case found".into()));
            }
            return Ok(report);
        }
    };
    if docs.is_empty() {
        return Err(nothing("no gold document found".into()));
    }
    let scored = |label: &str| match format {
        GoldFormat::Brat => matches!(label, "cue" | "source" | "content"),
        _ => true,
    };
    if !docs.iter().flat_map(|d| &d.spans).any(|s| scored(&s.label)) {
        let mut labels: Vec<&str> = docs
            .iter()
            .flat_map(|d| &d.spans)
            .map(|s| s.label.as_str())
            .collect();
        labels.sort_unstable();
        labels.dedup();
        let found = if labels.is_empty() {
            String::new()
        } else {
            format!(" (its types: {})", labels.join(", "))
        };
        let n = docs.len();
        let what = if format == GoldFormat::Brat {
            format!(
                "{n} gold document(s) but no cue, source or content span{found}"
            )
        } else {
            format!("{n} gold document(s) but no annotated span")
        };
        return Err(nothing(what));
    }
    let mut report = Report {
        overlap_half: format == GoldFormat::Brat,
        ..Report::default()
    };
    // A table of mentions with no claim parts scores no claims: they
    // would all count as false finds.
    let claim_part = |l: &str| matches!(l, "cue" | "source" | "content");
    let gold_claims = format != GoldFormat::Csv
        || docs.iter().flat_map(|d| &d.spans).any(|s| claim_part(&s.label));
    for doc in &docs {
        let out = pipeline.process(&Document {
            date: doc.date.map(Into::into),
            ..Document::new(&doc.id, &doc.text)
        });
        let mut predicted = predictions(format, &out);
        if !gold_claims {
            predicted.retain(|p| !claim_part(&p.label));
        }
        let mut gold = doc.spans.clone();
        gold.retain(|g| scored(&g.label));
        if format == GoldFormat::Timeml {
            let all: Vec<GoldSpan> = gold
                .iter()
                .map(|g| GoldSpan { label: "all".into(), ..g.clone() })
                .collect();
            gold.retain(|g| g.label == "DATE");
            gold.extend(all);
        }
        report.score(doc, &gold, &predicted);
    }
    report.documents = docs.len();
    Ok(report)
}

/// The predicted spans in the gold format's types.
fn predictions(format: GoldFormat, out: &DocOutput) -> Vec<GoldSpan> {
    let mut spans = Vec::new();
    let mut push = |start, end, label: &str, value: Option<String>| {
        spans.push(GoldSpan { start, end, label: label.into(), value });
    };
    match format {
        GoldFormat::Conll | GoldFormat::Re3d => {
            for e in &out.entities {
                let label = match (e.kind, e.form) {
                    ("country", "demonym") => "MISC",
                    ("country" | "location", _) => "LOC",
                    ("organization", _) => "ORG",
                    ("person", _) => "PER",
                    _ => continue,
                };
                push(e.start, e.end, label, None);
            }
        }
        GoldFormat::Timeml => {
            for e in out.entities.iter().filter(|e| e.kind == "date") {
                push(e.start, e.end, "DATE", Some(e.value.clone()));
                push(e.start, e.end, "all", Some(e.value.clone()));
            }
        }
        GoldFormat::Brat => claim_parts(out, &mut push),
        GoldFormat::Csv | GoldFormat::Dates => {
            for e in &out.entities {
                push(
                    e.start,
                    e.end,
                    e.kind,
                    (!e.value.is_empty()).then(|| e.value.clone()),
                );
            }
            claim_parts(out, &mut push);
        }
    }
    spans
}

/// The content, source and cue spans of each claim, labelled so.
fn claim_parts(
    out: &DocOutput,
    push: &mut impl FnMut(usize, usize, &str, Option<String>),
) {
    for c in &out.claims {
        push(c.start, c.end, "content", None);
        if let (Some(s), Some(e)) = (c.source_start, c.source_end) {
            push(s, e, "source", None);
        }
        if let (Some(s), Some(e)) = (c.cue_start, c.cue_end) {
            push(s, e, "cue", None);
        }
    }
}

impl Report {
    fn overlaps(&self, g: &GoldSpan, p: &GoldSpan) -> bool {
        let common = g.end.min(p.end).saturating_sub(g.start.max(p.start));
        if self.overlap_half {
            2 * common >= (g.end - g.start).max(p.end - p.start) && common > 0
        } else {
            common > 0 || (g.start == p.start && g.end == p.end)
        }
    }

    fn score(
        &mut self,
        doc: &GoldDoc,
        gold: &[GoldSpan],
        predicted: &[GoldSpan],
    ) {
        let mut labels: Vec<&str> =
            gold.iter().chain(predicted).map(|s| s.label.as_str()).collect();
        labels.sort_unstable();
        labels.dedup();
        for label in labels {
            let g: Vec<&GoldSpan> =
                gold.iter().filter(|s| s.label == label).collect();
            let p: Vec<&GoldSpan> =
                predicted.iter().filter(|s| s.label == label).collect();
            let mut c = Counts {
                gold: g.len(),
                predicted: p.len(),
                ..Counts::default()
            };
            c.exact = p
                .iter()
                .filter(|x| {
                    g.iter().any(|y| x.start == y.start && x.end == y.end)
                })
                .count();
            let mut used = vec![false; p.len()];
            for gs in &g {
                let hit = (0..p.len())
                    .find(|&i| {
                        !used[i]
                            && p[i].start == gs.start
                            && p[i].end == gs.end
                    })
                    .or_else(|| {
                        (0..p.len())
                            .find(|&i| !used[i] && self.overlaps(gs, p[i]))
                    });
                match hit {
                    Some(i) => {
                        used[i] = true;
                        c.overlap += 1;
                        if (p[i].start, p[i].end) != (gs.start, gs.end) {
                            // Overlapping but not exact: an error of the
                            // exact figures; found gives what was found.
                            let text = doc.text.get(p[i].start..p[i].end);
                            let f = format!("{label}: {}", text.unwrap_or(""));
                            self.error(doc, gs, label, &f);
                        }
                        if let Some(v) =
                            gs.value.as_deref().filter(|v| !v.is_empty())
                        {
                            let found = p[i].value.as_deref().unwrap_or("");
                            let ok = value_agrees(v, found);
                            c.valued += 1;
                            c.value_ok += usize::from(ok);
                            if !ok {
                                // A value error: expected and found give
                                // the values.
                                let e = format!("{label}={v}");
                                let f = format!("{label}={found}");
                                self.error(doc, gs, &e, &f);
                            }
                        }
                    }
                    None => self.error(doc, gs, label, ""),
                }
            }
            for (i, ps) in p.iter().enumerate() {
                if !used[i] {
                    self.error(doc, ps, "", label);
                }
            }
            self.by_type.entry(label.to_string()).or_default().add(&c);
        }
    }

    fn error(
        &mut self,
        doc: &GoldDoc,
        s: &GoldSpan,
        expected: &str,
        found: &str,
    ) {
        self.errors.push(ErrorRow {
            document: doc.id.clone(),
            start: s.start,
            end: s.end,
            text: doc.text.get(s.start..s.end).unwrap_or("").to_string(),
            expected: expected.to_string(),
            found: found.to_string(),
        });
    }

    /// The counts over every type (for TimeML, over `DATE` only, since
    /// `all` counts the same predictions again).
    pub fn overall(&self) -> Counts {
        let mut all = Counts::default();
        for (label, c) in &self.by_type {
            if label != "all" {
                all.add(c);
            }
        }
        all
    }

    /// The figures as JSON, in the documented shape. For date cases, each
    /// suite has `rows` and `value_accuracy`.
    pub fn to_json(&self) -> serde_json::Value {
        if self.cases {
            return self.cases_json();
        }
        let figures = |c: &Counts| {
            let mut m = serde_json::json!({
                "exact": prf(c.exact, c.predicted, c.gold),
                "overlap": prf(c.overlap, c.predicted, c.gold),
                "gold": c.gold,
                "predicted": c.predicted,
            });
            if c.valued > 0 {
                m["value_accuracy"] = serde_json::json!(
                    (c.value_ok as f64 / c.valued as f64 * 10_000.0).round()
                        / 10_000.0
                );
            }
            m
        };
        let by_type: serde_json::Map<String, serde_json::Value> = self
            .by_type
            .iter()
            .map(|(k, c)| (k.clone(), figures(c)))
            .collect();
        let mut v = serde_json::json!({"overall": figures(&self.overall()), "by_type": by_type, "documents": self.documents});
        if !self.skipped.is_empty() {
            v["skipped"] = serde_json::json!(self.skipped);
        }
        v
    }

    /// The figures as a table for people.
    pub fn to_table(&self) -> String {
        if self.cases {
            return self.cases_table();
        }
        let mut s = format!(
            "{:<10} {:>6} {:>6}   {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}  {:>6}\n",
            "type",
            "gold",
            "found",
            "P",
            "R",
            "F1",
            "P~",
            "R~",
            "F1~",
            "value"
        );
        let mut line = |name: &str, c: &Counts| {
            let (e, o) = (
                prf(c.exact, c.predicted, c.gold),
                prf(c.overlap, c.predicted, c.gold),
            );
            let value = if c.valued > 0 {
                format!("{:.3}", c.value_ok as f64 / c.valued as f64)
            } else {
                "-".into()
            };
            s.push_str(&format!(
                "{name:<10} {:>6} {:>6}   {:>6.3} {:>6.3} {:>6.3}   {:>6.3} {:>6.3} {:>6.3}  {value:>6}\n",
                c.gold, c.predicted, e.precision, e.recall, e.f1, o.precision, o.recall, o.f1
            ));
        };
        for (k, c) in &self.by_type {
            line(k, c);
        }
        line("overall", &self.overall());
        for (reason, n) in &self.skipped {
            s.push_str(&format!("skipped: {n} rows ({reason})\n"));
        }
        s.push_str("P, R, F1: exact spans; P~, R~, F1~: overlapping spans\n");
        s
    }
}

/// Whether a predicted value agrees with a gold one at the gold value's
/// precision; `X` in the gold value is a wildcard, and trailing `-XX`
/// fields are dropped ("2014-XX-XX" fixes the year only).
pub fn value_agrees(gold: &str, predicted: &str) -> bool {
    let gold_parts: Vec<&str> = gold.split('/').collect();
    let pred_parts: Vec<&str> = predicted.split('/').collect();
    if gold_parts.len() != pred_parts.len() {
        return gold_parts.len() == 2
            && gold_parts[0] == gold_parts[1]
            && one_agrees(gold_parts[0], predicted);
    }
    gold_parts.iter().zip(&pred_parts).all(|(g, p)| one_agrees(g, p))
}

fn one_agrees(gold: &str, predicted: &str) -> bool {
    let mut g = gold.split('T').next().unwrap_or(gold);
    // A month or day with an X in it is unknown: "2014-0X-0X" (a field
    // dateparser fills in from the clock) is the year 2014.
    while let Some((rest, last)) = g.rsplit_once('-') {
        let field = last.len() == 2
            && last.contains('X')
            && last.bytes().all(|b| b == b'X' || b.is_ascii_digit());
        if !field || rest.is_empty() {
            break;
        }
        g = rest;
    }
    // "198X" is the 1980s, written "198" by factscan.
    let g = g.trim_end_matches('X');
    let (g, p) = (pad_week(g), pad_week(predicted));
    p.len() >= g.len()
        && g.bytes().zip(p.bytes()).all(|(a, b)| a == b || a == b'X')
}

/// Writes ISO weeks with two digits: "2000-W7" as "2000-W07".
fn pad_week(v: &str) -> String {
    match v.split_once("-W") {
        Some((y, w)) if w.len() == 1 => format!("{y}-W0{w}"),
        _ => v.to_string(),
    }
}

#[cfg(test)]
mod tests;
