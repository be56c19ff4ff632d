//! Scanning: datelines, the windows around triggers, words no rule
//! starts with, texts cut short.

use super::forms::{ABSOLUTE, RELATIVE};
use super::numbers::{NOT_DATES, NUMERIC};
use super::*;

#[test]
fn dateline_is_the_first_full_date_near_the_top() {
    let head = |t: &str| DateMatcher::default().scan(t).dateline(t);
    assert_eq!(
        head("Title\n\n6 min read\nJan 7, 2026\n"),
        Ymd::new(2026, 1, 7)
    );
    assert_eq!(head("in 2026 and later"), None);
    // A full date in the first sentence is no dateline.
    let peru = "We recall the bloody attack of 11 September 2001. Today, …";
    assert_eq!(head(peru), None);
    // Nor is a copyright year, or a headline about the past.
    assert_eq!(head("© 2024 Reuters. All rights reserved.\n\nText."), None);
    assert_eq!(head("Copyright 2024 The Times\n"), None);
    assert_eq!(
        head("March 4, 2022: the night of Zaporizhzhia\n\nText."),
        None
    );
    assert_eq!(
        head("Published 7 January 2026\n\nText."),
        Ymd::new(2026, 1, 7)
    );
}

#[test]
fn windows_find_what_a_whole_text_scan_finds() {
    let filler =
        "Talks went on without a break for a long while and then more. "
            .repeat(8);
    let text = format!(
        "{filler}It happened on Jan 7, 2026 in Paris. {filler}Two years ago and last week too. {filler}In the 1990s."
    );
    let got: Vec<String> = dates(&text, Some("2026-01-07"), DateOrder::Auto)
        .into_iter()
        .map(|d| d.0)
        .collect();
    assert_eq!(got, ["Jan 7, 2026", "Two years ago", "last week", "1990s"]);
    let windows = grammar::windows(&text, &grammar::find_trigger_words(&text));
    let covered: usize = windows.iter().map(|(s, e)| e - s).sum();
    assert!(
        covered < text.len() / 2,
        "windows cover {covered} of {} bytes",
        text.len()
    );
}

/// The text of every case of the tables of forms and numbers.
fn table_texts() -> impl Iterator<Item = &'static str> {
    let texts = ABSOLUTE.iter().map(|c| c.0);
    let texts = texts.chain(RELATIVE.iter().map(|c| c.0));
    let texts = texts.chain(NUMERIC.iter().map(|c| c.0));
    texts.chain(NOT_DATES.iter().copied())
}

/// Every text of those tables, with the same in capitals and in
/// Title Case: the words no rule starts with are skipped, and that may
/// change nothing.
#[test]
fn skipping_words_no_rule_starts_with_changes_nothing() {
    let texts: Vec<String> = table_texts()
        .flat_map(|t| {
            let title: String = t
                .split(' ')
                .map(|w| {
                    let mut c = w.chars();
                    c.next().map_or(String::new(), |f| {
                        f.to_uppercase().chain(c).collect::<String>()
                    })
                })
                .collect::<Vec<_>>()
                .join(" ");
            [t.to_string(), t.to_uppercase(), title]
        })
        .collect();
    let parse = |text: &str, first: fn(&str) -> bool| {
        let mut got = Vec::new();
        grammar::parse_window_from(
            text,
            0,
            text.len(),
            first,
            &mut |s, e, x, f| got.push((s, e, format!("{x:?}"), f)),
        );
        got
    };
    for text in &texts {
        assert_eq!(
            parse(text, grammar::starts_a_rule),
            parse(text, |_| true),
            "{text}"
        );
    }
}

/// Rules look ahead past the token they start at: a text that ends
/// anywhere inside a date, after any token, is read without a panic
/// ("this year's" at the very end once was one). Every text of the
/// tables, cut after each character.
#[test]
fn texts_cut_short_anywhere_are_read() {
    for text in table_texts() {
        for (cut, _) in text.char_indices().skip(1) {
            dates(&text[..cut], Some("2026-01-07"), DateOrder::Auto);
        }
        dates(text, Some("2026-01-07"), DateOrder::Auto);
    }
    assert_eq!(
        dates("It was the best of this year's", None, DateOrder::Auto),
        [("this year".to_string(), "XXXX".to_string())]
    );
}

/// A run that wants no dates reads the dateline alone: the same date as
/// a whole scan gives, whether the head decides it (a written or ISO
/// date, a numeric one in a set order) or the rest of the document must
/// tell a numeric date's order, at every order.
#[test]
fn datelines_read_alone_are_those_of_a_whole_scan() {
    let pad = "The talks went on. ".repeat(60);
    let texts = [
        format!("PARIS, Jan 7, 2026 - Leaders met. {pad}"),
        format!("07/01/2026 - Leaders met. {pad} It was January 7, 2026."),
        format!("07/01/2026 - Leaders met. {pad} It was July 1, 2026."),
        format!("07/01/2026 - Leaders met. {pad}"),
        format!("13/01/2026 - Leaders met. {pad}"),
        format!("26/01/07 - Leaders met. {pad}"),
        format!("2026-01-07: Leaders met. {pad}"),
        format!("In 2026, leaders met on 7 January 2026. {pad}"),
        format!("Jan 7, 2026, then 02/03/2026. {pad} On 2 March 2026."),
        format!("{pad}{pad} Jan 7, 2026"),
        format!("{}Jan 7, 2026 and more", &pad[..995]),
        format!("{}07/01/2026 and more", &pad[..990]),
        // Windows that start just before the end of the head.
        format!("{} Jan 7, 2026", "a".repeat(990)),
        format!("{} 07/01/2026 {pad} January 7, 2026", "a".repeat(995)),
        "Leaders met today.".to_string(),
        String::new(),
    ];
    let orders =
        [DateOrder::Auto, DateOrder::Dmy, DateOrder::Mdy, DateOrder::Ymd];
    for order in orders {
        let m = DateMatcher::new(order);
        for text in &texts {
            let triggers = grammar::find_trigger_words(text);
            let whole = m.scan_with(text, &triggers).dateline(text);
            assert_eq!(
                m.dateline_with(text, &triggers),
                whole,
                "{order:?}: {}",
                &text[..text.len().min(60)]
            );
        }
    }
    // The cases the table is for.
    let auto = DateMatcher::new(DateOrder::Auto);
    let date =
        |t: &str| auto.dateline_with(t, &grammar::find_trigger_words(t));
    assert_eq!(date(&texts[1]), Ymd::parse("2026-01-07"));
    assert_eq!(date(&texts[2]), Ymd::parse("2026-07-01"));
    assert_eq!(date(&texts[9]), None);
}
