//! Calendar dates: the day, month and year types every stage shares
//! (a document's date from its metadata, a role's dates in a dictionary,
//! a date mention's value), their arithmetic, and the names of the
//! months and days of the week.

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day, 1 to 31.
    pub day: u32,
}

impl Ymd {
    /// A valid date of the years -9999 to 9999, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Ymd> {
        let ok = (-9999..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        ok.then_some(Ymd { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, also when followed by a time (`T…`).
    pub fn parse(s: &str) -> Option<Ymd> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        if b.len() > 10 && !matches!(b[10], b'T' | b' ' | b't') {
            return None;
        }
        // Digits only: "-001-01-01" is no date.
        let digits = [0..4, 5..7, 8..10];
        if !digits.iter().all(|r| b[r.clone()].iter().all(u8::is_ascii_digit))
        {
            return None;
        }
        // The digits' values, read as they are (start-up parses every
        // date of the dictionaries' roles: `str::parse` took a fifth of
        // the roles' reading).
        let n = |r: std::ops::Range<usize>| {
            b[r].iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'))
        };
        Ymd::new(n(0..4) as i32, n(5..7), n(8..10))
    }

    /// The date as jiff's civil date, which does the arithmetic. Every
    /// date `Ymd::new` makes is one; fields set by hand past jiff's
    /// range (years -9999 to 9999) are brought into it.
    fn civil(self) -> jiff::civil::Date {
        let year = self.year.clamp(-9999, 9999) as i16;
        let month = self.month.clamp(1, 12) as i8;
        jiff::civil::Date::new(year, month, self.day.clamp(1, 31) as i8)
            .or_else(|_| jiff::civil::Date::new(year, month, 28))
            .unwrap_or_default()
    }

    fn from_civil(d: jiff::civil::Date) -> Ymd {
        Ymd {
            year: i32::from(d.year()),
            month: d.month() as u32,
            day: d.day() as u32,
        }
    }

    /// Days from `self` to `other` (negative if `other` is earlier).
    pub(crate) fn days_until(self, other: Ymd) -> i64 {
        self.civil().duration_until(other.civil()).as_secs() / 86_400
    }

    /// The date `n` days later (earlier if `n` is negative), kept within
    /// the years -9999 to 9999.
    pub(crate) fn add_days(self, n: i64) -> Ymd {
        let span = jiff::SignedDuration::from_secs(n.saturating_mul(86_400));
        Ymd::from_civil(self.civil().saturating_add(span))
    }

    /// The day of the week, Monday = 0.
    pub(crate) fn weekday(self) -> u32 {
        self.civil().weekday().to_monday_zero_offset() as u32
    }

    /// The ISO 8601 week: (year, week).
    pub(crate) fn iso_week(self) -> (i32, u32) {
        let w = self.civil().iso_week_date();
        (i32::from(w.year()), w.week() as u32)
    }

    /// The quarter, 1 to 4.
    pub(crate) fn quarter(self) -> u32 {
        (self.month - 1) / 3 + 1
    }
}

/// How much of a document's date is known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// The year only: `2024`.
    Year,
    /// The year and month: `2024-09`.
    Month,
    /// The day: `2024-09-24`.
    #[default]
    Day,
}

impl Precision {
    /// The name used in tables: `day`, `month` or `year`.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }
}

/// A document's date, at the precision known: a day, a month or a year.
/// `day` is the period's first day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocDate {
    /// The first day of the period.
    pub day: Ymd,
    /// How much of it is known.
    pub precision: Precision,
}

impl From<Ymd> for DocDate {
    fn from(day: Ymd) -> DocDate {
        DocDate { day, precision: Precision::Day }
    }
}

