//! Tests of the sentence splitter.

use super::*;

/// The word before a period, after white space, a parenthesis or a
/// quotation mark, and after its own last period.
#[test]
fn words_before_a_period_are_told_abbreviations() {
    let cases = [
        ("said Mr", false, true),
        ("the U.S", false, true),
        ("e.g", false, true),
        ("(Dr", false, true),
        ("“St", false, true),
        ("a\u{a0}Gen", false, true),
        ("approx", false, true),
        ("approxim", false, false),
        ("the world", false, false),
        ("No", true, true),
        ("No", false, false),
        ("Nos", true, true),
        ("", false, false),
        ("Côte d’Ivoire", false, false),
        ("é", false, true),
    ];
    for (before, digit_next, want) in cases {
        assert_eq!(is_abbreviation(before, digit_next), want, "{before:?}");
    }
}

/// `is_abbreviation` passes over words longer than six bytes.
#[test]
fn abbreviations_are_short_lower_case_words() {
    for a in ABBREVIATIONS {
        assert!(a.len() <= 6 && a.bytes().all(|b| b.is_ascii_lowercase()));
    }
}

#[test]
fn abbreviations_are_read_in_any_case_and_no_longer_than_six_bytes() {
    for (before, digit_next, want) in [
        ("said Mr", false, true),
        ("said MRS", false, true),
        ("see (approx", false, true),
        ("A", false, true),
        ("U.S", false, true),
        ("the Dept", false, true),
        ("Resolution No", true, true),
        ("said no", false, false),
        ("the approxi", false, false),
        ("the mrs'", false, false),
        ("peace", false, false),
        ("", false, false),
    ] {
        assert_eq!(is_abbreviation(before, digit_next), want, "{before:?}");
    }
}

fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    split(text, &mut out);
    out.iter().map(|&(s, e)| &text[s..e]).collect()
}

#[test]
fn splits() {
    let cases: &[(&str, &[&str])] = &[
        ("One. Two.", &["One.", "Two."]),
        ("Heading\n\nBody text.", &["Heading", "Body text."]),
        (
            "6 min read\n2 views\nJan 7, 2026",
            &["6 min read\n2 views\nJan 7, 2026"],
        ),
        (
            "a line\nwraps here. Next one.",
            &["a line\nwraps here.", "Next one."],
        ),
        (
            "Mr. Smith met Dr. Jones. Then left.",
            &["Mr. Smith met Dr. Jones.", "Then left."],
        ),
        ("The U.S. said no. It did.", &["The U.S. said no.", "It did."]),
        ("It grew 3.5 percent. Yes.", &["It grew 3.5 percent.", "Yes."]),
        ("On Jan. 7 they met.", &["On Jan. 7 they met."]),
        ("J. R. R. Tolkien wrote.", &["J. R. R. Tolkien wrote."]),
        ("\"Go now.\" She left.", &["\"Go now.\"", "She left."]),
        ("Items:\n  • one\n  • two", &["Items:", "• one", "• two"]),
        ("Steps\n1. mix\n2. bake", &["Steps", "1. mix", "2. bake"]),
        ("Why? Because.", &["Why?", "Because."]),
        (
            "He lives in St. Louis. She does not.",
            &["He lives in St. Louis.", "She does not."],
        ),
        (
            "At No. 10 Downing Street, May spoke.",
            &["At No. 10 Downing Street, May spoke."],
        ),
        ("He said no. Then yes.", &["He said no.", "Then yes."]),
        ("He was 2.5 m tall. True.", &["He was 2.5 m tall.", "True."]),
        ("“It’s over.” ― Veronica Cruz", &["“It’s over.”", "― Veronica Cruz"]),
        ("end.\u{a0}\nNext one.", &["end.", "Next one."]),
        (
            "quote.\n— Mellody Hobson\nAuthor",
            &["quote.", "— Mellody Hobson\nAuthor"],
        ),
        ("  \n\n ", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(sentences(text), *want, "{text:?}");
    }
}

#[test]
fn a_cursor_finds_what_index_of_finds_in_any_order() {
    let sentences = [(0, 5), (7, 12), (19, 30), (31, 40), (52, 60)];
    let layouts: [&[(usize, usize)]; 3] = [&sentences, &sentences[..1], &[]];
    // In order, with repeats and gaps; backwards; jumping about.
    let asks: [Vec<usize>; 3] = [
        (0..70).chain([70, 70]).collect(),
        (0..70).rev().collect(),
        vec![40, 3, 60, 19, 18, 0, 52, 51, 7, 65, 6, 31],
    ];
    for layout in layouts {
        for positions in &asks {
            let mut cursor = Cursor::new(layout);
            for &pos in positions {
                assert_eq!(
                    cursor.index_of(pos),
                    index_of(layout, pos),
                    "{pos} in {layout:?}"
                );
            }
        }
    }
}

#[test]
fn index_of_finds_the_holding_sentence() {
    let s = [(0, 4), (6, 10), (12, 20)];
    assert_eq!(index_of(&s, 0), 0);
    assert_eq!(index_of(&s, 7), 1);
    assert_eq!(index_of(&s, 19), 2);
}

#[test]
fn runs_without_an_end_are_cut_at_white_space() {
    let text = "word ".repeat(3000);
    let mut out = Vec::new();
    split(&text, &mut out);
    assert!(out.len() >= 3, "{}", out.len());
    assert!(out.iter().all(|&(s, e)| e - s <= MAX_SENTENCE_BYTES));
    // Every word is in one piece, and nothing is lost.
    let joined: Vec<&str> = out.iter().map(|&(s, e)| &text[s..e]).collect();
    assert_eq!(joined.join(" "), text.trim_end());
    let one = "x".repeat(10_000);
    split(&one, &mut out);
    assert_eq!(out.len(), 3);
}

/// Runs a table of texts and the sentences each splits into.
fn check(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(sentences(text), *want, "{text:?}");
    }
}

