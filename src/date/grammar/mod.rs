//! The date grammar: tokens in a window around a trigger, and the rules
//! that read date expressions from them.

mod holidays;
mod numbers;
mod ordinals;
mod tokens;
mod words;

use std::sync::OnceLock;

use super::season::Season;
use super::{Expr, Unit};
use crate::calendar::{MONTHS, WEEKDAYS};
use crate::hash::WordSet;
use tokens::{Tok, TokKind, tokenize};
pub(super) use tokens::{find_trigger_words, windows};

/// Words that put a date with no year, or a bare weekday, ahead of the
/// document's date: "the talks will resume on Tuesday".
const FUTURE_CUES: Words = Words::new(&[
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
    "till",
    "coming",
    // "by Friday at the latest": a deadline.
    "latest",
]);

/// Parses one window, calling `emit` with each expression's span and
/// whether a future cue stands near it in its line.
pub(super) fn parse_window(
    text: &str,
    start: usize,
    end: usize,
    emit: &mut dyn FnMut(usize, usize, Expr, bool),
) {
    parse_window_from(text, start, end, starts_a_rule, emit);
}

/// Parses one window, trying the rules at the numbers and at the words
/// for which `first` holds.
pub(super) fn parse_window_from(
    text: &str,
    start: usize,
    end: usize,
    first: fn(&str) -> bool,
    emit: &mut dyn FnMut(usize, usize, Expr, bool),
) {
    let toks = tokenize(text, start, end);
    let g = Grammar { text, toks: &toks };
    let mut i = 0;
    while i < toks.len() {
        let tried = toks[i].kind != TokKind::Word || first(g.s(i));
        match if tried { g.parse_at(i) } else { None } {
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

/// Units after a number: it is a measure, not a date ("16.12 seconds").
const UNITS: &[&str] = &[
    "per",
    "percent",
    "pc",
    "seconds",
    "second",
    "minutes",
    "minute",
    "hours",
    "hour",
    "points",
    "point",
    "km",
    "kg",
    "metres",
    "meters",
    "miles",
    "million",
    "billion",
    "trillion",
    "times",
    "degrees",
    "mm",
    "cm",
    "litres",
    "liters",
    "bn",
    "m",
    "mph",
    "goals",
    "percentage",
];

/// Words of change before "by" or "from": "rose by 28.2" is a measure.
const CHANGES: &[&str] = &[
    "rose",
    "fell",
    "increased",
    "decreased",
    "grew",
    "dropped",
    "declined",
    "climbed",
    "slipped",
    "jumped",
    "gained",
    "lost",
    "up",
    "down",
    "cut",
    "raised",
    "reduced",
    "rise",
    "fall",
    "increase",
    "decrease",
    "growth",
    "rising",
    "falling",
    "risen",
    "fallen",
    "changed",
    "moved",
];

/// The words, in lower case, that rules starting at a word begin with,
/// beside the names of months, weekdays and seasons, number words and
/// ordinals: the words of relative and vague dates (sorted).
const OTHER_FIRST_WORDS: &[&str] = &[
    "a",
    "an",
    "anzac",
    "australia",
    "bastille",
    "boxing",
    "canada",
    "chanukah",
    "chinese",
    "christmas",
    "columbus",
    "current",
    "currently",
    "earlier",
    "early",
    "easter",
    "eid",
    "father",
    "fiscal",
    "good",
    "halloween",
    "hanukah",
    "hanukkah",
    "independence",
    "juneteenth",
    "labor",
    "last",
    "late",
    "later",
    "lunar",
    "martin",
    "memorial",
    "mid",
    "mlk",
    "mother",
    "new",
    "next",
    "now",
    "paddy",
    "passover",
    "patrick",
    "post",
    "pre",
    "presidents",
    "q",
    "recently",
    "rosh",
    "thanksgiving",
    "the",
    "this",
    "today",
    "tomorrow",
    "tonight",
    "valentine",
    "veterans",
    "waitangi",
    "yesterday",
    "yom",
];

/// Whether a rule may start at `word`, in any case. A word whose first
/// two letters and length no first word has ("of", "international") is
/// passed over before it is lower-cased and looked up.
pub(super) fn starts_a_rule(word: &str) -> bool {
    static FIRST: OnceLock<(WordSet, Box<[u32; 1024]>)> = OnceLock::new();
    let (set, heads) = FIRST.get_or_init(|| {
        let names = MONTHS.iter().map(|m| m.0).chain(WEEKDAYS);
        let names = names.chain(NUMBER_WORDS).chain(ORDINALS);
        let names = names.chain(TENS).chain(TEENS).chain(["half"]);
        let names = names.chain(ORDINAL_WORDS.iter().copied());
        let names = names.chain(words::SHORT_WEEKDAYS);
        let seasons = Season::NAMES.iter().map(|s| s.0);
        let set: WordSet = names
            .chain(seasons)
            .chain(OTHER_FIRST_WORDS.iter().copied())
            .chain(CENTURY_WORDS.iter().copied())
            .collect();
        let mut heads = Box::new([0u32; 1024]);
        for w in &set {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()));
            assert!(w.len() < 32);
            heads[head_of(w.as_bytes())] |= 1 << w.len();
        }
        (set, heads)
    });
    let b = word.as_bytes();
    !b.is_empty()
        && b.len() < 32
        && heads[head_of(b)] & 1 << b.len() != 0
        && set.contains(&*Lower::new(word))
}

/// The index of a word's first two bytes in a table of 32 by 32, the
/// same for an ASCII letter in either case (a word of one byte has 0 for
/// its second).
fn head_of(b: &[u8]) -> usize {
    let second = b.get(1).map_or(0, |&c| c & 31);
    usize::from(b[0] & 31) << 5 | usize::from(second)
}

/// The first letters and lengths of a set of words, in any case: for the
/// first byte `b` of a word of `n` bytes, bit `n` of entry `b & 31` (an
/// ASCII letter in either case maps to one entry). A word whose first
/// byte and length no word of the set has is not in it, whatever its case.
#[derive(Clone, Copy)]
struct Shapes([u32; 32]);

impl Shapes {
    const NONE: Shapes = Shapes([0; 32]);

    /// These shapes and that of `word` (of 1 to 31 bytes).
    const fn with(mut self, word: &str) -> Shapes {
        let w = word.as_bytes();
        assert!(!w.is_empty() && w.len() < 32);
        self.0[(w[0] & 31) as usize] |= 1 << w.len();
        self
    }

    /// Whether a word of the set may be `word`, in some case.
    fn may_hold(&self, word: &str) -> bool {
        let b = word.as_bytes();
        b.len() < 32
            && b.first().is_some_and(|&f| {
                self.0[usize::from(f & 31)] & 1 << b.len() != 0
            })
    }
}

/// A word in ASCII lower case, kept on the stack: the grammar's words
/// are all shorter than its 16 bytes, and a longer word reads as "".
pub(super) struct Lower {
    buf: [u8; 16],
    len: usize,
}

impl Lower {
    fn new(word: &str) -> Lower {
        let mut buf = [0; 16];
        let len = if word.len() <= buf.len() { word.len() } else { 0 };
        buf[..len].copy_from_slice(&word.as_bytes()[..len]);
        buf.make_ascii_lowercase();
        Lower { buf, len }
    }
}

impl std::ops::Deref for Lower {
    type Target = str;

    fn deref(&self) -> &str {
        // SAFETY: the bytes are a whole `str` (or none), with ASCII letters
        // put in lower case, which keeps UTF-8 valid; validated, they cost
        // a call each time a rule reads a token.
        unsafe { std::str::from_utf8_unchecked(&self.buf[..self.len]) }
    }
}

/// Words after which a month name alone is a month: "in January".
const MONTH_CUES: Words = Words::new(&[
    "in", "since", "until", "till", "by", "early", "late", "mid", "last",
    "next", "this", "from", "through",
]);

/// Words after which a four-digit number is a year whatever follows.
const YEAR_CONTEXT: Words = Words::new(&[
    "in", "since", "until", "till", "during", "year", "early", "late", "mid",
    "by",
]);

/// Words before a number that make it no date: "page 2026".
const NOT_DATE_BEFORE: Words = Words::new(&[
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
]);

/// The numbers ten to nineteen in words: the last two digits of a year in
/// words ("nineteen ten") and, from fifteen on, its century.
const TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The words of the centuries a year in words starts with ("nineteen
/// ninety-one"), read anywhere: trigger words too.
pub(crate) const CENTURY_WORDS: &[&str] = TEENS.split_at(5).1;

/// Nouns after which a year names a plan, not a time, capitalized: "the
/// 2030 Agenda", "its 2050 Strategy" (but "our 2020 plan worked").
const PLAN_NOUNS: Words = Words::new(&[
    "agenda",
    "vision",
    "plan",
    "strategy",
    "framework",
    "roadmap",
    "goals",
    "targets",
    "compact",
    "initiative",
    "programme",
    "program",
]);

/// The determiners before a year that starts a longer plan's name: "the
/// 2030 Sustainable Development Agenda", "our 2050 Climate Strategy".
const DETERMINERS: Words =
    Words::new(&["the", "its", "our", "their", "his", "her", "this"]);

/// Capitalized words before a year that open no plan's name, as a
/// headline writes them: "Look Back At 2020 As Biden Unveils Recovery
/// Plan".
const NOT_PLAN_OPENERS: Words = Words::new(&[
    "at", "as", "of", "and", "or", "to", "from", "for", "after", "before",
    "on", "with", "into", "over", "through", "beyond", "between", "about",
    "around", "within", "toward", "towards", "against", "under", "than",
    "since", "until", "is", "was", "were", "are", "be", "been", "a", "an",
]);

/// Names a year follows, capitalized: "Agenda 2063", "Vision 2030".
const PLAN_NAMES: Words =
    Words::new(&["agenda", "vision", "horizon", "strategy"]);

/// Lower-case words that may follow a bare year: "in 2026 and".
const YEAR_FOLLOWERS: Words = Words::new(&[
    "and", "or", "to", "when", "was", "were", "is", "are", "as", "but",
    "with", "in", "on", "at", "for", "after", "before", "until", "by",
    "while", "that", "which", "through", "will", "had", "has", "saw",
]);

/// The tens from twenty in words: counts ("seventy-five years ago").
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety",
];

const NUMBER_WORDS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve",
];

