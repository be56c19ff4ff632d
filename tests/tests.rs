//! Integration tests: the built binary, run on corpora written for them.

mod util;

use std::collections::HashMap;
use std::fs;

use util::{Workdir, project, records};

const ENTITY_HEADER: &str = "doc_id,mention_id,kind,form,entity_id,name,text,start,end,char_start,char_end,sentence,value,rule";
const CLAIM_HEADER: &str = "doc_id,claim_id,sentence,start,end,char_start,char_end,kind,source,source_entity_id,source_start,source_end,cue,cue_start,cue_end,text,hedge,negated,entity_ids,date";
const DOCUMENT_HEADER: &str =
    "doc_id,source,date,bytes,sentences,mentions,claims,status,message";

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
        assert_eq!(text.lines().next(), Some(header), "{table}");
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
        format!("{ENTITY_HEADER}\n")
    );
    assert_eq!(
        fs::read_to_string(wd.path("out/claims.csv")).unwrap(),
        format!("{CLAIM_HEADER}\n")
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
