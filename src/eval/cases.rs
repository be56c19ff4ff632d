//! Date cases: TSV rows of text, reference date and expected value, from
//! other projects' test suites, scored by value agreement.

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
        s
    }
}

/// The date-case TSV files: value agreement per row in scope.
pub(super) fn dates(pipeline: &Pipeline, path: &Path) -> Result<Report> {
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
            let out = pipeline.process(&Document {
                date: date.map(Into::into),
                ..Document::new("case", &case)
            });
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
