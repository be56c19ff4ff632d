//! Date cases: TSV rows of text, reference date and expected value, from
//! other projects' test suites, scored by value agreement.

use std::collections::BTreeMap;
use std::path::Path;

use super::{Counts, GoldDoc, GoldSpan, Report, gold, value_agrees};
use crate::calendar::Ymd;
use crate::error::{Error, Result};
use crate::pipeline::{Document, Pipeline};

impl Report {
    pub(super) fn cases_json(&self) -> serde_json::Value {
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
            "merged_locale_rows": self.merged,
        })
    }

    pub(super) fn cases_table(&self) -> String {
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
        if self.merged > 0 {
            let n = self.merged;
            s.push_str(&format!(
                "{n} rows for another locale of a text scored with its first\n"
            ));
        }
        s
    }
}

/// One row to score: a text, its reference date, and the values it may
/// take (more than one where a suite expects one value per locale).
struct Case {
    /// `file:line` of its first row.
    at: String,
    text: String,
    reference: String,
    expected: Vec<String>,
}

/// The date-case TSV files: value agreement per row in scope.
///
/// Two conventions of the suites are read as they are meant: an interval
/// whose note says "interval end exclusive" (Duckling's) ends a unit of
/// its grain earlier, as factscan's inclusive intervals do
/// ([`by_convention`]); and the rows of one text and reference date that
/// differ only in their locale (`locale=en_GB`, `en (all locales)`) are
/// one row, which agrees with any of their values.
pub(super) fn dates(pipeline: &Pipeline, path: &Path) -> Result<Report> {
    let mut report = Report { cases: true, ..Report::default() };
    for file in gold::files(path, ".tsv")? {
        let suite = file
            .file_stem()
            .map_or(String::new(), |s| s.to_string_lossy().into_owned());
        let text =
            std::fs::read_to_string(&file).map_err(|e| Error::io(&file, e))?;
        let mut cases: Vec<Case> = Vec::new();
        let mut by_text: BTreeMap<(String, String), usize> = BTreeMap::new();
        for (n, line) in text.lines().enumerate().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 3 {
                return Err(Error::gold(
                    format!("{}:{}", file.display(), n + 1),
                    "fewer than 3 fields",
                ));
            }
            let (case, reference) = (unescape(f[0]), f[1].to_string());
            // The note is the last field: SUTime's rows hold the
            // sentence before it.
            let note = if f.len() > 3 { f[f.len() - 1] } else { "" };
            let expected = by_convention(f[2], note);
            if let Some(reason) = scope(&expected, note) {
                *report.skipped.entry(reason.to_string()).or_default() += 1;
                continue;
            }
            let key = (case.clone(), reference.clone());
            match by_text.get(&key) {
                Some(&i) if is_locale(note) => {
                    report.merged += 1;
                    cases[i].expected.push(expected);
                }
                _ => {
                    if is_locale(note) {
                        by_text.insert(key, cases.len());
                    }
                    cases.push(Case {
                        at: format!("{}:{}", file.display(), n + 1),
                        text: case,
                        reference,
                        expected: vec![expected],
                    });
                }
            }
        }
        for case in cases {
            score(pipeline, &suite, &case, &mut report);
        }
    }
    Ok(report)
}

fn score(pipeline: &Pipeline, suite: &str, case: &Case, report: &mut Report) {
    let date = Ymd::parse(case.reference.get(..10).unwrap_or(""));
    let out = pipeline.process(&Document {
        date: date.map(Into::into),
        ..Document::new("case", &case.text)
    });
    let values: Vec<&str> = out
        .entities
        .iter()
        .filter(|e| e.kind == "date")
        .map(|e| e.value.as_str())
        .collect();
    let ok = case.expected.iter().any(|expected| {
        if expected.is_empty() {
            values.is_empty()
        } else {
            values.iter().any(|v| value_agrees(expected, v))
        }
    });
    let c = report.by_type.entry(suite.to_string()).or_default();
    c.valued += 1;
    c.value_ok += usize::from(ok);
    if !ok {
        let doc = GoldDoc {
            id: case.at.clone(),
            text: case.text.clone(),
            ..GoldDoc::default()
        };
        let span = GoldSpan {
            start: 0,
            end: case.text.len(),
            label: String::new(),
            value: None,
        };
        report.error(&doc, &span, &case.expected.join("|"), &values.join(";"));
    }
    report.documents += 1;
}

/// Whether a row's note names the locale it was written for: rows of one
/// text for several locales are one row.
fn is_locale(note: &str) -> bool {
    note.starts_with("locale=")
        || note.starts_with("en default")
        || note.starts_with("en (all locales)")
}

