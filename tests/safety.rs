//! Safety: bad dictionaries and options, write errors, kills, safe cells.

use std::fs;

use crate::util::{Workdir, records};

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
    let header: Vec<&str> = text.lines().next().unwrap().split(',').collect();
    let col = header.iter().position(|h| *h == "\"text\"").unwrap();
    assert_eq!(rows[0][0], "'=HYPERLINK(\"http://x\")");
    assert_eq!(rows[0][col], "'=SUM(A1:A9) is due");
    assert_eq!(rows[0][3], "15", "numbers are untouched");
    assert!(!rows[1][col].contains('\u{7}'), "control characters are removed");
    assert_eq!(rows[2][col].chars().count(), 32_767, "long cells are cut");
    assert!(text.contains("\"unattributed\","), "text is quoted");
    assert!(text.contains(",15,"), "numbers are not");
    let docs = records(&wd.table("safe/documents.csv"));
    let long_doc = docs.iter().find(|d| d["doc_id"] == "long").unwrap();
    assert_eq!(long_doc["status"], "warning");
    assert_eq!(long_doc["message"], "1 cell(s) cut to 32767 characters");

    let o = wd.run(&["extract", "in.jsonl", "-o", "raw", "-q", "--raw-cells"]);
    assert_eq!(o.status.code(), Some(0));
    let rows = wd.table("raw/claims.csv");
    let col = rows[0].iter().position(|h| h == "text").unwrap();
    assert_eq!(rows[1][0], "=HYPERLINK(\"http://x\")");
    let input_text = "Officials said =SUM(A1:A9) is due.";
    let (s, e): (usize, usize) =
        (rows[1][3].parse().unwrap(), rows[1][4].parse().unwrap());
    assert_eq!(
        rows[1][col],
        input_text[s..e],
        "raw text is the document's bytes"
    );
    assert!(rows[2][col].contains('\u{7}'));
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

