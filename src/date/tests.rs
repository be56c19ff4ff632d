//! Table-driven tests of the date grammar and its values.

use super::*;

/// (span, value) of every date found in `text`, resolved against `doc`.
fn dates(
    text: &str,
    doc: Option<&str>,
    order: DateOrder,
) -> Vec<(String, String)> {
    dates_by(DateMatcher::new(order), text, doc)
}

/// (span, value) of every date `matcher` finds in `text`, resolved
/// against `doc`.
fn dates_by(
    matcher: DateMatcher,
    text: &str,
    doc: Option<&str>,
) -> Vec<(String, String)> {
    let scan = matcher.scan(text);
    let mut out = Vec::new();
    scan.mentions(doc.and_then(DocDate::parse), &mut out);
    out.iter()
        .map(|m| (text[m.start..m.end].to_string(), m.value.clone()))
        .collect()
}

fn one(text: &str, doc: Option<&str>) -> Option<(String, String)> {
    let got = dates(text, doc, DateOrder::Auto);
    assert!(got.len() <= 1, "{text}: {got:?}");
    got.into_iter().next()
}

/// Absolute forms: (text, span, value), no document date.
const ABSOLUTE: &[(&str, &str, &str)] = &[
    ("on Jan 7, 2026 the", "Jan 7, 2026", "2026-01-07"),
    ("January 7th, 2026", "January 7th, 2026", "2026-01-07"),
    ("on 7 January 2026.", "7 January 2026", "2026-01-07"),
    ("the 7th of January 2026", "7th of January 2026", "2026-01-07"),
    ("Wednesday, January 7, 2026", "Wednesday, January 7, 2026", "2026-01-07"),
    ("on 2026-01-07 at", "2026-01-07", "2026-01-07"),
    ("Sept. 11, 2001", "Sept. 11, 2001", "2001-09-11"),
    ("in January 2026", "January 2026", "2026-01"),
    ("in 2026, the", "2026", "2026"),
    // A part of a unit counted from the document's date: the whole.
    ("ships early next year.", "early next year", "XXXX"),
    ("Late last week sales fell", "Late last week", "XXXX-WXX"),
    ("by mid next month", "mid next month", "XXXX-XX"),
    ("joined the late Next Year Foundation", "Next Year", "XXXX"),
    // A year before a plan's noun where a word of time brings it in.
    ("by 2030 targets must be met", "2030", "2030"),
    // Capitalized words after a year that end in no plan's noun.
    ("In 2030 United Nations members meet", "2030", "2030"),
    ("in 2019 Development Bank loans rose", "2019", "2019"),
    ("under the 1992 United Nations Framework Convention on", "1992", "1992"),
    ("the 2024 Sustainable Development Goals Report shows", "2024", "2024"),
    (
        "Report: 2019 Saw Record Growth As Government Plan Fails",
        "2019",
        "2019",
    ),
    // "BC" before a noun is British Columbia: the year is the election's.
    ("The 2017 BC election", "2017", "2017"),
    ("The 2017 B.C. election", "2017", "2017"),
    ("I think 1000 BC was a long time ago", "1000 BC", "-0999"),
    ("in the 1990s", "1990s", "199"),
    ("the 21st century", "21st century", "20"),
    ("in the twenty-first century,", "twenty-first century", "20"),
    ("the nineteenth century saw", "nineteenth century", "18"),
    ("a twentieth century war", "twentieth century", "19"),
    ("the fifth century BC", "fifth century BC", "-04"),
    ("in 2009-2010", "2009-2010", "2009/2010"),
    ("the 2009/10 season", "2009/10", "2009/2010"),
    ("from 2009 to 2012", "2009 to 2012", "2009/2012"),
    ("on 13/01/2026", "13/01/2026", "2026-01-13"),
    ("on 1/13/2026", "1/13/2026", "2026-01-13"),
    ("by 13.1.2026", "13.1.2026", "2026-01-13"),
    ("by 7/13/26", "7/13/26", "2026-07-13"),
    ("on Wednesday, January 7", "Wednesday, January 7", "XXXX-01-07"),
    // A weekday before a numeric date is part of it; the date rules
    // where they disagree (18 May 2022 was a Wednesday, 19 May not).
    ("on Wednesday 18/05/2022 in", "Wednesday 18/05/2022", "2022-05-18"),
    ("Meeting on Tue 14 May 2024 at", "Tue 14 May 2024", "2024-05-14"),
    ("Deadline: Wed., 3 April 2024.", "Wed., 3 April 2024", "2024-04-03"),
    ("on Thursday 18/05/2022 in", "Thursday 18/05/2022", "2022-05-18"),
    ("on Monday, 2023-12-04,", "Monday, 2023-12-04", "2023-12-04"),
    // A transcript's period for the comma between a weekday and its date.
    (
        "on Monday. 10 September 1923 —",
        "Monday. 10 September 1923",
        "1923-09-10",
    ),
    ("since mid-2025", "mid-2025", "2025"),
    ("in early 2025", "early 2025", "2025"),
    ("sales in Q3 2025 rose", "Q3 2025", "2025-Q3"),
    ("the fourth quarter of 2025", "the fourth quarter of 2025", "2025-Q4"),
    ("in the last quarter of 2017", "last quarter of 2017", "2017-Q4"),
    // A day, a month's name and a year glued by one separator.
    ("born 31-Oct-1974 in", "31-Oct-1974", "1974-10-31"),
    ("issued 5/May/20 by", "5/May/20", "2020-05-05"),
    // A holiday named by common words, in lower case, with its year.
    ("on mother's day 2012", "mother's day 2012", "2012-05-13"),
    ("labor day 2019 was hot", "labor day 2019", "2019-09-02"),
    ("in fiscal 2025", "fiscal 2025", "2025"),
    ("from 5 to 7 May 2026", "5 to 7 May 2026", "2026-05-05/2026-05-07"),
    ("on 5-7 May 2026", "5-7 May 2026", "2026-05-05/2026-05-07"),
    ("May 5-7, 2026", "May 5-7, 2026", "2026-05-05/2026-05-07"),
    ("between March and June 2025", "March and June 2025", "2025-03/2025-06"),
    ("March to June 2025", "March to June 2025", "2025-03/2025-06"),
    ("in spring 2025", "spring 2025", "2025-SP"),
    // Years before the common era, as ISO 8601 counts them (1 BC is 0).
    ("He died in 567 bc.", "567 bc", "-0566"),
    ("in 1000 B.C. they", "1000 B.C.", "-0999"),
    ("by 44 BCE,", "44 BCE", "-0043"),
    ("the 5th century B.C. and", "5th century B.C.", "-04"),
    // Years in words; a year and its month with a dash.
    ("published in nineteen ninety-one.", "nineteen ninety-one", "1991"),
    ("moved in nineteen ninety six", "nineteen ninety six", "1996"),
    ("since nineteen oh five", "nineteen oh five", "1905"),
    ("in the year two thousand,", "the year two thousand", "2000"),
    ("The year twenty ten was", "The year twenty ten", "2010"),
    ("the early nineteen fifties", "early nineteen fifties", "195"),
    (
        "in January nineteen ninety-seven",
        "January nineteen ninety-seven",
        "1997-01",
    ),
    (
        "the winter of nineteen ninety-four",
        "the winter of nineteen ninety-four",
        "1994-WI",
    ),
    ("in 2008-04 the", "2008-04", "2008-04"),
    ("Euro date is 19.02.10.", "19.02.10", "2010-02-19"),
    // Holidays with their year, and the forms around a year.
    ("Easter Sunday of 2008 was early", "Easter Sunday of 2008", "2008-03-23"),
    ("on Good Friday 2024,", "Good Friday 2024", "2024-03-29"),
    ("on Easter Monday, 2019", "Easter Monday, 2019", "2019-04-22"),
    ("on Christmas Eve 2020", "Christmas Eve 2020", "2020-12-24"),
    ("by New Year's Day 2025", "New Year's Day 2025", "2025-01-01"),
    ("on New Year’s Eve 1999", "New Year’s Eve 1999", "1999-12-31"),
    ("on Thanksgiving 2023", "Thanksgiving 2023", "2023-11-23"),
    ("the post-2024 order", "post-2024", "2024"),
    ("pre-2000 rules", "pre-2000", "2000"),
    ("in the mid-1990s", "mid-1990s", "199"),
    // Days as ordinal words, and "the 12th day of".
    (
        "on the second of December 1994",
        "second of December 1994",
        "1994-12-02",
    ),
    (
        "the twenty-first of June, 2019",
        "twenty-first of June, 2019",
        "2019-06-21",
    ),
    (
        "on the thirtieth of June, 1917",
        "thirtieth of June, 1917",
        "1917-06-30",
    ),
    ("on March third 2015", "March third 2015", "2015-03-03"),
    (
        "the 12th day of December, 2001",
        "12th day of December, 2001",
        "2001-12-12",
    ),
    // Month names in lower case beside a number.
    ("call me march 3 2015", "march 3 2015", "2015-03-03"),
    ("on 15th february 2013", "15th february 2013", "2013-02-15"),
    ("the 2nd of march 2013", "2nd of march 2013", "2013-03-02"),
    ("by june 2020 we", "june 2020", "2020-06"),
    // An apostrophe for the century.
    ("on 18 Sep '05 the", "18 Sep '05", "2005-09-18"),
    // Holidays of the calendar's rules (the US ones as the US keeps them).
    ("on Memorial Day 2025", "Memorial Day 2025", "2025-05-26"),
    ("Labor Day 2025 fell", "Labor Day 2025", "2025-09-01"),
    ("on Mother's Day 2014", "Mother's Day 2014", "2014-05-11"),
    ("Father's Day 2019", "Father's Day 2019", "2019-06-16"),
    ("Presidents' Day 2026", "Presidents' Day 2026", "2026-02-16"),
    (
        "Martin Luther King Jr. Day 2026",
        "Martin Luther King Jr. Day 2026",
        "2026-01-19",
    ),
    ("MLK Day 2013", "MLK Day 2013", "2013-01-21"),
    ("on St. Patrick's Day 2013", "Patrick's Day 2013", "2013-03-17"),
    ("Valentine's Day 2024", "Valentine's Day 2024", "2024-02-14"),
    ("Halloween 2012", "Halloween 2012", "2012-10-31"),
    ("Veterans Day 2018", "Veterans Day 2018", "2018-11-11"),
    ("Boxing Day 2020", "Boxing Day 2020", "2020-12-26"),
    ("on Anzac Day 2024", "Anzac Day 2024", "2024-04-25"),
    ("Canada Day 2019", "Canada Day 2019", "2019-07-01"),
    ("Bastille Day 1989", "Bastille Day 1989", "1989-07-14"),
    ("Juneteenth 2021", "Juneteenth 2021", "2021-06-19"),
    ("Columbus Day 2013", "Columbus Day 2013", "2013-10-14"),
    // The nth weekday of a month; quarters after their year.
    (
        "the third Wednesday of November 2009",
        "third Wednesday of November 2009",
        "2009-11-18",
    ),
    (
        "the last Sunday of March 2014",
        "last Sunday of March 2014",
        "2014-03-30",
    ),
    (
        "the 1st Monday in October 2014",
        "1st Monday in October 2014",
        "2014-10-06",
    ),
    ("The 1997 second quarter", "1997 second quarter", "1997-Q2"),
    ("in the 4th quarter of 2018", "the 4th quarter of 2018", "2018-Q4"),
];

