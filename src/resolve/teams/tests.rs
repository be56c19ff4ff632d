use super::*;
use crate::dictionary::DictionaryBuilder;
use crate::resolve::tests::resolved;

/// (line, the mentions' texts, whether it reads as prose).
#[test]
fn prose_is_a_lower_case_word_outside_mentions_and_asides() {
    let cases: &[(&str, &[&str], bool)] = &[
        ("Chicago 5 Toronto 3", &["Chicago", "Toronto"], false),
        ("Boston at Oakland", &["Boston", "Oakland"], false),
        ("Leicester v London ( replay )", &["Leicester", "London"], false),
        ("Paris (the capital) 4", &["Paris"], false),
        ("Russia said Germany", &["Russia", "Germany"], true),
        ("Chicago(won)3 atlas", &["Chicago"], true),
        ("vs. Boston", &["Boston"], false),
    ];
    for &(line, names, prose) in cases {
        let on_line: Vec<Mention> = names
            .iter()
            .map(|n| {
                let start = line.find(n).unwrap();
                Mention {
                    start,
                    end: start + n.len(),
                    kind: EntityKind::Location,
                    form: Form::Name,
                    entry: Mention::NO_ENTRY,
                    value: String::new(),
                    label: String::new(),
                    rule: Rule::Pattern("test"),
                }
            })
            .collect();
        assert_eq!(has_prose(line, 0, line.len(), &on_line), prose, "{line}");
    }
}

const PLACES: &str = "id\tname\tattributes\n\
    chicago\tChicago\ttype=city\ntoronto\tToronto\ttype=city\n\
    baltimore\tBaltimore\ttype=city\nboston\tBoston\ttype=city\n\
    oakland\tOakland\ttype=city\nleicester\tLeicester\ttype=city\n\
    london\tLondon\ttype=city\nparis\tParis\ttype=city\n\
    milan\tMilan\ttype=city\nengland\tEngland\ttype=region\n";
const COUNTRIES: &str = "id\tname\nDEU\tGermany\nRUS\tRussia\n";

/// The mentions of `text` after resolution and `rule`.
fn run(
    text: &str,
    rule: fn(&Dictionary, &str, &mut Vec<Mention>),
) -> Vec<Mention> {
    let dict = DictionaryBuilder::new()
        .text("locations.tsv", PLACES)
        .text("countries.tsv", COUNTRIES)
        .build()
        .unwrap();
    let mut out = resolved(&dict, text, None, false);
    rule(&dict, text, &mut out);
    out
}

fn kinds(text: &str) -> Vec<(String, &'static str)> {
    run(text, |d, t, m| mark(d, t, m))
        .iter()
        .map(|m| (text[m.start..m.end].to_string(), m.kind.as_str()))
        .collect()
}

#[test]
fn places_in_results_lines_are_teams() {
    let cases: &[(&str, &str)] = &[
        ("Chicago 11 TORONTO 2", "organization"),
        ("BALTIMORE 70 63 .526 4", "organization"),
        ("BOSTON AT OAKLAND", "organization"),
        ("Boston v Oakland", "organization"),
        ("Saracens 25 Leicester 23", "organization"),
        ("Oakland 2 Boston 3\nA summit in Paris.", "organization"),
        ("CHICAGO 3 Atlanta 2 ( 1st game )", "organization"),
        ("BOSTON 75 59 .560 -", "organization"),
        // Prose, and tables of figures, keep their places.
        ("Chicago beat Toronto 11-2 on Sunday.", "location"),
        ("London 15 sunny", "location"),
        ("He flew from London to Paris at 9.", "location"),
        ("Temperatures: London 15.5 Paris 18.2", "location"),
    ];
    for (text, want) in cases {
        let got = kinds(text);
        assert_eq!(got[0].1, *want, "{text}: {got:?}");
    }
}

/// The teams `unnamed` adds to a text whose places the dictionary
/// knows (`PLACES`, `COUNTRIES`).
fn unnamed_teams(text: &str) -> Vec<&str> {
    let mut out = run(text, |d, t, m| {
        mark(d, t, m);
        unnamed(d, t, m);
    });
    out.retain(|m| m.rule == Rule::Pattern("organization:team"));
    assert!(out.iter().all(|m| m.label == text[m.start..m.end]));
    out.iter().map(|m| &text[m.start..m.end]).collect()
}

