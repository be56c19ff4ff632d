//! Tests of the literal matcher: its aliases, variants and cases.

use super::*;
use crate::dictionary::DictionaryBuilder;

const DICT: &str = "id\tname\taliases\tacronyms\tdemonyms\tmetonyms\n\
    USA\tUnited States\tthe United States|America\tUS|U.S.\tAmerican\tWashington\n\
    RUS\tRussia\t\t\tRussian\tMoscow|the Kremlin\n\
    CIV\tCôte d’Ivoire\tIvory Coast\t\tIvorian\t\n\
    CHN\tChina\t\t\tChinese\t\n";

fn find(text: &str) -> Vec<(String, &'static str)> {
    let dict =
        DictionaryBuilder::new().text("countries.tsv", DICT).build().unwrap();
    let m = LiteralMatcher::new(&dict);
    let mut out = Vec::new();
    m.find(&dict, text, &mut out, &mut Triggers::default());
    out.iter()
        .map(|x| (text[x.start..x.end].to_string(), x.form.as_str()))
        .collect()
}

#[test]
fn accent_table_pairs_up() {
    assert_eq!(ACCENTED.chars().count(), UNACCENTED.chars().count());
    assert_eq!(
        fold_diacritics("Côte d’Ivoire, Türkiye"),
        "Cote d’Ivoire, Turkiye"
    );
}

#[test]
fn case_rules() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("let us go", &[]),
        ("the US said", &[("US", "acronym")]),
        ("the U.S. administration", &[("U.S.", "acronym")]),
        ("fine china and turkey", &[]),
        ("CHINA DAILY", &[("CHINA", "name")]),
        ("The Kremlin said", &[("The Kremlin", "metonym")]),
        ("THE KREMLIN", &[("THE KREMLIN", "metonym")]),
        ("the kremlin", &[]),
        // Over a hard-wrapped line of prose, the case read as over a
        // space; not after a short line, a blank line or a tab.
        (
            "We look to the people and the leaders in Ivory \nCoast",
            &[("Ivory \nCoast", "alias")],
        ),
        (
            "WE LOOK TO THE PEOPLE AND THE LEADERS IN IVORY\nCOAST",
            &[("IVORY\nCOAST", "alias")],
        ),
        ("We look to the people and the leaders in ivory \ncoast", &[]),
        ("We look to the people and the leaders in Ivory\n\nCoast", &[]),
        ("Places: Ivory\nCoast", &[]),
        ("in Ivory\tCoast", &[]),
        // A hyphen for the alias's space, in the alias's case.
        ("in Ivory-Coast", &[("Ivory-Coast", "alias")]),
        ("in ivory-coast", &[]),
    ];
    for (text, want) in cases {
        let got = find(text);
        let want: Vec<(String, &str)> =
            want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn spelling_variants() {
    let cases = [
        ("in Côte d’Ivoire", "Côte d’Ivoire"),
        ("in Cote d'Ivoire", "Cote d'Ivoire"),
        ("in Côte d'Ivoire", "Côte d'Ivoire"),
        ("Russia’s view", "Russia"),
        ("pro-Russian", "Russian"),
        ("many Russians left", "Russians"),
    ];
    for (text, want) in cases {
        let got = find(text);
        assert_eq!(got[0].0, want, "{text}");
    }
}

#[test]
fn overlapping_candidates_are_all_reported() {
    let got = find("the United States");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "the United States");
}

#[test]
fn alias_marks_set_case_and_context() {
    let dict = DictionaryBuilder::new()
        .text(
            "organizations.tsv",
            "id\tname\taliases\tattributes\n\
             who\tWorld Health Organization\t?WHO\tcontext=outbreak|vaccine\n\
             it\tItalia Telecom\t=IT\t\n",
        )
        .build()
        .unwrap();
    let m = LiteralMatcher::new(&dict);
    let cases: &[(&str, &[&str])] = &[
        // Needs context: a context word near, or the entry named too.
        ("WHO WILL WIN THE CUP", &[]),
        ("WHO warned of an outbreak", &["WHO"]),
        (
            "The World Health Organization (WHO) met",
            &["World Health Organization", "WHO"],
        ),
        // Exact case: as written only.
        ("IT shares rose", &["IT"]),
        ("It rose", &[]),
    ];
    for (text, want) in cases {
        let mut out = Vec::new();
        m.find(&dict, text, &mut out, &mut Triggers::default());
        let got: Vec<&str> =
            out.iter().map(|x| &text[x.start..x.end]).collect();
        assert_eq!(got, *want, "{text}");
    }
}
