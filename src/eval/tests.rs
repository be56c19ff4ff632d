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
        // Fields dateparser fills in from the clock: the year alone.
        ("2014-0X-0XT00:00:00", "2014", true),
        ("2014-10-0XT00:00:00", "2014-10", true),
        ("2014-10-0XT00:00:00", "2014", false),
        // TIMEX patterns keep their weeks.
        ("2000-WXX", "2000", false),
        ("XXXX-WXX-1", "XXXX-WXX-1", true),
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

#[test]
fn date_cases_read_each_suites_conventions() {
    use super::cases::by_convention;
    let ex = "grain=Day; interval end exclusive";
    let cases = [
        // Duckling's exclusive ends, at the grain given.
        ("2013-07-13/2013-07-16", ex, "2013-07-13/2013-07-15"),
        ("2013-02-13/2013-02-14", ex, "2013-02-13"),
        ("2013-02-01/2013-03-01", ex, "2013-02"),
        ("2013-02-11/2013-02-18", ex, "2013-W07"),
        ("2013-01-01/2014-01-01", ex, "2013"),
        ("2013-02-12/2013-02-17", ex, "2013-02-12/2013-02-16"),
        (
            "2013-01-01/2013-04-01",
            "grain=Month; interval end exclusive",
            "2013-01/2013-03",
        ),
        (
            "1960-01-01/1962-01-01",
            "grain=Year; interval end exclusive",
            "1960/1961",
        ),
        // Not exclusive, or times of day: as they are.
        ("2013-07-13/2013-07-16", "grain=Day", "2013-07-13/2013-07-16"),
        (
            "2013-02-12T04:00:00/2013-02-12T12:00:00",
            ex,
            "2013-02-12T04:00:00/2013-02-12T12:00:00",
        ),
        // dateparser's periods: the day is a fill-in.
        ("2015-03-15T00:00:00", "whole-string parse; period=month", "2015-03"),
        ("2015-02-10T00:00:00", "period=year", "2015"),
        ("2015-12-10T00:00:00", "period=day", "2015-12-10T00:00:00"),
    ];
    for (expected, note, want) in cases {
        assert_eq!(by_convention(expected, note), want, "{expected} {note}");
    }
}

#[test]
fn date_cases_out_of_scope_by_reason() {
    use super::cases::scope;
    let cases = [
        ("2014-07-22T00:00:00", "", None),
        ("2014-11-19T12:00:00", "", Some("time of day")),
        ("2013-02-12T00:00:00", "grain=Hour", Some("time of day")),
        ("2010-02-17T00:00", "type=TIME", Some("time of day")),
        ("P3D", "", Some("duration")),
        ("PXM", "", Some("duration")),
        ("PT2H", "", Some("duration")),
        ("2013-02-12/P1W", "", Some("duration")),
        // Vague references start with a P too, and are dates.
        ("PRESENT_REF", "type=DATE", None),
        ("PAST_REF", "type=DATE", None),
        ("2013-02-12/..", "", Some("open interval")),
        (
            "2015-03-15T00:00:00",
            "settings=PREFER_DATES_FROM=past",
            Some("a dateparser setting factscan has not"),
        ),
        ("2013-02-15", "locale=en_GB; grain=Day", None),
    ];
    for (expected, note, want) in cases {
        assert_eq!(scope(expected, note), want, "{expected} {note}");
    }
}

#[test]
fn date_case_rows_of_one_text_for_other_locales_are_one_row() {
    let dir = std::env::temp_dir()
        .join(format!("factscan-cases-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let rows = "text\treference_date\texpected\tnote\n\
        thanksgiving\t2013-02-12\t2013-11-28\tlocale=en_US; grain=Day\n\
        thanksgiving\t2013-02-12\t2013-10-14\tlocale=en_CA; grain=Day\n\
        15/2\t2013-02-12\t2013-02-15\tlocale=en_GB; grain=Day\n\
        3 fridays from now\t2013-02-12\t2013-03-01\ten (all locales); grain=Day\n\
        3 fridays from now\t2013-02-12\t2013-03-08\tdiffCorpus; grain=Day\n";
    std::fs::write(dir.join("suite.tsv"), rows).unwrap();
    let pipeline = PipelineBuilder::new().build().unwrap();
    let r = super::cases::dates(&pipeline, &dir).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(r.merged, 1);
    // thanksgiving (one row, either value), 15/2, and the two corpora's
    // rows of "3 fridays from now", which name no locale.
    assert_eq!(r.by_type["suite"].valued, 4);
}
