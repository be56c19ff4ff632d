//! Dictionaries: user ones, 100,000 aliases, every country by each name.

use std::collections::HashMap;

use crate::util::{Workdir, records};

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
