//! Tables: the sample corpus's tables, their types, formats, thread counts.

use std::collections::HashMap;
use std::fs;

use crate::util::{Workdir, project, records};

const ENTITY_HEADER: &str = "doc_id,mention_id,kind,form,entity_id,name,text,start,end,char_start,char_end,sentence,value,rule";
const CLAIM_HEADER: &str = "doc_id,claim_id,sentence,start,end,char_start,char_end,kind,source,source_entity_id,source_start,source_end,cue,cue_start,cue_end,cue_class,text,hedge,negated,entity_ids,date";
const DOCUMENT_HEADER: &str = "doc_id,source,date,date_precision,speaker,bytes,sentences,mentions,claims,status,message";

/// A header line as written: every column name is text, so quoted.
fn quoted(header: &str) -> String {
    header.split(',').map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(",")
}

/// Runs `extract` on the project's sample corpus into `out`.
fn extract_sample(wd: &Workdir, extra: &[&str]) -> std::process::Output {
    let data = project().join("data");
    let mut args = vec!["extract", data.to_str().unwrap(), "-o", "out", "-q"];
    args.extend_from_slice(extra);
    wd.run(&args)
}

fn find<'a>(
    rows: &'a [HashMap<String, String>],
    pairs: &[(&str, &str)],
) -> Option<&'a HashMap<String, String>> {
    rows.iter().find(|r| pairs.iter().all(|(k, v)| r[*k] == *v))
}