/// A paragraph of one long line, as in documents laid out a paragraph a
/// line: the usual line is long, so a short line stands out.
const LONG: &str = "The Assembly met again this year in a world of many crises, \
    and the delegations spoke of peace, of the climate, of debt and of the \
    wars that go on in several regions while the Council stays divided.";

/// A hard-wrapped paragraph, about 55 bytes a line.
const WRAPPED: &str = "The Assembly met again this year in a world of many\n\
    crises, and the delegations spoke of peace, of the\n\
    climate, of debt and of the wars that go on in\n\
    several regions while the Council stays divided.";

#[test]
fn hard_wraps_inside_a_sentence_do_not_end_it() {
    check(&[
        (
            "There are conflicts, such as that in\nthe Middle East, still.",
            &["There are conflicts, such as that in\nthe Middle East, still."],
        ),
        (
            "We met leaders from India and\nGuatemala, Japan and Italy.",
            &["We met leaders from India and\nGuatemala, Japan and Italy."],
        ),
        ("We thank Mr\nGuterres.", &["We thank Mr\nGuterres."]),
        // A dash that goes on with the sentence is no list item.
        (
            "Let me look closer to home\n— the Balkans. Then Asia.",
            &["Let me look closer to home\n— the Balkans.", "Then Asia."],
        ),
        ("Items:\n— one\n— two", &["Items:", "— one", "— two"]),
    ]);
    // A line as long as the usual one, or one that is a clause, goes on
    // even before a capital.
    let wrapped = format!(
        "{WRAPPED}\nThe United Nations Framework Convention on Climate\n\
         Change entered into force in 1994 and was welcomed."
    );
    assert_eq!(sentences(&wrapped).len(), 2, "{wrapped}");
    let clause = format!(
        "{LONG}\nThis is the sixth time I have addressed the United\n\
         Nations General Assembly. {LONG}"
    );
    assert_eq!(sentences(&clause).len(), 3, "{clause}");
}

