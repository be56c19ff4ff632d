//! Absolute, relative and vague forms: each text, its span and value.

use super::*;

/// Absolute forms: (text, span, value), no document date.
pub(super) const ABSOLUTE: &[(&str, &str, &str)] = &[
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
pub(super) const RELATIVE: &[(&str, &str, &str)] = &[
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
