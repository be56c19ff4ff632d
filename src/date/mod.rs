//! Dates: a stage of its own, a grammar over tokens that gives TIMEX3
//! values. It reads the trigger words the dictionary pass found
//! ([`crate::matcher::Triggers::dates`]), or finds them itself.
//!
//! The grammar does not run over the whole text. It runs in windows
//! around triggers: digits, and the date words (month and weekday names,
//! "today", "week", "quarter", …) that the dictionary automaton finds in
//! its one pass over the document ([`trigger_words`]).
//!
//! Numeric dates ("07/01/2026") are read in the order the document itself
//! shows: a day over 12, a written date equal to a numeric one, or the
//! document's date field decides; with no evidence the default is month
//! first (US usage), and the rule says so (`date:numeric-mdy-ambiguous`).

mod calendars;
mod grammar;
mod head;
mod holidays;
mod national;
mod season;

pub use crate::calendar::WEEKDAYS;
use crate::calendar::{DocDate, Precision, Ymd};
use crate::span::{EntityKind, Form, Mention, Rule};
pub(crate) use holidays::Holiday;
use holidays::{When, nth_weekday};
use season::Season;

/// Words that may start or anchor a date expression, besides the days of
/// the week (see [`trigger_words`]). The dictionary automaton reports
/// where they stand, and the grammar runs around them.
pub const TRIGGER_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "now",
    "recently",
    "currently",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "quarter",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "future",
    "past",
    "coming",
    "ago",
    "fiscal",
    "days",
    "christmas",
    "easter",
    "thanksgiving",
    "valentine",
    "patrick",
    "paddy",
    "halloween",
    "veterans",
    "mlk",
    "martin",
    "presidents",
    "mother",
    "memorial",
    "father",
    "labor",
    "boxing",
    "canada",
    "bastille",
    "australia",
    "anzac",
    "waitangi",
    "juneteenth",
    "columbus",
    "independence",
    "lunar",
    "chinese",
    "eid",
    "rosh",
    "kippur",
    "passover",
    "hanukkah",
    "chanukah",
    "hanukah",
];

/// Every trigger word of the date grammar: [`TRIGGER_WORDS`], the days
/// of the week, and the centuries of years in words.
pub fn trigger_words() -> impl Iterator<Item = &'static str> {
    TRIGGER_WORDS
        .iter()
        .chain(WEEKDAYS.iter())
        .chain(grammar::CENTURY_WORDS)
        .copied()
}

/// How to read numeric dates such as "07/01/2026".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateOrder {
    /// Decide per document from its own evidence; month first otherwise.
    #[default]
    Auto,
    /// Day, month, year.
    Dmy,
    /// Month, day, year.
    Mdy,
    /// Year, month, day.
    Ymd,
}

/// Finds date expressions.
#[derive(Clone, Debug, Default)]
pub struct DateMatcher {
    order: DateOrder,
}

/// The date expressions of one document, before their values are fixed.
#[derive(Debug, Default)]
pub struct DateScan {
    raws: Vec<Raw>,
    order: DateOrder,
}

/// An expression found, with its span.
#[derive(Clone, Copy, Debug)]
struct Raw {
    start: usize,
    end: usize,
    expr: Expr,
    /// Whether a future cue ("will") stands near: it sends a weekday or
    /// a date with no year forward rather than back.
    future: bool,
    /// Whether it follows the expression before it in a list, in one
    /// sentence: nothing but white space, commas, semicolons, dashes,
    /// "and" or "or" between them, at most one line break and 16 bytes
    /// ("on 5 May 2019 and 7 May"); not where a number follows it.
    listed: bool,
}

