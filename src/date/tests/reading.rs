//! How the words around a date and the document read it: a preference
//! or a future cue, the document's date, dots, national days, holidays of
//! other calendars, dates listed after one with a year.

use super::*;

#[test]
fn a_preference_sends_open_dates_one_way() {
    use DatePreference::{Future, Nearest, Past};
    // (text, preference, value) with the date 2026-01-07, a Wednesday.
    let cases = [
        ("on Aug 8", Nearest, "2025-08-08"),
        ("on Aug 8", Future, "2026-08-08"),
        ("on Aug 8", Past, "2025-08-08"),
        ("on Feb 1", Nearest, "2026-02-01"),
        ("on Feb 1", Past, "2025-02-01"),
        ("on Tuesday", Nearest, "2026-01-06"),
        ("on Tuesday", Future, "2026-01-13"),
        ("on Tuesday", Past, "2026-01-06"),
        ("in March", Past, "2025-03"),
        ("in March", Future, "2026-03"),
        ("at Easter", Future, "2026-04-05"),
        ("at Easter", Past, "2025-04-20"),
        // A cue in the text says more than the preference.
        ("talks will resume on Tuesday", Past, "2026-01-13"),
    ];
    for (text, prefer, want) in cases {
        let scan = DateMatcher::new(DateOrder::Auto).prefer(prefer).scan(text);
        let mut out = Vec::new();
        scan.mentions(DocDate::parse("2026-01-07"), &mut out);
        let got: Vec<&str> = out.iter().map(|m| m.value.as_str()).collect();
        assert_eq!(got, [want], "{text} {prefer:?}");
    }
}

/// A future cue counts within eight tokens before a date or four after
/// it, on its line, however many bytes away: past the date's window too
/// (the document's date, 2026-01-07, is a Wednesday).
#[test]
fn future_cues_count_by_tokens_not_by_window() {
    let cases = [
        (
            "Farmers planned a protest outside the regional parliament on Saturday",
            "2026-01-10",
        ),
        (
            "Delegates scheduled extraordinary consultations with international organizations in December",
            "2026-12",
        ),
        // The cue nine tokens and more before, or on the line before.
        (
            "Farmers planned a big protest outside the old regional parliament on Saturday",
            "2026-01-03",
        ),
        (
            "Farmers planned\na protest outside the regional parliament on Saturday",
            "2026-01-03",
        ),
        (
            "Farmers gathered for a protest outside the regional parliament on Saturday",
            "2026-01-03",
        ),
        ("On Saturday, as planned", "2026-01-10"),
        ("On Saturday,\nas planned", "2026-01-03"),
        // A cue in the next sentence or the one before says nothing of it;
        // the windows cut the text anywhere (a long sentence between).
        ("They met on Saturday. Talks will resume", "2026-01-03"),
        ("Talks will resume. They met on Saturday", "2026-01-03"),
        (
            "Talks will resume! Farmers protested outside the parliament on Saturday",
            "2026-01-03",
        ),
        ("They met on Saturday? Talks will resume", "2026-01-03"),
        // The dot of an abbreviation ends no sentence.
        ("They have until 9 a.m. Saturday", "2026-01-10"),
        // "till" as "until"; a deadline "at the latest" after the date.
        ("The shop stays open till Saturday", "2026-01-10"),
        ("Send the forms by Saturday at the latest", "2026-01-10"),
        ("Send the forms by Saturday", "2026-01-03"),
        // "latest" alone is "most recent": no cue.
        (
            "The latest figures, published on Saturday, show a rise",
            "2026-01-03",
        ),
        ("The latest attack, on December 12, killed five", "2025-12-12"),
    ];
    for (text, want) in cases {
        let got = one(text, Some("2026-01-07")).map(|g| g.1);
        assert_eq!(got.as_deref(), Some(want), "{text}");
    }
}

