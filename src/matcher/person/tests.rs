//! Tests of the person matcher.

use super::*;

#[test]
fn a_list_holds_the_lines_str_lines_reads_but_comments_and_blanks() {
    let texts: [&'static str; 8] = [
        "",
        "Smith\nJones",
        "Smith\r\nJones\r\n\n# a comment\nBrown\n",
        "\n\nLee",
        "#only\n",
        "Smith\r",
        "\r",
        "Lee\r\n\r",
    ];
    for text in texts {
        let want: WordSet = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        assert_eq!(list(text), want, "{text:?}");
    }
}

/// `word_from` passes over ASCII letters without asking `word_rest`.
#[test]
fn words_go_on_at_every_ascii_letter() {
    let letters = (b'a'..=b'z').chain(b'A'..=b'Z');
    assert!(letters.map(char::from).all(word_rest));
}

#[test]
fn titles_fit_the_window() {
    for t in TITLES {
        assert!(t.split(' ').count() <= MAX_TITLE_WORDS, "{t}");
    }
}

/// The bits in front of the first words never refuse one of them,
/// and the set still refuses the others.
#[test]
fn first_words_hold_exactly_their_words() {
    let f = first_words();
    assert!(f.set.len() > 1000);
    for w in &f.set {
        assert!(f.holds(w), "{w}");
    }
    for w in ["Assembly", "United", "Presidents", "president", "Ban Ki"] {
        assert!(!f.holds(w), "{w}");
    }
    assert!(f.holds("President") && f.holds("Kofi"));
}

/// Capitalized words are read from capital to capital: a capital
/// inside a word ("McCain", "al-Abadi", "O'Brien") starts none.
#[test]
fn capitalized_words_start_where_words_start() {
    let cases: &[(&str, &[&str])] = &[
        ("McCain met O'Brien", &["McCain", "O'Brien"]),
        ("Haider al-Abadi and iPhone", &["Haider"]),
        ("the U.S. and Mr. Jones's dog", &["U.", "S.", "Mr.", "Jones"]),
        ("Émile, Łódź; 3Com x-Ray", &["Émile", "Łódź", "Com"]),
        ("Jeremic\u{301} Sri Lanka’s", &["Jeremic\u{301}", "Sri", "Lanka"]),
    ];
    for (text, want) in cases {
        let got: Vec<&str> = capitalized_words(text, &capitals(text))
            .iter()
            .map(|w| &text[w.start..w.end])
            .collect();
        assert_eq!(got, *want, "{text}");
    }
}

fn people(text: &str) -> Vec<(String, String, &'static str)> {
    let mut out = Vec::new();
    PersonMatcher::new().find(text, &[], &mut out);
    out.iter()
        .map(|m| {
            let Rule::Pattern(rule) = m.rule else { unreachable!() };
            (text[m.start..m.end].to_string(), m.label.clone(), rule)
        })
        .collect()
}

#[test]
fn names_beside_a_country_in_brackets_are_people() {
    // (text, the spans a dictionary knows, the people found by the rule)
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "beat Francesca Lubiani ( Italy ) 6-4",
            &["Italy"],
            &["Francesca Lubiani"],
        ),
        (
            "1. Verbjorn Rodal (Norway) 1:44.93",
            &["Norway"],
            &["Verbjorn Rodal"],
        ),
        (
            "Falilat Ogunkoya Ade ( Nigeria ) won",
            &["Nigeria"],
            &["Falilat Ogunkoya Ade"],
        ),
        ("Verbjorn Maye ( U.S. ) 74", &["U.S."], &["Verbjorn Maye"]),
        (
            "Then Verbjorn Novotna ( Czech Republic )",
            &["Czech Republic"],
            &["Verbjorn Novotna"],
        ),
        // Later mentions of the surname follow.
        (
            "Verbjorn Rodal ( Norway ) won. Rodal said",
            &["Norway"],
            &["Verbjorn Rodal", "Rodal"],
        ),
        // Not people: an acronym, a club with its score, a place among
        // the words, one word, a common last word, four words.
        ("Liberation Tigers ( LTTE )", &["LTTE"], &[]),
        ("Kareda Siauliai ( Lithuania ) 0 Sion", &["Lithuania"], &[]),
        ("Ruch Chorzow ( Poland ) won", &["Chorzow", "Poland"], &[]),
        ("Brann ( Norway ) won", &["Norway"], &[]),
        ("Daewoo Dacom Communications ( Poland ) Ltd", &["Poland"], &[]),
        ("Gloria Bistrita Club Vaslui ( Romania )", &["Romania"], &[]),
        ("Verbjorn Rodal ( not Norway )", &["Norway"], &[]),
    ];
    for (text, known, want) in cases {
        let mut spans: Vec<(usize, usize)> = known
            .iter()
            .map(|k| {
                let at = text.find(k).unwrap();
                (at, at + k.len())
            })
            .collect();
        spans.sort_unstable();
        let mut out = Vec::new();
        PersonMatcher::new().find(text, &spans, &mut out);
        let got: Vec<&str> = out
            .iter()
            .filter(|m| {
                m.rule == Rule::Pattern("person:beside-country")
                    || m.rule == Rule::Pattern("person:same-surname")
            })
            .map(|m| &text[m.start..m.end])
            .collect();
        assert_eq!(got, *want, "{text}");
    }
}