#[test]
fn absolute_forms() {
    for (text, span, value) in ABSOLUTE {
        let got = one(text, None);
        assert_eq!(got, Some((span.to_string(), value.to_string())), "{text}");
    }
}

/// Relative forms: (text, value with the date 2026-01-07 (a Wednesday),
/// value with no date).
const RELATIVE: &[(&str, &str, &str)] = &[
    ("yesterday", "2026-01-06", "XXXX-XX-XX"),
    ("said today", "2026-01-07", "XXXX-XX-XX"),
    ("tomorrow", "2026-01-08", "XXXX-XX-XX"),
    ("last week", "2026-W01", "XXXX-WXX"),
    ("next month", "2026-02", "XXXX-XX"),
    ("last year", "2025", "XXXX"),
    ("earlier this year", "2026", "XXXX"),
    ("two years ago", "2024", "XXXX"),
    ("3 days ago", "2026-01-04", "XXXX-XX-XX"),
    ("a week ago", "2026-W01", "XXXX-WXX"),
    ("five years from now", "2031", "XXXX"),
    ("6 months from now", "2026-07", "XXXX-XX"),
    ("two weeks hence", "2026-W04", "XXXX-WXX"),
    ("on Jan. 9 the", "2026-01-09", "XXXX-01-09"),
    ("in January", "2026-01", "XXXX-01"),
    ("in March", "2026-03", "XXXX-03"),
    ("on Nov. 25 the", "2025-11-25", "XXXX-11-25"),
    ("in December", "2025-12", "XXXX-12"),
    ("in June", "2025-06", "XXXX-06"),
    ("in April", "2026-04", "XXXX-04"),
    ("in September", "2025-09", "XXXX-09"),
    ("talks will resume in April", "2026-04", "XXXX-04"),
    ("talks will resume on Tuesday", "2026-01-13", "XXXX-WXX-2"),
    ("early March", "2026-03", "XXXX-03"),
    ("last March", "2025-03", "XXXX-03"),
    ("next March", "2026-03", "XXXX-03"),
    ("on Tuesday", "2026-01-06", "XXXX-WXX-2"),
    ("on Wednesday", "2026-01-07", "XXXX-WXX-3"),
    ("last Wednesday", "2025-12-31", "XXXX-WXX-3"),
    ("next Friday", "2026-01-09", "XXXX-WXX-5"),
    ("Friday night", "2026-01-02", "XXXX-WXX-5"),
    ("the night of Friday. 8 September, to", "2025-09-08", "XXXX-09-08"),
    // A sentence that ends on a weekday, then no date.
    ("It closed on Friday. 8 members", "2026-01-02", "XXXX-WXX-5"),
    ("this spring", "2026-SP", "XXXX-SP"),
    ("last summer", "2025-SU", "XXXX-SU"),
    ("in the fourth quarter", "2025-Q4", "XXXX-Q4"),
    ("third-quarter profit", "2025-Q3", "XXXX-Q3"),
    ("last year's third quarter", "2025-Q3", "XXXX-Q3"),
    // A day and month with dots and no year, where the context makes it
    // a date.
    ("by 28.2. at the latest", "2026-02-28", "XXXX-02-28"),
    ("until 17.11", "2026-11-17", "XXXX-11-17"),
    ("on Monday 4.12 we meet", "2025-12-04", "XXXX-12-04"),
    // Their intervals: a weekday or a word brings them in, or a spaced
    // dash between two of them.
    (
        "from Monday 4.12 to Thursday 7.12",
        "2025-12-04/2025-12-07",
        "XXXX-12-04/XXXX-12-07",
    ),
    (
        "the fair runs 2.6 - 5.6 each year",
        "2025-06-02/2025-06-05",
        "XXXX-06-02/XXXX-06-05",
    ),
    (
        "closed from 28.2. to 3.3.",
        "2026-02-28/2026-03-03",
        "XXXX-02-28/XXXX-03-03",
    ),
    // Holidays with no year: the nearest to the document's date.
    ("on Christmas Day", "2025-12-25", "XXXX-12-25"),
    ("by Easter", "2026-04-05", "XXXX-XX-XX"),
    ("on Thanksgiving", "2025-11-27", "XXXX-11-XX"),
    ("on Memorial Day", "2025-05-26", "XXXX-05-XX"),
    ("on Valentine's Day", "2026-02-14", "XXXX-02-14"),
    ("the first Monday in February", "2026-02-02", "XXXX-02-XX"),
    ("on the second of March", "2026-03-02", "XXXX-03-02"),
    ("at the turn of the century", "2000", "XXXX"),
    // A date of a year counted from the document's: one mention.
    ("on 7 October last year", "2025-10-07", "XXXX-10-07"),
    ("on October 7 last year", "2025-10-07", "XXXX-10-07"),
    ("In January next year", "2027-01", "XXXX-01"),
    ("in March this year", "2026-03", "XXXX-03"),
    ("on 21 August of this year", "2026-08-21", "XXXX-08-21"),
    ("a decade ago", "2016", "XXXX"),
    ("two decades ago", "2006", "XXXX"),
    ("1000 years ago", "1026", "XXXX"),
    // Counts in words past twelve, centuries, halves and quarters.
    ("When she was seventeen twenty years ago", "2006", "XXXX"),
    ("seventy-five years ago", "1951", "XXXX"),
    // Tens and a unit joined without a hyphen are two numbers.
    ("She turned thirty two years ago", "2024", "XXXX"),
    ("some sixty years ago", "1966", "XXXX"),
    ("thirteen years ago", "2013", "XXXX"),
    ("two centuries ago", "1826", "XXXX"),
    ("half a century ago", "1976", "XXXX"),
    ("a quarter of a century ago", "2001", "XXXX"),
    ("a quarter century ago", "2001", "XXXX"),
    ("half a year ago", "2025-07", "XXXX-XX"),
    ("a hundred years ago", "1926", "XXXX"),
    ("some 2,500 years ago", "-0474", "XXXX"),
    ("almost 50,000 years ago", "-47974", "XXXX"),
    ("two hundred years from now", "2226", "XXXX"),
    // Two parts whose units add up: one mention.
    ("two years and three months ago", "2023-10", "XXXX-XX"),
    ("1 year 2 months from now", "2027-03", "XXXX-XX"),
    ("a decade and two years ago", "2014", "XXXX"),
    ("three weeks and two days hence", "2026-01-30", "XXXX-XX-XX"),
    // Two counts of one unit, or a part not smaller, are two stretches:
    // the last is the one before "ago".
    ("It could be 5 years, 10 years, 20 years ago", "2006", "XXXX"),
    ("Between twenty years and ten years ago", "2016", "XXXX"),
    ("Half a year and two months ago", "2025-11", "XXXX-XX"),
    ("It was two years and\nthree months ago.", "2025-10", "XXXX-XX"),
    ("in December of last year", "2025-12", "XXXX-12"),
    // A weekday and an ordinal day: the day near the document's date on
    // that weekday (2026-01-07 is a Wednesday: the 13th was a Tuesday, in
    // January; the 14th, a Tuesday in October 2025 only: none near).
    ("on Tuesday the 13th.", "2026-01-13", "XXXX-XX-13"),
    ("on Tuesday the 14th.", "XXXX-XX-14", "XXXX-XX-14"),
    ("on Saturday the 31st we met", "2026-01-31", "XXXX-XX-31"),
    ("on Monday, the first.", "2025-12-01", "XXXX-XX-01"),
    ("Friday, the 25th of February", "2026-02-25", "XXXX-02-25"),
    // Weekdays in lower case, as chats write them, and a weekday of a
    // week counted from the document's (2026-01-07 is a Wednesday).
    ("see you on monday", "2026-01-05", "XXXX-WXX-1"),
    ("next tuesday works", "2026-01-13", "XXXX-WXX-2"),
    ("on Wednesday of next week", "2026-01-14", "XXXX-WXX-3"),
    ("on Monday this week", "2026-01-05", "XXXX-WXX-1"),
    ("on friday last week", "2026-01-02", "XXXX-WXX-5"),
    ("on Friday after next", "2026-01-16", "XXXX-WXX-5"),
    ("on Monday before last", "2025-12-29", "XXXX-WXX-1"),
    // A weekday's abbreviation before a date is part of it.
    ("Opening Fri 9.1. at noon", "2026-01-09", "XXXX-01-09"),
    (
        "Opening Fri 9.1. until Sun. 11.1.",
        "2026-01-09/2026-01-11",
        "XXXX-01-09/XXXX-01-11",
    ),
    ("Tuesday 13th at noon", "2026-01-13", "XXXX-XX-13"),
    ("the first tuesday of october", "2025-10-07", "XXXX-10-XX"),
    ("the day after tomorrow", "2026-01-09", "XXXX-XX-XX"),
    ("the day before yesterday", "2026-01-05", "XXXX-XX-XX"),
    // Holidays in lower case, and counted from the document's date.
    ("over christmas", "2025-12-25", "XXXX-12-25"),
    ("on new year's eve", "2025-12-31", "XXXX-12-31"),
    ("last easter", "2025-04-20", "XXXX-XX-XX"),
    ("next Christmas", "2026-12-25", "XXXX-12-25"),
    ("This Christmas, we flew", "2025-12-25", "XXXX-12-25"),
    ("We met on thanksgiving", "2025-11-27", "XXXX-11-XX"),
    // Quarters and years counted from the document's; the quarter a
    // company last reported is the one before the document's.
    ("this quarter", "2026-Q1", "XXXX-QX"),
    ("next qtr", "2026-Q2", "XXXX-QX"),
    ("sales fell last quarter", "2025-Q4", "XXXX-QX"),
    ("in the latest quarter", "2025-Q4", "XXXX-QX"),
    ("from the year-earlier quarter", "2024-Q4", "XXXX-QX"),
    ("in the current year", "2026", "XXXX"),
    ("last yr", "2025", "XXXX"),
];