/// A document dated by its year resolves what its year fixes ("last
/// year") and leaves what needs its month or day unresolved, as with no
/// date at all; one dated by its month, likewise.
#[test]
fn dates_resolve_only_as_far_as_the_document_date_is_known() {
    let cases = [
        ("It grew last year.", "2024", "2023"),
        ("It grew this year.", "2024", "2024"),
        ("It fell two years ago.", "2024", "2022"),
        ("It fell in July.", "2024", "2024-07"),
        ("It fell in the fourth quarter.", "2024", "2024-Q4"),
        ("It fell yesterday.", "2024", "XXXX-XX-XX"),
        ("It fell on Monday.", "2024", "XXXX-WXX-1"),
        ("It fell last July.", "2024", "XXXX-07"),
        ("It fell last week.", "2024", "XXXX-WXX"),
        ("It fell last month.", "2024", "XXXX-XX"),
        ("It fell last month.", "2024-09", "2024-08"),
        ("It fell last July.", "2024-09", "2024-07"),
        ("It fell in November.", "2024-01", "2023-11"),
        ("It fell yesterday.", "2024-09", "XXXX-XX-XX"),
        ("It fell yesterday.", "2024-09-24", "2024-09-23"),
        ("It fell on Monday.", "2024-09-24", "2024-09-23"),
    ];
    for (text, doc, want) in cases {
        let got = one(text, Some(doc)).map(|(_, v)| v);
        assert_eq!(got.as_deref(), Some(want), "{text} ({doc})");
    }
}

#[test]
fn dates_with_dots_are_day_first_unless_an_order_is_given() {
    let text = "The letter of 04/13/2023 set the meeting on 07.08.2023.";
    // (order, value of the dotted date, value of the slashed one)
    let cases = [
        (DateOrder::Auto, "2023-08-07", "2023-04-13"),
        (DateOrder::Mdy, "2023-07-08", "2023-04-13"),
        // A date that is valid one way only is read that way.
        (DateOrder::Dmy, "2023-08-07", "2023-04-13"),
    ];
    for (order, dotted, slashed) in cases {
        let got = dates(text, None, order);
        let value = |span: &str| {
            got.iter().find(|(s, _)| s == span).map_or("", |(_, v)| v.as_str())
        };
        assert_eq!(value("07.08.2023"), dotted, "{order:?}");
        assert_eq!(value("04/13/2023"), slashed, "{order:?}");
    }
}

#[test]
fn a_national_day_is_that_of_the_documents_country() {
    let cases = [
        ("on Independence Day we rest", Some("ARM"), "2019-09-21"),
        ("on Independence Day we rest", Some("USA"), "2019-07-04"),
        // Thanksgiving is Canada's in a Canadian document, else the US's.
        ("on Thanksgiving we rest", Some("CAN"), "2019-10-14"),
        ("on Thanksgiving Day 2018 we rest", Some("CAN"), "2018-10-08"),
        ("on Thanksgiving we rest", Some("USA"), "2019-11-28"),
        ("on Thanksgiving we rest", None, "2019-11-28"),
        ("Independence Day 2014 was hot", Some("USA"), "2014-07-04"),
        // A country with no fixed day listed, or none known: unresolved.
        ("on Independence Day we rest", Some("FRA"), "XXXX-XX-XX"),
        ("on Independence Day we rest", None, "XXXX-XX-XX"),
        ("Independence Day 2014 was hot", None, "XXXX-XX-XX"),
    ];
    for (text, country, want) in cases {
        let scan = DateMatcher::new(DateOrder::Auto).scan(text);
        let mut out = Vec::new();
        scan.mentions_in(DocDate::parse("2019-10-01"), country, &mut out);
        let got: Vec<&str> = out.iter().map(|m| m.value.as_str()).collect();
        assert_eq!(got, [want], "{text} {country:?}");
    }
    // In lower case it is no name.
    let scan = DateMatcher::new(DateOrder::Auto).scan("our independence day");
    let mut out = Vec::new();
    scan.mentions_in(None, Some("USA"), &mut out);
    assert!(out.is_empty(), "{out:?}");
}