/// The expected value as factscan writes one. An interval whose `note`
/// says its end is exclusive (Duckling: "July 13-15" is
/// `2013-07-13/2013-07-16`, at the grain of a day) ends one unit of its
/// grain (`grain=Day`, `Week`, `Month`, `Year`) earlier, and both ends
/// are written at that grain (`2013-01/2013-03` for the first three
/// months); an interval that is then one whole month, ISO week or year
/// is that period's value (`2013-02`, `2013-W07`, `2013`). A value whose
/// note gives dateparser's `period=month` or `period=year` is written at
/// that period (its day and month are fill-ins). Any other value is kept
/// as it is.
pub(super) fn by_convention(expected: &str, note: &str) -> String {
    // dateparser: the period its value stands for ("March" is
    // 2015-03-15T00:00:00 with period=month: the day is its fill-in).
    let period = |n: usize| {
        let v = expected.split('T').next().unwrap_or(expected);
        v.get(..n).unwrap_or(v).to_string()
    };
    if note.contains("period=month") && !expected.contains('/') {
        return period(7);
    }
    if note.contains("period=year") && !expected.contains('/') {
        return period(4);
    }
    let Some((a, b)) = expected.split_once('/') else {
        return expected.to_string();
    };
    if !note.contains("interval end exclusive") || a.contains('T') {
        return expected.to_string();
    }
    let (Some(a), Some(b)) = (Ymd::parse(a), Ymd::parse(b)) else {
        return expected.to_string();
    };
    let grain = note
        .split("; ")
        .find_map(|f| f.strip_prefix("grain="))
        .unwrap_or("Day");
    let month = |d: Ymd| format!("{:04}-{:02}", d.year, d.month);
    let week = |d: Ymd| {
        let (y, w) = d.iso_week();
        format!("{y:04}-W{w:02}")
    };
    let (first, last) = match grain {
        "Day" => (a.to_string(), b.add_days(-1).to_string()),
        "Week" => (week(a), week(b.add_days(-7))),
        "Month" => {
            let last = if b.month == 1 {
                Ymd { year: b.year - 1, month: 12, day: 1 }
            } else {
                Ymd { month: b.month - 1, day: 1, ..b }
            };
            (month(a), month(last))
        }
        "Year" => (format!("{:04}", a.year), format!("{:04}", b.year - 1)),
        _ => return expected.to_string(),
    };
    if first == last {
        return first;
    }
    // One whole period, written as factscan writes it.
    if grain == "Day" {
        let whole_month = a.day == 1
            && b.day == 1
            && a.days_until(b) <= 31
            && a.month != b.month;
        let whole_week = a.weekday() == 0 && a.days_until(b) == 7;
        let whole_year = (a.month, a.day, b.month, b.day) == (1, 1, 1, 1)
            && b.year == a.year + 1;
        if whole_year {
            return format!("{:04}", a.year);
        }
        if whole_month {
            return month(a);
        }
        if whole_week {
            return week(a);
        }
    }
    if grain == "Month" && a.month == 1 && b.month == 1 && b.year == a.year + 1
    {
        return format!("{:04}", a.year);
    }
    format!("{first}/{last}")
}

/// Whether `v` is an ISO 8601 duration ("P3D", "PXM", "PT2H"), not a
/// vague reference that starts with a P too ("PRESENT_REF", "PAST_REF").
fn is_duration(v: &str) -> bool {
    v.strip_prefix('P').is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_ascii_digit() || c == 'X' || c == 'T')
    })
}

/// Why a date case is out of factscan's scope, if it is: factscan gives
/// calendar dates, not times of day or durations. A value with a time of
/// midnight (`2014-07-22T00:00:00`, how dateparser and datefinder write
/// "Tuesday Jul 22, 2014") is the day; a row whose note gives a grain of
/// an hour or finer (Duckling) or the type TIME (SUTime) is a time of
/// day whatever its value. dateparser's rows that test its settings
/// for a missing day or year (`PREFER_DATES_FROM`, `PREFER_DAY_OF_MONTH`:
/// "March" as the 1st, 15th or last of a March past or to come) test
/// choices factscan leaves open (it writes `2015-03`) or makes one way
/// (the nearest date).
pub(super) fn scope(expected: &str, note: &str) -> Option<&'static str> {
    // A date and a time: "2014-11-19T12:00:00" (not "PRESENT_REF").
    let timed = |v: &str| {
        let dated = v.starts_with(|c: char| c.is_ascii_digit() || c == 'X');
        dated
            && v.split_once('T').is_some_and(|(_, time)| {
                !time
                    .trim_start_matches(['0', ':', '.'])
                    .trim_end_matches('Z')
                    .is_empty()
            })
    };
    let fine = ["grain=Hour", "grain=Minute", "grain=Second", "type=TIME"];
    if note.contains("PREFER_DATES_FROM=")
        || note.contains("PREFER_DAY_OF_MONTH=")
    {
        Some("a dateparser setting factscan has not")
    } else if expected.contains("..") {
        Some("open interval")
    } else if expected.split('/').any(is_duration) {
        Some("duration")
    } else if expected.split('/').any(timed)
        || fine.iter().any(|g| note.contains(g))
    {
        Some("time of day")
    } else {
        None
    }
}

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t")
}