/// A weekday's period before a month's name ends a sentence: two dates
/// ("He left on Friday. September 11 changed everything").
#[test]
fn a_weekday_then_a_month_first_date_are_two() {
    let text = "He left on Friday. September 11 changed everything.";
    let spans: Vec<String> =
        dates(text, None, DateOrder::Auto).into_iter().map(|d| d.0).collect();
    assert_eq!(spans, ["Friday", "September 11"]);
}

#[test]
fn relative_forms_use_the_document_date() {
    for (text, with, without) in RELATIVE {
        let got =
            one(text, Some("2026-01-07")).map(|g| g.1).unwrap_or_default();
        assert_eq!(got, *with, "{text} with a date");
        let got = one(text, None).map(|g| g.1).unwrap_or_default();
        assert_eq!(got, *without, "{text} without a date");
    }
}

/// Vague references to the present, past and future: (text, span,
/// value), given only where asked for (`DateMatcher::vague`), and the
/// dates beside them either way.
const VAGUE: &[(&str, &str, &str)] = &[
    ("currently", "currently", "PRESENT_REF"),
    ("in the coming weeks", "the coming weeks", "FUTURE_REF"),
    ("in the future", "the future", "FUTURE_REF"),
    ("recently", "recently", "PAST_REF"),
    ("in the past.", "the past", "PAST_REF"),
    ("right now", "now", "PRESENT_REF"),
    ("Now is the time", "Now", "PRESENT_REF"),
];