#[test]
fn holidays_of_other_calendars() {
    let cases = [
        ("during Lunar New Year 2024", "Lunar New Year 2024", "2024-02-10"),
        (
            "Chinese New Year's Day 2025",
            "Chinese New Year's Day 2025",
            "2025-01-29",
        ),
        ("on Eid al-Fitr 2024", "Eid al-Fitr 2024", "2024-04-10"),
        ("Eid ul-Adha 2018 fell", "Eid ul-Adha 2018", "2018-08-21"),
        ("on Rosh Hashanah 2024", "Rosh Hashanah 2024", "2024-10-03"),
        ("Yom Kippur 2023", "Yom Kippur 2023", "2023-09-25"),
        ("after Passover 2025", "Passover 2025", "2025-04-13"),
        ("Hanukkah 2024 began", "Hanukkah 2024", "2024-12-26"),
        // Past the table's years: unresolved.
        ("Hanukkah 2150", "Hanukkah 2150", "XXXX-XX-XX"),
    ];
    for (text, span, value) in cases {
        let got = one(text, None);
        assert_eq!(got, Some((span.to_string(), value.to_string())), "{text}");
    }
    // With no year, the nearest to the document's date.
    let got = one("on Eid al-Fitr", Some("2024-03-01")).map(|g| g.1);
    assert_eq!(got.as_deref(), Some("2024-04-10"));
    assert_eq!(
        dates("the Chinese new year plan", None, DateOrder::Auto),
        vec![]
    );
}

/// A date with no year listed right after one with a year takes that
/// year, and passes it down the list; not across words, nor where a
/// number follows it (a year the grammar did not join).
#[test]
fn listed_dates_share_the_year_of_the_one_before() {
    let cases: &[(&str, &[&str])] = &[
        (
            "on July 12th, 2014, July 13th and July 14th",
            &["2014-07-12", "2014-07-13", "2014-07-14"],
        ),
        ("on 5 May 2019 and 7 May", &["2019-05-05", "2019-05-07"]),
        // Words between, a sentence's end, "to", a blank line: the
        // document's year (a month with no year nearest 2026-07-01).
        (
            "On 5 May 2019 talks began; in June they stalled",
            &["2019-05-05", "2026-06"],
        ),
        (
            "I was born in 1980. March 3 is my birthday",
            &["1980", "2026-03-03"],
        ),
        (
            "Offices close December 24, 2019 to January 2.",
            &["2019-12-24", "2026-01-02"],
        ),
        ("3 March 2019\n\nMay 5", &["2019-03-03", "2026-05-05"]),
        // A year after a line break, or a number, follows the date.
        (
            "from 31 October 2010 to 6 April\n2011",
            &["2010-10-31", "2026-04-06", "2011"],
        ),
        // A year before the common era lends nothing.
        ("In 567 BC, March 15 was a feast", &["-0566", "2026-03-15"]),
    ];
    for (text, want) in cases {
        let got: Vec<String> =
            dates(text, Some("2026-07-01"), DateOrder::Auto)
                .into_iter()
                .map(|d| d.1)
                .collect();
        assert_eq!(got, *want, "{text}");
    }
    // An ordinal of something else, a title, a count: no day of the
    // month after the weekday.
    for (text, weekday) in [
        ("closed lower again Friday, the fourth decline", "Friday"),
        ("On Sunday the First Minister said", "Sunday"),
        ("On Tuesday the Second Circuit ruled", "Tuesday"),
        ("On Monday the 3 Democrats left", "Monday"),
    ] {
        let got: Vec<String> = dates(text, None, DateOrder::Auto)
            .into_iter()
            .map(|d| d.0)
            .collect();
        assert_eq!(got, [weekday], "{text}");
    }
}
