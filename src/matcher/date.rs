//! The date matcher: a small grammar over tokens, and TIMEX3 values.
//!
//! [`DateMatcher::scan`] tokenizes the text once and tries the grammar at
//! every number, month name and date word. Numeric dates ("07/01/2026")
//! are read in the order the document itself shows: a day over 12, or a
//! written date equal to a numeric one, decides; with no evidence the
//! default is month first (US usage), and the rule says so.

use super::is_word_char;
use crate::span::{EntityKind, Form, Mention, Rule};

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
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Ymd> {
        let ok = (1..=12).contains(&month)
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
        let y = s.get(0..4)?.parse().ok()?;
        Ymd::new(y, s.get(5..7)?.parse().ok()?, s.get(8..10)?.parse().ok()?)
    }

    fn days(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    fn add_days(self, n: i64) -> Ymd {
        civil_from_days(self.days() + n)
    }

    /// The ISO 8601 week: (year, week).
    fn iso_week(self) -> (i32, u32) {
        let weekday = (self.days() + 3).rem_euclid(7); // Monday = 0
        let thursday = self.add_days(3 - weekday);
        let jan1 = Ymd { year: thursday.year, month: 1, day: 1 };
        (thursday.year, ((thursday.days() - jan1.days()) / 7 + 1) as u32)
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

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy =
        (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Ymd { year, month, day }
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
    decided: bool,
}

#[derive(Clone, Copy, Debug)]
struct Raw {
    start: usize,
    end: usize,
    expr: Expr,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Expr {
    /// A date written with its month's name; year from the document
    /// when not written.
    Written {
        y: Option<i32>,
        m: u32,
        d: u32,
    },
    Iso(Ymd),
    Numeric {
        a: u32,
        b: u32,
        y: i32,
    },
    Month {
        y: Option<i32>,
        m: u32,
    },
    Year(i32),
    Decade(i32),
    Century(i32),
    YearRange(i32, i32),
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

impl DateMatcher {
    /// A matcher that reads numeric dates in `order`.
    pub fn new(order: DateOrder) -> DateMatcher {
        DateMatcher { order }
    }

    /// Finds the date expressions of `text`.
    pub fn scan(&self, text: &str) -> DateScan {
        let toks = tokenize(text);
        let g = Grammar { text, toks: &toks };
        let mut raws = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match g.parse_at(i) {
                Some((next, expr)) => {
                    let (start, end) = (toks[i].start, toks[next - 1].end);
                    raws.push(Raw { start, end, expr });
                    i = next;
                }
                None => i += 1,
            }
        }
        let (order, decided) = match self.order {
            DateOrder::Auto => decide_order(&raws),
            order => (order, true),
        };
        DateScan { raws, order, decided }
    }
}

/// Reads the document's own evidence for the order of numeric dates.
fn decide_order(raws: &[Raw]) -> (DateOrder, bool) {
    let written: Vec<(i32, u32, u32)> = raws
        .iter()
        .filter_map(|r| match r.expr {
            Expr::Written { y: Some(y), m, d } => Some((y, m, d)),
            _ => None,
        })
        .collect();
    for r in raws {
        if let Expr::Numeric { a, b, y } = r.expr {
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

impl DateScan {
    /// The document's date from a dateline: the first complete date
    /// within its first 1,000 bytes.
    pub fn dateline(&self) -> Option<Ymd> {
        self.raws
            .iter()
            .take_while(|r| r.start < 1000)
            .find_map(|r| self.value_date(r.expr).map(|(d, _)| d))
    }

    /// A full date with its rule, for the expressions that give one
    /// without the document's date.
    fn value_date(&self, expr: Expr) -> Option<(Ymd, &'static str)> {
        match expr {
            Expr::Written { y: Some(y), m, d } => {
                Some((Ymd::new(y, m, d)?, "date:written"))
            }
            Expr::Iso(d) => Some((d, "date:iso")),
            Expr::Numeric { a, b, y } => self.numeric(a, b, y),
            _ => None,
        }
    }

    fn numeric(&self, a: u32, b: u32, y: i32) -> Option<(Ymd, &'static str)> {
        let dmy = Ymd::new(y, b, a);
        let mdy = Ymd::new(y, a, b);
        match (dmy, mdy) {
            (Some(d), None) => Some((d, "date:numeric-dmy")),
            (None, Some(d)) => Some((d, "date:numeric-mdy")),
            (Some(d), Some(_)) if self.order == DateOrder::Dmy => {
                Some((d, "date:numeric-dmy"))
            }
            (Some(_), Some(d)) if self.decided => {
                Some((d, "date:numeric-mdy"))
            }
            (Some(_), Some(d)) => Some((d, "date:numeric-mdy-ambiguous")),
            (None, None) => None,
        }
    }

    /// Appends a mention for every expression, its value resolved against
    /// `doc_date` where it needs one.
    pub fn mentions(&self, doc_date: Option<Ymd>, out: &mut Vec<Mention>) {
        for r in &self.raws {
            let Some((value, rule)) = self.value(r.expr, doc_date) else {
                continue;
            };
            out.push(Mention {
                start: r.start,
                end: r.end,
                kind: EntityKind::Date,
                form: Form::Pattern,
                entry: Mention::NO_ENTRY,
                value,
                rule: Rule::Date(rule),
            });
        }
    }

    fn value(
        &self,
        expr: Expr,
        doc: Option<Ymd>,
    ) -> Option<(String, &'static str)> {
        if let Some((d, rule)) = self.value_date(expr) {
            return Some((d.to_string(), rule));
        }
        let year = |y: Option<i32>| {
            y.or(doc.map(|d| d.year))
                .map_or("XXXX".to_string(), |y| format!("{y:04}"))
        };
        let v = match expr {
            Expr::Written { y: None, m, d } => {
                (format!("{}-{m:02}-{d:02}", year(None)), "date:month-day")
            }
            Expr::Month { y, m } => {
                (format!("{}-{m:02}", year(y)), "date:month")
            }
            Expr::Year(y) => (format!("{y:04}"), "date:year"),
            Expr::Decade(d) => (format!("{d:03}"), "date:decade"),
            Expr::Century(c) => (format!("{c:02}"), "date:century"),
            Expr::YearRange(a, b) => {
                (format!("{a:04}/{b:04}"), "date:year-range")
            }
            Expr::Relative(unit, n) => {
                (relative(unit, n, doc), "date:relative")
            }
            Expr::Vague(v) => (v.to_string(), "date:vague"),
            Expr::Written { .. } | Expr::Iso(_) | Expr::Numeric { .. } => {
                return None;
            }
        };
        Some(v)
    }
}

fn relative(unit: Unit, n: i32, doc: Option<Ymd>) -> String {
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
            let months = doc.year * 12 + doc.month as i32 - 1 + n;
            format!(
                "{:04}-{:02}",
                months.div_euclid(12),
                months.rem_euclid(12) + 1
            )
        }
        Unit::Year => format!("{:04}", doc.year + n),
    }
}

// ---------------------------------------------------------------- tokens

#[derive(Clone, Copy, Debug, PartialEq)]
enum TokKind {
    Num,
    Word,
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: TokKind,
    /// Whitespace before it: 0 none, 1 on the same line, 2 a line break.
    gap: u8,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut gap = 2;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            gap = gap.max(if c == '\n' { 2 } else { 1 });
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokKind::Num
        } else if is_word_char(c) {
            TokKind::Word
        } else {
            TokKind::Punct(c)
        };
        let mut end = start + c.len_utf8();
        while let Some(&(i, n)) = chars.peek() {
            let same = match kind {
                TokKind::Num => n.is_ascii_digit(),
                TokKind::Word => is_word_char(n) && !n.is_ascii_digit(),
                TokKind::Punct(_) => false,
            };
            if !same {
                break;
            }
            end = i + n.len_utf8();
            chars.next();
        }
        toks.push(Tok { start, end, kind, gap });
        gap = 0;
    }
    toks
}

// ---------------------------------------------------------------- grammar

const MONTHS: [(&str, u32); 24] = [
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

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words after which a four-digit number is a year whatever follows.
const YEAR_CONTEXT: [&str; 10] = [
    "in", "since", "until", "till", "during", "year", "early", "late", "mid",
    "by",
];

/// Words before a number that make it no date: "page 2026".
const NOT_DATE_BEFORE: [&str; 18] = [
    "page",
    "pages",
    "p",
    "pp",
    "chapter",
    "no",
    "number",
    "nos",
    "room",
    "flight",
    "route",
    "section",
    "article",
    "paragraph",
    "resolution",
    "version",
    "v",
    "vol",
];

/// Lower-case words that may follow a bare year: "in 2026 and".
const YEAR_FOLLOWERS: [&str; 24] = [
    "and", "or", "to", "when", "was", "were", "is", "are", "as", "but",
    "with", "in", "on", "at", "for", "after", "before", "until", "by",
    "while", "that", "which", "through", "will",
];

struct Grammar<'a> {
    text: &'a str,
    toks: &'a [Tok],
}

impl Grammar<'_> {
    fn s(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }

    fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn punct(&self, i: usize, set: &[char]) -> Option<char> {
        match self.kind(i) {
            Some(TokKind::Punct(c)) if set.contains(&c) => Some(c),
            _ => None,
        }
    }

    /// Whether token `i` exists and touches the one before it.
    fn touching(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.gap == 0)
    }

    /// Whether token `i` exists on the same line as the one before it.
    fn same_line(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.gap <= 1)
    }

    fn num(
        &self,
        i: usize,
        digits: std::ops::RangeInclusive<usize>,
    ) -> Option<u32> {
        let t = self.toks.get(i)?;
        (t.kind == TokKind::Num && digits.contains(&(t.end - t.start)))
            .then(|| self.s(i).parse().ok())
            .flatten()
    }

    fn word_is(&self, i: usize, words: &[&str]) -> bool {
        self.kind(i) == Some(TokKind::Word)
            && words.iter().any(|w| self.s(i).eq_ignore_ascii_case(w))
    }

    fn lower(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
            && self.s(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// A capitalized month name, with its number and the index after it
    /// (past the dot of an abbreviation).
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(TokKind::Word) || self.lower(i) {
            return None;
        }
        let s = self.s(i);
        let &(name, m) =
            MONTHS.iter().find(|(n, _)| s.eq_ignore_ascii_case(n))?;
        let abbreviated = name.len() <= 4 && name != "june" && name != "july";
        let dot = abbreviated
            && self.touching(i + 1)
            && self.punct(i + 1, &['.']).is_some();
        Some((m, i + 1 + usize::from(dot)))
    }

    /// A day of the month, with an ordinal suffix: "7", "7th".
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let d = self.num(i, 1..=2).filter(|d| (1..=31).contains(d))?;
        let suffix = self.touching(i + 1)
            && self.word_is(i + 1, &["st", "nd", "rd", "th"]);
        if self.touching(i + 1)
            && !suffix
            && self.kind(i + 1) == Some(TokKind::Word)
        {
            return None;
        }
        Some((d, i + 1 + usize::from(suffix)))
    }

    /// A four-digit year after a comma or space: ", 2026".
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let j = if self.punct(i, &[',']).is_some() { i + 1 } else { i };
        if !self.same_line(j) {
            return None;
        }
        let y = self.num(j, 4..=4).filter(|y| (1000..=2200).contains(y))?;
        if self.touching(j + 1)
            && matches!(self.kind(j + 1), Some(TokKind::Num | TokKind::Word))
        {
            return None;
        }
        Some((y as i32, j + 1))
    }

    fn parse_at(&self, i: usize) -> Option<(usize, Expr)> {
        match self.kind(i)? {
            TokKind::Num => self
                .iso(i)
                .or_else(|| self.numeric(i))
                .or_else(|| self.day_first(i))
                .or_else(|| self.year_forms(i)),
            TokKind::Word => self
                .weekday_first(i)
                .or_else(|| self.month_first(i))
                .or_else(|| self.words(i)),
            TokKind::Punct(_) => None,
        }
    }

    /// Whether tokens `i..j` stand alone: no digit or separator glued on
    /// either side ("1.2.3.4", "v2026-01-07").
    fn free(&self, i: usize, j: usize) -> bool {
        let glued_before = i > 0
            && self.touching(i)
            && (matches!(
                self.kind(i - 1),
                Some(TokKind::Num | TokKind::Word)
            ) || (self.punct(i - 1, &['/', '.', '-', ':']).is_some()
                && i > 1
                && self.touching(i - 1)
                && self.kind(i - 2) == Some(TokKind::Num)));
        let glued_after = self.touching(j)
            && (matches!(self.kind(j), Some(TokKind::Num | TokKind::Word))
                || (self.punct(j, &['/', '.', '-', ':']).is_some()
                    && self.touching(j + 1)
                    && self.kind(j + 1) == Some(TokKind::Num)));
        !glued_before && !glued_after
    }

    /// 2026-01-07 and 2026/01/07.
    fn iso(&self, i: usize) -> Option<(usize, Expr)> {
        let y = self.num(i, 4..=4)?;
        let sep = self.punct(i + 1, &['-', '/'])?;
        let m = self.num(i + 2, 1..=2)?;
        let d = self.num(i + 4, 1..=2)?;
        let glued = (1..=4).all(|k| self.touching(i + k));
        if !glued
            || self.punct(i + 3, &[sep]).is_none()
            || !self.free(i, i + 5)
        {
            return None;
        }
        Some((i + 5, Expr::Iso(Ymd::new(y as i32, m, d)?)))
    }

    /// 07/01/2026, 7.1.2026, 7/1/26: order decided per document.
    fn numeric(&self, i: usize) -> Option<(usize, Expr)> {
        let a = self.num(i, 1..=2)?;
        let sep = self.punct(i + 1, &['/', '.', '-'])?;
        let b = self.num(i + 2, 1..=2)?;
        self.punct(i + 3, &[sep])?;
        let digits = self.toks.get(i + 4).map(|t| t.end - t.start)?;
        let y = match (self.num(i + 4, 2..=4)?, digits, sep) {
            (y, 4, _) => y as i32,
            (y, 2, '/' | '-') => {
                2000 + y as i32 - if y > 50 { 100 } else { 0 }
            }
            _ => return None,
        };
        let glued = (1..=4).all(|k| self.touching(i + k));
        if !glued || !self.free(i, i + 5) || a == 0 || b == 0 {
            return None;
        }
        let valid = Ymd::new(y, a, b).is_some() || Ymd::new(y, b, a).is_some();
        valid.then_some((i + 5, Expr::Numeric { a, b, y }))
    }

    /// "Wednesday, January 7" and "Wednesday 7 January".
    fn weekday_first(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.word_is(i, &WEEKDAYS) || self.lower(i) {
            return None;
        }
        let j =
            if self.punct(i + 1, &[',']).is_some() { i + 2 } else { i + 1 };
        if !self.same_line(j) {
            return None;
        }
        self.month_first(j)
            .or_else(|| self.day_first(j))
            .filter(|(_, e)| matches!(e, Expr::Written { .. }))
    }

    /// "Jan 7, 2026", "January 7th", "January 2026", "in January".
    fn month_first(&self, i: usize) -> Option<(usize, Expr)> {
        let (m, j) = self.month(i)?;
        if self.same_line(j)
            && let Some((d, k)) = self.day(j)
        {
            return Some(match self.year_after(k) {
                Some((y, l)) => (l, Expr::Written { y: Some(y), m, d }),
                None => (k, Expr::Written { y: None, m, d }),
            });
        }
        let k = if self.word_is(j, &["of"]) { j + 1 } else { j };
        if let Some((y, l)) = self.year_after(k) {
            return Some((l, Expr::Month { y: Some(y), m }));
        }
        let full = self.s(i).len() > 4 || m == 6 || m == 7;
        let ambiguous = m == 3 || m == 5;
        let after_cue = i > 0
            && self.same_line(i)
            && self.word_is(
                i - 1,
                &[
                    "in", "since", "until", "early", "late", "mid", "last",
                    "next", "this",
                ],
            );
        (full && !ambiguous && after_cue)
            .then_some((j, Expr::Month { y: None, m }))
    }

    /// "7 January 2026", "7th of January".
    fn day_first(&self, i: usize) -> Option<(usize, Expr)> {
        let (d, j) = self.day(i)?;
        let k = if self.word_is(j, &["of"]) { j + 1 } else { j };
        if !self.same_line(k) {
            return None;
        }
        let (m, l) = self.month(k)?;
        if i > 0
            && self.touching(i)
            && self.kind(i - 1) != Some(TokKind::Punct('('))
        {
            return None;
        }
        Some(match self.year_after(l) {
            Some((y, n)) => (n, Expr::Written { y: Some(y), m, d }),
            None => (l, Expr::Written { y: None, m, d }),
        })
    }

    /// Years, decades, centuries and year ranges.
    fn year_forms(&self, i: usize) -> Option<(usize, Expr)> {
        if let Some(c) = self.num(i, 1..=2)
            && self.touching(i + 1)
            && self.word_is(i + 1, &["st", "nd", "rd", "th"])
            && self.same_line(i + 2)
            && self.word_is(i + 2, &["century"])
            && (1..=30).contains(&c)
        {
            return Some((i + 3, Expr::Century(c as i32 - 1)));
        }
        let y = self.num(i, 4..=4)? as i32;
        if !(1000..=2200).contains(&y) || !self.year_context_ok(i) {
            return None;
        }
        if self.touching(i + 1) && self.word_is(i + 1, &["s"]) && y % 10 == 0 {
            return self
                .free(i, i + 2)
                .then_some((i + 2, Expr::Decade(y / 10)));
        }
        if self.touching(i + 1)
            && self.touching(i + 2)
            && self.punct(i + 1, &['-', '–', '/']).is_some()
        {
            let end = match (self.num(i + 2, 4..=4), self.num(i + 2, 2..=2)) {
                (Some(b), _) => b as i32,
                (None, Some(b)) => y / 100 * 100 + b as i32,
                _ => return None,
            };
            let ok = end > y && end - y < 100 && self.free(i, i + 3);
            return ok.then_some((i + 3, Expr::YearRange(y, end)));
        }
        if !self.free(i, i + 1) {
            return None;
        }
        let strong = i > 0 && self.word_is(i - 1, &YEAR_CONTEXT);
        let bare_ok = (1900..=2100).contains(&y)
            && (!self.lower(i + 1)
                || self.word_is(i + 1, &YEAR_FOLLOWERS)
                || !self.same_line(i + 1));
        (strong || bare_ok).then_some((i + 1, Expr::Year(y)))
    }

    /// What may not stand around a year: currency, percent, "page".
    fn year_context_ok(&self, i: usize) -> bool {
        let money =
            i > 0 && self.punct(i - 1, &['$', '€', '£', '¥', '#']).is_some();
        let thousands = i > 1
            && self.touching(i)
            && self.punct(i - 1, &[',', '.']).is_some()
            && self.kind(i - 2) == Some(TokKind::Num);
        let percent =
            self.touching(i + 1) && self.punct(i + 1, &['%']).is_some();
        let labelled = i > 0 && self.word_is(i - 1, &NOT_DATE_BEFORE);
        let pct_word = self.word_is(i + 1, &["percent", "per"]);
        !(money || thousands || percent || labelled || pct_word)
    }

    /// Relative and vague date words.
    fn words(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.s(i);
        let is = |s: &str| w.eq_ignore_ascii_case(s) && !is_all_caps(w);
        let rel = |n| Some((i + 1, Expr::Relative(Unit::Day, n)));
        if is("today") {
            return rel(0);
        }
        if is("yesterday") {
            return rel(-1);
        }
        if is("tomorrow") {
            return rel(1);
        }
        if is("recently") {
            return Some((i + 1, Expr::Vague("PAST_REF")));
        }
        if is("currently") || is("nowadays") {
            return Some((i + 1, Expr::Vague("PRESENT_REF")));
        }
        if self.word_is(i, &["last", "next", "this"]) && self.same_line(i + 1)
        {
            let n = match w.to_ascii_lowercase().as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let unit = match self.s(i + 1).to_ascii_lowercase().as_str() {
                "week" => Unit::Week,
                "month" => Unit::Month,
                "year" => Unit::Year,
                _ => return None,
            };
            if self.kind(i + 1) != Some(TokKind::Word) {
                return None;
            }
            return Some((i + 2, Expr::Relative(unit, n)));
        }
        if self.word_is(i, &["the"])
            && self.word_is(i + 1, &["coming", "next"])
            && self.word_is(i + 2, &["days", "weeks", "months", "years"])
            && i > 0
            && self.word_is(i - 1, &["in", "over", "within"])
        {
            return Some((i + 3, Expr::Vague("FUTURE_REF")));
        }
        if self.word_is(i, &["the"])
            && self.word_is(i + 1, &["future"])
            && i > 0
            && self.word_is(i - 1, &["in"])
        {
            return Some((i + 2, Expr::Vague("FUTURE_REF")));
        }
        None
    }
}

