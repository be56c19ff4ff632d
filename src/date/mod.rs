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
mod value;

pub use crate::calendar::WEEKDAYS;
use crate::calendar::{DocDate, Ymd};
use crate::span::{EntityKind, Form, Mention, Rule};
pub(crate) use holidays::Holiday;
use season::Season;
use value::{full_date, value};

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
    "qtr",
    "yr",
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

/// Which way a date that leaves its year or week open is read from the
/// document's date ("on Tuesday", "Aug 8", "at Easter"), where no word
/// near it says (a future cue, "will", "until", sends it forward
/// whatever the preference).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DatePreference {
    /// The nearest, a day ahead counting twice its distance (news reports
    /// more than it foretells); a bare weekday the last on or before the
    /// document's date.
    #[default]
    Nearest,
    /// The first on or after the document's date (plans, agendas, chats).
    Future,
    /// The last on or before it (reports, minutes).
    Past,
}

/// Finds date expressions.
#[derive(Clone, Debug, Default)]
pub struct DateMatcher {
    order: DateOrder,
    prefer: DatePreference,
    vague: bool,
}

/// The date expressions of one document, before their values are fixed.
#[derive(Debug, Default)]
pub struct DateScan {
    raws: Vec<Raw>,
    order: DateOrder,
    prefer: DatePreference,
    vague: bool,
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
    /// "last Easter" (-1), "next Thanksgiving" (1): the holiday before
    /// the document's date or after it.
    HolidayRel {
        h: Holiday,
        rel: i32,
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
    /// after it, 2 for the next on or after it, 3 for the one after the
    /// next ("Friday after next"), -3 for the one before the last.
    Weekday {
        wd: u32,
        rel: i32,
    },
    /// "Wednesday of next week", "Monday of this week": day `wd` of the
    /// week `weeks` from the document's (ISO weeks, from Monday).
    WeekdayOfWeek {
        wd: u32,
        weeks: i32,
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
    Quarter,
    Year,
}

/// How far into a document its dateline may stand.
const DATELINE_BYTES: usize = 1000;

impl DateMatcher {
    /// A matcher that reads numeric dates in `order`.
    pub fn new(order: DateOrder) -> DateMatcher {
        DateMatcher { order, prefer: DatePreference::Nearest, vague: false }
    }

    /// The same matcher, reading open dates the way `prefer` says.
    pub fn prefer(self, prefer: DatePreference) -> DateMatcher {
        DateMatcher { prefer, ..self }
    }

    /// The same matcher, giving vague references to the present, past
    /// and future ("now", "currently", "recently", "in the future": the
    /// values `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`) as date mentions
    /// (TimeML annotates them) or not (the default: they name no time a
    /// calendar holds, and OntoNotes, spaCy's models and the speech sets
    /// leave them out).
    pub fn vague(self, vague: bool) -> DateMatcher {
        DateMatcher { vague, ..self }
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
        DateScan {
            raws,
            order: self.order,
            prefer: self.prefer,
            vague: self.vague,
        }
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
            if matches!(expr, Expr::Vague(_)) && !self.vague {
                continue;
            }
            let lean =
                if r.future { DatePreference::Future } else { self.prefer };
            let Some((value, rule)) =
                value(expr, lean, order, doc_date, country)
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

#[cfg(test)]
mod tests;