#[test]
fn vague_references_are_dates_only_where_asked_for() {
    let doc = Some("2026-01-07");
    for &(text, span, value) in VAGUE {
        let found = |vague: bool| {
            dates_by(DateMatcher::new(DateOrder::Auto).vague(vague), text, doc)
        };
        let want = (span.to_string(), value.to_string());
        assert_eq!(found(true), [want], "{text}");
        assert_eq!(found(false), [], "{text}");
        // A date beside one is found either way.
        let with = format!("{text} and today");
        let values: Vec<String> = dates(&with, doc, DateOrder::Auto)
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        assert_eq!(values, ["2026-01-07"], "{with}");
    }
}

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
const NUMERIC: &[(&str, DateOrder, &str)] = &[
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
const NOT_DATES: &[&str] = &[
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
    ];
    for (text, want) in cases {
        let got = one(text, Some("2026-01-07")).map(|g| g.1);
        assert_eq!(got.as_deref(), Some(want), "{text}");
    }
}

/// The text of every case of the tables above.
fn table_texts() -> impl Iterator<Item = &'static str> {
    let texts = ABSOLUTE.iter().map(|c| c.0);
    let texts = texts.chain(RELATIVE.iter().map(|c| c.0));
    let texts = texts.chain(NUMERIC.iter().map(|c| c.0));
    texts.chain(NOT_DATES.iter().copied())
}

/// Every text of the tables above, with the same in capitals and in
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
