//! Evaluation: precision, recall and F1 of the pipeline against gold
//! annotations, per type, with exact and overlapping span matches.

mod gold;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::matcher::Ymd;
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
    /// Every false positive and false negative, and every matched span
    /// whose value disagrees (`expected` and `found` then read
    /// `TYPE=value`).
    pub errors: Vec<ErrorRow>,
    /// Documents scored.
    pub documents: usize,
    overlap_half: bool,
    cases: bool,
}

/// Scores `pipeline` on the gold data at `path`.
///
/// # Errors
///
/// Gold data that cannot be read, as `file:line: what is wrong`.
pub fn evaluate(
    pipeline: &Pipeline,
    format: GoldFormat,
    path: &Path,
) -> Result<Report> {
    let docs = match format {
        GoldFormat::Conll => gold::conll(path)?,
        GoldFormat::Brat => gold::brat(path)?,
        GoldFormat::Timeml => gold::timeml(path)?,
        GoldFormat::Re3d => gold::re3d(path)?,
        GoldFormat::Csv => gold::own_csv(path)?,
        GoldFormat::Dates => return dates(pipeline, path),
    };
    let mut report = Report {
        overlap_half: format == GoldFormat::Brat,
        ..Report::default()
    };
    for doc in &docs {
        let out = pipeline.process(&Document {
            id: &doc.id,
            text: &doc.text,
            date: doc.date,
        });
        let predicted = predictions(format, &out);
        let mut gold = doc.spans.clone();
        if format == GoldFormat::Brat {
            gold.retain(|g| {
                matches!(g.label.as_str(), "cue" | "source" | "content")
            });
        }
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
        GoldFormat::Brat => {
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
        GoldFormat::Csv | GoldFormat::Dates => {
            for e in &out.entities {
                push(
                    e.start,
                    e.end,
                    e.kind,
                    (!e.value.is_empty()).then(|| e.value.clone()),
                );
            }
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
    }
    spans
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

impl Report {
    fn cases_json(&self) -> serde_json::Value {
        let figures = |c: &Counts| {
            let a = if c.valued > 0 {
                c.value_ok as f64 / c.valued as f64
            } else {
                0.0
            };
            serde_json::json!({"rows": c.valued, "value_accuracy": (a * 10_000.0).round() / 10_000.0})
        };
        let by_type: serde_json::Map<String, serde_json::Value> = self
            .by_type
            .iter()
            .map(|(k, c)| (k.clone(), figures(c)))
            .collect();
        serde_json::json!({
            "overall": figures(&self.overall()),
            "by_type": by_type,
            "skipped": self.skipped,
        })
    }

    fn cases_table(&self) -> String {
        let mut s =
            format!("{:<24} {:>6} {:>10}\n", "suite", "rows", "agreement");
        let all = self.overall();
        for (k, c) in
            self.by_type.iter().chain([(&"overall".to_string(), &all)])
        {
            let a = if c.valued > 0 {
                c.value_ok as f64 / c.valued as f64
            } else {
                0.0
            };
            s.push_str(&format!("{k:<24} {:>6} {a:>10.3}\n", c.valued));
        }
        for (reason, n) in &self.skipped {
            s.push_str(&format!("out of scope: {n} rows ({reason})\n"));
        }
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
    while let Some(rest) = g.strip_suffix("-XX") {
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

/// The date-case TSV files: value agreement per row in scope.
fn dates(pipeline: &Pipeline, path: &Path) -> Result<Report> {
    let mut report = Report { cases: true, ..Report::default() };
    for file in gold::files(path, ".tsv")? {
        let suite = file
            .file_stem()
            .map_or(String::new(), |s| s.to_string_lossy().into_owned());
        let text =
            std::fs::read_to_string(&file).map_err(|e| Error::io(&file, e))?;
        for (n, line) in text.lines().enumerate().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 3 {
                return Err(Error::gold(
                    format!("{}:{}", file.display(), n + 1),
                    "fewer than 3 fields",
                ));
            }
            let (case, reference, expected) = (unescape(f[0]), f[1], f[2]);
            let reason = scope(expected);
            if let Some(reason) = reason {
                *report.skipped.entry(reason.to_string()).or_default() += 1;
                continue;
            }
            let date = Ymd::parse(reference.get(..10).unwrap_or(""));
            let out =
                pipeline.process(&Document { id: "case", text: &case, date });
            let values: Vec<&str> = out
                .entities
                .iter()
                .filter(|e| e.kind == "date")
                .map(|e| e.value.as_str())
                .collect();
            let ok = if expected.is_empty() {
                values.is_empty()
            } else {
                values.iter().any(|v| value_agrees(expected, v))
            };
            let c = report.by_type.entry(suite.clone()).or_default();
            c.valued += 1;
            c.value_ok += usize::from(ok);
            if !ok {
                let doc = GoldDoc {
                    id: format!("{}:{}", file.display(), n + 1),
                    text: case.clone(),
                    ..GoldDoc::default()
                };
                let found = values.join(";");
                report.error(
                    &doc,
                    &GoldSpan {
                        start: 0,
                        end: case.len(),
                        label: String::new(),
                        value: None,
                    },
                    expected,
                    &found,
                );
            }
            report.documents += 1;
        }
    }
    Ok(report)
}

/// Why a date case is out of factscan's scope, if it is: factscan gives
/// calendar dates, not times of day or durations.
fn scope(expected: &str) -> Option<&'static str> {
    if expected.contains("..") {
        Some("open interval")
    } else if expected.starts_with('P') || expected.contains("/P") {
        Some("duration")
    } else if expected.split('/').any(|v| v.contains('T')) {
        Some("time of day")
    } else {
        None
    }
}

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PipelineBuilder;

    fn data(rel: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/eval").join(rel)
    }

    fn run(format: GoldFormat, rel: &str) -> Result<Report> {
        let p = PipelineBuilder::new().build().unwrap();
        evaluate(&p, format, &data(rel))
    }

    fn counts(r: &Report, label: &str) -> (usize, usize, usize, usize) {
        let c = &r.by_type[label];
        (c.gold, c.predicted, c.exact, c.overlap)
    }

    #[test]
    fn conll_iob2_documents_and_spans() {
        let docs = gold::conll(&data("iob2.conll")).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(
            docs[0].text,
            "Russia and Ukraine met in Kyiv .\nVladimir Putin spoke .\n"
        );
        let spans: Vec<&str> = docs[0]
            .spans
            .iter()
            .map(|s| &docs[0].text[s.start..s.end])
            .collect();
        assert_eq!(spans, ["Russia", "Ukraine", "Kyiv", "Vladimir Putin"]);
        assert!(docs[1].spans.is_empty(), "a document with no entities");
        let r = run(GoldFormat::Conll, "iob2.conll").unwrap();
        assert_eq!(counts(&r, "LOC"), (3, 3, 3, 3));
        assert_eq!(counts(&r, "PER"), (1, 1, 1, 1));
        assert_eq!(r.documents, 2);
    }

    #[test]
    fn conll_iob1_starts_spans_at_i_tags() {
        let docs = gold::conll(&data("iob1.conll")).unwrap();
        let d = &docs[0];
        let spans: Vec<(&str, &str)> = d
            .spans
            .iter()
            .map(|s| (&d.text[s.start..s.end], s.label.as_str()))
            .collect();
        assert_eq!(
            spans,
            [
                ("North Atlantic Treaty Organization", "ORG"),
                ("Russian", "MISC")
            ]
        );
        let r = run(GoldFormat::Conll, "iob1.conll").unwrap();
        assert_eq!(counts(&r, "ORG"), (1, 1, 1, 1));
        assert_eq!(counts(&r, "MISC"), (1, 1, 1, 1));
    }

    #[test]
    fn brat_attributions_are_scored_by_part() {
        let r = run(GoldFormat::Brat, "brat").unwrap();
        assert_eq!(counts(&r, "source"), (1, 1, 1, 1));
        assert_eq!(counts(&r, "cue"), (1, 1, 1, 1));
        // The gold content keeps its final period; factscan's does not:
        // no exact match, but an overlap of more than half.
        assert_eq!(counts(&r, "content"), (1, 1, 0, 1));
    }

    #[test]
    fn misaligned_offsets_are_a_clear_error() {
        let err = run(GoldFormat::Brat, "brat-bad").unwrap_err().to_string();
        assert!(
            err.ends_with(
                "a.ann:2: span 40..52 does not fit the text (12 characters)"
            ),
            "{err}"
        );
    }

    #[test]
    fn timeml_spans_values_and_document_date() {
        let docs = gold::timeml(&data("timeml")).unwrap();
        assert_eq!(docs[0].date, Ymd::new(2026, 1, 7));
        assert!(docs[0].text.contains("Paris & will"));
        let r = run(GoldFormat::Timeml, "timeml").unwrap();
        assert_eq!(counts(&r, "DATE"), (2, 2, 2, 2));
        assert_eq!(
            (r.by_type["DATE"].value_ok, r.by_type["DATE"].valued),
            (2, 2)
        );
        assert_eq!(counts(&r, "all").0, 3);
        let json = r.to_json();
        assert_eq!(json["by_type"]["DATE"]["exact"]["precision"], 1.0);
        assert_eq!(json["by_type"]["DATE"]["value_accuracy"], 1.0);
    }

    #[test]
    fn re3d_types_map_to_conll_types() {
        let docs = gold::re3d(&data("re3d")).unwrap();
        let labels: Vec<&str> =
            docs[0].spans.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(
            labels,
            ["LOC", "LOC", "LOC", "MISC", "ORG"],
            "other types are left out"
        );
        let r = run(GoldFormat::Re3d, "re3d").unwrap();
        assert_eq!(counts(&r, "LOC"), (3, 3, 3, 3));
        assert_eq!(counts(&r, "MISC"), (1, 1, 1, 1));
        assert_eq!(counts(&r, "ORG"), (1, 0, 0, 0));
    }

    #[test]
    fn date_cases_count_agreement_and_reasons_for_scope() {
        let r = run(GoldFormat::Dates, "dates").unwrap();
        let c = &r.by_type["cases"];
        assert_eq!((c.value_ok, c.valued), (4, 5));
        let skipped: Vec<(&str, usize)> =
            r.skipped.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(skipped, [("duration", 1), ("time of day", 1)]);
        assert_eq!(r.errors.len(), 1);
        assert!(r.to_table().contains("out of scope: 1 rows (duration)"));
        let json = r.to_json();
        assert_eq!(json["by_type"]["cases"]["rows"], 5);
        assert_eq!(json["overall"]["value_accuracy"], 0.8);
        assert_eq!(json["skipped"]["time of day"], 1);
    }

    #[test]
    fn own_tables_serve_as_gold() {
        let r = run(GoldFormat::Csv, "own").unwrap();
        assert_eq!(counts(&r, "country"), (2, 2, 2, 2));
        assert_eq!(counts(&r, "cue"), (1, 1, 1, 1));
        assert_eq!(counts(&r, "source"), (1, 1, 1, 1));
        assert_eq!(counts(&r, "content"), (1, 1, 1, 1));
        assert!(r.errors.is_empty(), "{:?}", r.errors);
    }

    #[test]
    fn values_agree_at_the_gold_precision() {
        let cases = [
            ("2026-01", "2026-01-07", true),
            ("2026-01-07", "2026-01", false),
            ("2014-XX-XX", "2014", true),
            ("2009/2010", "2009/2010", true),
            ("2013-02-12T04:30:00", "2013-02-12", true),
            ("199", "199", true),
            ("2026-W02", "2026-W03", false),
            ("2000-W7", "2000-W07", true),
            ("199X", "199", true),
        ];
        for (gold, found, want) in cases {
            assert_eq!(value_agrees(gold, found), want, "{gold} vs {found}");
        }
    }
}