const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];

/// The ordinal words of the days 1 to 19, then the words of the days 20
/// to 31 that are not among them, then "last": the words an ordinal day or
/// the nth weekday of a month starts with.
const ORDINAL_WORDS: [&str; 24] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twenty",
    "thirty",
    "twentieth",
    "thirtieth",
    "last",
];

const ORDINAL_STARTS: Words = Words::new(&ORDINAL_WORDS);

/// The ordinal words of the days 1 to 19.
const DAY_ORDINALS: &[&str] = ORDINAL_WORDS.split_at(19).0;

/// The shapes of the months' names and abbreviations.
const MONTH_SHAPES: Shapes = {
    let mut shapes = Shapes::NONE;
    let mut i = 0;
    while i < MONTHS.len() {
        shapes = shapes.with(MONTHS[i].0);
        i += 1;
    }
    shapes
};

/// Whether `word` is a month's name or abbreviation, in any case, other
/// than "may" (the verb, in lower case).
fn month_not_may(word: &str) -> bool {
    MONTH_SHAPES.may_hold(word)
        && MONTHS
            .iter()
            .any(|(n, _)| *n != "may" && word.eq_ignore_ascii_case(n))
}

const PARTS_OF_DAY: Words =
    Words::new(&["morning", "afternoon", "evening", "night"]);

