//! Integration tests: the built binary, run on corpora written for them.

mod ambiguity;
mod properties;
mod regression;
mod util;

use std::collections::HashMap;
use std::fs;

use util::{Workdir, project, records};

const ENTITY_HEADER: &str = "doc_id,mention_id,kind,form,entity_id,name,text,start,end,char_start,char_end,sentence,value,rule";
const CLAIM_HEADER: &str = "doc_id,claim_id,sentence,start,end,char_start,char_end,kind,source,source_entity_id,source_start,source_end,cue,cue_start,cue_end,text,hedge,negated,entity_ids,date";
const DOCUMENT_HEADER: &str =
    "doc_id,source,date,bytes,sentences,mentions,claims,status,message";

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
        &[("doc_id", "speech-2"), ("text", "the 1990s"), ("value", "199")],
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
        &[
            ("doc_id", &summit),
            ("kind", "reported"),
            ("source", "France and Britain"),
            ("hedge", "reportedly"),
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
fn unreadable_and_invalid_documents_do_not_stop_the_run() {
    let wd = Workdir::new("bad");
    wd.write("corpus/a.txt", "Ukraine and Poland met in Warsaw.");
    std::os::unix::fs::symlink(
        wd.path("corpus/missing.txt"),
        wd.path("corpus/b.txt"),
    )
    .unwrap();
    wd.write("corpus/c.txt", b"Russia said no.\xff\xfe More from Kenya.");
    wd.write("corpus/d.txt", "Chile and Peru signed a deal.");
    wd.write("corpus/e.bin.txt", b"\x00\x01binary\x00");
    wd.write("corpus/notes.pdf", "not a document");
    let out = wd.run(&["extract", "corpus", "-o", "out"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("corpus/b.txt: error: broken symbolic link"),
        "{stderr}"
    );
    assert!(stderr.contains("1 files skipped"), "{stderr}");
    let docs = records(&wd.table("out/documents.csv"));
    let status: Vec<(&str, &str)> = docs
        .iter()
        .map(|d| (d["doc_id"].as_str(), d["status"].as_str()))
        .collect();
    assert_eq!(
        status,
        [
            ("corpus/a.txt", "ok"),
            ("corpus/b.txt", "error"),
            ("corpus/c.txt", "warning"),
            ("corpus/d.txt", "ok"),
            ("corpus/e.bin.txt", "error")
        ]
    );
    assert!(docs[2]["message"].contains("invalid UTF-8"));
    let entities = records(&wd.table("out/entities.csv"));
    let ids: Vec<&str> =
        entities.iter().map(|e| e["entity_id"].as_str()).collect();
    assert_eq!(ids, ["UKR", "POL", "warsaw-pol", "RUS", "KEN", "CHL", "PER"]);
}

#[test]
fn streaming_mode_writes_tagged_json_lines_and_reports_bad_records_in_band() {
    let wd = Workdir::new("stream");
    let input = b"{\"id\":\"x\",\"text\":\"Japan said it would help.\"}\n{broken\n{\"text\":\"Peru\\nand Chile\"}\n";
    let out = wd.run_stdin(
        &["extract", "--format", "jsonl", "-", "-o", "-", "-q"],
        input,
    );
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let recs: Vec<serde_json::Value> =
        stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let tables: Vec<&str> =
        recs.iter().map(|r| r["table"].as_str().unwrap()).collect();
    assert_eq!(
        tables,
        [
            "entity", "claim", "document", "document", "entity", "entity",
            "document"
        ]
    );
    assert_eq!(recs[0]["entity_id"], "JPN");
    assert_eq!(recs[0]["mention_id"], "x#1");
    assert_eq!(recs[3]["status"], "error");
    assert_eq!(recs[3]["doc_id"], "<stdin>:2");
    assert_eq!(recs[6]["doc_id"], "<stdin>:3");
}

#[test]
fn bad_dictionary_stops_the_run_before_any_document() {
    let wd = Workdir::new("dict");
    wd.write(
        "mine/people.tsv",
        "id\tname\taliases\nx\tXavier Doe\t\nx\tAgain\t\n",
    );
    wd.write("doc.txt", "Xavier Doe spoke.");
    let out = wd.run(&["extract", "doc.txt", "--dict", "mine", "-o", "out"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("mine/people.tsv:3: id `x` already given on line 2"),
        "{stderr}"
    );
    assert!(!wd.path("out").exists());
}

#[test]
fn user_dictionaries_add_entities_and_defaults_can_be_left_out() {
    let wd = Workdir::new("userdict");
    wd.write(
        "mine/organizations.tsv",
        "id\tname\tacronyms\nacme\tAcme Corporation\tACME\n",
    );
    wd.write("doc.txt", "ACME and Acme Corporation hired staff in France.");
    let o = wd.run(&[
        "extract",
        "doc.txt",
        "--dict",
        "mine/organizations.tsv",
        "-o",
        "a",
        "-q",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let ids: Vec<String> = records(&wd.table("a/entities.csv"))
        .iter()
        .map(|e| e["entity_id"].clone())
        .collect();
    assert_eq!(ids, ["acme", "acme", "FRA"]);
    let o = wd.run(&[
        "extract",
        "doc.txt",
        "--dict",
        "mine",
        "--no-default-dicts",
        "--kinds",
        "organization",
        "-o",
        "b",
        "-q",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(records(&wd.table("b/entities.csv")).len(), 2);
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

#[test]
fn csv_and_tsv_records_use_the_named_fields() {
    let wd = Workdir::new("fields");
    wd.write(
        "in.tsv",
        "key\twhen\tbody\nk1\t2026-01-07\tNext week Canada will vote.\n",
    );
    let o = wd.run(&[
        "extract",
        "in.tsv",
        "--id-field",
        "key",
        "--date-field",
        "when",
        "--text-field",
        "body",
        "-o",
        "out",
        "-q",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let ents = records(&wd.table("out/entities.csv"));
    let got: Vec<(&str, &str, &str)> = ents
        .iter()
        .map(|e| {
            (e["doc_id"].as_str(), e["text"].as_str(), e["value"].as_str())
        })
        .collect();
    assert_eq!(got, [("k1", "Next week", "2026-W03"), ("k1", "Canada", "")]);
}

#[test]
fn bad_options_are_fatal() {
    let wd = Workdir::new("flags");
    wd.write("doc.txt", "text");
    let cases: &[&[&str]] = &[
        &["extract", "doc.txt", "-o", "out", "--kinds", "planet"],
        &["extract", "doc.txt", "-o", "out", "--doc-date", "yesterday"],
        &["extract", "doc.txt", "-o", "out", "--format", "pdf"],
        &["extract", "doc.txt"],
    ];
    for args in cases {
        let o = wd.run(args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(!wd.path("out").exists(), "{args:?}");
    }
}

#[test]
fn eval_prints_figures_as_json_and_writes_errors() {
    let wd = Workdir::new("eval");
    let gold = project().join("tests/data/eval/iob2.conll");
    let o = wd.run(&[
        "eval",
        "--gold",
        "conll",
        gold.to_str().unwrap(),
        "--json",
        "--errors",
        "errors.csv",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["overall"]["exact"]["precision"], 1.0);
    assert_eq!(v["by_type"]["LOC"]["overlap"]["recall"], 1.0);
    let errors = wd.table("errors.csv");
    assert_eq!(
        errors[0],
        ["document", "start", "end", "text", "expected", "found"]
    );
    assert_eq!(errors.len(), 1, "no errors on this gold: {errors:?}");

    let text = wd.run(&["eval", "--gold", "conll", gold.to_str().unwrap()]);
    let table = String::from_utf8(text.stdout).unwrap();
    assert!(
        table.lines().any(|l| l.starts_with("LOC") && l.contains("1.000")),
        "{table}"
    );
}

#[test]
fn eval_rejects_unknown_formats_and_misaligned_gold() {
    let wd = Workdir::new("evalbad");
    let bad = project().join("tests/data/eval/brat-bad");
    let o = wd.run(&["eval", "--gold", "brat", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr)
            .contains("a.ann:2: span 40..52 does not fit the text")
    );
    let o = wd.run(&["eval", "--gold", "xml", "x"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("unknown format `xml`")
    );
}

#[test]
fn write_errors_fail_the_run() {
    let wd = Workdir::new("full");
    wd.write("doc.txt", "Kenya and Chad.");
    let full = fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_factscan"))
        .args(["extract", "doc.txt", "-o", "-", "-q"])
        .current_dir(&wd.dir)
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("standard output: No space left on device"),
        "{stderr}"
    );
}

/// Envelopes for every file below `dir`, in sorted order, named as a
/// single-machine run names them: `dir` as given joined with the path
/// below it.
fn envelopes(root: &std::path::Path, given: &str) -> String {
    use base64::Engine;
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let mut entries: Vec<_> =
            fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(root, &mut files);
    let mut out = String::new();
    for f in files {
        let rel = f.strip_prefix(root).unwrap();
        let path = std::path::Path::new(given).join(rel);
        let data = base64::engine::general_purpose::STANDARD
            .encode(fs::read(&f).unwrap());
        let rec =
            serde_json::json!({"path": path.to_str().unwrap(), "data": data});
        out.push_str(&rec.to_string());
        out.push('\n');
    }
    out
}

#[test]
fn files_sent_whole_on_stdin_give_the_rows_of_reading_them() {
    let wd = Workdir::new("files");
    let corpus = project().join("data");
    let copy = wd.path("data");
    fs::create_dir_all(copy.join("news")).unwrap();
    for rel in
        ["briefs.csv", "speeches.jsonl", "news/summit.txt", "news/energy.md"]
    {
        fs::copy(corpus.join(rel), copy.join(rel)).unwrap();
    }
    wd.write("data/bad.jsonl", "{\"text\": \"Peru\"}\n{oops\n");
    wd.write("data/skip.png", "not read");
    let direct = wd.run(&["extract", "data", "-o", "-", "-q"]);
    let stdin = envelopes(&copy, "data");
    let piped = wd.run_stdin(
        &["extract", "--format", "files", "-", "-o", "-", "-q"],
        stdin.as_bytes(),
    );
    assert_eq!(
        piped.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&piped.stderr)
    );
    assert!(direct.stdout.len() > 1000);
    assert_eq!(
        String::from_utf8(piped.stdout).unwrap(),
        String::from_utf8(direct.stdout).unwrap()
    );

    let bad = wd.run_stdin(
        &["extract", "--format", "files", "-", "-o", "-", "-q"],
        b"{\"path\": \"a.txt\"}\n",
    );
    let out = String::from_utf8(bad.stdout).unwrap();
    assert!(
        out.contains("\"status\":\"error\"")
            && out.contains("invalid file envelope: no string field `data`"),
        "{out}"
    );
}

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(
        Vec::new(),
        flate2::Compression::default(),
    );
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[test]
fn compressed_files_are_read_and_truncated_ones_keep_what_they_hold() {
    let wd = Workdir::new("compressed");
    wd.write("in/a.txt.gz", gzip(b"Kenya and Chad met."));
    let mut two = gzip(b"{\"id\":\"b1\",\"text\":\"Peru\"}\n");
    two.extend(gzip(b"{\"id\":\"b2\",\"text\":\"Chile\"}\n"));
    wd.write("in/b.jsonl.gz", two);
    let zst = zstd::encode_all(&b"id,text\nc1,Japan\n"[..], 3).unwrap();
    wd.write("in/c.csv.zst", zst);
    let mut lines = String::new();
    for i in 0..2000 {
        lines
            .push_str(&format!("{{\"id\":\"d{i}\",\"text\":\"Mali {i}\"}}\n"));
    }
    let full = gzip(lines.as_bytes());
    wd.write("in/d.jsonl.gz", &full[..full.len() / 2]);
    let o = wd.run(&["extract", "in", "-o", "out", "-q"]);
    assert_eq!(o.status.code(), Some(2));
    let docs = records(&wd.table("out/documents.csv"));
    let ids: Vec<&str> =
        docs.iter().take(4).map(|d| d["doc_id"].as_str()).collect();
    assert_eq!(ids, ["in/a.txt.gz", "b1", "b2", "c1"]);
    assert!(docs.iter().take(4).all(|d| d["status"] == "ok"));
    let d: Vec<_> = docs.iter().skip(4).collect();
    assert!(d.len() > 100 && d.len() < 2000, "{} rows", d.len());
    let last = d.last().unwrap();
    assert_eq!(last["status"], "error");
    assert!(last["message"].starts_with("cannot read further"), "{last:?}");
    assert!(d[..d.len() - 1].iter().all(|r| r["status"] == "ok"));
    let ents = records(&wd.table("out/entities.csv"));
    let first: Vec<&str> =
        ents.iter().take(5).map(|e| e["entity_id"].as_str()).collect();
    assert_eq!(first, ["KEN", "TCD", "PER", "CHL", "JPN"]);
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

#[test]
fn show_writes_a_page_for_a_document_or_a_record() {
    let wd = Workdir::new("show");
    let speeches = project().join("data/speeches.jsonl");
    let s = speeches.to_str().unwrap();
    let o = wd.run(&["show", s, "--doc-id", "speech-2", "-o", "page.html"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let html = fs::read_to_string(wd.path("page.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<title>speech-2</title>"));
    assert!(
        html.contains("title=\"country (name) · NER · Niger\">Niger</mark>")
    );
    assert!(html.contains("<mark class=\"claim reported\""));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "nothing to fetch"
    );
    let o = wd.run(&["show", s, "--doc-id", "nope", "-o", "x.html"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no nope"));
}

/// Opens a page in headless Chromium, where it is installed (`.ci/run`
/// installs it and sets FACTSCAN_REQUIRE_CHROMIUM, so that there the test
/// cannot pass by skipping): the page's script runs with no error and
/// the marks are there.
#[test]
fn show_page_opens_in_chromium_with_no_error() {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    let Some(chromium) = chromium else {
        assert!(
            std::env::var_os("FACTSCAN_REQUIRE_CHROMIUM").is_none(),
            "FACTSCAN_REQUIRE_CHROMIUM is set but Chromium is not installed"
        );
        eprintln!("note: Chromium is not installed; the page was not opened");
        return;
    };
    let wd = Workdir::new("chromium");
    let doc = project().join("data/news/summit.txt");
    let o = wd.run(&["show", doc.to_str().unwrap(), "-o", "page.html"]);
    assert_eq!(o.status.code(), Some(0));
    let page = format!("file://{}", wd.path("page.html").display());
    let profile = wd.path("profile");
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(&page)
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(
        dom.contains("data-ready=\"yes\""),
        "the script did not run: {log}"
    );
    assert!(!dom.contains("data-error"), "a script error: {log}");
    let console: Vec<&str> =
        log.lines().filter(|l| l.contains("CONSOLE")).collect();
    assert!(console.is_empty(), "console messages: {console:?}");
    let marks: usize = dom
        .split("data-marks=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(marks > 20, "{marks} marks");
    assert!(dom.contains("<mark class=\"m country\""));
}

#[test]
fn dicts_list_and_check() {
    let wd = Workdir::new("dicts");
    let o = wd.run(&["dicts", "list", "--kind", "country"]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "kind\tid\tname\taliases\tattributes\troles\tsource");
    assert!(lines.len() > 250);
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with("country\t") || l.starts_with("kind"))
    );
    let gbr = lines.iter().find(|l| l.starts_with("country\tGBR\t")).unwrap();
    let cog = lines.iter().find(|l| l.starts_with("country\tCOG\t")).unwrap();
    assert!(cog.contains("\tcontext=Brazzaville|"), "{cog}");
    let o = wd.run(&["dicts", "list", "--kind", "person"]);
    let people = String::from_utf8(o.stdout).unwrap();
    let macron =
        people.lines().find(|l| l.contains("\temmanuel-macron\t")).unwrap();
    assert!(macron.contains("\tpresident:FRA:2017-05-14:\t"), "{macron}");
    assert!(
        gbr.contains("alias:Britain")
            && gbr.contains("acronym:UK")
            && gbr.contains("demonym:British")
    );
    assert!(
        gbr.ends_with(|c: char| c.is_ascii_digit())
            && gbr.contains("dictionaries/countries.tsv:")
    );

    wd.write(
        "mine/people.tsv",
        "id\tname\taliases\nacme-ceo\tJane Roe\tRoe|JR\n",
    );
    let o = wd.run(&["dicts", "check", "mine"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&o.stdout)
            .contains("ok: +1 entries, +3 aliases")
    );
    assert!(
        String::from_utf8_lossy(&o.stderr)
            .contains("mine/people.tsv:2: warning: alias `JR`")
    );
    wd.write("bad/people.tsv", "id\tname\nx\tA\ty\n");
    let o = wd.run(&["dicts", "check", "bad/people.tsv"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr)
            .contains("bad/people.tsv:2: 3 fields, but the header has 2")
    );
    let o = wd.run(&["dicts", "list", "--dict", "mine", "--no-default-dicts"]);
    assert_eq!(String::from_utf8(o.stdout).unwrap().lines().count(), 2);
}

#[test]
fn cells_are_safe_for_spreadsheets_unless_raw() {
    let wd = Workdir::new("cells");
    let long = "word ".repeat(7000);
    let docs = [
        serde_json::json!({"id": "=HYPERLINK(\"http://x\")", "text": "Officials said =SUM(A1:A9) is due."}),
        serde_json::json!({"id": "bell", "text": "Kenya said the vote was\u{7} fair."}),
        serde_json::json!({"id": "long", "text": format!("Peru said “{long}”.")}),
    ];
    let input: String = docs.iter().map(|d| format!("{d}\n")).collect();
    wd.write("in.jsonl", &input);
    let o = wd.run(&["extract", "in.jsonl", "-o", "safe", "-q", "--excel"]);
    assert_eq!(o.status.code(), Some(0));
    let raw_bytes = fs::read(wd.path("safe/claims.csv")).unwrap();
    assert!(
        raw_bytes.starts_with("\u{feff}".as_bytes()),
        "--excel writes a BOM"
    );
    let text = String::from_utf8(raw_bytes[3..].to_vec()).unwrap();
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows[0][0], "'=HYPERLINK(\"http://x\")");
    assert_eq!(rows[0][15], "'=SUM(A1:A9) is due");
    assert_eq!(rows[0][3], "15", "numbers are untouched");
    assert!(!rows[1][15].contains('\u{7}'), "control characters are removed");
    assert_eq!(rows[2][15].chars().count(), 32_767, "long cells are cut");
    assert!(text.contains("\"unattributed\","), "text is quoted");
    assert!(text.contains(",15,"), "numbers are not");
    let docs = records(&wd.table("safe/documents.csv"));
    let long_doc = docs.iter().find(|d| d["doc_id"] == "long").unwrap();
    assert_eq!(long_doc["status"], "warning");
    assert_eq!(long_doc["message"], "1 cell(s) cut to 32767 characters");

    let o = wd.run(&["extract", "in.jsonl", "-o", "raw", "-q", "--raw-cells"]);
    assert_eq!(o.status.code(), Some(0));
    let rows = wd.table("raw/claims.csv");
    assert_eq!(rows[1][0], "=HYPERLINK(\"http://x\")");
    let input_text = "Officials said =SUM(A1:A9) is due.";
    let (s, e): (usize, usize) =
        (rows[1][3].parse().unwrap(), rows[1][4].parse().unwrap());
    assert_eq!(
        rows[1][15],
        input_text[s..e],
        "raw text is the document's bytes"
    );
    assert!(rows[2][15].contains('\u{7}'));
    let o = wd.run(&[
        "extract",
        "in.jsonl",
        "-o",
        "j",
        "-q",
        "--output-format",
        "jsonl",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let jsonl = fs::read_to_string(wd.path("j/claims.jsonl")).unwrap();
    assert!(jsonl.contains("\"text\":\"=SUM"), "JSON Lines is never escaped");
}

#[test]
fn long_documents_are_cut_or_skipped_and_the_run_goes_on() {
    let wd = Workdir::new("maxbytes");
    let big = "Chile and Peru signed. ".repeat(100_000);
    wd.write("in/big.txt", &big);
    let mut lines = String::from("{\"id\":\"a\",\"text\":\"Kenya voted.\"}\n");
    lines.push_str(&format!("{{\"id\":\"huge\",\"text\":\"{big}\"}}\n"));
    lines.push_str("{\"id\":\"c\",\"text\":\"Japan voted.\"}\n");
    wd.write("in/lines.jsonl", &lines);
    wd.write("in/rows.csv", format!("id,text\nr1,Mali\nr2,{big}\nr3,Oman\n"));
    let o = wd.run(&[
        "extract",
        "in",
        "-o",
        "out",
        "-q",
        "--max-doc-bytes",
        "100000",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let docs = records(&wd.table("out/documents.csv"));
    let row = |id: &str| docs.iter().find(|d| d["doc_id"] == id).unwrap();
    assert_eq!(row("in/big.txt")["status"], "warning");
    assert_eq!(row("in/big.txt")["bytes"], "100000");
    assert!(row("in/big.txt")["message"].contains("cut to 100000 bytes"));
    assert_eq!(row("in/lines.jsonl:2")["status"], "error");
    assert!(
        row("in/lines.jsonl:2")["message"]
            .contains("longer than 100000 bytes")
    );
    assert_eq!(
        (row("a")["status"].as_str(), row("c")["status"].as_str()),
        ("ok", "ok")
    );
    assert_eq!(row("r1")["status"], "ok");
    let csv_error =
        docs.iter().find(|d| d["doc_id"].starts_with("in/rows.csv:")).unwrap();
    assert!(
        csv_error["message"].contains("longer than 100000 bytes"),
        "{csv_error:?}"
    );
}

#[test]
fn utf16_crlf_and_empty_documents_are_read() {
    let wd = Workdir::new("encodings");
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "Kenya and Chad.".encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    wd.write("in/a-utf16.txt", utf16);
    wd.write(
        "in/b-crlf.txt",
        "Peru said it would vote\r\nno.\r\n\r\nChile said yes.\r\n",
    );
    wd.write("in/c-empty.txt", "");
    let o = wd.run(&["extract", "in", "-o", "out", "-q"]);
    assert_eq!(o.status.code(), Some(0));
    let docs = records(&wd.table("out/documents.csv"));
    let status: Vec<(&str, &str, &str)> = docs
        .iter()
        .map(|d| {
            (
                d["doc_id"].as_str(),
                d["status"].as_str(),
                d["sentences"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        status,
        [
            ("in/a-utf16.txt", "ok", "1"),
            ("in/b-crlf.txt", "ok", "2"),
            ("in/c-empty.txt", "ok", "0")
        ]
    );
    let ents = records(&wd.table("out/entities.csv"));
    let ids: Vec<&str> =
        ents.iter().map(|e| e["entity_id"].as_str()).collect();
    assert_eq!(ids, ["KEN", "TCD", "PER", "CHL"]);
    let crlf = "Peru said it would vote\r\nno.\r\n\r\nChile said yes.\r\n";
    let chile = ents.iter().find(|e| e["entity_id"] == "CHL").unwrap();
    let (s, e): (usize, usize) =
        (chile["start"].parse().unwrap(), chile["end"].parse().unwrap());
    assert_eq!(&crlf[s..e], "Chile");
    let claims = records(&wd.table("out/claims.csv"));
    assert_eq!(
        claims[0]["text"], "it would vote\r\nno",
        "a CRLF inside a sentence"
    );
}

#[test]
fn unreadable_files_are_reported_where_permissions_apply() {
    let uid = std::process::Command::new("id").arg("-u").output().unwrap();
    if String::from_utf8_lossy(&uid.stdout).trim() == "0" {
        eprintln!("note: run as root, where permissions do not stop reading");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let wd = Workdir::new("perms");
    wd.write("in/a.txt", "Kenya.");
    wd.write("in/b.txt", "Chad.");
    fs::set_permissions(
        wd.path("in/b.txt"),
        fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    let o = wd.run(&["extract", "in", "-o", "out", "-q"]);
    assert_eq!(o.status.code(), Some(2));
    let docs = records(&wd.table("out/documents.csv"));
    assert_eq!(docs[1]["status"], "error");
    assert!(docs[1]["message"].contains("ermission denied"));
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    use std::io::Read;
    let wd = Workdir::new("pipe");
    let line =
        "{\"text\":\"Kenya and Chad met in Nairobi.\"}\n".repeat(20_000);
    wd.write("in.jsonl", &line);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_factscan"))
        .args(["extract", "in.jsonl", "-o", "-"])
        .current_dir(&wd.dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A corpus of `n` short news records, as JSON Lines.
fn many_records(n: usize) -> String {
    let countries =
        ["Kenya", "Chad", "Peru", "Chile", "Japan", "Mali", "Oman"];
    (0..n)
        .map(|i| {
            let a = countries[i % countries.len()];
            let b = countries[(i / 7) % countries.len()];
            let text = format!(
                "On Jan {}, 2026 officials in {a} said talks with {b} would resume. \
                 {b} has reportedly agreed to send a delegation, according to diplomats.",
                1 + i % 28
            );
            format!("{}\n", serde_json::json!({"id": format!("r{i}"), "text": text}))
        })
        .collect()
}

#[test]
fn a_killed_run_leaves_no_complete_looking_table_and_resumes_to_the_same_bytes()
 {
    resume_case(&["extract", "in.jsonl", "-q", "--threads", "1"], "csv");
    resume_case(
        &[
            "extract",
            "in.jsonl",
            "-q",
            "--threads",
            "2",
            "--output-format",
            "tsv",
            "--excel",
        ],
        "tsv",
    );
    resume_case(
        &[
            "extract",
            "in.jsonl",
            "-q",
            "--threads",
            "1",
            "--output-format",
            "jsonl",
        ],
        "jsonl",
    );
}

fn resume_case(args: &[&str], ext: &str) {
    let wd = Workdir::new(&format!("resume-{ext}"));
    wd.write("in.jsonl", many_records(6000));
    let full = wd.run(&[args, &["-o", "full"]].concat());
    assert_eq!(full.status.code(), Some(0));
    assert!(!wd.path("full/.factscan-progress").exists(), "removed when done");

    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_factscan"))
        .args(args)
        .args(["-o", "killed"])
        .current_dir(&wd.dir)
        .spawn()
        .unwrap();
    let progress = wd.path("killed/.factscan-progress");
    let started = std::time::Instant::now();
    while !progress.exists() {
        assert!(started.elapsed().as_secs() < 60, "no checkpoint was written");
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    for table in ["entities", "claims", "documents", "entity_summary"] {
        let path = wd.path(&format!("killed/{table}.{ext}"));
        assert!(!path.exists(), "{table} looks complete");
    }
    let p: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&progress).unwrap()).unwrap();
    let done = p["documents"].as_u64().unwrap();
    assert!(done > 0 && done < 6000, "killed after {done} documents");

    let other =
        wd.run(&[args, &["-o", "killed", "--resume", "--no-claims"]].concat());
    assert_eq!(other.status.code(), Some(1), "other options cannot resume");
    assert!(
        String::from_utf8_lossy(&other.stderr)
            .contains("other inputs or options")
    );
    let resumed = wd.run(&[args, &["-o", "killed", "--resume"]].concat());
    assert_eq!(
        resumed.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&resumed.stderr)
    );
    for table in ["entities", "claims", "documents", "entity_summary"] {
        let a = fs::read(wd.path(&format!("full/{table}.{ext}"))).unwrap();
        let b = fs::read(wd.path(&format!("killed/{table}.{ext}"))).unwrap();
        assert!(
            a == b,
            "{table} differs after resuming from {done} documents"
        );
    }
    assert!(!progress.exists());
    let nothing = wd.run(&[args, &["-o", "full", "--resume"]].concat());
    assert_eq!(nothing.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&nothing.stderr).contains("nothing to resume")
    );
}

#[test]
fn a_user_dictionary_of_100000_aliases_builds_and_matches() {
    let wd = Workdir::new("bigdict");
    let mut tsv = String::from("id\tname\taliases\r\n");
    for i in 0..50_000 {
        tsv.push_str(&format!("p{i}\tZed Person{i:05}\tPerson{i:05}\r\n"));
    }
    wd.write("big/people.tsv", &tsv);
    wd.write("doc.txt", "Zed Person04242 met Person49999 and Person12.");
    let o =
        wd.run(&["extract", "doc.txt", "--dict", "big", "-o", "out", "-q"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let ids: Vec<String> = records(&wd.table("out/entities.csv"))
        .iter()
        .map(|e| e["entity_id"].clone())
        .collect();
    assert_eq!(ids, ["p4242", "p49999"]);
    let cases = [
        ("id\tname\taliases\nx\tX Y\ta||b\n", "people.tsv:2: empty alias"),
        (
            "id\tname\nx\tA\nx\tB\n",
            "people.tsv:3: id `x` already given on line 2",
        ),
        (
            "id\tname\nx\tA\textra\n",
            "people.tsv:2: 3 fields, but the header has 2",
        ),
        ("id\tname\n\tA\n", "people.tsv:2: empty id"),
    ];
    for (text, want) in cases {
        wd.write("bad/people.tsv", text);
        let o =
            wd.run(&["extract", "doc.txt", "--dict", "bad", "-o", "x", "-q"]);
        assert_eq!(o.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(stderr.contains(want), "{stderr}");
        assert!(!stderr.contains("panicked"));
    }
}

/// Every country of the default dictionary is found by its canonical
/// name and by each of its other names and acronyms, in a sentence.
#[test]
fn every_country_is_found_by_each_of_its_names() {
    let wd = Workdir::new("countries");
    let listing = wd.run(&["dicts", "list", "--kind", "country"]);
    let listing = String::from_utf8(listing.stdout).unwrap();
    let mut lines = String::new();
    let mut want = Vec::new();
    // Names that two countries share ("Congo") go to either without
    // context: `ambiguous_names_follow_their_context` checks which.
    let mut owners: HashMap<String, Vec<String>> = HashMap::new();
    for row in listing.lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        for alias in cols[3].split('|').filter(|a| !a.is_empty()) {
            let text = alias.split_once(':').unwrap().1.to_string();
            owners.entry(text).or_default().push(cols[1].to_string());
        }
    }
    for row in listing.lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        let (id, name) = (cols[1], cols[2]);
        let mut names = vec![name.to_string()];
        for alias in cols[3].split('|').filter(|a| !a.is_empty()) {
            let (form, text) = alias.split_once(':').unwrap();
            if form == "alias" || form == "acronym" {
                names.push(text.to_string());
            }
        }
        for n in names {
            let text = format!("Delegates from {n} arrived.");
            lines.push_str(&format!(
                "{}\n",
                serde_json::json!({"id": format!("{id}|{n}"), "text": text})
            ));
            let ids = owners.get(&n).cloned().unwrap_or_default();
            let ids = if ids.is_empty() { vec![id.to_string()] } else { ids };
            want.push((format!("{id}|{n}"), ids));
        }
    }
    assert!(want.len() > 500, "{} names", want.len());
    wd.write("names.jsonl", lines);
    let o = wd.run(&[
        "extract",
        "names.jsonl",
        "-o",
        "out",
        "-q",
        "--no-claims",
        "--kinds",
        "country",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let ents = records(&wd.table("out/entities.csv"));
    let mut missing = Vec::new();
    for (doc, ids) in &want {
        let found: Vec<&str> = ents
            .iter()
            .filter(|e| &e["doc_id"] == doc)
            .map(|e| e["entity_id"].as_str())
            .collect();
        if found.len() != 1 || !ids.iter().any(|id| id == found[0]) {
            missing.push(format!("{doc}: found {found:?}"));
        }
    }
    assert!(
        missing.is_empty(),
        "{} names not found as their country:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
