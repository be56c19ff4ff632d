//! The date grammar: tokens in a window around a trigger, and the rules
//! that read date expressions from them.

use super::calendar::Season;
use super::{Expr, TRIGGER_WORDS, Unit};
use crate::matcher::is_word_char;

/// Bytes of context a window keeps before its trigger, and after it.
const BEFORE: usize = 40;
const AFTER: usize = 96;

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
    /// White space before it: 0 none, 1 on the same line, 2 a line break.
    gap: u8,
}

/// The offsets of trigger words in `text`, for callers without the
/// dictionary automaton.
pub(super) fn find_trigger_words(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if c.is_alphabetic() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take()
            && !is_word_char(c)
            && TRIGGER_WORDS.iter().any(|w| text[s..i].eq_ignore_ascii_case(w))
        {
            out.push(s);
        }
    }
    out
}

/// The windows of `text` to parse: around every digit run and every
/// trigger word (`triggers`, sorted), merged where they meet.
pub(super) fn windows(text: &str, triggers: &[usize]) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let digits = (0..bytes.len()).filter(|&i| {
        bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit())
    });
    let mut points: Vec<usize> =
        digits.chain(triggers.iter().copied()).collect();
    points.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for p in points {
        let (s, e) = (window_start(text, p), window_end(text, p));
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

fn window_start(text: &str, p: usize) -> usize {
    let mut s = p.saturating_sub(BEFORE);
    while !text.is_char_boundary(s) {
        s += 1;
    }
    if s == 0 {
        return 0;
    }
    // Start after a white space, so that no token is cut.
    match text[s..p].find(char::is_whitespace) {
        Some(i) => s + i,
        None => p,
    }
}

fn window_end(text: &str, p: usize) -> usize {
    let mut e = (p + AFTER).min(text.len());
    while !text.is_char_boundary(e) {
        e += 1;
    }
    e + text[e..].find(char::is_whitespace).unwrap_or(text.len() - e)
}

fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut gap = 2;
    let mut chars = text[start..end]
        .char_indices()
        .map(|(i, c)| (i + start, c))
        .peekable();
    while let Some((s, c)) = chars.next() {
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
        let mut e = s + c.len_utf8();
        while let Some(&(i, n)) = chars.peek() {
            let same = match kind {
                TokKind::Num => n.is_ascii_digit(),
                TokKind::Word => is_word_char(n) && !n.is_ascii_digit(),
                TokKind::Punct(_) => false,
            };
            if !same {
                break;
            }
            e = i + n.len_utf8();
            chars.next();
        }
        toks.push(Tok { start: s, end: e, kind, gap });
        gap = 0;
    }
    toks
}

/// Words that put a date with no year, or a bare weekday, ahead of the
/// document's date: "the talks will resume on Tuesday".
const FUTURE_CUES: &[&str] = &[
    "will",
    "ll",
    "shall",
    "scheduled",
    "expected",
    "plans",
    "planned",
    "due",
    "upcoming",
    "until",
    "coming",
];

/// Parses one window, calling `emit` with each expression's span and
/// whether a future cue stands near it in its line.
pub(super) fn parse_window(
    text: &str,
    start: usize,
    end: usize,
    emit: &mut dyn FnMut(usize, usize, Expr, bool),
) {
    let toks = tokenize(text, start, end);
    let g = Grammar { text, toks: &toks };
    let mut i = 0;
    while i < toks.len() {
        match g.parse_at(i) {
            Some((next, expr)) => {
                emit(
                    toks[i].start,
                    toks[next - 1].end,
                    expr,
                    g.future_near(i, next),
                );
                i = next;
            }
            None => i += 1,
        }
    }
}

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

/// Words after which a month name alone is a month: "in January".
const MONTH_CUES: &[&str] = &[
    "in", "since", "until", "till", "by", "early", "late", "mid", "last",
    "next", "this", "from", "through",
];

/// Words after which a four-digit number is a year whatever follows.
const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "until", "till", "during", "year", "early", "late", "mid",
    "by",
];

