//! The grammar's word lists: the words that put a date ahead, the units,
//! the changes and other first words of the rules, month cues, the words
//! that read a number as a year or as no date, number and ordinal words,
//! and the sets they are looked up in (`Words`, any case).

use super::*;
use crate::hash::Shapes;

/// Words that put a date with no year, or a bare weekday, ahead of the
/// document's date: "the talks will resume on Tuesday".
pub(super) const FUTURE_CUES: Words = Words::new(&[
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
]);

/// Units after a number: it is a measure, not a date ("16.12 seconds").
pub(super) const UNITS: &[&str] = &[
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
pub(super) const CHANGES: &[&str] = &[
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
pub(super) const OTHER_FIRST_WORDS: &[&str] = &[
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

/// The index of a word's first two bytes in a table of 32 by 32, the
/// same for an ASCII letter in either case (a word of one byte has 0 for
/// its second).
pub(super) fn head_of(b: &[u8]) -> usize {
    let second = b.get(1).map_or(0, |&c| c & 31);
    usize::from(b[0] & 31) << 5 | usize::from(second)
}

/// A word in ASCII lower case, kept on the stack: the grammar's words
/// are all shorter than its 16 bytes, and a longer word reads as "".
pub(super) struct Lower {
    buf: [u8; 16],
    len: usize,
}

impl Lower {
    pub(super) fn new(word: &str) -> Lower {
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
pub(super) const MONTH_CUES: Words = Words::new(&[
    "in", "since", "until", "till", "by", "early", "late", "mid", "last",
    "next", "this", "from", "through",
]);

/// Words after which a four-digit number is a year whatever follows.
pub(super) const YEAR_CONTEXT: Words = Words::new(&[
    "in", "since", "until", "till", "during", "year", "early", "late", "mid",
    "by",
]);

/// Words before a number that make it no date: "page 2026".
pub(super) const NOT_DATE_BEFORE: Words = Words::new(&[
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
pub(super) const TEENS: [&str; 10] = [
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
pub(super) const PLAN_NOUNS: Words = Words::new(&[
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
pub(super) const DETERMINERS: Words =
    Words::new(&["the", "its", "our", "their", "his", "her", "this"]);

/// Capitalized words before a year that open no plan's name, as a
/// headline writes them: "Look Back At 2020 As Biden Unveils Recovery
/// Plan".
pub(super) const NOT_PLAN_OPENERS: Words = Words::new(&[
    "at", "as", "of", "and", "or", "to", "from", "for", "after", "before",
    "on", "with", "into", "over", "through", "beyond", "between", "about",
    "around", "within", "toward", "towards", "against", "under", "than",
    "since", "until", "is", "was", "were", "are", "be", "been", "a", "an",
]);

/// Names a year follows, capitalized: "Agenda 2063", "Vision 2030".
pub(super) const PLAN_NAMES: Words =
    Words::new(&["agenda", "vision", "horizon", "strategy"]);

/// Lower-case words that may follow a bare year: "in 2026 and".
pub(super) const YEAR_FOLLOWERS: Words = Words::new(&[
    "and", "or", "to", "when", "was", "were", "is", "are", "as", "but",
    "with", "in", "on", "at", "for", "after", "before", "until", "by",
    "while", "that", "which", "through", "will", "had", "has", "saw",
]);

/// The tens from twenty in words: counts ("seventy-five years ago").
pub(super) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety",
];

pub(super) const NUMBER_WORDS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve",
];

pub(super) const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];

/// The ordinal words of the days 1 to 19, then the words of the days 20
/// to 31 that are not among them, then "last": the words an ordinal day or
/// the nth weekday of a month starts with.
pub(super) const ORDINAL_WORDS: [&str; 24] = [
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

pub(super) const ORDINAL_STARTS: Words = Words::new(&ORDINAL_WORDS);

/// The ordinal words of the days 1 to 19.
pub(super) const DAY_ORDINALS: &[&str] = ORDINAL_WORDS.split_at(19).0;

/// The shapes of the months' names and abbreviations.
pub(super) const MONTH_SHAPES: Shapes = {
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
pub(super) fn month_not_may(word: &str) -> bool {
    MONTH_SHAPES.may_hold(word)
        && MONTHS
            .iter()
            .any(|(n, _)| *n != "may" && word.eq_ignore_ascii_case(n))
}

pub(super) const PARTS_OF_DAY: Words =
    Words::new(&["morning", "afternoon", "evening", "night"]);

/// Words a token is tested against, in lower case, in any case.
pub(super) trait WordList {
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
pub(super) struct Words {
    list: &'static [&'static str],
    shapes: Shapes,
}

impl Words {
    pub(super) const fn new(list: &'static [&'static str]) -> Words {
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

#[cfg(test)]
mod tests {
    use super::*;

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
