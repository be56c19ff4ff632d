//! The date grammar: tokens in a window around a trigger, and the rules
//! that read date expressions from them.

mod holidays;
mod lists;
mod numbers;
mod ordinals;
mod tokens;
mod words;

use std::sync::OnceLock;

use super::season::Season;
use super::{Expr, Unit};
use crate::calendar::{MONTHS, WEEKDAYS};
use crate::hash::WordSet;
pub(crate) use lists::CENTURY_WORDS;
use lists::*;
use tokens::{Tok, TokKind, tokenize};
pub(super) use tokens::{find_trigger_words, windows};

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
        // "by 28.2. at the latest": a deadline, right after the date.
        let deadline = j.checked_sub(1).is_some_and(|last| {
            let rest = self.text[self.toks[last].end..]
                .trim_start_matches([' ', ',']);
            rest.get(..13)
                .is_some_and(|r| r.eq_ignore_ascii_case("at the latest"))
        });
        if deadline {
            return true;
        }
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
}