fn is_all_caps(w: &str) -> bool {
    w.len() > 1 && w.chars().all(|c| !c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(
        text: &str,
        doc: Option<&str>,
        order: DateOrder,
    ) -> Vec<(String, String)> {
        let scan = DateMatcher::new(order).scan(text);
        let mut out = Vec::new();
        scan.mentions(doc.and_then(Ymd::parse), &mut out);
        out.iter()
            .map(|m| (text[m.start..m.end].to_string(), m.value.clone()))
            .collect()
    }

    fn one(text: &str, doc: Option<&str>) -> Option<(String, String)> {
        let got = dates(text, doc, DateOrder::Auto);
        assert!(got.len() <= 1, "{text}: {got:?}");
        got.into_iter().next()
    }

    #[test]
    fn absolute_forms() {
        let cases = [
            ("on Jan 7, 2026 the", "Jan 7, 2026", "2026-01-07"),
            ("January 7th, 2026", "January 7th, 2026", "2026-01-07"),
            ("on 7 January 2026.", "7 January 2026", "2026-01-07"),
            ("the 7th of January 2026", "7th of January 2026", "2026-01-07"),
            (
                "Wednesday, January 7, 2026",
                "Wednesday, January 7, 2026",
                "2026-01-07",
            ),
            ("on 2026-01-07 at", "2026-01-07", "2026-01-07"),
            ("Sept. 11, 2001", "Sept. 11, 2001", "2001-09-11"),
            ("in January 2026", "January 2026", "2026-01"),
            ("in 2026, the", "2026", "2026"),
            ("in the 1990s", "1990s", "199"),
            ("the 21st century", "21st century", "20"),
            ("in 2009-2010", "2009-2010", "2009/2010"),
            ("the 2009/10 season", "2009/10", "2009/2010"),
            ("on 13/01/2026", "13/01/2026", "2026-01-13"),
            ("on 1/13/2026", "1/13/2026", "2026-01-13"),
        ];
        for (text, span, value) in cases {
            let got = one(text, None);
            assert_eq!(got, Some((span.into(), value.into())), "{text}");
        }
    }

    #[test]
    fn relative_forms_use_the_document_date() {
        let doc = Some("2026-01-07");
        let cases = [
            ("yesterday", "2026-01-06", "XXXX-XX-XX"),
            ("said today", "2026-01-07", "XXXX-XX-XX"),
            ("last week", "2026-W01", "XXXX-WXX"),
            ("next month", "2026-02", "XXXX-XX"),
            ("last year", "2025", "XXXX"),
            ("on Jan. 9 the", "2026-01-09", "XXXX-01-09"),
            ("in March", "", ""),
            ("in January", "2026-01", "XXXX-01"),
            ("in the coming weeks", "FUTURE_REF", "FUTURE_REF"),
            ("recently", "PAST_REF", "PAST_REF"),
        ];
        for (text, with, without) in cases {
            let got = one(text, doc).map(|g| g.1).unwrap_or_default();
            assert_eq!(got, with, "{text} with a date");
            let got = one(text, None).map(|g| g.1).unwrap_or_default();
            assert_eq!(got, without, "{text} without a date");
        }
    }

    #[test]
    fn numeric_order_comes_from_the_document() {
        let text = "Jan 7, 2026\n\nAnalysis from 07/01/2026.";
        let got = dates(text, None, DateOrder::Auto);
        assert_eq!(got[1].1, "2026-01-07");
        let got = dates("from 07/01/2026.", None, DateOrder::Auto);
        assert_eq!(got[0].1, "2026-07-01");
        let got = dates("from 07/01/2026.", None, DateOrder::Dmy);
        assert_eq!(got[0].1, "2026-01-07");
        let got =
            dates("from 07/01/2026 to 25/01/2026", None, DateOrder::Auto);
        assert_eq!(got[0].1, "2026-01-07");
    }

    #[test]
    fn ambiguous_numeric_dates_say_so() {
        let scan = DateMatcher::new(DateOrder::Auto).scan("on 07/01/2026");
        let mut out = Vec::new();
        scan.mentions(None, &mut out);
        assert_eq!(out[0].rule, Rule::Date("date:numeric-mdy-ambiguous"));
    }

    #[test]
    fn not_dates() {
        let cases = [
            "you may go",
            "Theresa May said",
            "the March on Washington",
            "2000 troops",
            "it cost $2026",
            "call 555-2026 now",
            "see page 2026",
            "version 1.2.2026.4",
            "6 min read",
            "from day one",
            "post-Cold War missions",
            "a 2,000 strong",
            "rose 2026%",
            "the TODAY show",
        ];
        for text in cases {
            assert_eq!(dates(text, None, DateOrder::Auto), vec![], "{text}");
        }
    }

    #[test]
    fn dateline_is_the_first_full_date_near_the_top() {
        let scan =
            DateMatcher::default().scan("Title\n\n6 min read\nJan 7, 2026\n");
        assert_eq!(scan.dateline(), Ymd::new(2026, 1, 7));
        let scan = DateMatcher::default().scan("in 2026 and later");
        assert_eq!(scan.dateline(), None);
    }

    #[test]
    fn calendar_arithmetic() {
        let d = Ymd::new(2026, 1, 7).unwrap();
        assert_eq!(d.add_days(-7).to_string(), "2025-12-31");
        assert_eq!(d.iso_week(), (2026, 2));
        assert_eq!(Ymd::new(2024, 12, 30).unwrap().iso_week(), (2025, 1));
        assert_eq!(Ymd::new(2025, 2, 29), None);
        assert_eq!(Ymd::parse("2026-01-07T10:00Z"), Ymd::new(2026, 1, 7));
    }
}
