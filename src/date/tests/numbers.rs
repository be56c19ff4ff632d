//! Numeric dates in each order, and the numbers that are no dates.

use super::*;

#[test]
fn numeric_order_comes_from_the_document() {
    let text = "Jan 7, 2026\n\nAnalysis from 07/01/2026.";
    assert_eq!(dates(text, None, DateOrder::Auto)[1].1, "2026-01-07");
    assert_eq!(
        dates("from 07/01/2026.", None, DateOrder::Auto)[0].1,
        "2026-07-01"
    );
    assert_eq!(
        dates("from 07/01/2026.", None, DateOrder::Dmy)[0].1,
        "2026-01-07"
    );
    assert_eq!(
        dates("from 07/01/2026 to 25/01/2026", None, DateOrder::Auto)[0].1,
        "2026-01-07"
    );
    assert_eq!(
        dates("from 07/01/2026.", Some("2026-01-07"), DateOrder::Auto)[0].1,
        "2026-01-07",
        "the date field decides"
    );
}

/// The forms of numeric dates in each order: (text, order, value).
pub(super) const NUMERIC: &[(&str, DateOrder, &str)] = &[
    ("07/01/2026", DateOrder::Dmy, "2026-01-07"),
    ("07/01/2026", DateOrder::Mdy, "2026-07-01"),
    ("7.1.2026", DateOrder::Dmy, "2026-01-07"),
    ("7/1/26", DateOrder::Dmy, "2026-01-07"),
    ("7/1/26", DateOrder::Mdy, "2026-07-01"),
    ("26/01/07", DateOrder::Ymd, "2026-01-07"),
    ("13/01/2026", DateOrder::Mdy, "2026-01-13"),
    ("2026-01-07", DateOrder::Mdy, "2026-01-07"),
];

#[test]
fn numeric_forms_in_each_order() {
    for (text, order, value) in NUMERIC {
        let got = dates(text, None, *order);
        assert_eq!(
            got,
            [(text.to_string(), value.to_string())],
            "{text} {order:?}"
        );
    }
}

#[test]
fn ambiguous_numeric_dates_say_so() {
    let scan = DateMatcher::new(DateOrder::Auto).scan("on 07/01/2026");
    let mut out = Vec::new();
    scan.mentions(None, &mut out);
    assert_eq!(out[0].rule, Rule::Date("date:numeric-mdy-ambiguous"));
}