/// What a date expression says, before the document's date resolves it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Expr {
    /// A date written with its month's name; the year from the document
    /// when not written.
    Written {
        y: Option<i32>,
        m: u32,
        d: u32,
    },
    Iso(Ymd),
    /// A numeric date whose order the document decides: a/b/y, with the
    /// last field as written when it has two digits (for year-first
    /// order: 26/01/07).
    Numeric {
        a: u32,
        b: u32,
        y: i32,
        short: Option<u32>,
        /// Written with dots ("07.08.2023"): day first wherever dots are
        /// written, unless `--date-order` says otherwise.
        dots: bool,
    },
    Month {
        y: Option<i32>,
        m: u32,
    },
    /// "Tuesday the 14th": day `d` of the month nearest the document's
    /// date in which it falls on weekday `wd` (Monday = 0).
    MonthDay {
        d: u32,
        wd: u32,
    },
    /// "last March" (-1), "this March" (0), "next March" (1).
    MonthRel {
        m: u32,
        rel: i32,
    },
    Year(i32),
    FiscalYear(i32),
    Decade(i32),
    Century(i32),
    Quarter {
        y: Option<i32>,
        q: u32,
    },
    /// A holiday the calendar fixes, in year `y` or the one nearest the
    /// document's date.
    Holiday {
        h: Holiday,
        y: Option<i32>,
    },
    /// "the third Wednesday of November (2009)", "the last Sunday in
    /// March": the `n`th weekday (5: the last) of a month.
    NthWeekday {
        y: Option<i32>,
        m: u32,
        wd: u32,
        n: u32,
    },
    /// "the turn of the century": the turn nearest the document's date.
    CenturyTurn,
    /// "7 October last year", "January next year": a month (and day) of a
    /// year counted from the document's.
    OfYear {
        m: u32,
        d: Option<u32>,
        years: i32,
    },
    /// "last year's third quarter": a quarter of a year counted from the
    /// document's.
    QuarterOf {
        q: u32,
        years: i32,
    },
    Season {
        y: Option<i32>,
        s: Season,
        rel: i32,
    },
    /// A day of the week, Monday = 0: `rel` 0 for the last on or before
    /// the document's date, -1 for the last before it, 1 for the next
    /// after it, 2 for the next on or after it.
    Weekday {
        wd: u32,
        rel: i32,
    },
    DayRange {
        y: Option<i32>,
        m1: u32,
        d1: u32,
        m2: u32,
        d2: u32,
    },
    MonthRange {
        y: Option<i32>,
        m1: u32,
        m2: u32,
    },
    YearRange(i32, i32),
    /// `n` units from the document's date: today, last week, two years ago.
    Relative(Unit, i32),
    Vague(&'static str),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// How far into a document its dateline may stand.
const DATELINE_BYTES: usize = 1000;

impl DateMatcher {
    /// A matcher that reads numeric dates in `order`.
    pub fn new(order: DateOrder) -> DateMatcher {
        DateMatcher { order }
    }

    /// Finds the date expressions of `text`, looking for its trigger
    /// words itself. [`DateMatcher::scan_with`] takes them from the
    /// dictionary automaton instead.
    pub fn scan(&self, text: &str) -> DateScan {
        self.scan_with(text, &grammar::find_trigger_words(text))
    }

    /// Finds the date expressions of `text` around digits and around the
    /// trigger words at byte offsets `triggers` (sorted).
    pub fn scan_with(&self, text: &str, triggers: &[usize]) -> DateScan {
        self.scan_before(text, triggers, usize::MAX)
    }

    /// The document's date from a dateline, as `scan_with(text,
    /// triggers).dateline(text)` gives it, for a run that wants no date
    /// mentions: the text past the dateline's first 1,000 bytes is read
    /// only when a numeric date there needs the rest of the document to
    /// tell its order.
    pub fn dateline_with(
        &self,
        text: &str,
        triggers: &[usize],
    ) -> Option<Ymd> {
        let head = self.scan_before(text, triggers, DATELINE_BYTES);
        for r in head.heads(text) {
            if matches!(r.expr, Expr::Numeric { .. })
                && self.order == DateOrder::Auto
            {
                return self.scan_with(text, triggers).dateline(text);
            }
            if let Some((d, _)) = full_date(r.expr, (self.order, true)) {
                return Some(d);
            }
        }
        None
    }

    /// The expressions of the windows that start before byte `before`.
    fn scan_before(
        &self,
        text: &str,
        triggers: &[usize],
        before: usize,
    ) -> DateScan {
        let mut raws = Vec::new();
        let windows = grammar::windows(text, triggers);
        for (start, end) in windows.into_iter().take_while(|w| w.0 < before) {
            grammar::parse_window(
                text,
                start,
                end,
                &mut |s, e, expr, future| {
                    raws.push(Raw {
                        start: s,
                        end: e,
                        expr,
                        future,
                        listed: false,
                    });
                },
            );
        }
        for k in 1..raws.len() {
            let gap = &text[raws[k - 1].end.min(raws[k].start)..raws[k].start];
            // Not where a number follows: a year the grammar did not
            // join to it ("6 April\n2011", "July 1, 11907").
            let after =
                text[raws[k].end..].trim_start_matches([' ', ',', '\n']);
            raws[k].listed = is_list_gap(gap)
                && !after.starts_with(|c: char| c.is_ascii_digit());
        }
        DateScan { raws, order: self.order }
    }
}

impl DateScan {
    /// The document's date from a dateline of `text` (the text scanned):
    /// the first complete date that stands at its head in a dateline's
    /// shape, within its first 1,000 bytes (see `head.rs`).
    pub fn dateline(&self, text: &str) -> Option<Ymd> {
        let order = self.decide(None);
        self.heads(text)
            .find_map(|r| full_date(r.expr, self.order_of(&r.expr, order)))
            .map(|(d, _)| d)
    }

    /// The expressions of the head of `text` that stand as a dateline's
    /// date does.
    fn heads<'s>(&'s self, text: &'s str) -> impl Iterator<Item = &'s Raw> {
        self.raws
            .iter()
            .take_while(|r| r.start < DATELINE_BYTES)
            .filter(|r| head::at_head(text, r.start, r.end))
    }

    /// The order `expr` is read in, where the document's is `order`: a
    /// date written with dots is day-first under `--date-order auto`,
    /// whatever the document's other dates ("04/13/2023 … 07.08.2023").
    fn order_of(
        &self,
        expr: &Expr,
        order: (DateOrder, bool),
    ) -> (DateOrder, bool) {
        match expr {
            Expr::Numeric { dots: true, .. }
                if self.order == DateOrder::Auto =>
            {
                (DateOrder::Dmy, true)
            }
            _ => order,
        }
    }

    /// The order numeric dates are read in, and whether evidence decided
    /// it: a day over 12, a written date or the document's date equal to
    /// a numeric one.
    fn decide(&self, doc: Option<Ymd>) -> (DateOrder, bool) {
        if self.order != DateOrder::Auto {
            return (self.order, true);
        }
        let mut written: Vec<(i32, u32, u32)> = self
            .raws
            .iter()
            .filter_map(|r| match r.expr {
                Expr::Written { y: Some(y), m, d } => Some((y, m, d)),
                _ => None,
            })
            .collect();
        written.extend(doc.map(|d| (d.year, d.month, d.day)));
        for r in &self.raws {
            if let Expr::Numeric { a, b, y, .. } = r.expr {
                if a > 12 || written.contains(&(y, b, a)) {
                    return (DateOrder::Dmy, true);
                }
                if b > 12 || written.contains(&(y, a, b)) {
                    return (DateOrder::Mdy, true);
                }
            }
        }
        (DateOrder::Mdy, false)
    }

    /// Appends a mention for every expression, its value resolved against
    /// `doc_date` where it needs one, and only as far as its precision
    /// allows: a document dated by its year resolves "last year" but not
    /// "yesterday".
    pub fn mentions(&self, doc_date: Option<DocDate>, out: &mut Vec<Mention>) {
        self.mentions_in(doc_date, None, out);
    }

    /// The mentions, as [`DateScan::mentions`], in a document of
    /// `country` (ISO 3166 alpha-3): its national day ("Independence
    /// Day") is that country's.
    pub fn mentions_in(
        &self,
        doc_date: Option<DocDate>,
        country: Option<&str>,
        out: &mut Vec<Mention>,
    ) {
        let order = self.decide(doc_date.and_then(DocDate::full));
        // A date with no year listed right after one with a year is of
        // that year ("July 12th, 2014. July 13th, July 14th"), and lends
        // it on down the list.
        let mut listed_year: Option<i32> = None;
        for r in &self.raws {
            let order = self.order_of(&r.expr, order);
            let mut expr = r.expr;
            let mut from_text = false;
            match (written_year(&expr, order), listed_year) {
                // A year before the common era lends nothing: a date
                // beside it is no list of that era's days.
                (Some(y), _) => listed_year = (y > 0).then_some(y),
                (None, Some(y)) if r.listed => {
                    from_text = with_year(&mut expr, y);
                    if !from_text {
                        listed_year = None;
                    }
                }
                _ => listed_year = None,
            }
            let Some((value, rule)) =
                value(expr, r.future, order, doc_date, country)
            else {
                continue;
            };
            let rule = if from_text { "date:year-before" } else { rule };
            out.push(Mention {
                start: r.start,
                end: r.end,
                kind: EntityKind::Date,
                form: Form::Pattern,
                entry: Mention::NO_ENTRY,
                value,
                label: String::new(),
                rule: Rule::Date(rule),
            });
        }
    }
}

/// Whether `gap`, the text between two dates, makes them a list in one
/// sentence: white space, commas, semicolons, dashes, "and", "or"; no
/// sentence end ("I was born in 1980. March 3 is …"), no "to" (a range
/// may cross into the next year: "December 24, 2019 to January 2"), at
/// most one line break.
fn is_list_gap(gap: &str) -> bool {
    let mark = |c: char| matches!(c, ',' | ';' | '-' | '–' | '—');
    gap.len() <= 16
        && gap
            .split(|c: char| c.is_whitespace() || mark(c))
            .all(|w| matches!(w, "" | "and" | "or"))
        && gap.matches('\n').count() <= 1
}

/// The year `expr` is written with, if it names one: a date, a month, a
/// year or a range of them.
fn written_year(expr: &Expr, order: (DateOrder, bool)) -> Option<i32> {
    match *expr {
        Expr::Written { y: Some(y), .. }
        | Expr::Month { y: Some(y), .. }
        | Expr::DayRange { y: Some(y), .. }
        | Expr::MonthRange { y: Some(y), .. }
        | Expr::Year(y) => Some(y),
        Expr::Iso(d) => Some(d.year),
        Expr::Numeric { .. } => full_date(*expr, order).map(|(d, _)| d.year),
        _ => None,
    }
}

/// Gives year `y` to a date, month or range written without one; whether
/// it took it.
fn with_year(expr: &mut Expr, year: i32) -> bool {
    match expr {
        Expr::Written { y, .. }
        | Expr::Month { y, .. }
        | Expr::DayRange { y, .. }
        | Expr::MonthRange { y, .. }
            if y.is_none() =>
        {
            *y = Some(year);
            true
        }
        _ => false,
    }
}

/// A full date with its rule, for the expressions that give one without
/// the document's date.
fn full_date(
    expr: Expr,
    order: (DateOrder, bool),
) -> Option<(Ymd, &'static str)> {
    match expr {
        Expr::Written { y: Some(y), m, d } => {
            Some((Ymd::new(y, m, d)?, "date:written"))
        }
        Expr::Iso(d) => Some((d, "date:iso")),
        Expr::Numeric { a, b, y, short, .. } => numeric(a, b, y, short, order),
        _ => None,
    }
}

fn numeric(
    a: u32,
    b: u32,
    y: i32,
    short: Option<u32>,
    (order, decided): (DateOrder, bool),
) -> Option<(Ymd, &'static str)> {
    if order == DateOrder::Ymd
        && let Some(d) =
            short.and_then(|d| Ymd::new(grammar::two_digit_year(a), b, d))
    {
        return Some((d, "date:numeric-ymd"));
    }
    match (Ymd::new(y, b, a), Ymd::new(y, a, b)) {
        (Some(d), None) => Some((d, "date:numeric-dmy")),
        (None, Some(d)) => Some((d, "date:numeric-mdy")),
        (Some(d), Some(_)) if order == DateOrder::Dmy => {
            Some((d, "date:numeric-dmy"))
        }
        (Some(_), Some(d)) if decided => Some((d, "date:numeric-mdy")),
        (Some(_), Some(d)) => Some((d, "date:numeric-mdy-ambiguous")),
        (None, None) => None,
    }
}

/// The TIMEX3 value of an expression, and the rule that found it.
/// `doc` resolves what needs it as far as its precision goes; in a
/// document dated only by its year, a month or quarter with no year is
/// that year's.
fn value(
    expr: Expr,
    future: bool,
    order: (DateOrder, bool),
    doc: Option<DocDate>,
    country: Option<&str>,
) -> Option<(String, &'static str)> {
    if let Some((d, rule)) = full_date(expr, order) {
        return Some((d.to_string(), rule));
    }
    // The document's date as far as each question needs it.
    let day = doc.and_then(DocDate::full);
    let month = doc.filter(|d| d.precision >= Precision::Month).map(|d| d.day);
    let year_only =
        doc.filter(|d| d.precision == Precision::Year).map(|d| d.day.year);
    let year = |y: Option<i32>| year_or_x(y.or(doc.map(|d| d.day.year)));
    // A month with no year is the one nearest the document's date (the
    // middle of its month where the day is unknown).
    let near = |y: Option<i32>, m: u32, d: u32| {
        let nearest = month.map(|doc| {
            let doc = day.unwrap_or(Ymd { day: 15, ..doc });
            nearest_year(doc, m, d, future)
        });
        year(y.or(nearest).or(year_only))
    };
    let v = match expr {
        Expr::Written { y: None, m, d } => {
            (format!("{}-{m:02}-{d:02}", near(None, m, d)), "date:month-day")
        }
        Expr::Month { y, m } => {
            (format!("{}-{m:02}", near(y, m, 15)), "date:month")
        }
        Expr::MonthRel { m, rel } => {
            let y = month.map(|d| match rel {
                r if r < 0 => d.year - i32::from(m >= d.month),
                r if r > 0 => d.year + i32::from(m <= d.month),
                _ => d.year,
            });
            let y = y.or(year_only.filter(|_| rel == 0));
            (format!("{}-{m:02}", year_or_x(y)), "date:month")
        }
        Expr::MonthDay { d, wd } => {
            let v = day
                .and_then(|doc| weekday_day(doc, d, wd, future))
                .map_or_else(|| format!("XXXX-XX-{d:02}"), |x| x.to_string());
            (v, "date:weekday-day")
        }
        Expr::Year(y) => (signed(y, 4), "date:year"),
        Expr::FiscalYear(y) => (format!("{y:04}"), "date:fiscal-year"),
        Expr::Decade(d) => (format!("{d:03}"), "date:decade"),
        Expr::Century(c) => (signed(c, 2), "date:century"),
        Expr::Quarter { y, q } => {
            (quarter(y.or(year_only), q, month), "date:quarter")
        }
        Expr::NthWeekday { y, m, wd, n } => {
            let y = y.or_else(|| near(None, m, (7 * n).min(28)).parse().ok());
            let v = y
                .and_then(|y| nth_weekday(y, m, wd, n))
                .map_or_else(|| format!("XXXX-{m:02}-XX"), |d| d.to_string());
            (v, "date:nth-weekday")
        }
        Expr::Holiday { h, y } => {
            let when = h.when_in(country);
            let found = match (y, when) {
                (Some(y), _) => when.day(y),
                // A day of another calendar moves through the year: the
                // nearest of its days, not the nearest year of one day.
                (None, When::Table(name)) => day
                    .or(month.map(|m| Ymd { day: 15, ..m }))
                    .and_then(|d| calendars::nearest(name, d, future)),
                (None, _) => {
                    let (m, d) = when.about();
                    near(None, m, d).parse().ok().and_then(|y| when.day(y))
                }
            };
            let v = found.map_or_else(|| when.unknown(), |d| d.to_string());
            (v, "date:holiday")
        }
        Expr::CenturyTurn => {
            let y = doc.map(|d| (d.day.year + 50) / 100 * 100);
            (year_or_x(y), "date:century-turn")
        }
        Expr::OfYear { m, d, years } => {
            let y = year_or_x(doc.map(|x| x.day.year + years));
            match d {
                Some(d) => (format!("{y}-{m:02}-{d:02}"), "date:month-day"),
                None => (format!("{y}-{m:02}"), "date:month"),
            }
        }
        Expr::QuarterOf { q, years } => {
            let y = doc.map(|d| d.day.year + years);
            (quarter(y, q, month), "date:quarter")
        }
        Expr::Season { y, s, rel } => {
            let y = y
                .or(month.map(|d| s.year(d, rel)))
                .or(year_only.filter(|_| rel == 0));
            (format!("{}-{}", year_or_x(y), s.code()), "date:season")
        }
        Expr::Weekday { wd, rel } => {
            let rel = if rel == 0 && future { 2 } else { rel };
            (weekday(wd, rel, day), "date:weekday")
        }
        Expr::DayRange { y, m1, d1, m2, d2 } => {
            let y = near(y, m1, d1);
            (
                format!("{y}-{m1:02}-{d1:02}/{y}-{m2:02}-{d2:02}"),
                "date:day-range",
            )
        }
        Expr::MonthRange { y, m1, m2 } => {
            let y = near(y, m1, 15);
            (format!("{y}-{m1:02}/{y}-{m2:02}"), "date:month-range")
        }
        Expr::YearRange(a, b) => (format!("{a:04}/{b:04}"), "date:year-range"),
        Expr::Relative(unit, n) => (relative(unit, n, doc), "date:relative"),
        Expr::Vague(v) => (v.to_string(), "date:vague"),
        Expr::Written { .. } | Expr::Iso(_) | Expr::Numeric { .. } => {
            return None;
        }
    };
    Some(v)
}

/// Day `d` in the month of `doc`, the one before or the one after, where
/// it falls on weekday `wd`: the nearest to `doc` as [`reach`] counts.
fn weekday_day(doc: Ymd, d: u32, wd: u32, future: bool) -> Option<Ymd> {
    [-1, 0, 1]
        .into_iter()
        .filter_map(|k| {
            let (y, m) = month_from(doc, k);
            Ymd::new(y, m, d)
        })
        .filter(|x| x.weekday() == wd)
        .map(|x| (reach(doc, x, future), x))
        .filter(|&(r, _)| r != i64::MAX)
        .min_by_key(|&(r, _)| r)
        .map(|(_, x)| x)
}

/// The year and month `k` months after `doc`'s (before it where `k` is
/// negative).
fn month_from(doc: Ymd, k: i32) -> (i32, u32) {
    let m = doc.year * 12 + doc.month as i32 - 1 + k;
    (m.div_euclid(12), m.rem_euclid(12) as u32 + 1)
}

/// `n` with at least `digits` digits, and a minus sign before those of a
/// year before the common era: ISO 8601 writes 567 BC as -0566.
fn signed(n: i32, digits: usize) -> String {
    if n < 0 { format!("-{:0digits$}", -n) } else { format!("{n:0digits$}") }
}

fn year_or_x(y: Option<i32>) -> String {
    match y {
        Some(y) => format!("{y:04}"),
        None => "XXXX".to_string(),
    }
}

/// The year of month `m`, day `d` with no year written: with a future cue,
/// the first on or after `doc`; otherwise the nearest to it, a date ahead
/// counting twice its distance, since news reports more than it foretells
/// ("Nov. 25" in a January document is last November's).
fn nearest_year(doc: Ymd, m: u32, d: u32, future: bool) -> i32 {
    let distance = |y: i32| {
        Ymd::new(y, m, d.min(28)).map_or(i64::MAX, |x| reach(doc, x, future))
    };
    (doc.year - 1..=doc.year + 1)
        .min_by_key(|&y| (distance(y), (y - doc.year).abs()))
        .unwrap_or(doc.year)
}

/// How far day `x` is from `doc`, to choose among the days a date with no
/// year may be: with a future cue, only days on or after `doc` count (by
/// their distance); otherwise a day ahead counts twice its distance.
fn reach(doc: Ymd, x: Ymd, future: bool) -> i64 {
    match doc.days_until(x) {
        ahead if ahead >= 0 && future => ahead,
        _ if future => i64::MAX,
        ahead if ahead > 0 => 2 * ahead,
        back => -back,
    }
}

/// A quarter with no year is the latest that has begun by the document's
/// date: "the fourth quarter" in January is last year's.
fn quarter(y: Option<i32>, q: u32, doc: Option<Ymd>) -> String {
    let y = y.or_else(|| doc.map(|d| d.year - i32::from(q > d.quarter())));
    match y {
        Some(y) => format!("{y:04}-Q{q}"),
        None => format!("XXXX-Q{q}"),
    }
}

fn weekday(wd: u32, rel: i32, doc: Option<Ymd>) -> String {
    let Some(doc) = doc else {
        return format!("XXXX-WXX-{}", wd + 1);
    };
    let back = i64::from((doc.weekday() + 7 - wd) % 7);
    let ahead = i64::from((wd + 7 - doc.weekday()) % 7);
    let offset = match rel {
        0 => -back,
        2 => ahead,
        r if r < 0 => -(if back == 0 { 7 } else { back }),
        _ => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
    };
    doc.add_days(offset).to_string()
}

/// `n` units from the document's date, where its precision holds the
/// unit: "yesterday" needs the day, "last month" the month.
fn relative(unit: Unit, n: i32, doc: Option<DocDate>) -> String {
    let needs = match unit {
        Unit::Day | Unit::Week => Precision::Day,
        Unit::Month => Precision::Month,
        Unit::Year => Precision::Year,
    };
    let doc = doc.filter(|d| d.precision >= needs).map(|d| d.day);
    let Some(doc) = doc else {
        return match unit {
            Unit::Day => "XXXX-XX-XX",
            Unit::Week => "XXXX-WXX",
            Unit::Month => "XXXX-XX",
            Unit::Year => "XXXX",
        }
        .to_string();
    };
    match unit {
        Unit::Day => doc.add_days(i64::from(n)).to_string(),
        Unit::Week => {
            let (y, w) = doc.add_days(7 * i64::from(n)).iso_week();
            format!("{y:04}-W{w:02}")
        }
        Unit::Month => {
            let (y, m) = month_from(doc, n);
            format!("{}-{m:02}", signed(y, 4))
        }
        Unit::Year => signed(doc.year + n, 4),
    }
}

#[cfg(test)]
mod tests;
