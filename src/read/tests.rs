//! The reader's unit tests.

use std::fs;
use std::path::Path;

use super::*;

fn jobs(dir: &Path, format: Format) -> Vec<(String, String)> {
    Reader::new(&[dir.to_path_buf()], format, Fields::default())
        .map(|j| {
            let body = match j.body {
                Body::File(_) => "file".to_string(),
                Body::Text(t) => t,
                Body::Failed(m) => format!("failed: {m}"),
            };
            (j.id, body)
        })
        .collect()
}

#[test]
fn folders_are_walked_in_sorted_order_and_other_files_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    fs::create_dir_all(dir.join("b")).unwrap();
    fs::write(dir.join("b/z.txt"), "z").unwrap();
    fs::write(dir.join("a.md"), "a").unwrap();
    fs::write(dir.join("c"), "c").unwrap();
    fs::write(dir.join("d.png"), "d").unwrap();
    let mut r =
        Reader::new(&[dir.to_path_buf()], Format::Auto, Fields::default());
    let ids: Vec<String> = r.by_ref().map(|j| j.id).collect();
    let d = dir.display();
    assert_eq!(
        ids,
        [format!("{d}/a.md"), format!("{d}/b/z.txt"), format!("{d}/c")]
    );
    assert_eq!(r.skipped(), 1);
}

#[test]
fn json_lines_give_one_job_per_line_and_report_bad_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let f = dir.join("d.jsonl");
    fs::write(&f, "{\"id\":\"a\",\"text\":\"one\",\"date\":\"2026-01-07\"}\n\n{bad\n{\"text\":\"three\"}\n{\"id\":5}\n").unwrap();
    let got = jobs(&f, Format::Auto);
    let n = f.display();
    assert_eq!(got[0], ("a".into(), "one".into()));
    assert_eq!(got[1].0, format!("{n}:3"));
    assert!(got[1].1.starts_with("failed: invalid JSON"), "{:?}", got[1]);
    assert_eq!(got[2], (format!("{n}:4"), "three".into()));
    assert_eq!(
        got[3],
        (
            "5".into(),
            "failed: no field `text` (it has `id`): name the text's field \
             with --text-field, or leave the file off the command line"
                .into()
        )
    );
}

#[test]
fn csv_rows_give_one_job_per_row_and_report_bad_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let f = dir.join("d.csv");
    fs::write(&f, "id,text\na,\"one, two\"\nb,x,extra\n,three\n").unwrap();
    let got = jobs(&f, Format::Auto);
    let n = f.display();
    assert_eq!(got[0], ("a".into(), "one, two".into()));
    assert_eq!(
        got[1],
        (format!("{n}:3"), "failed: 3 fields, but the header has 2".into())
    );
    assert_eq!(got[2], (format!("{n}:4"), "three".into()));
}

#[test]
fn a_cut_leaves_out_the_character_it_splits() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("a.txt");
    // "São" is S, 0xC3 0xA3, o: a cut at 2 splits the "ã".
    fs::write(&f, "São Paulo").unwrap();
    let cases = [
        (2, "S", "cut to 2 bytes (--max-doc-bytes)"),
        (3, "Sã", "cut to 3 bytes (--max-doc-bytes)"),
    ];
    for (max, text, warning) in cases {
        let (got, w) = read_file(&f, max).unwrap();
        assert_eq!((got.as_str(), w.as_deref()), (text, Some(warning)));
    }
}

#[test]
fn nested_fields_are_reached_with_dots() {
    let v: serde_json::Value =
        serde_json::from_str(r#"{"body":{"text":"hi"}}"#).unwrap();
    let fields = Fields { text: "body.text".into(), ..Fields::default() };
    assert!(
        matches!(records::json_job(&v, "f:1", &fields, None).body, Body::Text(t) if t == "hi")
    );
}

#[test]
fn globs_shape_the_walk_of_the_metadata_join_too() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    fs::create_dir_all(dir.join("drafts")).unwrap();
    fs::write(dir.join("x.txt"), "Kenya.").unwrap();
    fs::write(dir.join("drafts/x.txt"), "Chad.").unwrap();
    fs::write(dir.join("meta.csv"), "doc_id,date\nx.txt,2015\n").unwrap();
    // (globs, documents read, problems of the join)
    let cases: &[(&[&str], usize, usize)] =
        &[(&[], 2, 1), (&["!drafts", "!*.csv"], 1, 0)];
    for &(globs, docs, problems) in cases {
        let mut r =
            Reader::new(&[dir.to_path_buf()], Format::Text, Fields::default());
        r.globs(Globs::new(globs).unwrap());
        r.meta(MetaTable::load(&dir.join("meta.csv")).unwrap());
        let jobs: Vec<Job> =
            r.by_ref().filter(|j| j.id.ends_with(".txt")).collect();
        assert_eq!(jobs.len(), docs, "{globs:?}");
        assert_eq!(r.meta_problems().len(), problems, "{globs:?}");
        let dated = jobs.iter().filter(|j| j.meta.date.is_some()).count();
        assert_eq!(dated, 1 - problems, "{globs:?}");
    }
}
