//! Table-driven tests of the date grammar and its values.

use super::*;

mod forms;
mod numbers;
mod reading;
mod scan;

/// (span, value) of every date found in `text`, resolved against `doc`.
fn dates(
    text: &str,
    doc: Option<&str>,
    order: DateOrder,
) -> Vec<(String, String)> {
    dates_by(DateMatcher::new(order), text, doc)
}

/// (span, value) of every date `matcher` finds in `text`, resolved
/// against `doc`.
fn dates_by(
    matcher: DateMatcher,
    text: &str,
    doc: Option<&str>,
) -> Vec<(String, String)> {
    let scan = matcher.scan(text);
    let mut out = Vec::new();
    scan.mentions(doc.and_then(DocDate::parse), &mut out);
    out.iter()
        .map(|m| (text[m.start..m.end].to_string(), m.value.clone()))
        .collect()
}

fn one(text: &str, doc: Option<&str>) -> Option<(String, String)> {
    let got = dates(text, doc, DateOrder::Auto);
    assert!(got.len() <= 1, "{text}: {got:?}");
    got.into_iter().next()
}