#[test]
fn names_of_results_lines_no_dictionary_knows_are_teams() {
    let cases: &[(&str, &[&str])] = &[
        // Results: every name with one score.
        ("Ghent 3 Aalst 2", &["Ghent", "Aalst"]),
        (
            "Lyon 2 Nancy 0
Germany 1 Russia 0",
            &["Lyon", "Nancy"],
        ),
        (
            "Leeds 1 ( Sharpe 58th minute ) Wimbledon 0 .",
            &["Leeds", "Wimbledon"],
        ),
        ("Wrexham 4 Plymouth 4", &["Wrexham", "Plymouth"]),
        ("Sheffield United 2, Stoke 1", &["Sheffield United", "Stoke"]),
        // A known place is `mark`'s team.
        ("Chicago 3 Aalst 2", &["Chicago", "Aalst"]),
        // … and a team's whole name is the team.
        ("Ajax Chicago 3 Aalst 2", &["Ajax Chicago", "Aalst"]),
        ("Germany 2 Ajax Chicago 0", &["Ajax Chicago"]),
        // Standings rows: one name, maybe ranked, then figures.
        ("Volendam 1 0 1 0 1 1 1", &["Volendam"]),
        ("1. Ujpest TE 3 3 - - 10 2 9", &["Ujpest TE"]),
        ("Hanwha 55 1 48 .534 8", &["Hanwha"]),
        // Fixtures.
        ("Manchester United v Blackburn", &["Manchester United", "Blackburn"]),
        ("Swansea vs Lincoln", &["Swansea", "Lincoln"]),
        (
            "Crewe v Watford , Gillingham v Chesterfield,",
            &["Crewe", "Watford", "Gillingham", "Chesterfield"],
        ),
        ("Crewe v Watford Gillingham v Chesterfield", &[]),
        // A place with more of a name on the line.
        ("Hansa Chicago 3 0 2 1 3 4 2", &["Hansa Chicago"]),
        // Prose, and tables that are not of teams.
        ("Ghent beat Aalst 3 2 on Sunday", &[]),
        ("Couples 73 68 72 72 , Craig Stadler 73 72 67 73", &[]),
        ("Mark Ealham 1 2 0 30 25 15.00", &[]),
        ("Net Income 821 512 565 301", &[]),
        ("Jul 31 , Jul 31 , Jan 31 , Jan 31", &[]),
        ("15 , Hansma 24 , Wouden 70 , 90 ) .", &[]),
        ("Ghent 3", &[]),
        ("Ghent v Aalst v Lier", &[]),
        ("Alex Corretja ( Spain ) vs. Byron Black ( Zimbabwe )", &[]),
        ("Das Volk vs. The State.", &[]),
        ("Germany 2 Russia 0", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(unnamed_teams(text), *want, "{text}");
    }
}

#[test]
fn the_home_of_a_fixture_stays_a_place() {
    let got = kinds("BOSTON AT OAKLAND");
    assert_eq!(got[1], ("OAKLAND".to_string(), "location"));
}

#[test]
fn names_that_start_with_a_place_are_clubs_and_media() {
    let cases: &[(&str, &str, &str)] = &[
        ("as the Boston Rangers won", "Boston Rangers", "organization"),
        ("a London City player", "London City", "organization"),
        ("Paris Radio said", "Paris Radio", "organization"),
        ("fans of the Chicago Cubs cheered", "Chicago Cubs", "organization"),
        ("in the London Islands", "London", "location"),
        ("Paris Talks resumed", "Paris", "location"),
        // ("the Paris Principles": a document's name, no mention of
        // Paris: see `DOCUMENT_WORDS`.)
        ("the Paris Forum met", "Paris", "location"),
        ("Germany Lamps sold well", "Germany Lamps", "organization"),
        ("Germany beat Russia", "Germany", "country"),
        ("in London. Rangers won", "London", "location"),
        ("Paris Summit Pushes NATO Troops", "Paris", "location"),
        // A signature's words are all capitalized, as a headline's;
        // a word of media is no verb there.
        ("-- Jane Doe , Paris Newsroom", "Paris Newsroom", "organization"),
        ("Paris Radio Plays On", "Paris Radio", "organization"),
        ("Paris Rangers Win", "Paris", "location"),
        ("fans of Dynamo London threw", "Dynamo London", "organization"),
        ("the Paris Newsdesk said", "Paris Newsdesk", "organization"),
        ("Rome and Paris won", "Paris", "location"),
    ];
    for (text, span, kind) in cases {
        let out = run(text, |_, t, m| named_after_places(t, m));
        let got: Vec<(&str, &str)> = out
            .iter()
            .map(|m| (&text[m.start..m.end], m.kind.as_str()))
            .collect();
        assert_eq!(got[0], (*span, *kind), "{text}");
    }
}

#[test]
fn countries_stay_countries_in_results() {
    let got = kinds("Germany 2 Russia 0\nA summit in Paris.");
    let want =
        [("Germany", "country"), ("Russia", "country"), ("Paris", "location")];
    let want: Vec<(String, &str)> =
        want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
    assert_eq!(got, want);
}

#[test]
fn a_mention_across_lines_is_no_panic() {
    // A date of hard-wrapped text runs over the line's end.
    let text = "Chicago 1998 \nand 2005 said";
    let dict = DictionaryBuilder::new()
        .text("locations.tsv", PLACES)
        .build()
        .unwrap();
    let mut mentions = vec![
        Mention {
            start: 0,
            end: 7,
            kind: EntityKind::Location,
            form: Form::Name,
            entry: 0,
            value: String::new(),
            label: String::new(),
            rule: Rule::Pattern("test"),
        },
        Mention {
            start: 8,
            end: 22,
            kind: EntityKind::Date,
            form: Form::Pattern,
            entry: Mention::NO_ENTRY,
            value: String::new(),
            label: String::new(),
            rule: Rule::Date("test"),
        },
    ];
    mark(&dict, text, &mut mentions);
    named_after_places(text, &mut mentions);
    assert_eq!(mentions[0].kind, EntityKind::Location);
}

#[test]
fn cities_beside_words_of_games_in_prose_are_clubs() {
    // (text, a place's span and kind).
    let cases: &[(&str, &str, &str)] = &[
        // A word only games put there: in any sentence.
        ("league champions Milan could only draw", "Milan", "organization"),
        ("Milan striker Marco Simone scored", "Milan", "organization"),
        // Other words of games, in a game's report: a score with a
        // result's word, or a word only games use.
        ("Milan beat Paris 2-1 on Sunday", "Milan", "organization"),
        ("Fiorentina beat Milan 2-1 in the final", "Milan", "organization"),
        ("Bayern drew 1–1 with Milan on Saturday", "Milan", "organization"),
        (
            "Milan manager Fabio Capello praised his defender",
            "Milan",
            "organization",
        ),
        ("fans of the Chicago White Sox", "Chicago", "location"),
        ("the Chicago White Sox beat Boston 3-2", "Boston", "organization"),
        (
            "he beat Chicago White Sox pitching in the 2-1 win",
            "Chicago White Sox",
            "organization",
        ),
        ("a 3-2 victory over Paris , who led", "Paris", "organization"),
        (
            "Milan 's Marco Simone scored in the 2-1 win",
            "Milan",
            "organization",
        ),
        ("Milan's goal came late in the 2-1 win", "Milan", "organization"),
        ("Milan's goal came late", "Milan", "location"),
        ("the talks over Paris ended", "Paris", "location"),
        ("London 's mayor spoke", "London", "location"),
        // No game: a siege, a bus, a port, a court case, counts, votes,
        // ranges, dates.
        ("Milan beat back an attack overnight", "Milan", "location"),
        ("The Chicago coach station was closed", "Chicago", "location"),
        (
            "Paris manager Jens Weber said the port would close for 2-3 days",
            "Paris",
            "location",
        ),
        ("Case 12 v Chicago was dismissed", "Chicago", "location"),
        ("prices rose 2-3 percent against London", "London", "location"),
        (
            "Unemployment rose 2-3 percent, with Milan hardest hit",
            "Milan",
            "location",
        ),
        ("Talks lasted 2-3 weeks, with Paris as host", "Paris", "location"),
        ("A 2-3 week delay came with Paris as host", "Paris", "location"),
        (
            "Talks were held on 2-3 June with Paris as host",
            "Paris",
            "location",
        ),
        (
            "The council voted 13-2, with Milan against the plan",
            "Milan",
            "location",
        ),
        (
            "20-30 soldiers were killed in fighting with Milan separatists",
            "Milan",
            "location",
        ),
        ("the 1996-08-25 talks with Paris", "Paris", "location"),
        // The ground, a region's national side.
        ("they play at Milan on Sunday in the 2-1 win", "Milan", "location"),
        ("England beat Paris 2-1", "England", "location"),
        ("England manager Glenn Hoddle", "England", "location"),
        // Not ASCII before the place: no panic.
        ("This year’s Milan striker", "Milan", "organization"),
        ("year’s Milan", "Milan", "location"),
    ];
    for (text, span, kind) in cases {
        let out = run(text, |d, t, m| {
            let mut sentences = Vec::new();
            crate::sentence::split(t, &mut sentences);
            clubs_in_prose(d, t, &sentences, m);
        });
        let got: Vec<(&str, &str)> = out
            .iter()
            .filter(|m| m.kind != EntityKind::Date)
            .map(|m| (&text[m.start..m.end], m.kind.as_str()))
            .collect();
        assert!(got.contains(&(*span, *kind)), "{text}: {got:?}");
    }
}

#[test]
fn a_lower_case_word_outside_parentheses_makes_a_line_prose() {
    // (line, prose): lines with parentheses are read byte by byte, the
    // others a word at a time; both readings must agree.
    let cases = [
        ("The Assembly met today", true),
        ("the end", true),
        ("Ghent 3 Aalst 2", false),
        ("Crewe v Watford , Gillingham vs Chesterfield", false),
        ("KANSAS CITY at DETROIT", false),
        ("Volendam 1 0 1 0 1 1 1", false),
        ("Ujpest (pts) 3 3", false),
        ("Ujpest (3 pts) won", true),
        ("Ujpest  won", true),
        ("", false),
        (" vs. Ajax", false),
        ("Ajax vsx", true),
    ];
    for (line, prose) in cases {
        assert_eq!(is_prose(line.as_bytes()), prose, "{line}");
    }
}

#[test]
fn the_lines_passed_over_are_all_prose() {
    // Texts of the bytes that decide (letters that start "at", "v", "vs"
    // and others, parentheses, spaces, breaks, a byte outside ASCII),
    // drawn by a fixed generator: the lines `unnamed` reads, those of
    // `unsure_lines` that are no prose, are every line that is none.
    let alphabet: &[&str] = &[
        "a", "v", "vs", "at", "b", "z", "u", "w", "A", "V", "1", " ", " ",
        "\n", "\n\n", "(", ")", "é", ".", "t",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..3000 {
        let mut text = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 180) as usize;
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        let bytes = text.as_bytes();
        let mut every = Vec::new();
        let mut ls = 0;
        for le in memchr::memchr_iter(b'\n', bytes).chain([bytes.len()]) {
            if ls < bytes.len() && !is_prose(&bytes[ls..le]) {
                every.push((ls, le));
            }
            ls = le + 1;
        }
        let read: Vec<_> = unsure_lines(bytes)
            .into_iter()
            .filter(|&(s, e)| !is_prose(&bytes[s..e]))
            .collect();
        assert_eq!(read, every, "{text:?}");
    }
}

/// The places of a line's lists after [`in_lists`] and
/// [`named_after_places`], as the pipeline runs them: (text, kind) each.
fn in_lists_kinds(text: &str) -> Vec<(String, &'static str)> {
    run(text, |d, t, m| {
        mark(d, t, m);
        in_lists(d, t, m);
        named_after_places(t, m);
    })
    .iter()
    .map(|m| (text[m.start..m.end].to_string(), m.kind.as_str()))
    .collect()
}

#[test]
fn places_in_the_lists_of_sports_pages_are_teams() {
    // (line, the places' texts and kinds, in order).
    let cases: &[(&str, &[(&str, &str)])] = &[
        // An entrant's row: rank, rider, country, team, time or points.
        (
            "8. Anthony Gobert ( Germany ) Chicago 117",
            &[("Germany", "country"), ("Chicago", "organization")],
        ),
        (
            "9. Martin Brundle ( Russia ) Boston Racing 1:55.385",
            &[("Russia", "country"), ("Boston Racing", "organization")],
        ),
        // Not a row: prose after the aside, or no rank.
        (
            "3. John Smith ( Germany ) said Chicago was",
            &[("Germany", "country"), ("Chicago", "location")],
        ),
        (
            "Alex Corretja ( Germany ) Chicago 117",
            &[("Germany", "country"), ("Chicago", "location")],
        ),
        // A squad: players with their clubs, two or more on the line.
        (
            "Defenders - Frank de Boer ( London ) , Jaap Stam ( Milan ) .",
            &[("London", "organization"), ("Milan", "organization")],
        ),
        // A nation is a player's nationality; prose is no squad; one
        // player alone is no list.
        (
            "Peter Nicol ( England ) beat Julian Wellings ( England ) 15-8",
            &[("England", "location"), ("England", "location")],
        ),
        (
            "Haneda ( Toronto ) and Itami ( Paris ) airports",
            &[("Toronto", "location"), ("Paris", "location")],
        ),
        ("Stephane Henchoz ( Paris )", &[("Paris", "location")]),
        // Fixtures after a heading, the first and last pairs cut by the
        // line's ends; a country stays a country.
        (
            "English division three - Boston v Chicago , Toronto v",
            &[
                ("Boston", "organization"),
                ("Chicago", "organization"),
                ("Toronto", "organization"),
            ],
        ),
        (
            "Leicester , Paris Rovers v London , Milan v Oakland .",
            &[
                ("Leicester", "organization"),
                ("Paris Rovers", "organization"),
                ("London", "organization"),
                ("Milan", "organization"),
                ("Oakland", "organization"),
            ],
        ),
        (
            "Germany v Russia , London v Paris",
            &[
                ("Germany", "country"),
                ("Russia", "country"),
                ("London", "organization"),
                ("Paris", "organization"),
            ],
        ),
        (
            "Paris v London is the match of the day",
            &[("Paris", "location"), ("London", "location")],
        ),
        // A club's word before a place, a place among them ("Ajax
        // Amsterdam" where Ajax is a town), in a squad's aside too; in
        // capitals "AS" is a word.
        (
            "Bartlomiej Jamroz ( Hutnik Paris ) , Tomasz Moskal ( Legia London )",
            // "Hutnik" is no club word the rule knows: the place stays.
            &[("Paris", "location"), ("Legia London", "organization")],
        ),
        (
            "fans of Germany London cheered",
            &[("Germany", "country"), ("London", "location")],
        ),
        ("SOCCER - ASHES AS LONDON WIN .", &[("LONDON", "location")]),
        // A team's name reaches into no other mention (these panicked
        // when it did).
        (
            "Cup - Boston v Paris London , Milan v Oakland",
            &[
                ("Boston", "organization"),
                ("Paris", "location"),
                ("London", "location"),
                ("Milan", "organization"),
                ("Oakland", "organization"),
            ],
        ),
        (
            "4. John Smith ( Germany ) Paris London 12",
            &[
                ("Germany", "country"),
                ("Paris", "location"),
                ("London", "location"),
            ],
        ),
        // The winner's row may end with the team.
        (
            "1. John Smith ( Germany ) Paris",
            &[("Germany", "country"), ("Paris", "organization")],
        ),
    ];
    for (text, want) in cases {
        let got = in_lists_kinds(text);
        let want: Vec<(String, &str)> =
            want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
        assert_eq!(got, want, "{text}");
    }
}

/// A place that is itself a club's word starts the club's name: "Ajax
/// Amsterdam", where Ajax is a town of Ontario.
#[test]
fn a_place_named_as_a_club_word_starts_the_club() {
    let places = "id\tname\tattributes\najax\tAjax\ttype=city\n\
        amsterdam\tAmsterdam\ttype=city\nvienna\tVienna\ttype=city\n";
    let countries = "id\tname\nAUT\tAustria\nHUN\tHungary\n";
    let dict = DictionaryBuilder::new()
        .text("locations.tsv", places)
        .text("countries.tsv", countries)
        .build()
        .unwrap();
    for (text, want) in [
        (
            "Ajax Amsterdam opened their defence",
            vec![("Ajax Amsterdam", "organization")],
        ),
        (
            "Ajax , Amsterdam",
            vec![("Ajax", "location"), ("Amsterdam", "location")],
        ),
        ("fans of Austria Vienna", vec![("Austria Vienna", "organization")]),
        // Before a country it is the country: no club.
        (
            "The empire of Austria Hungary fell",
            vec![("Austria", "country"), ("Hungary", "country")],
        ),
    ] {
        let mut out = resolved(&dict, text, None, false);
        named_after_places(text, &mut out);
        let got: Vec<(&str, &str)> = out
            .iter()
            .map(|m| (&text[m.start..m.end], m.kind.as_str()))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

/// A country's initials before a word of desks and media start their
/// name; before a plural or another word they stay the country.
#[test]
fn initials_before_a_desk_start_its_name() {
    let countries =
        "id\tname\taliases\tacronyms\nUSA\tUnited States\t\tU.S.\n";
    let dict = DictionaryBuilder::new()
        .text("countries.tsv", countries)
        .build()
        .unwrap();
    for (text, want) in [
        (
            "-- U.S. Municipal Desk , 212-859-1650",
            ("U.S. Municipal Desk", "organization"),
        ),
        ("the U.S. Senators voted", ("U.S.", "country")),
        ("the U.S. Rangers won", ("U.S.", "country")),
    ] {
        let mut out = resolved(&dict, text, None, false);
        named_after_places(text, &mut out);
        let m = &out[0];
        assert_eq!((&text[m.start..m.end], m.kind.as_str()), want, "{text}");
    }
}