/// Texts with no date in them.
pub(super) const NOT_DATES: &[&str] = &[
    "you may go",
    // Numbers in words that are counts, not years; "BC" that is no era;
    // an ordinal of something else after a weekday; a version number.
    "nineteen people died",
    "nineteen twenty-year-olds",
    "two thousand people",
    "BC Hydro raised its rates in Vancouver, BC",
    "version 1.2.10 is out",
    "section 12.03.14 applies",
    "release 10.11.12 is out",
    "Paragraph 11.02.15(a) says",
    "it went off at 10.05.30",
    "About 300 BC residents",
    "He won 3 BC titles",
    "at fifteen thirty sharp",
    "The score was fifteen forty",
    "sixteen twenty dollar tickets",
    // A count and a unit with no "ago", "hence" or "from now": a span.
    "seventy-five years of peace",
    "for half a century",
    "a quarter of a century of work",
    "Twenty years on, thirteen months later",
    // Inside a larger number.
    "two thousand five hundred years ago",
    "some twenty-five hundred years ago",
    // A year inside a plan's name.
    "the 2030 Agenda for Sustainable Development",
    "the African Union's Agenda 2063 and Kenya Vision 2030",
    "our 2050 Strategy for the Blue Pacific Continent",
    "the 2030 Development Agenda will happen",
    "the 2030 Sustainable Development Agenda",
    "its 2050 Long-Term Climate Strategy",
    "The Mongolia 2030 Sustainable Development Vision",
    "the Reef 2050 Long-Term Sustainability Plan",
    "the Post- 2015 Development Agenda, which",
    "based on the\n2000 Millennium Development Goals.",
    "Theresa May said",
    "May's government fell",
    "the March on Washington",
    "2000 troops",
    "it cost $2026",
    "call 555-2026 now.",
    "see page 2026",
    "in chapter 1984",
    "the Cold War ended",
    "version 1.2.2026.4",
    "6 min read",
    "from day one",
    "post-Cold War missions",
    "a 2,000 strong force",
    "rose 2026%",
    "the TODAY show",
    "prices fall sharply",
    "at 7:30 the",
    "a 7.5 magnitude quake",
    "Windows 2000 crashed",
    "flights to Christmas Island",
    "the statues of Easter Island",
    "a Christmas tree",
    "painted Easter eggs",
    "the new year brings change",
    "post-war order",
    "inflation of 1.5 per cent",
    "ran it in 16.12 seconds",
    "see clause 7.3 of the law",
    "exports rose by 28.2 in the year",
    "rates went from 4.12 to 7.12 per cent",
    "version 2.6 is out",
    // Month names in lower case with no number beside them, "may" the
    // verb, and ordinal words that are no days.
    "we march on to the end",
    "they may 5 times a day",
    "the long march of history",
    "the labor day was long",
    "a new year's resolution",
    "prayers of thanksgiving",
    "give thanksgiving to God",
    "in the last quarter of a century",
    "the third century of the Republic",
    "over the next quarter-century",
    "the day after the vote",
    "code 12-Dec-2012x",
    // A weekday's abbreviation alone is none.
    "the Sun reported",
    "Sat on the bench",
    "Open Mon-Fri.",
    "my mother's day off",
    "a Memorial service",
    "Canada Day-care centres",
    "the Canada day was cold",
    "Christopher Columbus sailed",
    "the March first team",
    "the second March for Science",
    "the 3rd Battalion",
    // Number ranges that are no date intervals.
    "heading towards a 3.7-4.8°C world",
    "prices fell from 3.4 to 2.1",
    "scores of 1.5 - 2.5 points",
    "from 3.4 to 2.1 in the poll",
];

#[test]
fn not_dates() {
    for text in NOT_DATES {
        let got: Vec<(String, String)> = dates(text, None, DateOrder::Auto)
            .into_iter()
            .filter(|(s, _)| s != "now")
            .collect();
        assert_eq!(got, vec![], "{text}");
    }
}

#[test]
fn a_number_in_a_row_of_figures_is_no_year() {
    // (text, the years read): a table's row, its figures apart by spaces
    // on one line, holds no year; a row of years, or a year with words
    // or a line break beside it, stays one.
    let cases: &[(&str, &[&str])] = &[
        ("Sydney 21 15 1 5 2067 1687 122.5 62", &[]),
        ("Lens 3 3 0 0 2010 1 9", &[]),
        ("Fitzroy 21 1 0 20 1381 2060 76.6 4", &[]),
        ("Footscray\t21\t5\t1578  2060  76.6", &[]),
        ("Sales 1995 1996 1997", &["1995", "1996", "1997"]),
        ("The data for 1995 1996 1997 12 15 18", &["1995", "1996", "1997"]),
        (
            "Goals: 2008 3 2009 5 2010 7 2011 9",
            &["2008", "2009", "2010", "2011"],
        ),
        ("rose from 5 in 2010 to 9", &["2010"]),
        ("by 2 votes to 1 in 2010 12 members", &["2010"]),
        ("scored 12\n2010 was 15 9", &["2010"]),
        ("figures 3, 2010, 4", &["2010"]),
        ("1946 67,229 1945 100,031 1940 9,252", &["1946", "1945", "1940"]),
        ("$1. 9 1945 53. 6 258. 7", &["1945"]),
        // White space of more than a byte before the word before.
        ("Flight\u{a0}MS804 3 2010 4", &[]),
        ("in\u{a0}5 2010 4", &[]),
    ];
    for (text, want) in cases {
        let got: Vec<String> = dates(text, None, DateOrder::Auto)
            .into_iter()
            .map(|(span, _)| span)
            .collect();
        assert_eq!(got, *want, "{text}");
    }
}