/// Words a token is tested against, in lower case, in any case.
trait WordList {
    fn holds(&self, word: &str) -> bool;
}

impl WordList for [&str] {
    fn holds(&self, word: &str) -> bool {
        self.iter().any(|w| word.eq_ignore_ascii_case(w))
    }
}

impl<const N: usize> WordList for [&str; N] {
    fn holds(&self, word: &str) -> bool {
        self[..].holds(word)
    }
}

/// A longer list of words, with their shapes: most words are told apart
/// by their first byte and length, without reading the list.
struct Words {
    list: &'static [&'static str],
    shapes: Shapes,
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Words {
        let mut shapes = Shapes::NONE;
        let mut i = 0;
        while i < list.len() {
            shapes = shapes.with(list[i]);
            i += 1;
        }
        Words { list, shapes }
    }
}

impl WordList for Words {
    fn holds(&self, word: &str) -> bool {
        self.shapes.may_hold(word) && self.list.holds(word)
    }
}

struct Grammar<'a> {
    text: &'a str,
    toks: &'a [Tok],
}

impl Grammar<'_> {
    /// Token `i` as written ("" past the end: rules look ahead).
    fn s(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The length in bytes of token `i` (0 past the end).
    fn width(&self, i: usize) -> usize {
        self.toks.get(i).map_or(0, |t| t.end - t.start)
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

    /// Token `i` in ASCII lower case ("" past the end).
    fn lower(&self, i: usize) -> Lower {
        Lower::new(self.s(i))
    }

    fn word_is(&self, i: usize, words: &(impl WordList + ?Sized)) -> bool {
        self.toks.get(i).is_some_and(|t| self.tok_is(t, words))
    }

    /// Whether token `t` of the text (in the window or past it) is one of
    /// `words`, in any case.
    fn tok_is(&self, t: &Tok, words: &(impl WordList + ?Sized)) -> bool {
        t.kind == TokKind::Word && words.holds(&self.text[t.start..t.end])
    }

    /// Whether word `i` is one of `words`, written in lower case or with a
    /// capital first letter, not in ALL CAPS ("the TODAY show").
    fn plain_word_is(&self, i: usize, words: &[&str]) -> bool {
        self.word_is(i, words) && !is_all_caps(self.s(i))
    }

    /// Whether a future cue stands within eight tokens before `i` or four
    /// after `j`, on the same line and in the same sentence ("on Tuesday.
    /// Talks will resume" is a Tuesday past): read in the window, and in
    /// the text where the line goes on past the window's ends, so that a
    /// date reads the same whatever its window.
    fn future_near(&self, i: usize, j: usize) -> bool {
        let cue = |t: &Tok| self.tok_is(t, &FUTURE_CUES);
        let mut k = i;
        while k > 0 && i - k < 8 && self.same_line(k) {
            k -= 1;
            if ends_sentence(self.text, &self.toks[k]) {
                break;
            }
            if cue(&self.toks[k]) {
                return true;
            }
        }
        if k == 0 && i < 8 && !ends_sentence(self.text, &self.toks[0]) {
            let before = tokens::before(self.text, self.toks[0].start, 8 - i);
            if before
                .iter()
                .take_while(|t| !ends_sentence(self.text, t))
                .any(cue)
            {
                return true;
            }
        }
        let n = self.toks.len();
        let mut k = j;
        while k < (j + 4).min(n) && self.same_line(k) {
            if ends_sentence(self.text, &self.toks[k]) {
                return false;
            }
            if cue(&self.toks[k]) {
                return true;
            }
            k += 1;
        }
        k == n
            && j + 4 > n
            && tokens::after(self.text, self.toks[n - 1].end, j + 4 - n)
                .iter()
                .take_while(|t| !ends_sentence(self.text, t))
                .any(cue)
    }

    fn is_lower(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
            && self.s(i).starts_with(char::is_lowercase)
    }

    fn before_is(&self, i: usize, words: &(impl WordList + ?Sized)) -> bool {
        i > 0 && self.same_line(i) && self.word_is(i - 1, words)
    }

    /// A capitalized month name, with its number and the index after it
    /// (past the dot of an abbreviation).
    ///
    /// In lower case (chats, forms: "march 3", "15th of february") a
    /// month's name is one only beside a number: a day or year after it on
    /// its line, or a day before it ("15 february", "the 2nd of march",
    /// "the second of march"); never "may", the verb.
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(TokKind::Word) {
            return None;
        }
        if self.is_lower(i) && !(month_not_may(self.s(i)) && self.numbered(i))
        {
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
        (full && self.before_is(i, &MONTH_CUES) && !possessive)
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

    /// "last year", "this year", "next year" at token `i` (or after "of":
    /// "21 August of this year"), on its line: the years from the
    /// document's, and the token after.
    pub(super) fn rel_year(&self, i: usize) -> Option<(i32, usize)> {
        let i = if self.plain_word_is(i, &["of"]) && self.same_line(i + 1) {
            i + 1
        } else {
            i
        };
        let years = match &*self.lower(i) {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        (self.same_line(i)
            && self.same_line(i + 1)
            && self.word_is(i + 1, &["year"]))
        .then_some((years, i + 2))
    }

    /// The day of the week token `i` names, in any case (Monday = 0).
    fn weekday_at(&self, i: usize) -> Option<u32> {
        let s = self.s(i);
        WEEKDAYS
            .iter()
            .position(|d| s.eq_ignore_ascii_case(d))
            .map(|p| p as u32)
    }

    /// The year after token `i` if one is written there ([`year_after`]),
    /// and the index after it, or `i`.
    ///
    /// [`year_after`]: Grammar::year_after
    fn maybe_year(&self, i: usize) -> (Option<i32>, usize) {
        self.year_after(i).map_or((None, i), |(y, e)| (Some(y), e))
    }

    /// A year after an optional comma or "of": ", 2026", "of 2026", "'05",
    /// "nineteen ninety-seven"; with the index after it.
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
        // "18 Sep '05": an apostrophe for the century.
        if self.punct(j, &['\'', '’']).is_some()
            && self.touching(j + 1)
            && let Some(y) = self.num(j + 1, 2..=2)
            && !(self.touching(j + 2)
                && matches!(
                    self.kind(j + 2),
                    Some(TokKind::Num | TokKind::Word)
                ))
        {
            return Some((two_digit_year(y), j + 2));
        }
        // "January nineteen ninety-seven": a year in words.
        if self.kind(j) == Some(TokKind::Word) {
            return match self.year_words(j, false)? {
                (end, Expr::Year(y)) => Some((y, end)),
                _ => None,
            };
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
        // The commonest first words start one rule each: "the" only its
        // forms ("the third quarter"), "a" and "an" only "a year ago". Two words
        // in three that the rules are tried at are one of them (UN
        // speeches); the others' rules all fail at them (a test holds it).
        if self.kind(i)? == TokKind::Word {
            match &*self.lower(i) {
                "the" => return self.the_forms(i),
                "a" | "an" => return self.ago(i),
                _ => {}
            }
        }
        self.every_rule_at(i)
    }

    /// Every rule at token `i`, in order; the first that matches wins.
    fn every_rule_at(&self, i: usize) -> Option<(usize, Expr)> {
        match self.kind(i)? {
            TokKind::Num => self
                .iso(i)
                .or_else(|| self.numeric(i))
                .or_else(|| self.day_month_dots(i, false))
                .or_else(|| self.span_forms(i))
                .or_else(|| self.ago(i))
                .or_else(|| self.day_first(i))
                .or_else(|| self.year_forms(i))
                .or_else(|| self.numeral_forms(i)),
            TokKind::Word => self
                .the_forms(i)
                .or_else(|| self.holiday(i))
                .or_else(|| self.ordinal_forms(i))
                .or_else(|| self.weekday_forms(i))
                .or_else(|| self.span_forms(i))
                .or_else(|| self.month_first(i))
                .or_else(|| self.modified(i))
                .or_else(|| self.quarter(i))
                .or_else(|| self.season(i))
                .or_else(|| self.ago(i))
                .or_else(|| self.words(i))
                .or_else(|| self.bare_year_words(i)),
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
}

/// A two-digit year: 26 is 2026, 97 is 1997.
pub(super) fn two_digit_year(y: u32) -> i32 {
    2000 + y as i32 - if y > 50 { 100 } else { 0 }
}

/// Whether token `t` of `text` ends a sentence: "!", "?", or a full stop
/// before a capital (after a space) or the text's end, and not the dot of
/// a one-letter abbreviation ("9 a.m. Tuesday", "the U.S. Army"). Read
/// from the text, so that a window's ends change nothing.
fn ends_sentence(text: &str, t: &Tok) -> bool {
    match t.kind {
        TokKind::Punct('!' | '?') => true,
        TokKind::Punct('.') => {
            let after = &text[t.end..];
            let rest = after.trim_start_matches([' ', '\t']);
            let capital = rest.len() < after.len()
                && rest.starts_with(char::is_uppercase);
            let letters = text[..t.start]
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric())
                .count();
            (after.is_empty() || capital) && letters != 1
        }
        _ => false,
    }
}

fn is_all_caps(w: &str) -> bool {
    w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// At "the", "a" and "an" only the rules `parse_at` keeps for them
    /// can match: every rule tried there gives what they give, in texts
    /// where those words stand before each form of date.
    #[test]
    fn the_and_a_start_no_other_rule() {
        let texts = [
            "in the 1990s and the 21st century, the mid-1990s",
            "The third quarter of 2025 and the Q3 2025 figures",
            "the summer of 2020, the last Friday, the next month",
            "the first Sunday in March 2014 and the 7th of January",
            "the day after tomorrow, the day before yesterday",
            "a year ago, an hour ago, a week from today, a day hence",
            "in the past, in the coming weeks, at the turn of the century",
            "The New Year's Day and the Easter Sunday of 2008",
            "the Fourth of July, the Christmas Eve, the Thanksgiving Day",
            "the May 7 meeting, a March 2020 report, an April 1 deadline",
            "The January 7, 2026 summit; the 07/01/2026 talks; the 2026-01-07",
            "between the March and the May, from the 4.12 to the 7.12",
            "the early 1990s, the late 2000s, the end of 2020, a decade later",
            "the fall of 2020 and a spring; the first quarter; an Easter egg",
            "A Monday, the Wednesday 18/05/2022, a today, the now, an 1850s",
            "the this year, a next week, the last year, an earlier this month",
        ];
        for text in texts {
            let toks = tokenize(text, 0, text.len());
            let g = Grammar { text, toks: &toks };
            for i in 0..toks.len() {
                assert_eq!(
                    g.parse_at(i),
                    g.every_rule_at(i),
                    "{text:?} at {:?}",
                    g.s(i)
                );
                // The words "the" forms pass over start none of them.
                if g.word_is(i, &["the"]) && g.same_line(i + 1) {
                    assert_eq!(
                        g.the_forms(i),
                        g.after_the(i),
                        "{text:?} at {i}"
                    );
                }
            }
        }
    }

    #[test]
    fn first_words_are_sorted_and_hold_every_name() {
        assert!(OTHER_FIRST_WORDS.windows(2).all(|w| w[0] < w[1]));
        let names = MONTHS.iter().map(|m| m.0).chain(WEEKDAYS);
        let names = names.chain(NUMBER_WORDS).chain(ORDINALS);
        for word in names.chain(["spring", "summer", "fall", "autumn"]) {
            assert!(starts_a_rule(word), "{word}");
        }
        assert!(!starts_a_rule("troops"));
        assert!(starts_a_rule("January") && starts_a_rule("THE"));
        assert!(starts_a_rule("September") && starts_a_rule("wednesday"));
        assert!(!starts_a_rule("Septembers"));
        assert_eq!(&*Lower::new("JANUARY"), "january");
        assert_eq!(&*Lower::new("Internationalization"), "");
        assert_eq!(&*Lower::new("CÔTE"), "cÔte");
    }

    /// A word list with its shapes holds the words the plain list holds:
    /// its own words in any case, and no others of the same first letter
    /// or length.
    #[test]
    fn word_lists_hold_their_words_in_any_case() {
        let lists = [
            &FUTURE_CUES,
            &MONTH_CUES,
            &YEAR_CONTEXT,
            &NOT_DATE_BEFORE,
            &YEAR_FOLLOWERS,
            &PARTS_OF_DAY,
        ];
        let others = [
            "",
            "w",
            "wil",
            "willing",
            "Will",
            "WILL",
            "In",
            "IN",
            "inn",
            "page",
            "Pages",
            "pagé",
            "été",
            "1",
            "a",
            "and",
            "And",
            "aNd",
            "night",
            "Nights",
            "Resolution",
            "x".repeat(40).leak(),
        ];
        for list in lists {
            let words = list.list.iter().copied();
            for word in words.chain(others) {
                for w in [word.to_string(), word.to_uppercase()] {
                    assert_eq!(list.holds(&w), list.list.holds(&w), "{w:?}");
                }
                assert!(!list.list.contains(&word) || list.holds(word));
            }
        }
        assert!(FUTURE_CUES.holds("Will") && !FUTURE_CUES.holds("willing"));
    }
}
