//! What a run says about each document as a whole: its date and where it
//! comes from, its speaker, and the first-person sources the speaker
//! names.

use std::collections::HashMap;

use crate::util::{Workdir, records};

type Rows = Vec<HashMap<String, String>>;

/// Runs `extract` in `wd` with `args`, and the rows of `documents.csv`
/// and `claims.csv`, with standard error.
fn extract(wd: &Workdir, args: &[&str]) -> (Rows, Rows, String) {
    let mut all = vec!["extract", "-q", "-o", "out"];
    all.extend_from_slice(args);
    let out = wd.run(&all);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let docs = records(&wd.table("out/documents.csv"));
    let claims = records(&wd.table("out/claims.csv"));
    (docs, claims, stderr)
}

/// (doc_id, date, date_precision, speaker) of each document.
fn dates(docs: &[HashMap<String, String>]) -> Vec<[&str; 4]> {
    docs.iter()
        .map(|d| {
            [&d["doc_id"], &d["date"], &d["date_precision"], &d["speaker"]]
                .map(String::as_str)
        })
        .collect()
}

/// A document's date comes from the first source it has: its record's
/// date field, its `--meta` row, its path, its dateline, `--doc-date`.
#[test]
fn document_dates_follow_the_order_of_their_sources() {
    let wd = Workdir::new("date-order");
    let dateline = "PARIS, Jan. 7, 2026 (Reuters) - Leaders met.\n";
    // Records: with a date field, with a --meta row, with neither.
    let records = [
        r#"{"id": "field", "date": "2025-03-04", "text": "T"}"#,
        r#"{"id": "meta", "text": "T"}"#,
        r#"{"id": "meta-and-field", "date": "2025-03", "text": "T"}"#,
        &format!(r#"{{"id": "path", "text": {:?}}}"#, dateline),
    ];
    wd.write("in/2019/records.jsonl", records.join("\n"));
    // Text files: a dateline, none, a dateline in a year folder.
    wd.write("in/plain/dateline.txt", dateline);
    wd.write("in/plain/nothing.txt", "On 11 September 2001, the towers fell.");
    wd.write("meta.csv", "doc_id,date\nmeta,2024-09\nmeta-and-field,2023\n");
    let (docs, _, stderr) = extract(
        &wd,
        &[
            "in",
            "--meta",
            "meta.csv",
            "--date-from-path",
            "--doc-date",
            "1999",
        ],
    );
    assert_eq!(
        dates(&docs),
        [
            ["field", "2025-03-04", "day", ""],
            ["meta", "2024-09-01", "month", ""],
            ["meta-and-field", "2025-03-01", "month", ""],
            ["path", "2019-01-01", "year", ""],
            ["in/plain/dateline.txt", "2026-01-07", "day", ""],
            ["in/plain/nothing.txt", "1999-01-01", "year", ""],
        ],
        "{stderr}"
    );
    // Without the options, the dateline; a date in prose is none.
    let (docs, _, _) = extract(&wd, &["in/plain"]);
    assert_eq!(
        dates(&docs),
        [
            ["in/plain/dateline.txt", "2026-01-07", "day", ""],
            ["in/plain/nothing.txt", "", "", ""],
        ]
    );
}

/// A document dated by its year resolves what the year fixes, and leaves
/// what needs a month or a day unresolved; claims carry the document's
/// date at its precision.
#[test]
fn a_year_from_the_path_resolves_what_a_year_can() {
    let wd = Workdir::new("year-precision");
    wd.write(
        "session-79-2024/KEN_79_2024.txt",
        "Kenya grew last year. Prices rose yesterday. Officials said the \
         talks would resume.\n",
    );
    let (docs, claims, _) =
        extract(&wd, &["session-79-2024", "--date-from-path"]);
    assert_eq!(docs[0]["date"], "2024-01-01");
    assert_eq!(docs[0]["date_precision"], "year");
    let ents = records(&wd.table("out/entities.csv"));
    let values: Vec<(&str, &str)> = ents
        .iter()
        .filter(|e| e["kind"] == "date")
        .map(|e| (e["text"].as_str(), e["value"].as_str()))
        .collect();
    assert_eq!(values, [("last year", "2023"), ("yesterday", "XXXX-XX-XX")]);
    assert_eq!(claims[0]["date"], "2024");
}

/// `--meta` joins by id, else by file name; what joins nothing, or joins
/// twice, or names several documents, is reported with its line.
#[test]
fn meta_rows_join_by_id_or_file_name_and_problems_are_reported() {
    let wd = Workdir::new("meta-join");
    wd.write("in/a/KEN_79_2024.txt", "Text.");
    wd.write("in/a/same.txt", "Text.");
    wd.write("in/b/same.txt", "Text.");
    wd.write("in/b/by-id.txt", "Text.");
    wd.write(
        "meta.tsv",
        "doc_id\tdate\tspeaker\tcountry\tother\n\
         KEN_79_2024.txt\t2024\tWilliam Ruto\tKEN\tx\n\
         same.txt\t2020\t\t\t\n\
         in/b/by-id.txt\t2021-05-06\tUSA\t\t\n\
         in/b/by-id.txt\t2022\t\t\t\n\
         nobody.txt\t2023\t\t\t\n",
    );
    let (docs, _, stderr) = extract(&wd, &["in", "--meta", "meta.tsv"]);
    assert_eq!(
        dates(&docs),
        [
            ["in/a/KEN_79_2024.txt", "2024-01-01", "year", "william-ruto"],
            ["in/a/same.txt", "", "", ""],
            ["in/b/by-id.txt", "2021-05-06", "day", "USA"],
            ["in/b/same.txt", "", "", ""],
        ]
    );
    for line in [
        "meta.tsv:3: `same.txt` is the file name of 2 documents, so it joins none",
        "meta.tsv:4: document `in/b/by-id.txt` is joined by the rows of lines 4, 5; the first is used",
        "meta.tsv:6: `nobody.txt` joins no document",
    ] {
        assert!(stderr.contains(line), "{line}\n{stderr}");
    }
}

/// A bad table stops the run before any document, saying where.
#[test]
fn bad_meta_tables_stop_the_run() {
    let wd = Workdir::new("meta-bad");
    wd.write("in/a.txt", "Text.");
    let cases = [
        (
            "id,date\na.txt,2024\n",
            "m.csv:1: no column `doc_id` in the header (found: id, date)",
        ),
        (
            "doc_id,date\na.txt,Sept 2024\n",
            "m.csv:2: `Sept 2024` is no date (YYYY, YYYY-MM or YYYY-MM-DD)",
        ),
        ("doc_id,date\n,2024\n", "m.csv:2: an empty `doc_id`"),
    ];
    for (table, want) in cases {
        wd.write("m.csv", table);
        let out = wd.run(&["extract", "in", "--meta", "m.csv", "-o", "out"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(want), "{want}\n{stderr}");
        assert!(!wd.path("out/documents.csv").exists());
    }
    let out = wd.run(&["extract", "in", "--meta", "none.csv", "-o", "out"]);
    assert_eq!(out.status.code(), Some(1));
    let out = wd.run(&["extract", "in", "--doc-date", "2024-13", "-o", "out"]);
    assert_eq!(out.status.code(), Some(1));
}

/// "I" and "me" are the speaker; "we" and "my government" the country
/// the speaker speaks for: the one given, else the one of the role the
/// speaker holds on the document's date, else the speaker.
#[test]
fn first_person_sources_are_the_speaker_or_the_speakers_country() {
    let wd = Workdir::new("first-person");
    let text = "I believe that peace is possible. We said that Sudan \
                needs help. My government has made it clear it will act.";
    let recs = [
        ("given", r#""speaker": "William Ruto", "country": "TZA""#),
        ("role", r#""speaker": "William Ruto", "date": "2024-09-24""#),
        ("no-role", r#""speaker": "Ana Pérez""#),
        ("country", r#""speaker": "KEN""#),
        ("only-country", r#""country": "KEN""#),
        ("none", r#""date": "2024""#),
    ];
    let lines: Vec<String> = recs
        .iter()
        .map(|(id, meta)| {
            format!(r#"{{"id": "{id}", {meta}, "text": {text:?}}}"#)
        })
        .collect();
    wd.write("in.jsonl", lines.join("\n"));
    let (_, claims, _) = extract(&wd, &["in.jsonl"]);
    let got: Vec<(&str, &str, &str)> = claims
        .iter()
        .map(|c| {
            (
                c["doc_id"].as_str(),
                c["source"].as_str(),
                c["source_entity_id"].as_str(),
            )
        })
        .collect();
    let want = [
        ("given", "I", "william-ruto"),
        ("given", "We", "TZA"),
        ("given", "My government", "TZA"),
        ("role", "I", "william-ruto"),
        ("role", "We", "KEN"),
        ("role", "My government", "KEN"),
        ("no-role", "I", "ana-perez"),
        ("no-role", "We", "ana-perez"),
        ("no-role", "My government", "ana-perez"),
        ("country", "I", "KEN"),
        ("country", "We", "KEN"),
        ("country", "My government", "KEN"),
        ("only-country", "I", ""),
        ("only-country", "We", "KEN"),
        ("only-country", "My government", "KEN"),
        ("none", "I", ""),
        ("none", "We", ""),
        ("none", "My government", ""),
    ];
    assert_eq!(got, want);
}

/// The speaker and country fields are named by options, in CSV as in
/// JSON Lines.
#[test]
fn speaker_fields_are_named_by_options() {
    let wd = Workdir::new("speaker-fields");
    wd.write(
        "in.csv",
        "id,who,state,text\nd1,William Ruto,TZA,We said that it rains.\n",
    );
    let (docs, claims, _) = extract(
        &wd,
        &["in.csv", "--speaker-field", "who", "--country-field", "state"],
    );
    assert_eq!(docs[0]["speaker"], "william-ruto");
    assert_eq!(claims[0]["source_entity_id"], "TZA");
}

/// Vague references to the present, past and future are date mentions
/// only with `--vague-dates`; the dates beside them either way.
#[test]
fn vague_dates_only_with_the_flag() {
    let wd = Workdir::new("vague-dates");
    wd.write(
        "in.jsonl",
        r#"{"id": "d", "date": "2026-01-07", "text": "Now the talks resume on 9 January 2026. Prices rose recently, and in the future they will fall."}"#,
    );
    let cases: [(&[&str], &[&str]); 2] = [
        (&[], &["2026-01-09"]),
        (
            &["--vague-dates"],
            &["PRESENT_REF", "2026-01-09", "PAST_REF", "FUTURE_REF"],
        ),
    ];
    for (flags, want) in cases {
        let mut args =
            vec!["extract", "-q", "-o", "-", "--kinds", "date", "--no-claims"];
        args.extend_from_slice(flags);
        args.push("in.jsonl");
        let (values, text) = date_values(&wd, &args);
        assert_eq!(values, want, "{flags:?}: {text}");
    }
}

/// The values of the mention rows of `factscan ARGS` (JSON lines on
/// standard output), in text order, and the output.
fn date_values(wd: &Workdir, args: &[&str]) -> (Vec<String>, String) {
    let out = wd.run(args);
    assert_eq!(out.status.code(), Some(0), "{args:?}");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let values = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|r| r["table"] == "entity")
        .filter_map(|r| r["value"].as_str().map(String::from))
        .collect();
    (values, text)
}

/// `--prefer-dates` sends a date that leaves its year or week open one way
/// from the document's date, where the text gives no cue; a cue ("will")
/// still rules. The document is dated Wednesday 2026-01-07.
#[test]
fn prefer_dates_reads_open_dates_past_or_future() {
    let wd = Workdir::new("prefer-dates");
    wd.write(
        "in.jsonl",
        r#"{"id": "d", "date": "2026-01-07", "text": "Talks will resume on Friday, the minister said in a statement. We met on Aug 8 and on Tuesday."}"#,
    );
    let cases = [
        ("nearest", ["2026-01-09", "2025-08-08", "2026-01-06"]),
        ("future", ["2026-01-09", "2026-08-08", "2026-01-13"]),
        ("past", ["2026-01-09", "2025-08-08", "2026-01-06"]),
    ];
    for (prefer, want) in cases {
        let args = [
            "extract",
            "-q",
            "-o",
            "-",
            "--kinds",
            "date",
            "--no-claims",
            "--prefer-dates",
            prefer,
            "in.jsonl",
        ];
        let (values, text) = date_values(&wd, &args);
        assert_eq!(values, want, "{prefer}: {text}");
    }
}