#[test]
fn indented_lines_start_paragraphs() {
    check(&[
        (
            "Russia says no.\n    India agrees.\n",
            &["Russia says no.", "India agrees."],
        ),
        (
            "Russia says no.\n India agrees.",
            &["Russia says no.", "India agrees."],
        ),
        ("end.\t\n\tNext one.", &["end.", "Next one."]),
        // A paragraph that ends without a stop.
        (
            " We stand by
the Assembly
 Afghanistan remains committed.",
            &[
                "We stand by
the Assembly",
                "Afghanistan remains committed.",
            ],
        ),
        // Its twins: a line indented less goes on with the paragraph, and
        // so does one after a word that needs the next.
        (
            " Sixty-five years ago, the creation of the United\nNations \
             heralded hope.",
            &["Sixty-five years ago, the creation of the United\nNations \
               heralded hope."],
        ),
        (
            "we act together as the\n\tUnited Nations.",
            &["we act together as the\n\tUnited Nations."],
        ),
        // A quotation that a colon opens goes on with its sentence.
        (
            "when he said:\n “There will be no peace.”",
            &["when he said:\n “There will be no peace.”"],
        ),
    ]);
}

#[test]
fn list_items_and_numbered_paragraphs_start_sentences() {
    check(&[
        (
            "Aims:\n12. Peace\n(a) justice;\n(iv) trade;\nb) debt",
            &["Aims:", "12. Peace", "(a) justice;", "(iv) trade;", "b) debt"],
        ),
        (
            "19.\tIt is time.\n20.\tWe act.",
            &["19.\tIt is time.", "20.\tWe act."],
        ),
        // The item's number is no sentence of its own.
        (
            "1. Mix the flour. 2. Bake it.",
            &["1. Mix the flour.", "2. Bake it."],
        ),
        ("**3. The War**", &["**3. The War**"]),
        ("IV. Trade is free.", &["IV. Trade is free."]),
        ("## Aims\nPeace first.", &["## Aims", "Peace first."]),
        // Not items: a year, a parenthesis, a word.
        ("adopted in\n2015. Then", &["adopted in\n2015.", "Then"]),
        ("a fund\n(a new one) opened", &["a fund\n(a new one) opened"]),
        ("the #\nsign", &["the #\nsign"]),
    ]);
}

#[test]
fn headings_and_salutations_stand_alone() {
    check(&[
        (
            "Mr. President,\nCosta Rica thanks you.",
            &["Mr. President,", "Costa Rica thanks you."],
        ),
        (
            "Dear leaders, \n    Your excellencies, \n Today I speak.",
            &["Dear leaders,", "Your excellencies,", "Today I speak."],
        ),
        (
            "**Mr President,**  \n**Excellencies,**\nAllow me.",
            &["**Mr President,**", "**Excellencies,**", "Allow me."],
        ),
        ("(spoke in French)\nWe meet.", &["(spoke in French)", "We meet."]),
        // An address over two lines, and one with a name in brackets.
        (
            "Mr President, Distinguished Delegates, Ladies and\nGentlemen,\n\
             Let me begin.",
            &[
                "Mr President, Distinguished Delegates, Ladies and\nGentlemen,",
                "Let me begin.",
            ],
        ),
        (
            "Mister President (Philémon Yang), Excellencies,\nToday we meet.",
            &[
                "Mister President (Philémon Yang), Excellencies,",
                "Today we meet.",
            ],
        ),
        // Twins: a comma after words that address nobody, a sentence
        // that started on the line before.
        (
            "On behalf of Mexico, Mr. President,\nI thank you.",
            &["On behalf of Mexico, Mr. President,\nI thank you."],
        ),
        (
            "Ms. Kamina Smith (Jamaica),\nVice-President, took the Chair.",
            &["Ms. Kamina Smith (Jamaica),\nVice-President, took the Chair."],
        ),
        (
            "I thank you,\nMr. President,\nFor this.",
            &["I thank you,\nMr. President,\nFor this."],
        ),
    ]);
    // A short line among long ones is a heading, a title among wrapped
    // ones too; a clause or a line ending in "and" is not.
    let cases = [
        (format!("{LONG}\nLDC graduation\n{LONG}"), 3),
        (format!("{LONG}\nRecovering from COVID-19\n{LONG}"), 3),
        (
            format!(
                "{LONG}\nOur theme, “ASEAN Addressing\nChallenges Together”. {LONG}"
            ),
            3,
        ),
        (
            format!(
                "{WRAPPED}\nHer Excellency Mrs. Kamla Persad-Bissessar, MP, Prime\nMinister of the Republic. {WRAPPED}"
            ),
            3,
        ),
        (
            format!(
                "{LONG}\nHere at the UN, I met with leaders from India and\nGuatemala. {LONG}"
            ),
            3,
        ),
        (format!("{WRAPPED}\nPeace and Security\n{WRAPPED}"), 3),
        (format!("{WRAPPED}\nLadies and Gentlemen\n{WRAPPED}"), 3),
        (format!("{WRAPPED}\nPEACE AND SECURITY\n{WRAPPED}"), 3),
        (format!("{WRAPPED}\nTHE FUTURE WE WANT\n{WRAPPED}"), 3),
        // In a speech in capitals, a clause in capitals is no title.
        (
            format!(
                "NOW WE MEET.\nWE RENEW OUR CALL TODAY\nAS THE ASSEMBLY DID. {WRAPPED}"
            ),
            3,
        ),
        (
            format!(
                "{WRAPPED}\nAllow me to congratulate\nPresident Ashe. {WRAPPED}"
            ),
            3,
        ),
        (
            format!(
                "{WRAPPED}\nThe Conference of the Parties to the United\nNations Framework Convention met."
            ),
            2,
        ),
    ];
    for (text, n) in cases {
        assert_eq!(sentences(&text).len(), n, "{text}");
    }
}

