//! Ordinals: days as ordinal words ("the second of December"), the nth
//! weekday of a month, "3rd" before a quarter, and whether a number stands
//! beside a month's name written in lower case.

use super::*;

impl Grammar<'_> {
    /// A number from 1 to 4 with its ordinal suffix ("3rd"): the number
    /// and the index after the suffix.
    pub(super) fn ordinal_numeral(&self, i: usize) -> Option<(u32, usize)> {
        let n = self.num(i, 1..=1).filter(|n| (1..=4).contains(n))?;
        (self.touching(i + 1)
            && self.word_is(i + 1, &["st", "nd", "rd", "th"]))
        .then_some((n, i + 2))
    }

    /// Forms that start at an ordinal word: "second of December", "the
    /// last Sunday of March".
    pub(super) fn ordinal_forms(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.word_is(i, &ORDINAL_STARTS) {
            return None;
        }
        self.ordinal_first(i)
            .or_else(|| self.nth_weekday(i))
            .or_else(|| self.century_words(i))
    }

    /// A century by its ordinal word: "the twentieth century", "the
    /// twenty-first century", "the fifth century BC" (as "the 20th
    /// century" is read); not a century counted from something else,
    /// "the third century of the Republic".
    pub(super) fn century_words(&self, i: usize) -> Option<(usize, Expr)> {
        let (c, k) = self.ordinal_day(i)?;
        if !(self.same_line(k) && self.word_is(k, &["century"]))
            || self.word_is(k + 1, &["of"])
        {
            return None;
        }
        match self.era_bc(k + 1) {
            Some(_) if c == 1 => None,
            Some(end) => Some((end, Expr::Century(1 - c as i32))),
            None => Some((k + 1, Expr::Century(c as i32 - 1))),
        }
    }

    /// Forms that start at a number and an ordinal suffix or a year
    /// before a quarter: "3rd Wednesday of November", "4th quarter",
    /// "1997 second quarter".
    pub(super) fn numeral_forms(&self, i: usize) -> Option<(usize, Expr)> {
        let t = self.toks.get(i)?;
        match t.end - t.start {
            1 if self.ordinal_numeral(i).is_some() => {
                self.nth_weekday(i).or_else(|| self.quarter(i))
            }
            4 if self.word_is(i + 1, &ORDINALS) || self.s(i + 1) == "Q" => {
                self.year_quarter(i)
            }
            _ => None,
        }
    }

    /// Whether a number stands beside the word at `i`, on its line: one
    /// after it ("march 3", "june 2020"), or a day before it, with or
    /// without "of" ("15 february", "15th of february", "second of
    /// march").
    pub(super) fn numbered(&self, i: usize) -> bool {
        let after = self.same_line(i + 1)
            && self.kind(i + 1) == Some(TokKind::Num)
            && !self
                .punct(i + 2, &['%'])
                .is_some_and(|_| self.touching(i + 2))
            && !self.word_is(i + 2, UNITS);
        let day_at = |k: usize| match self.kind(k) {
            Some(TokKind::Num) => true,
            Some(TokKind::Word) => {
                self.word_is(k, &["st", "nd", "rd", "th"])
                    || (self.word_is(k, &ORDINAL_STARTS)
                        && self.ordinal_day(k).is_some())
            }
            _ => false,
        };
        let before = i > 0
            && self.same_line(i)
            && (day_at(i - 1)
                || (i > 1
                    && self.word_is(i - 1, &["of"])
                    && self.same_line(i - 1)
                    && day_at(i - 2)));
        after || before
    }

    /// A day of the month written as an ordinal word, "second" or
    /// "twenty-first", and the index after it.
    pub(super) fn ordinal_day(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(TokKind::Word) || is_all_caps(self.s(i)) {
            return None;
        }
        let unit = |k: usize| {
            DAY_ORDINALS
                .iter()
                .position(|o| self.s(k).eq_ignore_ascii_case(o))
                .map(|p| p as u32 + 1)
        };
        let tens = match &*self.lower(i) {
            "twenty" => Some(20),
            "thirty" => Some(30),
            _ => None,
        };
        if let Some(t) = tens {
            // "twenty-first", "twenty first"; "thirtieth" is below.
            let k = if self.punct(i + 1, &['-']).is_some()
                && self.touching(i + 1)
            {
                i + 2
            } else {
                i + 1
            };
            let d = unit(k).filter(|&d| d <= 9 && (t == 20 || d == 1))?;
            return (self.same_line(k)).then_some((t + d, k + 1));
        }
        match &*self.lower(i) {
            "twentieth" => Some((20, i + 1)),
            "thirtieth" => Some((30, i + 1)),
            _ => unit(i).map(|d| (d, i + 1)),
        }
    }
}