impl DocDate {
    /// A year-precise date.
    pub fn year(year: i32) -> DocDate {
        DocDate {
            day: Ymd { year, month: 1, day: 1 },
            precision: Precision::Year,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also followed by a time,
    /// `T…`), at the precision written.
    pub fn parse(s: &str) -> Option<DocDate> {
        let s = s.trim();
        if let Some(day) = Ymd::parse(s) {
            return Some(day.into());
        }
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            b.get(r.clone()).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && s.get(r).is_some()
        };
        match b.len() {
            4 if digits(0..4) => Some(DocDate::year(s.parse().ok()?)),
            7 if digits(0..4) && b[4] == b'-' && digits(5..7) => {
                let day =
                    Ymd::new(s[..4].parse().ok()?, s[5..].parse().ok()?, 1)?;
                Some(DocDate { day, precision: Precision::Month })
            }
            _ => None,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and nothing else (no
    /// time after the day): a date a user states in a table or an option.
    pub fn parse_strict(s: &str) -> Option<DocDate> {
        let s = s.trim();
        DocDate::parse(s).filter(|_| s.len() <= 10)
    }

    /// The day a date of this precision stands for where one day is
    /// needed (who held a role): the middle of its month or year.
    pub fn reference_day(self) -> Ymd {
        match self.precision {
            Precision::Day => self.day,
            Precision::Month => Ymd { day: 15, ..self.day },
            Precision::Year => Ymd { month: 7, day: 1, ..self.day },
        }
    }

    /// The day, if the day is known.
    pub fn full(self) -> Option<Ymd> {
        (self.precision == Precision::Day).then_some(self.day)
    }

    /// The TIMEX3 value of the date at its precision: `2024`,
    /// `2024-09` or `2024-09-24`.
    pub fn value(self) -> String {
        match self.precision {
            Precision::Day => self.day.to_string(),
            Precision::Month => {
                format!("{:04}-{:02}", self.day.year, self.day.month)
            }
            Precision::Year => format!("{:04}", self.day.year),
        }
    }
}

impl std::fmt::Display for Ymd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The days of the week, Monday first, in lower case.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The months' names and abbreviations, in lower case, with their
/// numbers: the twelve full names first.
pub(crate) const MONTHS: [(&str, u32); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Whether `word` is `lower` (a name in lower case) written with a
/// capital: "January" for "january".
fn written_as_name(word: &str, lower: &str) -> bool {
    word.len() == lower.len()
        && word.as_bytes()[0] == lower.as_bytes()[0].to_ascii_uppercase()
        && word[1..] == lower[1..]
}

/// Whether `word` is a month's name written with a capital ("January"),
/// or, with `short`, its abbreviation too ("Jan", "Sept").
pub(crate) fn is_month_name(word: &str, short: bool) -> bool {
    // The first twelve of MONTHS are the full names.
    let names = if short { &MONTHS[..] } else { &MONTHS[..12] };
    !word.is_empty() && names.iter().any(|(n, _)| written_as_name(word, n))
}

/// Whether `word` is a day of the week written with a capital ("Monday").
pub(crate) fn is_weekday_name(word: &str) -> bool {
    !word.is_empty() && WEEKDAYS.iter().any(|d| written_as_name(word, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_arithmetic() {
        let d = Ymd::new(2026, 1, 7).unwrap();
        assert_eq!(d.add_days(-7).to_string(), "2025-12-31");
        assert_eq!(d.iso_week(), (2026, 2));
        assert_eq!(d.weekday(), 2, "a Wednesday");
        assert_eq!(Ymd::new(2024, 12, 30).unwrap().iso_week(), (2025, 1));
        assert_eq!(Ymd::new(2025, 2, 29), None);
        assert_eq!(
            Ymd::new(2024, 2, 29).unwrap().add_days(365).to_string(),
            "2025-02-28"
        );
        assert_eq!(d.days_until(Ymd::new(2026, 3, 1).unwrap()), 53);
        assert_eq!(Ymd::new(2026, 3, 1).unwrap().days_until(d), -53);
        assert_eq!(Ymd::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        // jiff's range: years -9999 to 9999, arithmetic kept within it.
        assert_eq!(Ymd::new(10_000, 1, 1), None);
        let last = Ymd::new(9999, 12, 31).unwrap();
        assert_eq!(last.add_days(i64::MAX), last);
        let by_hand = Ymd { year: 20_000, month: 14, day: 40 };
        assert_eq!(by_hand.add_days(0).to_string(), "9999-12-31");
        assert_eq!(Ymd::parse("2026-01-07T10:00Z"), Ymd::new(2026, 1, 7));
        assert_eq!(Ymd::parse("2026-1-7"), None);
        assert_eq!(Ymd::parse("-001-01-01"), None);
        assert_eq!(Ymd::parse("2026-+1-07"), None);
        assert_eq!(DocDate::parse_strict("2024-09-24T10:00"), None);
        assert_eq!(
            DocDate::parse_strict("2024-09"),
            DocDate::parse("2024-09")
        );
    }

    #[test]
    fn ymd_parse_reads_the_digits_as_str_parse_does() {
        let by_str = |s: &str| {
            let s = s.trim();
            let y = s.get(0..4)?.parse().ok()?;
            Ymd::new(
                y,
                s.get(5..7)?.parse().ok()?,
                s.get(8..10)?.parse().ok()?,
            )
        };
        let cases = [
            "2024-02-29",
            "2023-02-29",
            "0000-01-01",
            "0001-00-01",
            "9999-12-31",
            "2024-12-32",
            "1999-09-09T",
            " 2024-01-31 ",
            "2024-04-31",
            "1066-10-14 12:00",
        ];
        for s in cases {
            assert_eq!(Ymd::parse(s), by_str(s), "{s:?}");
        }
    }

    #[test]
    fn document_dates_keep_their_precision() {
        let cases = [
            ("2024", Some(("2024-01-01", "year", "2024", "2024-07-01"))),
            (
                "2024-09",
                Some(("2024-09-01", "month", "2024-09", "2024-09-15")),
            ),
            (
                "2024-09-24",
                Some(("2024-09-24", "day", "2024-09-24", "2024-09-24")),
            ),
            (
                "2024-09-24T10:00Z",
                Some(("2024-09-24", "day", "2024-09-24", "2024-09-24")),
            ),
            (" 1999 ", Some(("1999-01-01", "year", "1999", "1999-07-01"))),
            ("2024-13", None),
            ("24", None),
            ("2024-9", None),
            ("20240", None),
            ("abcd", None),
            ("", None),
        ];
        for (s, want) in cases {
            let got = DocDate::parse(s).map(|d| {
                (
                    d.day.to_string(),
                    d.precision.as_str(),
                    d.value(),
                    d.reference_day().to_string(),
                )
            });
            let want = want.map(|(a, b, c, e)| {
                (a.to_string(), b, c.to_string(), e.to_string())
            });
            assert_eq!(got, want, "{s:?}");
        }
    }

    #[test]
    fn month_and_weekday_names_as_written_in_text() {
        let cases = [
            ("January", false, true),
            ("May", false, true),
            ("Sept", false, false),
            ("Sept", true, true),
            ("Jan", true, true),
            ("january", true, false),
            ("JANUARY", true, false),
            ("Janu", true, false),
            ("", true, false),
        ];
        for (word, short, want) in cases {
            assert_eq!(is_month_name(word, short), want, "{word} {short}");
        }
        assert!(is_weekday_name("Monday"));
        assert!(!is_weekday_name("monday"));
        assert!(!is_weekday_name("Mon"));
    }
}
