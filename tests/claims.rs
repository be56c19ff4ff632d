//! The claims table as a user reads it: who each source is, and what
//! kind of cue attributes the claim.

use crate::util::{Workdir, project, records};

/// (source, source_entity_id, cue_class) of each claim of `text`.
fn sources(name: &str, text: &str) -> Vec<(String, String, String)> {
    let wd = Workdir::new(name);
    wd.write("in.txt", text);
    let out = wd.run(&["extract", "in.txt", "-o", "out", "-q"]);
    assert_eq!(out.status.code(), Some(0));
    records(&wd.table("out/claims.csv"))
        .into_iter()
        .map(|c| {
            (
                c["source"].clone(),
                c["source_entity_id"].clone(),
                c["cue_class"].clone(),
            )
        })
        .collect()
}

/// A source names every entity it coordinates, in text order; its head
/// decides: a place that only says where the speaker is is no source.
#[test]
fn sources_name_every_coordinated_entity_and_only_their_head() {
    let cases = [
        (
            "France and Britain said that the mission would start in May.",
            "France and Britain",
            "FRA;GBR",
        ),
        (
            "One trader in Amsterdam said that prices would fall.",
            "One trader in Amsterdam",
            "",
        ),
        (
            "Russian officials said the plan would never be accepted.",
            "Russian officials",
            "RUS",
        ),
        (
            "Germany, France and Italy said that the talks had failed.",
            "Germany, France and Italy",
            "DEU;FRA;ITA",
        ),
    ];
    for (i, (text, source, ids)) in cases.iter().enumerate() {
        let got = sources(&format!("coordinated-{i}"), text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            (*source, *ids),
            "{text}"
        );
    }
}

/// Each claim's cue is classed: speech, thought, document, according,
/// none.
#[test]
fn claims_say_what_kind_of_cue_attributes_them() {
    let text = "Kenya said that the vote was fair.\n\n\
                We are convinced that multilateralism remains the answer.\n\n\
                A report of the World Bank found that poverty fell.\n\n\
                Peace is possible, according to the French president.\n\n\
                “A ceasefire without verification is only a pause.”\n\
                — Kaja Kallas\n";
    let classes: Vec<String> =
        sources("cue-classes", text).into_iter().map(|(_, _, c)| c).collect();
    assert_eq!(
        classes,
        ["speech", "thought", "document", "according", "none"]
    );
}

/// The example news document with CRLF line ends
/// (`tests/data/crlf/summit.txt`, `data/news/summit.txt` made CRLF) gives
/// the rows of its LF original but for the offsets, which the CRs shift:
/// the same mentions, and the same claims with the same contents (a
/// quotation attributed by a dash on the next line is the quoted words,
/// not the document's opening lines).
#[test]
fn crlf_line_ends_give_the_claims_and_mentions_of_lf_ones() {
    let crlf =
        std::fs::read(project().join("tests/data/crlf/summit.txt")).unwrap();
    let lf = std::fs::read(project().join("data/news/summit.txt")).unwrap();
    let lines = crlf.iter().filter(|&&b| b == b'\n').count();
    assert_eq!(crlf.windows(2).filter(|w| w == b"\r\n").count(), lines);
    assert_eq!(crlf.len(), lf.len() + lines, "the LF original, made CRLF");
    let wd = Workdir::new("crlf");
    wd.write("lf/summit.txt", &lf);
    wd.write("crlf/summit.txt", &crlf);
    let offsets = [
        "start",
        "end",
        "char_start",
        "char_end",
        "source_start",
        "source_end",
        "cue_start",
        "cue_end",
    ];
    let rows = |dir: &str, table: &str| -> Vec<Vec<(String, String)>> {
        let out = wd.run(&["extract", dir, "-o", &format!("out-{dir}")]);
        assert_eq!(out.status.code(), Some(0));
        records(&wd.table(&format!("out-{dir}/{table}")))
            .into_iter()
            .map(|r| {
                let mut r: Vec<(String, String)> = r
                    .into_iter()
                    .filter(|(k, _)| !offsets.contains(&k.as_str()))
                    .map(|(k, v)| {
                        let v = v.replace('\r', "");
                        let id = v.strip_prefix(&format!("{dir}/"));
                        (k, id.map_or(v.clone(), str::to_string))
                    })
                    .collect();
                r.sort();
                r
            })
            .collect()
    };
    let claims = rows("crlf", "claims.csv");
    assert_eq!(claims, rows("lf", "claims.csv"));
    assert_eq!(rows("crlf", "entities.csv"), rows("lf", "entities.csv"));
    let texts: Vec<&str> = claims
        .iter()
        .flat_map(|c| c.iter().filter(|(k, _)| k == "text"))
        .map(|(_, v)| v.as_str())
        .collect();
    assert!(texts.contains(&"We are not sending soldiers to fight anyone"));
    assert!(
        texts.contains(&"A ceasefire without verification is only a pause")
    );
    // The offsets are the CRLF file's own.
    let raw = records(&wd.table("out-crlf/claims.csv"));
    let last = raw.last().unwrap();
    let (s, e): (usize, usize) =
        (last["start"].parse().unwrap(), last["end"].parse().unwrap());
    assert_eq!(
        &crlf[s..e],
        b"A ceasefire without verification is only a pause"
    );
}
