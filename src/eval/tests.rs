//! Tests of the gold readers and the scores, on gold files written for
//! the project in `tests/data/eval`.

use super::*;
use crate::PipelineBuilder;
use crate::calendar::Ymd;

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
    let spans: Vec<&str> =
        docs[0].spans.iter().map(|s| &docs[0].text[s.start..s.end]).collect();
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
        [("North Atlantic Treaty Organization", "ORG"), ("Russian", "MISC")]
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
    assert_eq!((r.by_type["DATE"].value_ok, r.by_type["DATE"].valued), (2, 2));
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

/// Gold of another format, or of no type the format scores, is an error
/// naming the path and what the format reads, never a report of zeros.
#[test]
fn gold_with_nothing_to_score_is_an_error() {
    let empty = tempfile::tempdir().unwrap();
    let cases = [
        (GoldFormat::Brat, "iob2.conll", "no gold document found"),
        (GoldFormat::Timeml, "brat", "no gold document found"),
        (GoldFormat::Conll, "brat", "no gold document found"),
        (GoldFormat::Re3d, "timeml", "no gold document found"),
        (GoldFormat::Dates, "iob2.conll", "no date case found"),
        (
            GoldFormat::Brat,
            "brat-ner",
            "1 gold document(s) but no cue, source or content span (its types: location)",
        ),
        (
            GoldFormat::Conll,
            "all-o.conll",
            "1 gold document(s) but no annotated span",
        ),
    ];
    for (format, rel, what) in cases {
        let err = run(format, rel).unwrap_err().to_string();
        let want = format!(
            "{}: {what}: --gold {} reads {}",
            data(rel).display(),
            format.name(),
            format.expects()
        );
        assert_eq!(err, want, "{rel} as {format:?}");
    }
    let p = PipelineBuilder::new().build().unwrap();
    let err = evaluate(&p, GoldFormat::Timeml, empty.path()).unwrap_err();
    assert!(err.to_string().contains("no gold document found"), "{err}");
}

#[test]
fn a_table_of_mentions_alone_scores_no_claims() {
    // The same document as `own`, with its mentions and no claims table:
    // the claim found is not counted against it.
    let r = run(GoldFormat::Csv, "own-mentions").unwrap();
    assert!(!r.by_type.contains_key("cue"), "{:?}", r.by_type.keys());
    assert!(!r.by_type.contains_key("source"));
    assert!(r.by_type.contains_key("country"));
    // With its claims table, the claim is scored.
    let r = run(GoldFormat::Csv, "own").unwrap();
    assert!(r.by_type.contains_key("cue"));
}
