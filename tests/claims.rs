//! The claims table as a user reads it: who each source is, and what
//! kind of cue attributes the claim.

use crate::util::{Workdir, records};

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