#[test]
fn speaker_labels_start_sentences() {
    check(&[
        (
            "productive and fair\nThe Acting President: I now call on her.",
            &[
                "productive and fair",
                "The Acting President: I now call on her.",
            ],
        ),
        (
            "Mr. President:\nCosta Rica renews its pledge.",
            &["Mr. President:", "Costa Rica renews its pledge."],
        ),
        // A label before a quotation keeps it, and an address that is not
        // on a line of its own belongs to the sentence after it.
        (
            "Sanders:\n“We need a revolution.”",
            &["Sanders:\n“We need a revolution.”"],
        ),
        (
            "Madam Speaker, and my fellow citizens: Three years ago, we began.",
            &[
                "Madam Speaker, and my fellow citizens: Three years ago, we began.",
            ],
        ),
    ]);
}

#[test]
fn footnote_markers_stay_with_the_sentence_they_follow() {
    check(&[
        ("for peace.12 The next.", &["for peace.12", "The next."]),
        ("for peace.[3] Next.", &["for peace.[3]", "Next."]),
        ("for peace.* Next.", &["for peace.*", "Next."]),
        ("for peace.”4 Next.", &["for peace.”4", "Next."]),
        ("for peace. [3] Next.", &["for peace. [3]", "Next."]),
        ("**for peace.** Next.", &["**for peace.**", "Next."]),
        // Not footnotes: numbers and codes.
        ("It grew 3.5 percent.", &["It grew 3.5 percent."]),
        (
            "See A/70/PV.25 02/10/2015 here.",
            &["See A/70/PV.25 02/10/2015 here."],
        ),
        ("Go to No.5 Road.", &["Go to No.5 Road."]),
        ("for peace.12 nations", &["for peace.12 nations"]),
    ]);
}

#[test]
fn ellipses_end_sentences_before_a_capital() {
    check(&[
        (
            "millions of Ukrainians… Ordinary families.",
            &["millions of Ukrainians…", "Ordinary families."],
        ),
        ("we waited… and waited.", &["we waited… and waited."]),
    ]);
}

#[test]
fn page_breaks_and_rules_are_passed_over() {
    check(&[
        (
            "For\n\nus in Brunei, it means much.",
            &["For\n\nus in Brunei, it means much."],
        ),
        ("One.\n\n---\n\nTwo.", &["One.", "Two."]),
        ("Heading\n\n\nBody text.", &["Heading", "Body text."]),
    ]);
}