#[test]
fn titles_given_names_and_later_surnames() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("President Zelensky said", &[("Zelensky", "Zelensky")]),
        (
            "Prime Minister Ulf Kristersson met",
            &[("Ulf Kristersson", "Ulf Kristersson")],
        ),
        ("Mr. Holtz-Eakin said", &[("Holtz-Eakin", "Holtz-Eakin")]),
        (
            "said Tom Harkin. Later Harkin left",
            &[("Tom Harkin", "Tom Harkin"), ("Harkin", "Tom Harkin")],
        ),
        (
            "President Charles de Gaulle",
            &[("Charles de Gaulle", "Charles de Gaulle")],
        ),
        ("John F. Kennedy spoke", &[("John F. Kennedy", "John F. Kennedy")]),
        // A surname in no list, after a given name.
        (
            "Alexander Lebed said. Lebed left",
            &[
                ("Alexander Lebed", "Alexander Lebed"),
                ("Lebed", "Alexander Lebed"),
            ],
        ),
        (
            "Martin Luther King Jr. spoke",
            &[("Martin Luther King", "Martin Luther King")],
        ),
        (
            "Prime Minister\u{200e} Haider al-Abadi said",
            &[("Haider al-Abadi", "Haider al-Abadi")],
        ),
        // A family name first.
        (
            "dissident Wang Donghai was held",
            &[("Wang Donghai", "Wang Donghai")],
        ),
        ("Kim Jong-il died", &[("Kim Jong-il", "Kim Jong-il")]),
        // Initials before a surname.
        ("bowled by S. Waugh", &[("S. Waugh", "S. Waugh")]),
        ("J.R. Tolkien wrote", &[("J.R. Tolkien", "J.R. Tolkien")]),
        (
            "President Vuk Jeremic\u{301} spoke",
            &[("Vuk Jeremic\u{301}", "Vuk Jeremic\u{301}")],
        ),
    ];
    for (text, want) in cases {
        let got: Vec<(String, String)> =
            people(text).into_iter().map(|(a, b, _)| (a, b)).collect();
        let want: Vec<(String, String)> =
            want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn no_person() {
    let cases = [
        "the Secretary General spoke",
        "on King Street",
        "Christian democracy",
        "Will it rain? May it not.",
        "the President said",
        "Grant Thornton audited it",
        "PRESIDENT OF THE COUNCIL",
        // After a given name, a common word is no surname.
        "Christian Democrats won",
        "Grace Road",
        "Mr. President, the United Nations was founded",
        "Thank you, Mr. President.\n\nWe are convinced",
        "Madam Chairperson, thank you",
        "Mr. Secretary-General, we thank you",
        "on Park Avenue",
        "oil spilled in Prince William Sound",
    ];
    for text in cases {
        assert_eq!(people(text), vec![], "{text}");
    }
}

#[test]
fn names_a_dictionary_knows_whole_lend_no_surname() {
    let text = "Santiago de Cuba is a city. Cuba voted.";
    let mut out = Vec::new();
    // The dictionary knows "Santiago de Cuba" and "Cuba".
    PersonMatcher::new().find(text, &[(0, 16), (28, 32)], &mut out);
    assert!(out.is_empty(), "{out:?}");
}

#[test]
fn two_places_are_no_name() {
    let text = "at Santiago Spain won";
    let mut out = Vec::new();
    // The dictionary knows "Santiago" and "Spain" as places.
    PersonMatcher::new().find(text, &[(3, 11), (12, 17)], &mut out);
    assert!(out.is_empty(), "{out:?}");
    // A known first word with an unknown surname stays a name.
    let text = "Chad Johnson caught it";
    PersonMatcher::new().find(text, &[(0, 4)], &mut out);
    assert_eq!(out.len(), 1, "{out:?}");
}

#[test]
fn initials_a_dictionary_knows_start_no_name() {
    let text = "the U.S. Senate voted";
    let mut out = Vec::new();
    PersonMatcher::new().find(text, &[(4, 8)], &mut out);
    assert!(out.is_empty(), "{out:?}");
}

#[test]
fn family_names_are_sorted() {
    assert!(FAMILY_FIRST.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn ids_come_from_names() {
    assert_eq!(person_id("Tom Harkin"), "tom-harkin");
    assert_eq!(person_id("John F. Kennedy"), "john-f-kennedy");
    assert_eq!(person_id("Holtz-Eakin"), "holtz-eakin");
    // Variants a reader folds share one id.
    for (a, b) in [
        ("María Fernanda Espinosa Garcés", "Maria Fernanda Espinosa Garces"),
        ("Miroslav  Lajčák", "Miroslav Lajcak"),
        ("World Health Organisation", "World Health Organization"),
        ("International Court of Justice’s", "International Court of Justice"),
        ("Council of Europe's", "Council of Europe"),
        ("Eroğlu", "Eroglu"),
        ("Béji Cai\u{308}d Essebsi", "Beji Caid Essebsi"),
    ] {
        assert_eq!(person_id(a), person_id(b), "{a}");
    }
}