#[test]
fn sample_corpus_gives_all_three_tables() {
    let wd = Workdir::new("sample");
    let out = extract_sample(&wd, &[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (table, header) in [
        ("entities", ENTITY_HEADER),
        ("claims", CLAIM_HEADER),
        ("documents", DOCUMENT_HEADER),
    ] {
        let text =
            fs::read_to_string(wd.path(&format!("out/{table}.csv"))).unwrap();
        assert_eq!(
            text.lines().next(),
            Some(quoted(header).as_str()),
            "{table}"
        );
    }
    let data = project().join("data");
    let summit = format!("{}/news/summit.txt", data.display());
    let entities = records(&wd.table("out/entities.csv"));
    let want: &[&[(&str, &str)]] = &[
        &[
            ("doc_id", &summit),
            ("text", "Kremlin"),
            ("kind", "country"),
            ("form", "metonym"),
            ("entity_id", "RUS"),
        ],
        &[
            ("doc_id", &summit),
            ("text", "Russian"),
            ("form", "demonym"),
            ("entity_id", "RUS"),
        ],
        &[
            ("doc_id", &summit),
            ("text", "Britain"),
            ("entity_id", "GBR"),
            ("name", "United Kingdom"),
        ],
        &[
            ("doc_id", &summit),
            ("text", "Jan 7, 2026"),
            ("kind", "date"),
            ("value", "2026-01-07"),
        ],
        &[
            ("doc_id", &summit),
            ("text", "14/01/2026"),
            ("value", "2026-01-14"),
        ],
        &[
            ("doc_id", &summit),
            ("text", "Macron"),
            ("kind", "person"),
            ("entity_id", "emmanuel-macron"),
        ],
        &[
            ("doc_id", &summit),
            ("text", "Brussels"),
            ("kind", "location"),
            ("sentence", "0"),
        ],
        &[("doc_id", "speech-2"), ("text", "1990s"), ("value", "199")],
        &[
            ("doc_id", "brief-2"),
            ("text", "NATO"),
            ("form", "acronym"),
            ("entity_id", "nato"),
        ],
    ];
    for pairs in want {
        assert!(
            find(&entities, pairs).is_some(),
            "no entity row with {pairs:?}"
        );
    }
    let m =
        find(&entities, &[("doc_id", &summit), ("text", "Kremlin")]).unwrap();
    let text = fs::read_to_string(&summit).unwrap();
    let (s, e): (usize, usize) =
        (m["start"].parse().unwrap(), m["end"].parse().unwrap());
    assert_eq!(&text[s..e], "Kremlin");
    assert!(m["mention_id"].starts_with(&format!("{summit}#")));
    assert!(m["rule"].starts_with("dictionaries/countries.tsv:"));

    let claims = records(&wd.table("out/claims.csv"));
    let want: &[&[(&str, &str)]] = &[
        &[
            ("doc_id", &summit),
            ("kind", "reported"),
            ("source", "Germany"),
            ("source_entity_id", "DEU"),
            ("cue", "has made it clear"),
        ],
        // "agreed to share command" is an act, not a statement: the claim
        // is the two diplomats', "reportedly".
        &[
            ("doc_id", &summit),
            ("kind", "unattributed"),
            ("source", "two diplomats"),
            ("cue", "according to"),
            ("cue_class", "according"),
            ("hedge", "reportedly"),
            ("entity_ids", "FRA;GBR"),
        ],
        &[
            ("doc_id", &summit),
            ("kind", "quote"),
            ("source", "Macron"),
            ("text", "We are not sending soldiers to fight anyone"),
            ("negated", "true"),
        ],
        &[
            ("doc_id", &summit),
            ("kind", "reported"),
            ("source", "Russian officials"),
            ("source_entity_id", "RUS"),
            ("negated", "true"),
        ],
        &[
            ("doc_id", &summit),
            ("kind", "quote"),
            ("source", "Kaja Kallas"),
            ("cue", "—"),
            ("cue_class", "none"),
        ],
        &[
            ("doc_id", &summit),
            ("kind", "unattributed"),
            ("source", "Officials"),
        ],
        &[
            ("doc_id", "brief-3"),
            ("kind", "unattributed"),
            ("cue", "It is understood"),
        ],
        &[
            ("doc_id", "speech-3"),
            ("source", "the World Bank"),
            ("cue", "according to"),
            ("entity_ids", "pacific;TUV"),
        ],
    ];
    for pairs in want {
        assert!(find(&claims, pairs).is_some(), "no claim row with {pairs:?}");
    }
    let c =
        find(&claims, &[("doc_id", &summit), ("source", "Germany")]).unwrap();
    assert_eq!(c["claim_id"], format!("{summit}#c2"));
    assert_eq!(c["date"], "2026-01-07");

    let docs = records(&wd.table("out/documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    let energy = format!("{}/news/energy.md", data.display());
    assert_eq!(
        ids,
        [
            "brief-1", "brief-2", "brief-3", &energy, &summit, "speech-1",
            "speech-2", "speech-3"
        ]
    );
    let d = find(&docs, &[("doc_id", "speech-1")]).unwrap();
    assert_eq!(
        (d["source"].as_str(), d["date"].as_str(), d["status"].as_str()),
        (&*format!("{}/speeches.jsonl:1", data.display()), "2024-09-24", "ok")
    );
    let d = find(&docs, &[("doc_id", &summit)]).unwrap();
    assert_eq!(d["date"], "2026-01-07", "dateline");
    assert!(docs.iter().all(|d| d["status"] == "ok"));
    // Speakers from record fields: a name, or a country standing for both.
    let speakers: Vec<(&str, &str, &str)> = docs
        .iter()
        .map(|d| {
            (
                d["speaker"].as_str(),
                d["date"].as_str(),
                d["date_precision"].as_str(),
            )
        })
        .collect();
    assert_eq!(speakers[5], ("william-ruto", "2024-09-24", "day"));
    assert_eq!(speakers[6], ("", "2024-09-25", "day"));
    assert_eq!(speakers[7], ("TUV", "2024-09-26", "day"));
    // "My country" is the speaker's: the country field's.
    let c = find(&claims, &[("doc_id", "speech-1"), ("source", "My country")])
        .unwrap();
    assert_eq!(c["source_entity_id"], "KEN");
}

#[test]
fn output_is_identical_at_any_thread_count() {
    let wd = Workdir::new("threads");
    let data = project().join("data");
    let d = data.to_str().unwrap();
    for (n, out) in [("1", "t1"), ("2", "t2")] {
        let o = wd.run(&["extract", d, d, "-o", out, "-q", "--threads", n]);
        assert_eq!(o.status.code(), Some(0));
    }
    for table in ["entities.csv", "claims.csv", "documents.csv"] {
        let a = fs::read(wd.path(&format!("t1/{table}"))).unwrap();
        let b = fs::read(wd.path(&format!("t2/{table}"))).unwrap();
        assert!(
            a.len() > 200 && a == b,
            "{table} differs between thread counts"
        );
    }
}

#[test]
fn output_folder_tables_are_replaced_and_other_files_kept() {
    let wd = Workdir::new("replace");
    wd.write("out/entities.csv", "old");
    wd.write("out/notes.txt", "mine");
    wd.write("empty.txt", "");
    let o = wd.run(&["extract", "empty.txt", "-o", "out", "-q"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        fs::read_to_string(wd.path("out/entities.csv")).unwrap(),
        format!("{}\n", quoted(ENTITY_HEADER))
    );
    assert_eq!(
        fs::read_to_string(wd.path("out/claims.csv")).unwrap(),
        format!("{}\n", quoted(CLAIM_HEADER))
    );
    assert_eq!(fs::read_to_string(wd.path("out/notes.txt")).unwrap(), "mine");
    let names: Vec<String> = fs::read_dir(wd.path("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".part")), "{names:?}");
}

/// The columns of each table, read with types as a spreadsheet or pandas
/// would type them.
mod typed {
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    pub struct Entity {
        pub doc_id: String,
        pub mention_id: String,
        pub kind: String,
        pub form: String,
        pub entity_id: String,
        pub name: String,
        pub text: String,
        pub start: usize,
        pub end: usize,
        pub char_start: usize,
        pub char_end: usize,
        pub sentence: usize,
        pub value: String,
        pub rule: String,
    }

    #[derive(Debug, Deserialize)]
    pub struct Claim {
        pub doc_id: String,
        pub claim_id: String,
        pub sentence: usize,
        pub start: usize,
        pub end: usize,
        pub char_start: usize,
        pub char_end: usize,
        pub kind: String,
        pub source: String,
        pub source_entity_id: String,
        pub source_start: Option<usize>,
        pub source_end: Option<usize>,
        pub cue: String,
        pub cue_start: Option<usize>,
        pub cue_end: Option<usize>,
        pub cue_class: String,
        pub text: String,
        pub hedge: String,
        pub negated: bool,
        pub entity_ids: String,
        pub date: String,
    }

    #[derive(Debug, Deserialize)]
    pub struct Document {
        pub doc_id: String,
        pub source: String,
        pub date: String,
        pub date_precision: String,
        pub speaker: String,
        pub bytes: usize,
        pub sentences: usize,
        pub mentions: usize,
        pub claims: usize,
        pub status: String,
        pub message: String,
    }

    #[derive(Debug, Deserialize)]
    pub struct Summary {
        pub entity_id: String,
        pub kind: String,
        pub name: String,
        pub mentions: usize,
        pub documents: usize,
        pub first_date: String,
        pub last_date: String,
    }

    pub fn read<T: serde::de::DeserializeOwned>(
        path: &std::path::Path,
        delimiter: u8,
    ) -> Vec<T> {
        csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_path(path)
            .unwrap()
            .deserialize()
            .map(|r| r.unwrap())
            .collect()
    }
}

fn is_iso_date(s: &str) -> bool {
    s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-'
}

#[test]
fn tables_read_with_their_types() {
    let wd = Workdir::new("typed");
    assert_eq!(extract_sample(&wd, &[]).status.code(), Some(0));
    let ents: Vec<typed::Entity> =
        typed::read(&wd.path("out/entities.csv"), b',');
    assert!(ents.iter().all(|e| e.start < e.end && e.char_start < e.char_end));
    assert!(ents.iter().all(|e| e.mention_id.starts_with(&e.doc_id)));
    assert!(ents.iter().any(|e| e.kind == "date"
        && !e.value.is_empty()
        && !e.rule.is_empty()));
    assert!(
        ents.iter().all(|e| !e.form.is_empty()
            && (e.kind == "date") == e.entity_id.is_empty())
    );
    assert!(ents.iter().all(|e| e.kind == "date" || !e.name.is_empty()));
    assert!(ents.iter().all(|e| !e.text.is_empty() && e.sentence < 100));
    let claims: Vec<typed::Claim> =
        typed::read(&wd.path("out/claims.csv"), b',');
    assert!(
        claims.iter().any(|c| c.negated) && claims.iter().any(|c| !c.negated)
    );
    assert!(
        claims.iter().any(|c| c.source_start.is_none() && c.source.is_empty())
    );
    for c in &claims {
        assert!(
            c.claim_id.starts_with(&c.doc_id)
                && c.start < c.end
                && c.char_start < c.char_end
                && c.char_end <= c.end
        );
        assert_eq!(c.source_start.is_some(), c.source_end.is_some());
        assert_eq!(c.cue_start.is_some(), !c.cue.is_empty());
        assert!(
            c.cue_end >= c.cue_start
                && !c.kind.is_empty()
                && !c.text.is_empty()
        );
        let _ = (&c.source_entity_id, &c.hedge, &c.entity_ids, c.sentence);
        let classes = ["speech", "thought", "document", "according", "none"];
        assert!(classes.contains(&c.cue_class.as_str()), "{}", c.cue_class);
        assert!(c.date.is_empty() || c.date.starts_with("20"), "{}", c.date);
    }
    let docs: Vec<typed::Document> =
        typed::read(&wd.path("out/documents.csv"), b',');
    assert_eq!(docs.len(), 8);
    for d in &docs {
        assert!(
            is_iso_date(&d.date),
            "every sample document has a date: {d:?}"
        );
        assert!(
            d.bytes > 0
                && d.sentences > 0
                && d.status == "ok"
                && d.message.is_empty()
        );
        assert!(!d.source.is_empty() && !d.doc_id.is_empty());
        assert_eq!(d.date_precision, "day");
        assert!(d.speaker.is_empty() || !d.speaker.contains(' '));
    }
    let mentions: usize = docs.iter().map(|d| d.mentions).sum();
    assert_eq!(mentions, ents.len());
    assert_eq!(docs.iter().map(|d| d.claims).sum::<usize>(), claims.len());
    let summary: Vec<typed::Summary> =
        typed::read(&wd.path("out/entity_summary.csv"), b',');
    let ukr = summary.iter().find(|s| s.entity_id == "UKR").unwrap();
    let ukr_mentions = ents.iter().filter(|e| e.entity_id == "UKR").count();
    assert_eq!(
        (ukr.kind.as_str(), ukr.name.as_str(), ukr.mentions),
        ("country", "Ukraine", ukr_mentions)
    );
    assert_eq!(
        (ukr.documents, ukr.first_date.as_str(), ukr.last_date.as_str()),
        (2, "2024-09-24", "2026-01-07")
    );
    assert!(summary.windows(2).all(|w| w[0].mentions >= w[1].mentions));
    assert!(summary.iter().all(|s| s.kind != "date"));
}

#[test]
fn tsv_and_jsonl_outputs_hold_the_rows_of_csv() {
    let wd = Workdir::new("formats");
    for (fmt, out) in [("csv", "c"), ("tsv", "t"), ("jsonl", "j")] {
        let o = extract_sample(&wd, &["--output-format", fmt]);
        assert_eq!(o.status.code(), Some(0));
        fs::rename(wd.path("out"), wd.path(out)).unwrap();
    }
    for table in ["entities", "claims", "documents", "entity_summary"] {
        let csv = wd.table(&format!("c/{table}.csv"));
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .has_headers(false)
            .from_path(wd.path(&format!("t/{table}.tsv")))
            .unwrap();
        let tsv: Vec<Vec<String>> = rdr
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        assert_eq!(tsv, csv, "{table}.tsv");
        let jsonl =
            fs::read_to_string(wd.path(&format!("j/{table}.jsonl"))).unwrap();
        let rows: Vec<Vec<String>> = jsonl
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                let obj = v.as_object().unwrap();
                let keys: Vec<&String> = obj.keys().collect();
                assert_eq!(
                    keys,
                    csv[0].iter().collect::<Vec<_>>(),
                    "{table}.jsonl columns"
                );
                obj.values()
                    .map(|v| match v {
                        serde_json::Value::String(s) => s.clone(),
                        serde_json::Value::Null => String::new(),
                        other => other.to_string(),
                    })
                    .collect()
            })
            .collect();
        assert_eq!(rows, csv[1..], "{table}.jsonl");
    }
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_output_holds_the_rows_of_csv() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;
    let wd = Workdir::new("parquet");
    assert_eq!(
        extract_sample(&wd, &["--output-format", "parquet"]).status.code(),
        Some(0)
    );
    fs::rename(wd.path("out"), wd.path("p")).unwrap();
    assert_eq!(extract_sample(&wd, &[]).status.code(), Some(0));
    for table in ["entities", "claims", "documents", "entity_summary"] {
        let csv = wd.table(&format!("out/{table}.csv"));
        let file =
            fs::File::open(wd.path(&format!("p/{table}.parquet"))).unwrap();
        let reader = SerializedFileReader::new(file).unwrap();
        let rows: Vec<Vec<String>> = reader
            .get_row_iter(None)
            .unwrap()
            .map(|row| {
                let row = row.unwrap();
                let names: Vec<&String> =
                    row.get_column_iter().map(|(n, _)| n).collect();
                assert_eq!(
                    names,
                    csv[0].iter().collect::<Vec<_>>(),
                    "{table} columns"
                );
                row.get_column_iter()
                    .map(|(_, f)| match f {
                        Field::Str(s) => s.clone(),
                        Field::Long(n) => n.to_string(),
                        Field::Bool(b) => b.to_string(),
                        Field::Null => String::new(),
                        other => panic!("unexpected {other:?}"),
                    })
                    .collect()
            })
            .collect();
        assert_eq!(rows, csv[1..], "{table}.parquet");
    }
}

#[test]
fn parquet_needs_its_feature() {
    if cfg!(feature = "parquet") {
        return;
    }
    let wd = Workdir::new("noparquet");
    let o = extract_sample(&wd, &["--output-format", "parquet"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--features parquet"));
}

/// TSV is for `cut` and `awk`: a field is quoted only where it must be
/// (a tab, a line break or a quote inside), and spreadsheet safety holds
/// as in CSV.
#[test]
fn tsv_fields_are_quoted_only_where_they_must_be() {
    let wd = Workdir::new("tsvquote");
    let docs = [
        serde_json::json!({"id": "=SUM(A1)", "text": "Kenya said the vote was \"fair\"."}),
        serde_json::json!({"id": "two", "text": "Chad officials said:\n“We will\nnot go.”"}),
    ];
    let input: String = docs.iter().map(|d| format!("{d}\n")).collect();
    wd.write("in.jsonl", &input);
    let o = wd.run(&[
        "extract",
        "in.jsonl",
        "-o",
        "t",
        "-q",
        "--output-format",
        "tsv",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let entities = fs::read_to_string(wd.path("t/entities.tsv")).unwrap();
    let lines: Vec<&str> = entities.lines().collect();
    assert_eq!(lines[0], ENTITY_HEADER.replace(',', "\t"));
    let kinds: Vec<&str> =
        lines[1..].iter().map(|l| l.split('\t').nth(2).unwrap()).collect();
    assert_eq!(kinds, ["country", "country"], "as `cut -f3` reads them");
    let first: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(
        &first[..7],
        [
            "'=SUM(A1)",
            "'=SUM(A1)#1",
            "country",
            "name",
            "KEN",
            "Kenya",
            "Kenya"
        ],
        "formulas are escaped, nothing is quoted"
    );
    let claims = fs::read_to_string(wd.path("t/claims.tsv")).unwrap();
    assert!(claims.contains("\t\"the vote was \"\"fair\"\"\"\t"), "{claims}");
    assert!(claims.contains("\t\"We will\nnot go\"\t"), "{claims}");
    let documents = fs::read_to_string(wd.path("t/documents.tsv")).unwrap();
    assert!(
        documents.contains("\ntwo\tin.jsonl:2\t\t\t\t42\t1\t1\t1\tok\t\n"),
        "empty cells are empty: {documents}"
    );
}