/// Words before a number that make it no date: "page 2026".
const NOT_DATE_BEFORE: &[&str] = &[
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
    "windows",
    "model",
    "code",
];

/// Lower-case words that may follow a bare year: "in 2026 and".
const YEAR_FOLLOWERS: &[&str] = &[
    "and", "or", "to", "when", "was", "were", "is", "are", "as", "but",
    "with", "in", "on", "at", "for", "after", "before", "until", "by",
    "while", "that", "which", "through", "will", "had", "has", "saw",
];

const NUMBER_WORDS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve",
];

const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];

const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

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

    /// Whether word `i` is one of `words`, written in lower case or with a
    /// capital first letter, not in ALL CAPS ("the TODAY show").
    fn plain_word_is(&self, i: usize, words: &[&str]) -> bool {
        self.word_is(i, words) && !is_all_caps(self.s(i))
    }

    /// Whether a future cue stands within eight tokens before `i` or four
    /// after `j`, on the same line.
    fn future_near(&self, i: usize, j: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 8 && self.same_line(k) {
            k -= 1;
            if self.word_is(k, FUTURE_CUES) {
                return true;
            }
        }
        (j..(j + 4).min(self.toks.len()))
            .take_while(|&k| self.same_line(k))
            .any(|k| self.word_is(k, FUTURE_CUES))
    }

    fn lower(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
            && self.s(i).starts_with(char::is_lowercase)
    }

    fn before_is(&self, i: usize, words: &[&str]) -> bool {
        i > 0 && self.same_line(i) && self.word_is(i - 1, words)
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
        let abbreviated = name.len() <= 4
            && name != "june"
            && name != "july"
            && name != "may";
        let dot = abbreviated
            && self.touching(i + 1)
            && self.punct(i + 1, &['.']).is_some();
        Some((m, i + 1 + usize::from(dot)))
    }

    /// A full month name that may stand alone ("in January"), with no day
    /// or year: not "March" the noun nor "May" the name unless a cue
    /// precedes, and never before a possessive.
    fn bare_month(&self, i: usize) -> Option<(u32, usize)> {
        let (m, j) = self.month(i)?;
        let full = self.s(i).len() > 4 || m == 5 || m == 6 || m == 7;
        let possessive =
            self.touching(j) && self.punct(j, &['\'', '’']).is_some();
        (full && self.before_is(i, MONTH_CUES) && !possessive)
            .then_some((m, j))
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
        if self.touching(i + 1)
            && self.punct(i + 1, &[':', '%', '.']).is_some()
            && self.touching(i + 2)
            && self.kind(i + 2) == Some(TokKind::Num)
        {
            return None; // 7:30, 7.5
        }
        Some((d, i + 1 + usize::from(suffix)))
    }

    /// A four-digit year after an optional comma or "of": ", 2026".
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let j = if self.punct(i, &[',']).is_some() || self.word_is(i, &["of"])
        {
            i + 1
        } else {
            i
        };
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
                .or_else(|| self.span_forms(i))
                .or_else(|| self.ago(i))
                .or_else(|| self.day_first(i))
                .or_else(|| self.year_forms(i)),
            TokKind::Word => self
                .the_forms(i)
                .or_else(|| self.weekday_forms(i))
                .or_else(|| self.span_forms(i))
                .or_else(|| self.month_first(i))
                .or_else(|| self.modified(i))
                .or_else(|| self.quarter(i))
                .or_else(|| self.season(i))
                .or_else(|| self.ago(i))
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
        Some((i + 5, Expr::Iso(super::Ymd::new(y as i32, m, d)?)))
    }

    /// 07/01/2026, 7.1.2026, 7/1/26: order decided per document.
    fn numeric(&self, i: usize) -> Option<(usize, Expr)> {
        let a = self.num(i, 1..=2)?;
        let sep = self.punct(i + 1, &['/', '.', '-'])?;
        let b = self.num(i + 2, 1..=2)?;
        self.punct(i + 3, &[sep])?;
        let digits = self.toks.get(i + 4).map(|t| t.end - t.start)?;
        let last = self.num(i + 4, 2..=4)?;
        let y = match (digits, sep) {
            (4, _) => last as i32,
            (2, '/' | '-') => two_digit_year(last),
            _ => return None,
        };
        let short = (digits == 2).then_some(last);
        let glued = (1..=4).all(|k| self.touching(i + k));
        if !glued || !self.free(i, i + 5) || a == 0 || b == 0 {
            return None;
        }
        let valid = super::Ymd::new(y, a, b).is_some()
            || super::Ymd::new(y, b, a).is_some()
            || short.is_some_and(|d| {
                super::Ymd::new(two_digit_year(a), b, d).is_some()
            });
        valid.then_some((i + 5, Expr::Numeric { a, b, y, short }))
    }

    /// Day-first dates and ranges: "7 January 2026", "7th of January",
    /// "5-7 May", "5 to 7 May 2026".
    fn day_first(&self, i: usize) -> Option<(usize, Expr)> {
        if i > 0
            && self.touching(i)
            && self.kind(i - 1) != Some(TokKind::Punct('('))
        {
            return None;
        }
        let (d1, j) = self.day(i)?;
        if let Some(k) = self.range_joint(j, &["to", "and"])
            && let Some((d2, l)) = self.day(k)
            && let Some((m, n)) =
                self.month(if self.word_is(l, &["of"]) { l + 1 } else { l })
            && d2 > d1
        {
            let (y, end) =
                self.year_after(n).map_or((None, n), |(y, e)| (Some(y), e));
            return Some((end, Expr::DayRange { y, m1: m, d1, m2: m, d2 }));
        }
        let k = if self.word_is(j, &["of"]) { j + 1 } else { j };
        if !self.same_line(k) {
            return None;
        }
        let (m, l) = self.month(k)?;
        Some(match self.year_after(l) {
            Some((y, n)) => (n, Expr::Written { y: Some(y), m, d: d1 }),
            None => (l, Expr::Written { y: None, m, d: d1 }),
        })
    }

    /// The token after the joint of a day range at `k`: a dash glued to
    /// both days ("5-7"), or one of `words` ("5 to 7").
    fn range_joint(&self, k: usize, words: &[&str]) -> Option<usize> {
        let dash = self.touching(k)
            && self.punct(k, &['-', '–']).is_some()
            && self.touching(k + 1);
        (dash || self.word_is(k, words)).then_some(k + 1)
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
        let strong = self.before_is(i, YEAR_CONTEXT);
        let bare_ok = (1900..=2100).contains(&y)
            && (!self.lower(i + 1)
                || self.word_is(i + 1, YEAR_FOLLOWERS)
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
        let labelled = i > 0 && self.word_is(i - 1, NOT_DATE_BEFORE);
        let unit_after = self.word_is(i + 1, &["percent", "per", "cent"]);
        !(money || thousands || percent || labelled || unit_after)
    }

    /// Forms that take "the" into their span: "the 1990s", "the 21st
    /// century", "the third quarter", "the past", "the coming weeks".
    fn the_forms(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.word_is(i, &["the"]) || !self.same_line(i + 1) {
            return None;
        }
        if let Some((j, e)) =
            self.year_forms(i + 1).or_else(|| self.quarter(i + 1))
            && matches!(
                e,
                Expr::Decade(_) | Expr::Century(_) | Expr::Quarter { .. }
            )
        {
            return Some((j, e));
        }
        if let Some((j, e)) = self.season(i + 1) {
            return Some((j, e));
        }
        let after_in = self.before_is(i, &["in", "over", "within"]);
        if after_in
            && self.plain_word_is(i + 1, &["coming", "next"])
            && self.word_is(i + 2, &["days", "weeks", "months", "years"])
        {
            return Some((i + 3, Expr::Vague("FUTURE_REF")));
        }
        if self.before_is(i, &["in"]) && self.plain_word_is(i + 1, &["future"])
        {
            return Some((i + 2, Expr::Vague("FUTURE_REF")));
        }
        let ends = |j: usize| {
            !self.same_line(j)
                || self.kind(j).is_none()
                || matches!(self.kind(j), Some(TokKind::Punct(_)))
        };
        if self.before_is(i, &["in"])
            && self.plain_word_is(i + 1, &["past"])
            && ends(i + 2)
        {
            return Some((i + 2, Expr::Vague("PAST_REF")));
        }
        None
    }

    /// "Wednesday, January 7", "last Friday", "on Tuesday", "Friday night".
    fn weekday_forms(&self, i: usize) -> Option<(usize, Expr)> {
        // rel: 0 on or before the document's date, -1 before, 1 after,
        // 2 on or after ("this Friday").
        let (w, rel) = match self.s(i).to_ascii_lowercase().as_str() {
            "last" => (i + 1, -1),
            "next" => (i + 1, 1),
            "this" => (i + 1, 2),
            _ => (i, 0),
        };
        if (w != i && !self.same_line(w))
            || self.kind(w) != Some(TokKind::Word)
            || self.lower(w)
        {
            return None;
        }
        let wd =
            WEEKDAYS.iter().position(|d| self.s(w).eq_ignore_ascii_case(d))?
                as u32;
        if w == i {
            let j = if self.punct(i + 1, &[',']).is_some() {
                i + 2
            } else {
                i + 1
            };
            if self.same_line(j)
                && let Some(found) =
                    self.month_first(j).or_else(|| self.day_first(j))
                && matches!(found.1, Expr::Written { .. })
            {
                return Some(found);
            }
        }
        let part = self.same_line(w + 1) && self.word_is(w + 1, PARTS_OF_DAY);
        Some((w + 1 + usize::from(part), Expr::Weekday { wd, rel }))
    }

    /// "Jan 7, 2026", "January 7th", "May 5-7", "January 2026", "March to
    /// June 2025", and "in January".
    fn month_first(&self, i: usize) -> Option<(usize, Expr)> {
        let (m, j) = self.month(i)?;
        if self.same_line(j)
            && let Some((d, k)) = self.day(j)
        {
            if let Some(t) = self.range_joint(k, &["to"])
                && let Some((d2, l)) = self.day(t)
                && d2 > d
            {
                let (y, end) = self
                    .year_after(l)
                    .map_or((None, l), |(y, e)| (Some(y), e));
                return Some((
                    end,
                    Expr::DayRange { y, m1: m, d1: d, m2: m, d2 },
                ));
            }
            return Some(match self.year_after(k) {
                Some((y, l)) => (l, Expr::Written { y: Some(y), m, d }),
                None => (k, Expr::Written { y: None, m, d }),
            });
        }
        if self.word_is(j, &["to", "through", "until"])
            && let Some((m2, k)) = self.month(j + 1)
            && m2 > m
            && let Some((y, l)) = self.year_after(k)
        {
            return Some((l, Expr::MonthRange { y: Some(y), m1: m, m2 }));
        }
        if let Some((y, l)) = self.year_after(j) {
            return Some((l, Expr::Month { y: Some(y), m }));
        }
        let (m, j) = self.bare_month(i)?;
        Some((j, Expr::Month { y: None, m }))
    }

    /// "mid-2025", "early March", "late 2025": the modifier joins the
    /// span; the value is the year or month's own.
    fn modified(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.plain_word_is(i, &["mid", "early", "late"]) {
            return None;
        }
        let j = if self.touching(i + 1) && self.punct(i + 1, &['-']).is_some()
        {
            i + 2
        } else {
            i + 1
        };
        if !self.same_line(j) {
            return None;
        }
        if let Some(y) =
            self.num(j, 4..=4).filter(|y| (1000..=2200).contains(y))
            && self.free(j, j + 1)
        {
            return Some((j + 1, Expr::Year(y as i32)));
        }
        let (m, k) = self.month(j)?;
        let full = self.s(j).len() > 4 || m == 5 || m == 6 || m == 7;
        if !full {
            return None;
        }
        let (y, end) =
            self.year_after(k).map_or((None, k), |(y, e)| (Some(y), e));
        Some((end, Expr::Month { y, m }))
    }

    /// "between March and June 2025", "from 2009 to 2012", "from 5 to 7
    /// May": the range, after its first word.
    fn span_forms(&self, j: usize) -> Option<(usize, Expr)> {
        let joiner: &[&str] = if self.before_is(j, &["between"]) {
            &["and"]
        } else if self.before_is(j, &["from"]) {
            &["to", "until", "through"]
        } else {
            return None;
        };
        if let Some((m1, k)) = self.month(j)
            && self.word_is(k, joiner)
            && let Some((m2, l)) = self.month(k + 1)
            && m2 > m1
        {
            let (y, end) =
                self.year_after(l).map_or((None, l), |(y, e)| (Some(y), e));
            return Some((end, Expr::MonthRange { y, m1, m2 }));
        }
        if let Some(a) = self.num(j, 4..=4)
            && self.word_is(j + 1, joiner)
            && let Some(b) = self.num(j + 2, 4..=4)
            && b > a
            && (1000..=2200).contains(&a)
            && b - a < 100
            && self.free(j + 2, j + 3)
        {
            return Some((j + 3, Expr::YearRange(a as i32, b as i32)));
        }
        if let Some((d1, k)) = self.day(j)
            && self.word_is(k, joiner)
            && let Some((d2, l)) = self.day(k + 1)
            && let Some((m, n)) = self.month(l)
            && d2 > d1
        {
            let (y, end) =
                self.year_after(n).map_or((None, n), |(y, e)| (Some(y), e));
            return Some((end, Expr::DayRange { y, m1: m, d1, m2: m, d2 }));
        }
        None
    }

    /// "Q3 2025", "the third quarter", "third-quarter", "the fourth
    /// quarter of 2025".
    fn quarter(&self, i: usize) -> Option<(usize, Expr)> {
        let (q, j) = if self.s(i) == "Q" && self.touching(i + 1) {
            (self.num(i + 1, 1..=1).filter(|q| (1..=4).contains(q))?, i + 2)
        } else {
            let ordinal = ORDINALS
                .iter()
                .position(|o| self.s(i).eq_ignore_ascii_case(o))?
                as u32
                + 1;
            let k = if self.touching(i + 1)
                && self.punct(i + 1, &['-']).is_some()
            {
                i + 2
            } else {
                i + 1
            };
            if !self.word_is(k, &["quarter"]) || !self.same_line(k) {
                return None;
            }
            (ordinal, k + 1)
        };
        if j < self.toks.len() && !self.free(i, j) && self.s(i) == "Q" {
            return None;
        }
        let (y, end) =
            self.year_after(j).map_or((None, j), |(y, e)| (Some(y), e));
        Some((end, Expr::Quarter { y, q }))
    }

    /// "spring 2025", "the spring of 2025", "this spring", "last fall".
    fn season(&self, i: usize) -> Option<(usize, Expr)> {
        let rel = match self.s(i).to_ascii_lowercase().as_str() {
            "last" => Some(-1),
            "next" => Some(1),
            "this" => Some(0),
            _ => None,
        };
        let w = if rel.is_some() { i + 1 } else { i };
        if self.kind(w) != Some(TokKind::Word)
            || is_all_caps(self.s(w))
            || !self.same_line(w)
        {
            return None;
        }
        let s = Season::parse(self.s(w))?;
        if let Some((y, end)) = self.year_after(w + 1) {
            return Some((end, Expr::Season { y: Some(y), s, rel: 0 }));
        }
        // A bare season needs a determiner: "fall" alone is a verb.
        let determined = rel.is_some()
            || (i > 0
                && self.word_is(i - 1, &["the"])
                && self.before_is(i - 1, &["in", "during", "this", "by"]));
        determined.then_some((
            w + 1,
            Expr::Season { y: None, s, rel: rel.unwrap_or(0) },
        ))
    }

    /// "two years ago", "3 days ago", "a week ago".
    fn ago(&self, i: usize) -> Option<(usize, Expr)> {
        let n = if let Some(n) = self.num(i, 1..=3) {
            n as i32
        } else if self.word_is(i, &["a", "an"]) {
            1
        } else {
            NUMBER_WORDS
                .iter()
                .position(|w| self.s(i).eq_ignore_ascii_case(w))?
                as i32
                + 1
        };
        let unit = self.unit(i + 1)?;
        if !self.word_is(i + 2, &["ago"])
            || !self.same_line(i + 1)
            || !self.same_line(i + 2)
        {
            return None;
        }
        Some((i + 3, Expr::Relative(unit, -n)))
    }

    fn unit(&self, i: usize) -> Option<Unit> {
        if self.kind(i) != Some(TokKind::Word) {
            return None;
        }
        Some(match self.s(i).to_ascii_lowercase().trim_end_matches('s') {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => return None,
        })
    }

    /// Relative and vague date words: "yesterday", "next month", "earlier
    /// this year", "now", "recently".
    fn words(&self, i: usize) -> Option<(usize, Expr)> {
        let day = |n| Some((i + 1, Expr::Relative(Unit::Day, n)));
        let vague = |v| Some((i + 1, Expr::Vague(v)));
        if self.plain_word_is(i, &["today", "tonight"]) {
            return day(0);
        }
        if self.plain_word_is(i, &["yesterday"]) {
            return day(-1);
        }
        if self.plain_word_is(i, &["tomorrow"]) {
            return day(1);
        }
        if self.plain_word_is(i, &["now"]) {
            return vague("PRESENT_REF");
        }
        if self.plain_word_is(i, &["recently"]) {
            return vague("PAST_REF");
        }
        if self.plain_word_is(i, &["currently"]) {
            return vague("PRESENT_REF");
        }
        if self.plain_word_is(i, &["fiscal"])
            && let Some(y) =
                self.num(i + 1, 4..=4).filter(|y| (1900..=2200).contains(y))
            && self.same_line(i + 1)
            && self.free(i + 1, i + 2)
        {
            return Some((i + 2, Expr::FiscalYear(y as i32)));
        }
        let (k, earlier) = if self.plain_word_is(i, &["earlier", "later"])
            && self.word_is(i + 1, &["this"])
        {
            (i + 1, true)
        } else {
            (i, false)
        };
        let n = match self.s(k).to_ascii_lowercase().as_str() {
            "last" if !earlier => -1,
            "next" if !earlier => 1,
            "this" => 0,
            _ => return None,
        };
        if !self.same_line(k + 1) || self.kind(k) != Some(TokKind::Word) {
            return None;
        }
        if let Some((m, j)) = self.month(k + 1)
            && !earlier
            && self.s(k + 1).len() > 3
        {
            return Some((j, Expr::MonthRel { m, rel: n }));
        }
        if self.word_is(k + 1, &["year"])
            && self.touching(k + 2)
            && self.punct(k + 2, &['\'', '’']).is_some()
            && self.word_is(k + 3, &["s"])
            && let Some((end, Expr::Quarter { y: None, q })) =
                self.quarter(k + 4)
        {
            return Some((end, Expr::QuarterOf { q, years: n }));
        }
        let unit = match self.s(k + 1).to_ascii_lowercase().as_str() {
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => return None,
        };
        Some((k + 2, Expr::Relative(unit, n)))
    }
}

/// A two-digit year: 26 is 2026, 97 is 1997.
pub(super) fn two_digit_year(y: u32) -> i32 {
    2000 + y as i32 - if y > 50 { 100 } else { 0 }
}

fn is_all_caps(w: &str) -> bool {
    w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase())
}
