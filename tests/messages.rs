//! What a person reads on standard error: the summary line, the progress
//! line on a terminal, the note of a run that read nothing.

use std::fs;

use crate::util::Workdir;

#[test]
fn a_run_that_reads_no_document_says_so() {
    let wd = Workdir::new("nothing");
    fs::create_dir_all(wd.path("empty")).unwrap();
    wd.write("pdfs/a.pdf", "not read");
    wd.write("pdfs/b.pdf", "not read");
    wd.write("none.jsonl", "");
    let cases: &[(&[&str], &str)] = &[
        (
            &["empty"],
            "factscan: no document read from empty: it holds no file or record to read",
        ),
        (
            &["pdfs", "empty"],
            "factscan: no document read from pdfs, empty: 2 files were skipped for their extension (read: .txt, .md, .jsonl, .ndjson, .csv, .tsv and files with none; --format reads all as one format)",
        ),
        (&["none.jsonl"], "factscan: no document read from none.jsonl"),
    ];
    for (inputs, want) in cases {
        for quiet in [false, true] {
            let mut args = [&["extract"], *inputs, &["-o", "out"]].concat();
            if quiet {
                args.push("-q");
            }
            let o = wd.run(&args);
            let stderr = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(0), "{stderr}");
            assert!(
                stderr.lines().any(|l| l == *want || l.starts_with(want)),
                "{args:?}: {stderr}"
            );
            assert_eq!(wd.table("out/documents.csv").len(), 1, "a header");
        }
    }
    let o =
        wd.run_stdin(&["extract", "-", "--format", "jsonl", "-o", "-"], b"");
    assert!(
        String::from_utf8_lossy(&o.stderr)
            .contains("no document read from standard input")
    );
    wd.write("one.txt", "Kenya.");
    let o = wd.run(&["extract", "one.txt", "-o", "out"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!stderr.contains("no document read"), "{stderr}");
}

/// The summary line counts in words that fit: "1 document", sizes in B,
/// kB, MB or GB.
#[test]
fn the_summary_line_has_fitting_units_and_plurals() {
    let wd = Workdir::new("summary");
    wd.write("one.txt", "Kenya said it would send troops.");
    let o = wd.run(&["extract", "one.txt", "-o", "out"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.starts_with("factscan: 1 document, 32 B in "), "{stderr}");
    assert!(
        stderr.contains(
            " B/s), 1 mention, 1 claim, 0 with problems (0 errors, 0 warnings)"
        ),
        "{stderr}"
    );
    let data = crate::util::project().join("data");
    let o = wd.run(&["extract", data.to_str().unwrap(), "-o", "out"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    let line = stderr.lines().last().unwrap();
    let (_, rest) = line.split_once("factscan: 8 documents, ").unwrap();
    let (size, _) = rest.split_once(" in ").unwrap();
    assert!(size.ends_with(" kB"), "{line}");
}

/// Runs factscan with standard error on a pseudo-terminal, 120 columns
/// wide: what it wrote there, and its exit code.
#[cfg(target_os = "linux")]
fn run_on_a_terminal(
    wd: &Workdir,
    args: &[&str],
    stdin: &[u8],
) -> (String, Option<i32>) {
    use std::io::{Read, Write};
    use std::os::fd::{FromRawFd, OwnedFd};
    use std::process::{Command, Stdio};
    let (mut master, mut slave) = (0, 0);
    let size =
        libc::winsize { ws_row: 24, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: openpty writes the two descriptors it opens, which are then
    // owned here and nowhere else.
    let (master, slave) = unsafe {
        let made = libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        );
        assert_eq!(made, 0, "openpty");
        (fs::File::from_raw_fd(master), OwnedFd::from_raw_fd(slave))
    };
    let mut child = {
        // The command, and with it this copy of the terminal's end, is
        // dropped once spawned: the terminal closes when the child ends.
        Command::new(env!("CARGO_BIN_EXE_factscan"))
            .args(args)
            .current_dir(&wd.dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::from(slave))
            .spawn()
            .unwrap()
    };
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let reading = std::thread::spawn(move || {
        let mut master = master;
        let mut out = Vec::new();
        let mut buf = [0; 4096];
        // The end of the terminal reads as an error (EIO).
        while let Ok(n @ 1..) = master.read(&mut buf) {
            out.extend_from_slice(&buf[..n]);
        }
        out
    });
    let code = child.wait().unwrap().code();
    let out = reading.join().unwrap();
    (String::from_utf8_lossy(&out).into_owned(), code)
}

/// On a terminal the progress line shows the share of the inputs read,
/// where their size is known, and what is done where it is not (standard
/// input); problems print above it; it is cleared before the summary
/// line; `-q` shows neither.
#[cfg(target_os = "linux")]
#[test]
fn the_progress_line_shows_the_share_done_on_a_terminal() {
    let wd = Workdir::new("progress");
    let mut records: String = (0..3000)
        .map(|i| {
            format!("{{\"id\":\"r{i}\",\"text\":\"Kenya and Chad met in Nairobi.\"}}\n")
        })
        .collect();
    records.push_str("{broken\n");
    wd.write("in.jsonl", &records);

    let (shown, code) =
        run_on_a_terminal(&wd, &["extract", "in.jsonl", "-o", "out"], b"");
    assert_eq!(code, Some(2), "{shown}");
    let size = fs::metadata(wd.path("in.jsonl")).unwrap().len();
    assert!((163_500..164_500).contains(&size), "{size}");
    assert!(shown.contains("% of 164 kB · "), "{shown:?}");
    assert!(shown.contains(" documents"), "{shown:?}");
    assert!(
        shown.contains("factscan: in.jsonl:3001: error: invalid JSON"),
        "{shown:?}"
    );
    let last = shown.trim_end().rsplit(['\r', '\n']).next().unwrap();
    assert!(
        last.starts_with("\u{1b}[2Kfactscan: 3001 documents, "),
        "the summary line stands alone at the end: {shown:?}"
    );

    let (shown, code) = run_on_a_terminal(
        &wd,
        &["extract", "-", "--format", "jsonl", "-o", "piped"],
        records.as_bytes(),
    );
    assert_eq!(code, Some(2), "{shown}");
    assert!(!shown.contains('%'), "no share of a size unknown: {shown:?}");
    assert!(shown.contains(" B · ") || shown.contains(" kB · "), "{shown:?}");

    let (shown, _) = run_on_a_terminal(
        &wd,
        &["extract", "in.jsonl", "-o", "quiet", "-q"],
        b"",
    );
    assert_eq!(
        shown.trim_end(),
        "factscan: in.jsonl:3001: error: invalid JSON: key must be a string at line 1 column 2",
        "-q: problems only"
    );

    let o = wd.run(&["extract", "in.jsonl", "-o", "off"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!stderr.contains('%') && !stderr.contains('\r'), "{stderr}");
}
