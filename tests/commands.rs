//! The other commands: `show`, `dicts` and `eval`.

use std::fs;

use crate::util::{Workdir, project};

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

/// Gold of another format reads no gold document: an error naming the
/// input and what the format reads, not a report of zeros.
#[test]
fn eval_on_gold_of_another_format_fails_naming_it() {
    let wd = Workdir::new("evalnone");
    let conll = project().join("tests/data/eval/iob2.conll");
    let news = project().join("data/news");
    let cases = [
        ("brat", conll.to_str().unwrap(), "brat standoff: .ann files"),
        ("timeml", news.to_str().unwrap(), "TimeML .tml files"),
    ];
    for (format, path, expects) in cases {
        let o = wd.run(&["eval", "--gold", format, path]);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{format}: {stderr}");
        assert!(o.stdout.is_empty(), "no figures: {format}");
        let want = format!(
            "factscan: {path}: no gold document found: --gold {format} reads {expects}"
        );
        assert!(stderr.starts_with(&want), "{stderr}");
    }
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
    let source = format!("{s}:2");
    assert!(html.contains(&format!(
        "<header><h1>speech-2</h1><p class=\"about\">date <b>2024-09-25</b> · no speaker · <small>{source}</small></p></header>"
    )), "{html}");
    assert!(
        html.contains("title=\"country (name) · NER · Niger\">Niger</mark>")
    );
    assert!(html.contains("<mark class=\"claim reported\""));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "nothing to fetch"
    );
    // The first speech has a speaker.
    let o = wd.run(&["show", s, "-o", "first.html"]);
    assert_eq!(o.status.code(), Some(0));
    let html = fs::read_to_string(wd.path("first.html")).unwrap();
    assert!(
        html.contains("date <b>2024-09-24</b> · speaker <b>William Ruto</b> <small>william-ruto</small>"),
        "{html}"
    );
    // Entities are listed once each with their counts, not a line per
    // mention.
    let summit = project().join("data/news/summit.txt");
    let o = wd.run(&["show", summit.to_str().unwrap(), "-o", "summit.html"]);
    assert_eq!(o.status.code(), Some(0));
    let html = fs::read_to_string(wd.path("summit.html")).unwrap();
    let aside = html.split("<aside>").nth(1).unwrap();
    let entities = aside.split("<h2>Claims").next().unwrap();
    let items = entities.matches("<li>").count();
    let mentions = html.matches("<mark class=\"m ").count();
    assert_eq!((items, mentions), (11, 19));
    assert!(entities.contains(
        "<h2>Entities <small>11 in 19 mentions</small></h2><h3>Countries <small>5</small></h3>"
    ));
    assert!(entities.contains(
        "class=\"country\">Russia</a> <b>4</b> <small>RUS · as Moscow, Kremlin, Russian</small>"
    ), "{entities}");
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
    assert!(
        dom.contains("<header><h1>") && dom.contains("date <b>2026-01-07</b>"),
        "the page opens with the document's id and date"
    );
    assert!(dom.contains("data-all=\"m8 m14 m15 m16\""), "grouped: {dom}");
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
