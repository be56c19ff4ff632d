//! Inputs: readers, records, compressed, UTF-16, CRLF, bad and long files.

use std::fs;

use crate::util::{Workdir, project, records};

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
    assert!(stderr.contains("1 file skipped for its extension"), "{stderr}");
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

/// Files that no user can read, root included (CI runs as root, where
/// permissions do not stop reading): a Unix socket named as a text file
/// or as JSON Lines (it cannot be opened), and a link to a file that
/// fails as it is read (`/proc/self/mem` at offset 0). Each is an error
/// row with the system's message; the run goes on.
#[cfg(target_os = "linux")]
#[test]
fn unreadable_files_are_reported_for_any_user() {
    let wd = Workdir::new("unreadable");
    wd.write("in/a.txt", "Kenya.");
    let _text =
        std::os::unix::net::UnixListener::bind(wd.path("in/b.txt")).unwrap();
    std::os::unix::fs::symlink("/proc/self/mem", wd.path("in/c.txt")).unwrap();
    let _records =
        std::os::unix::net::UnixListener::bind(wd.path("in/d.jsonl")).unwrap();
    wd.write("in/e.txt", "Chad.");
    let o = wd.run(&["extract", "in", "-o", "out", "-q"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    let docs = records(&wd.table("out/documents.csv"));
    let rows: Vec<(&str, &str, &str)> = docs
        .iter()
        .map(|d| {
            (d["doc_id"].as_str(), d["status"].as_str(), d["message"].as_str())
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("in/a.txt", "ok", ""),
            ("in/b.txt", "error", "No such device or address (os error 6)"),
            ("in/c.txt", "error", "Input/output error (os error 5)"),
            ("in/d.jsonl", "error", "No such device or address (os error 6)"),
            ("in/e.txt", "ok", ""),
        ]
    );
    for name in ["b.txt", "c.txt", "d.jsonl"] {
        assert!(stderr.contains(&format!("in/{name}: error: ")), "{stderr}");
    }
}

/// A file its user may not read is an error row. As root (CI), whom
/// permissions do not stop, factscan runs without the capabilities that
/// let root pass them (CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, dropped
/// from its bounding set before it starts), so the test asserts the same
/// for root as for any user.
#[cfg(target_os = "linux")]
#[test]
fn files_without_read_permission_are_reported() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let wd = Workdir::new("perms");
    wd.write("in/a.txt", "Kenya.");
    wd.write("in/b.txt", "Chad.");
    fs::set_permissions(
        wd.path("in/b.txt"),
        fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    let mut command =
        std::process::Command::new(env!("CARGO_BIN_EXE_factscan"));
    command.args(["extract", "in", "-o", "out", "-q"]).current_dir(&wd.dir);
    // SAFETY: geteuid reads this process's id; between fork and exec the
    // child only calls prctl, which allocates nothing and takes no lock.
    let root = unsafe { libc::geteuid() } == 0;
    if root {
        unsafe {
            command.pre_exec(|| {
                // CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (linux/capability.h).
                for cap in [1, 2] {
                    let dropped =
                        libc::prctl(libc::PR_CAPBSET_DROP, cap, 0, 0, 0);
                    if dropped != 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                }
                Ok(())
            });
        }
    }
    let o = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    let docs = records(&wd.table("out/documents.csv"));
    assert_eq!(docs[0]["status"], "ok");
    assert_eq!(docs[1]["status"], "error");
    assert_eq!(docs[1]["message"], "Permission denied (os error 13)");
    assert!(stderr.contains("in/b.txt: error: Permission denied"), "{stderr}");
}

/// A text in Windows-1252 or Latin-1 is decoded in the encoding detected,
/// so its accented names are found; a UTF-8 text with a stray byte stays
/// UTF-8, decoded lossily. Each is a warning that says which.
#[test]
fn legacy_encodings_are_detected_and_utf8_with_a_stray_byte_stays_utf8() {
    let wd = Workdir::new("legacy");
    // (file, bytes, the warning says, the sentence as read)
    let cases: [(&str, &[u8], &str, &str); 3] = [
        (
            "in/a-1252.txt",
            b"\x93Citro\xEBn will close its plant in S\xE3o Paulo,\x94 the \
              company said \x96 in March.",
            "decoded as windows-1252, the encoding detected",
            "“Citroën will close its plant in São Paulo,” the company said \
             – in March.",
        ),
        (
            "in/b-latin1.txt",
            b"Citro\xEBn said that its plant in S\xE3o Paulo would close \
              \xAByet again\xBB.",
            "decoded as windows-1252, the encoding detected",
            "Citroën said that its plant in São Paulo would close «yet \
             again».",
        ),
        (
            "in/c-utf8.txt",
            b"Citro\xC3\xABn said that its plant in S\xC3\xA3o Paulo would \
              close \xFF soon.",
            "invalid UTF-8 at byte 55, decoded lossily",
            "Citroën said that its plant in São Paulo would close \u{FFFD} \
             soon.",
        ),
    ];
    for (file, bytes, _, _) in &cases {
        wd.write(file, bytes);
    }
    let o = wd.run(&["extract", "in", "-o", "out"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    let docs = records(&wd.table("out/documents.csv"));
    let ents = records(&wd.table("out/entities.csv"));
    let claims = records(&wd.table("out/claims.csv"));
    for (doc, (file, _, message, text)) in docs.iter().zip(&cases) {
        assert_eq!(doc["doc_id"], *file);
        assert_eq!(doc["status"], "warning", "{file}");
        assert!(doc["message"].contains(message), "{file}: {doc:?}");
        assert!(stderr.contains(&format!("{file}: warning: ")), "{stderr}");
        let city: Vec<(&str, &str, &str)> = ents
            .iter()
            .filter(|e| e["doc_id"] == *file && e["kind"] == "location")
            .map(|e| {
                (
                    e["text"].as_str(),
                    e["entity_id"].as_str(),
                    e["form"].as_str(),
                )
            })
            .collect();
        assert_eq!(city, [("São Paulo", "sao-paulo-bra", "name")], "{file}");
        let claim = claims.iter().find(|c| c["doc_id"] == *file).unwrap();
        // The claim's content, as a slice of the decoded text.
        let (s, e): (usize, usize) =
            (claim["start"].parse().unwrap(), claim["end"].parse().unwrap());
        assert_eq!(&text[s..e], claim["text"], "{file}");
        assert!(text.contains(&claim["text"]), "{file}");
    }
    let sources: Vec<&str> =
        claims.iter().map(|c| c["source"].as_str()).collect();
    assert_eq!(sources, ["the company", "Citroën", "Citroën"]);
}

/// A folder with a table that has no `text` column fails on that table
/// with a message that says what it looked for, what it found and how
/// to leave the file out; `-g '!*.csv'` leaves it out, and the run
/// succeeds. A file named on the command line is read whatever -g says.
#[test]
fn globs_leave_out_a_table_that_has_no_text_column() {
    let wd = Workdir::new("globs");
    wd.write("ungdc/session-70/KEN_70_2015.txt", "Kenya said it would help.");
    wd.write("ungdc/session-71/PER_71_2016.txt", "Peru and Chile met.");
    wd.write(
        "ungdc/speakers_by_session.csv",
        "year,session,iso3,speaker\n2015,70,KEN,Uhuru Kenyatta\n",
    );
    let o = wd.run(&["extract", "ungdc", "-o", "out"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    let want = "ungdc/speakers_by_session.csv: error: no column `text` (it \
                has `year`, `session`, `iso3`, `speaker`): name the text's \
                column with --text-field, or leave the file out with -g \
                '!speakers_by_session.csv'";
    assert!(stderr.contains(want), "{stderr}");

    let ids = |out: &str| -> Vec<String> {
        let docs = records(&wd.table(&format!("{out}/documents.csv")));
        docs.iter().map(|d| d["doc_id"].clone()).collect()
    };
    let texts = [
        "ungdc/session-70/KEN_70_2015.txt",
        "ungdc/session-71/PER_71_2016.txt",
    ];
    // (globs, documents read)
    let cases: &[(&[&str], &[&str])] = &[
        (&["!*.csv"], &texts),
        (&["!speakers_by_session.csv"], &texts),
        (&["*.txt"], &texts),
        (&["session-70/**"], &texts[..1]),
        (&["*.txt", "!PER_*"], &texts[..1]),
        (&["!session-71", "!*.csv"], &texts[..1]),
    ];
    for (i, (globs, want)) in cases.iter().enumerate() {
        let out = format!("out{i}");
        let mut args = vec!["extract", "ungdc", "-o", &out];
        for g in *globs {
            args.extend(["-g", g]);
        }
        let o = wd.run(&args);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{globs:?}: {stderr}");
        assert_eq!(ids(&out), *want, "{globs:?}");
    }
    // Named on the command line, it is read: -g chooses in folders.
    let o = wd.run(&[
        "extract",
        "ungdc/speakers_by_session.csv",
        "-g",
        "!*.csv",
        "-o",
        "named",
    ]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("or leave the file off the command line"));
    let o = wd.run(&["extract", "ungdc", "-g", "a[b", "-o", "bad"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("-g `a[b`: "), "{stderr}");
}

/// A `.json` file that is an array of objects, or one object, is read as
/// records, with the field options of JSON Lines; any other JSON file is
/// refused with a message that says `--format text` reads it as text.
#[test]
fn json_files_are_records_and_other_json_is_refused() {
    let wd = Workdir::new("json");
    wd.write(
        "in/a.json",
        r#"[
  {"id": "s1", "body": {"text": "Kenya said it would help."}, "when": "2015-09-28"},
  {"body": {"text": "Peru and Chile met."}}
]"#,
    );
    wd.write("in/b.json", r#"{"body": {"text": "Chad said no."}}"#);
    wd.write("in/c.json", r#"["Kenya said it would help."]"#);
    let args = [
        "extract",
        "in",
        "--text-field",
        "body.text",
        "--date-field",
        "when",
        "-o",
    ];
    let o = wd.run(&[&args[..], &["out"]].concat());
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "in/c.json: error: a JSON array whose first element is a \
             string, not an object: --format text reads the file as text, \
             or leave the file out with -g '!c.json'"
        ),
        "{stderr}"
    );
    let docs = records(&wd.table("out/documents.csv"));
    let rows: Vec<(&str, &str, &str, &str)> = docs
        .iter()
        .map(|d| {
            (
                d["doc_id"].as_str(),
                d["source"].as_str(),
                d["date"].as_str(),
                d["status"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("s1", "in/a.json[0]", "2015-09-28", "ok"),
            ("in/a.json[1]", "in/a.json[1]", "", "ok"),
            ("in/b.json", "in/b.json", "", "ok"),
            ("in/c.json", "in/c.json", "", "error"),
        ]
    );
    let ents = records(&wd.table("out/entities.csv"));
    let ids: Vec<&str> =
        ents.iter().map(|e| e["entity_id"].as_str()).collect();
    assert_eq!(ids, ["KEN", "PER", "CHL", "TCD"]);
    // --format text reads it as text; --format json reads standard input.
    let o = wd.run(&["extract", "--format", "text", "in/c.json", "-o", "t"]);
    assert_eq!(o.status.code(), Some(0));
    let ents = records(&wd.table("t/entities.csv"));
    assert_eq!(ents[0]["entity_id"], "KEN");
    let o = wd.run_stdin(
        &["extract", "--format", "json", "-", "-o", "-", "-q"],
        br#"[{"text": "Chad said no."}, {"text": "Peru."}]"#,
    );
    assert_eq!(o.status.code(), Some(0));
    let stdout = String::from_utf8(o.stdout).unwrap();
    assert!(stdout.contains(r#""doc_id":"<stdin>[1]""#), "{stdout}");
}

/// JSON Lines piped to `-` with no --format are read as JSON Lines, and
/// the run says so on standard error; --format text keeps them one text,
/// and a text whose first line is no JSON object stays a text.
#[test]
fn json_lines_on_standard_input_are_recognised_and_said_so() {
    let wd = Workdir::new("sniff");
    let jsonl = b"\n{\"id\": \"a\", \"text\": \"Kenya said it would help.\"}\n{\"id\": \"b\", \"text\": \"Peru and Chile met.\"}\n";
    let said = "factscan: standard input read as JSON Lines: its first line \
                is a JSON object (--format text reads it as one text)";
    // (options, input, documents, said so)
    type Case<'a> = (&'a [&'a str], &'a [u8], &'a [&'a str], bool);
    let cases: &[Case] = &[
        (&[], jsonl, &["a", "b"], true),
        (&["--format", "text"], jsonl, &["stdin"], false),
        (&["--format", "jsonl"], jsonl, &["a", "b"], false),
        (
            &[],
            b"Kenya said {\"a\": 1}.\n{\"text\": \"x\"}\n",
            &["stdin"],
            false,
        ),
    ];
    for (i, (options, input, want, told)) in cases.iter().enumerate() {
        let out = format!("out{i}");
        let args =
            [&["extract"], *options, &["-", "-o", out.as_str()]].concat();
        let o = wd.run_stdin(&args, input);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{options:?}: {stderr}");
        assert_eq!(stderr.contains(said), *told, "{options:?}: {stderr}");
        let docs = records(&wd.table(&format!("{out}/documents.csv")));
        let ids: Vec<&str> =
            docs.iter().map(|d| d["doc_id"].as_str()).collect();
        assert_eq!(ids, *want, "{options:?}");
    }
}