/// Options that cannot both hold are refused before anything is read or
/// made, with a message that says why.
#[test]
fn option_pairs_that_cannot_both_hold_are_refused_saying_why() {
    let wd = Workdir::new("pairs");
    wd.write("doc.txt", "Kenya and Chad.");
    let cases: &[(&[&str], &str)] = &[
        (
            &["-o", "-", "--output-format", "tsv"],
            "--output-format tsv with -o -: -o - streams JSON Lines to standard output; give -o DIR for tsv tables",
        ),
        (
            &["-o", "-", "--output-format", "csv"],
            "--output-format csv with -o -",
        ),
        (
            &["-o", "out", "--output-format", "jsonl", "--excel"],
            "--excel starts CSV and TSV files with a byte order mark for Excel, but --output-format jsonl writes JSON Lines",
        ),
        (
            &["-o", "out", "--output-format", "parquet", "--excel"],
            "but --output-format parquet writes Parquet",
        ),
        (&["-o", "-", "--excel"], "but -o - writes JSON Lines"),
        (
            &["-o", "-", "--output-format", "xlsx"],
            "--output-format xlsx with -o -: -o - streams JSON Lines to standard output, and a workbook is written whole at the end: give -o DIR for tables.xlsx",
        ),
        (
            &["-o", "out", "--output-format", "xlsx", "--resume"],
            "--resume works with csv, tsv and jsonl output: an xlsx workbook is written whole at the end",
        ),
        (
            &["-o", "out", "--output-format", "xlsx", "--excel"],
            "but --output-format xlsx writes a workbook, which Excel reads as it is",
        ),
        (
            &["-o", "-", "--resume"],
            "--resume continues a run from its checkpoint in -o DIR, but -o - streams to standard output and keeps none",
        ),
        (
            &["-o", "out", "--output-format", "parquet", "--resume"],
            "--resume works with csv, tsv and jsonl output",
        ),
        (
            &["-o", "out", "--format", "files"],
            "--format files reads file envelopes sent on standard input: give - as an input",
        ),
        (
            &["-", "-", "-o", "out"],
            "standard input (-) is named twice, but it can be read once",
        ),
        (
            &["-o", "out", "--format", "text", "--text-field", "body"],
            "--text-field names a field of JSON Lines or a column of CSV, but --format text reads every input whole",
        ),
        (
            &["-o", "out", "--format", "text", "--date-field", "date"],
            "--date-field names a field",
        ),
    ];
    for (extra, want) in cases {
        let args = [&["extract", "doc.txt"], *extra].concat();
        let o = wd.run(&args);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.starts_with("factscan: "), "{stderr}");
        assert!(stderr.contains(want), "{args:?}: {stderr}");
        assert!(o.stdout.is_empty(), "{args:?}");
        assert!(!wd.path("out").exists(), "{args:?}");
    }
    // What does hold: JSON Lines asked of -o -, fields with --format auto.
    let ok: &[&[&str]] = &[
        &["-o", "-", "--output-format", "jsonl"],
        &["-o", "out", "--text-field", "body"],
        &["-o", "out", "--format", "text", "--raw-cells"],
    ];
    for extra in ok {
        let args = [&["extract", "doc.txt", "-q"], *extra].concat();
        let o = wd.run(&args);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

#[test]
fn an_output_that_is_a_file_is_refused_saying_o_needs_a_folder() {
    let wd = Workdir::new("ofile");
    wd.write("doc.txt", "Kenya and Chad.");
    wd.write("afile", "mine");
    let cases = [
        (
            "afile",
            "factscan: -o afile: a file, not a folder: -o takes the folder to write the tables into (made if needed), or - to stream them to standard output",
        ),
        (
            "afile/out",
            "factscan: -o afile/out: afile is a file, not a folder: -o takes the folder",
        ),
    ];
    for (out, want) in cases {
        let o = wd.run(&["extract", "doc.txt", "-o", out]);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{stderr}");
        assert!(stderr.starts_with(want), "{stderr}");
    }
    assert_eq!(fs::read_to_string(wd.path("afile")).unwrap(), "mine");
}

/// Waits until `path` exists, for at most a minute.
fn wait_for(path: &std::path::Path) {
    let started = std::time::Instant::now();
    while !path.exists() {
        assert!(started.elapsed().as_secs() < 60, "no {}", path.display());
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

/// Two runs into one folder: the second stops at once, saying so, and the
/// first's tables come out as an undisturbed run's.
#[test]
fn a_second_run_into_a_folder_in_use_stops_at_once() {
    let wd = Workdir::new("lock");
    wd.write("in.jsonl", many_records(6000));
    let args = ["extract", "in.jsonl", "-q", "--threads", "1"];
    let alone = wd.run(&[&args[..], &["-o", "alone"]].concat());
    assert_eq!(alone.status.code(), Some(0));

    let mut first = std::process::Command::new(env!("CARGO_BIN_EXE_factscan"))
        .args(args)
        .args(["-o", "out"])
        .current_dir(&wd.dir)
        .spawn()
        .unwrap();
    wait_for(&wd.path("out/.factscan-progress"));
    for extra in [&[][..], &["--resume"], &["--output-format", "tsv"]] {
        let started = std::time::Instant::now();
        let second = wd.run(&[&args[..], &["-o", "out"], extra].concat());
        let stderr = String::from_utf8_lossy(&second.stderr);
        assert_eq!(second.status.code(), Some(1), "{extra:?}: {stderr}");
        assert_eq!(
            stderr,
            "factscan: out: another factscan run is writing its tables into this folder (it holds .factscan-lock there): wait for it to end, or write into another folder\n"
        );
        assert!(
            started.elapsed().as_secs_f64() < 1.0,
            "at once, before the dictionaries are compiled"
        );
    }
    assert!(first.try_wait().unwrap().is_none(), "the first still runs");
    assert_eq!(first.wait().unwrap().code(), Some(0));
    for table in ["entities", "claims", "documents", "entity_summary"] {
        let a = fs::read(wd.path(&format!("alone/{table}.csv"))).unwrap();
        let b = fs::read(wd.path(&format!("out/{table}.csv"))).unwrap();
        assert!(a == b, "{table} differs from an undisturbed run's");
    }
    assert!(!wd.path("out/entities.tsv").exists());
    let again = wd.run(&[&args[..], &["-o", "out"]].concat());
    assert_eq!(again.status.code(), Some(0), "the lock ends with its run");
}

/// The lock is the operating system's (flock): held by another process,
/// it stops a run before it touches a table; released, the run goes on.
#[test]
fn a_run_takes_the_folders_lock_before_it_touches_a_table() {
    let wd = Workdir::new("locked");
    wd.write("doc.txt", "Kenya and Chad.");
    wd.write("out/entities.csv", "the first run's");
    wd.write("out/.entities.csv.part", "the first run's, partial");
    let lock = fs::File::create(wd.path("out/.factscan-lock")).unwrap();
    lock.try_lock().unwrap();
    for extra in [
        &[][..],
        &["--resume"],
        &["--output-format", "jsonl"],
        &["--output-format", "xlsx"],
    ] {
        let o =
            wd.run(&[&["extract", "doc.txt", "-o", "out"], extra].concat());
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("another factscan run"), "{stderr}");
    }
    assert_eq!(
        fs::read_to_string(wd.path("out/.entities.csv.part")).unwrap(),
        "the first run's, partial"
    );
    assert_eq!(
        fs::read_to_string(wd.path("out/entities.csv")).unwrap(),
        "the first run's"
    );
    assert!(!wd.path("out/documents.csv").exists());
    assert!(!wd.path("out/tables.xlsx").exists());
    assert!(!wd.path("out/.tables.xlsx.part").exists());
    drop(lock);
    let o = wd.run(&["extract", "doc.txt", "-o", "out", "-q"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(wd.table("out/documents.csv").len(), 2);
}

/// A build without the xlsx feature says how to get one.
#[cfg(not(feature = "xlsx"))]
#[test]
fn xlsx_asked_of_a_build_without_it_says_how_to_build_it() {
    let wd = Workdir::new("no-xlsx");
    wd.write("doc.txt", "Kenya and Chad.");
    let o = wd.run(&[
        "extract",
        "doc.txt",
        "-o",
        "out",
        "--output-format",
        "xlsx",
    ]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("--features xlsx"), "{stderr}");
    assert!(!wd.path("out/tables.xlsx").exists());
}
