//! Rules that start at a number: numeric and day-first dates, years,
//! decades, centuries and ranges.

use super::*;
use crate::calendar::Ymd;

impl Grammar<'_> {
    /// 2026-01-07 and 2026/01/07.
    pub(super) fn iso(&self, i: usize) -> Option<(usize, Expr)> {
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
    pub(super) fn numeric(&self, i: usize) -> Option<(usize, Expr)> {
        let a = self.num(i, 1..=2)?;
        let sep = self.punct(i + 1, &['/', '.', '-'])?;
        let b = self.num(i + 2, 1..=2)?;
        self.punct(i + 3, &[sep])?;
        let digits = self.width(i + 4);
        let last = self.num(i + 4, 2..=4)?;
        let y = match (digits, sep) {
            (4, _) => last as i32,
            (2, '/' | '-') => two_digit_year(last),
            // "19.02.10": with dots, a two-digit year only after a day and
            // a month written with two digits each.
            (2, '.')
                if self.width(i) == 2
                    && self.width(i + 2) == 2
                    && self.dotted_short_ok(i) =>
            {
                two_digit_year(last)
            }
            _ => return None,
        };
        let short = (digits == 2).then_some(last);
        let glued = (1..=4).all(|k| self.touching(i + k));
        if !glued || !self.free(i, i + 5) || a == 0 || b == 0 {
            return None;
        }
        let valid = Ymd::new(y, a, b).is_some()
            || Ymd::new(y, b, a).is_some()
            || short
                .is_some_and(|d| Ymd::new(two_digit_year(a), b, d).is_some());
        let dots = sep == '.';
        valid.then_some((i + 5, Expr::Numeric { a, b, y, short, dots }))
    }

    /// A day and month with dots and no year ("until 17.11", "by 28.2. at
    /// the latest", "on Monday 4.12"): only after a word that brings in a
    /// date (or a weekday, `after_weekday`), never before a measure
    /// ("16.12 seconds", "from 4.12 to 7.12 per cent") nor after a change
    /// ("rose by 28.2"), and never glued to more numbers ("1.2.3").
    pub(super) fn day_month_dots(
        &self,
        i: usize,
        after_weekday: bool,
    ) -> Option<(usize, Expr)> {
        let d = self.num(i, 1..=2)?;
        self.punct(i + 1, &['.'])?;
        let m = self.num(i + 2, 1..=2)?;
        let glued = self.touching(i + 1) && self.touching(i + 2);
        if !(glued && (1..=12).contains(&m))
            || Ymd::new(2000, m, d).is_none()
            || i > 0 && self.touching(i)
        {
            return None;
        }
        let mut end = i + 3;
        if self.punct(end, &['.']).is_some() && self.touching(end) {
            if self.kind(end + 1) == Some(TokKind::Num)
                && self.touching(end + 1)
            {
                return None;
            }
            end += 1;
        }
        let intro = after_weekday
            || self.before_is(
                i,
                &[
                    "on", "until", "till", "by", "from", "since", "before",
                    "after",
                ],
            );
        let change = self.before_is(i, &["by", "from"])
            && i > 1
            && self.same_line(i - 1)
            && self.word_is(i - 2, CHANGES);
        // "from Monday 4.12 to Thursday 7.12", "2.6 - 5.6": one interval.
        if !change && let Some((last, m2, d2, dash)) = self.dots_range_end(end)
        {
            let forward = (m2, d2) > (m, d) && (m2 == m || m2 == m % 12 + 1);
            // A range goes forward, within a month or into the next; with
            // no word that brings it in, it is a date only with a spaced
            // dash ("2.6 - 5.6", never "3.7-4.8").
            let glued = (i > 0 && self.touching(i))
                || self.touching(end)
                || self.touching(end + 1);
            let bare = dash && !glued;
            if !forward {
                // "from 3.4 to 2.1": numbers that fall, not dates.
                return None;
            }
            if (intro || bare) && !self.measure_after(last) {
                let range = Expr::DayRange { y: None, m1: m, d1: d, m2, d2 };
                return Some((last, range));
            }
        }
        if !intro || change || self.measure_after(end) {
            return None;
        }
        Some((end, Expr::Written { y: None, m, d }))
    }

    /// The end of an interval's second day and month with dots after
    /// token `k`: a joint ("to", "until", a dash), a weekday if written,
    /// and "7.12"; with the month, the day and whether the joint is a
    /// dash.
    fn dots_range_end(&self, k: usize) -> Option<(usize, u32, u32, bool)> {
        let dash = self.punct(k, &['-', '–']).is_some();
        if !(dash || self.word_is(k, &["to", "until", "till", "through"]))
            || !self.same_line(k)
        {
            return None;
        }
        let mut l = k + 1;
        // "Thursday 7.12", "Sun. 19.5.", "Sunday, 19.5.".
        let weekday = if self.kind(l) == Some(TokKind::Word)
            && crate::calendar::is_weekday_name(self.s(l))
        {
            Some(l + 1)
        } else {
            self.short_weekday(l)
        };
        if let Some(after) = weekday {
            l = after + usize::from(self.punct(after, &[',']).is_some());
        }
        let d = self.num(l, 1..=2)?;
        self.punct(l + 1, &['.'])?;
        let m = self.num(l + 2, 1..=2)?;
        let glued = self.touching(l + 1) && self.touching(l + 2);
        if !glued || !self.same_line(l) || Ymd::new(2000, m, d).is_none() {
            return None;
        }
        let mut end = l + 3;
        if self.touching(end) {
            match self.kind(end) {
                Some(TokKind::Punct('.'))
                    if !(self.touching(end + 1)
                        && self.kind(end + 1) == Some(TokKind::Num)) =>
                {
                    end += 1
                }
                Some(TokKind::Punct(',' | ';' | ':' | ')' | '!' | '?')) => {}
                // "4.8°C", "7.12%", "4.8x", "1.2.3": a measure or a
                // number, not a date.
                _ => return None,
            }
        }
        Some((end, m, d, dash))
    }

    /// Whether a measure follows token `i`: a unit, or "to" or a dash, a
    /// number and a unit ("to 7.12 per cent").
    fn measure_after(&self, i: usize) -> bool {
        let unit = |k: usize| {
            self.same_line(k)
                && (self.word_is(k, UNITS) || self.punct(k, &['%']).is_some())
        };
        if unit(i) {
            return true;
        }
        let joint = self.word_is(i, &["to", "and"])
            || self.punct(i, &['-', '–']).is_some();
        if !joint || self.kind(i + 1) != Some(TokKind::Num) {
            return false;
        }
        let mut k = i + 2;
        if self.punct(k, &['.']).is_some()
            && self.kind(k + 1) == Some(TokKind::Num)
        {
            k += 2;
        }
        unit(k)
    }

    /// Day-first dates and ranges: "7 January 2026", "7th of January",
    /// "5-7 May", "5 to 7 May 2026".
    pub(super) fn day_first(&self, i: usize) -> Option<(usize, Expr)> {
        if i > 0
            && self.touching(i)
            && self.kind(i - 1) != Some(TokKind::Punct('('))
        {
            return None;
        }
        let (d1, j) = self.day(i)?;
        // "31-Oct-1974", "31/Oct/74": a day, a month's name and a year
        // glued by one separator, as forms and logs write them.
        if let Some(sep) = self.punct(j, &['-', '/'])
            && let Some((m, k)) =
                self.month(j + 1).filter(|&(_, k)| k == j + 2)
            && self.punct(k, &[sep]).is_some()
            && (j..=k + 1).all(|t| self.touching(t))
            && let Some(y) = self.num(k + 1, 2..=4)
            && self.width(k + 1) != 3
            && self.free(k + 1, k + 2)
        {
            let y = if y < 100 { two_digit_year(y) } else { y as i32 };
            return Some((k + 2, Expr::Written { y: Some(y), m, d: d1 }));
        }
        if let Some(k) = self.range_joint(j, &["to", "and"])
            && let Some((d2, l)) = self.day(k)
            && let Some((m, n)) =
                self.month(if self.word_is(l, &["of"]) { l + 1 } else { l })
            && d2 > d1
        {
            let (y, end) = self.maybe_year(n);
            return Some((end, Expr::DayRange { y, m1: m, d1, m2: m, d2 }));
        }
        // "7th of January", "the 12th day of December".
        let k = if self.word_is(j, &["of"]) {
            j + 1
        } else if self.word_is(j, &["day"]) && self.word_is(j + 1, &["of"]) {
            j + 2
        } else {
            j
        };
        if !self.same_line(k) {
            return None;
        }
        let (m, l) = self.month(k)?;
        Some(match self.year_after(l) {
            Some((y, n)) => (n, Expr::Written { y: Some(y), m, d: d1 }),
            None => match self.rel_year(l) {
                Some((years, n)) => {
                    (n, Expr::OfYear { m, d: Some(d1), years })
                }
                None => (l, Expr::Written { y: None, m, d: d1 }),
            },
        })
    }

    /// A year before its quarter: "1997 second quarter", "2018 Q4".
    pub(super) fn year_quarter(&self, i: usize) -> Option<(usize, Expr)> {
        let y = self.num(i, 4..=4).filter(|y| (1000..=2200).contains(y))?;
        if !self.same_line(i + 1) || (i > 0 && self.touching(i)) {
            return None;
        }
        match self.quarter(i + 1)? {
            (j, Expr::Quarter { y: None, q }) => {
                Some((j, Expr::Quarter { y: Some(y as i32), q }))
            }
            _ => None,
        }
    }

    /// A day as an ordinal word before its month: "the second of
    /// December", "twenty-first of June 2019" ("of" is needed: "second
    /// March" is no date).
    pub(super) fn ordinal_first(&self, i: usize) -> Option<(usize, Expr)> {
        let (d, j) = self.ordinal_day(i)?;
        if !self.word_is(j, &["of"])
            || !self.same_line(j)
            || !self.same_line(j + 1)
        {
            return None;
        }
        let (m, l) = self.month(j + 1)?;
        let (y, end) = self.maybe_year(l);
        Some((end, Expr::Written { y, m, d }))
    }

    /// The token after the joint of a day range at `k`: a dash glued to
    /// both days ("5-7"), or one of `words` ("5 to 7").
    pub(super) fn range_joint(
        &self,
        k: usize,
        words: &[&str],
    ) -> Option<usize> {
        let dash = self.touching(k)
            && self.punct(k, &['-', '–']).is_some()
            && self.touching(k + 1);
        (dash || self.word_is(k, words)).then_some(k + 1)
    }

    /// Years, decades, centuries and year ranges.
    pub(super) fn year_forms(&self, i: usize) -> Option<(usize, Expr)> {
        if let Some(c) = self.num(i, 1..=2)
            && self.touching(i + 1)
            && self.word_is(i + 1, &["st", "nd", "rd", "th"])
            && self.same_line(i + 2)
            && self.word_is(i + 2, &["century"])
            && (1..=30).contains(&c)
        {
            // "the 5th century BC" is the years -499 to -400, as ISO 8601
            // counts them (1 BC is the year 0): "-04".
            // The 1st century BC (-99 to 0) has no such value: none.
            return match self.era_bc(i + 3) {
                Some(_) if c == 1 => None,
                Some(end) => Some((end, Expr::Century(1 - c as i32))),
                None => Some((i + 3, Expr::Century(c as i32 - 1))),
            };
        }
        // "567 BC", "1000 B.C.", "44 BCE": 566 BC is the year -0566.
        if let Some(n) = self.num(i, 1..=4).filter(|&n| n > 0)
            && let Some(end) = self.era_bc(i + 1)
            && (i == 0 || !self.touching(i))
            && self.year_context_ok(i)
        {
            return Some((end, Expr::Year(1 - n as i32)));
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
            // "2008-04", a year and its month, is no range that ends
            // before it starts.
            let month =
                self.num(i + 2, 2..=2).filter(|m| (1..=12).contains(m));
            if !ok
                && end <= y
                && self.punct(i + 1, &['-']).is_some()
                && self.free(i, i + 3)
                && let Some(m) = month
            {
                return Some((i + 3, Expr::Month { y: Some(y), m }));
            }
            return ok.then_some((i + 3, Expr::YearRange(y, end)));
        }
        if !self.free(i, i + 1) {
            return None;
        }
        let strong = self.before_is(i, &YEAR_CONTEXT);
        let bare_ok = (1900..=2100).contains(&y)
            && (!self.is_lower(i + 1)
                || self.word_is(i + 1, &YEAR_FOLLOWERS)
                || !self.same_line(i + 1));
        (strong || bare_ok).then_some((i + 1, Expr::Year(y)))
    }

    /// The end of "BC", "BCE", "B.C." or "B.C.E." at token `k`, on its
    /// line: a year or century before the common era; not before a word
    /// no year is ("the 2017 BC election", "300 BC residents": British
    /// Columbia).
    pub(super) fn era_bc(&self, k: usize) -> Option<usize> {
        // A clause may go on after the era: a verb or conjunction a year
        // takes, or a pronoun or article ("in 1000 B.C. they").
        const STARTS: [&str; 12] = [
            "they", "he", "she", "it", "we", "i", "you", "there", "the", "a",
            "an", "this",
        ];
        let end = self.era_end(k)?;
        let clause = self.is_lower(end)
            && (self.word_is(end, &YEAR_FOLLOWERS)
                || self.word_is(end, &STARTS[..]));
        let word_after = self.same_line(end)
            && self.kind(end) == Some(TokKind::Word)
            && !clause;
        (!word_after).then_some(end)
    }

    fn era_end(&self, k: usize) -> Option<usize> {
        if !self.same_line(k) {
            return None;
        }
        if self.word_is(k, &["bc", "bce"]) {
            return Some(k + 1);
        }
        // "B.C." and "B.C.E.": letters and dots glued.
        let letters = ["B", "C", "E"];
        let mut j = k;
        for (n, letter) in letters.iter().enumerate() {
            let dotted = self.s(j).eq_ignore_ascii_case(letter)
                && self.punct(j + 1, &['.']).is_some()
                && self.touching(j + 1)
                && (n == 0 || self.touching(j));
            if !dotted {
                return (n >= 2).then_some(j);
            }
            j += 2;
        }
        Some(j)
    }

    /// A year in words where nothing else brings it in ([`year_words`]):
    /// after a word of time ("in", "since", "of" …) or opening a line or a
    /// sentence, and not before a lower-case word no year takes ("was",
    /// "and" it may): not "at fifteen thirty sharp", "sixteen twenty
    /// dollar tickets", "when she was seventeen twenty years ago".
    pub(super) fn bare_year_words(&self, i: usize) -> Option<(usize, Expr)> {
        const CUES: [&str; 8] =
            ["in", "since", "until", "till", "during", "by", "of", "from"];
        // A line's first word (the text's too), or a sentence's.
        let line = self.toks[i].start == 0 || !self.same_line(i);
        let sentence = i > 0
            && matches!(
                self.kind(i - 1),
                Some(TokKind::Punct('.' | '!' | '?'))
            )
            && !self.is_lower(i);
        if !(line || sentence || self.before_is(i, &CUES[..])) {
            return None;
        }
        let (end, e) = self.year_words(i, false)?;
        // A lower-case word after it that no year takes: a count. A year
        // takes a verb ("Nineteen forty-five can", "… provided").
        const MODALS: [&str; 8] = [
            "can", "could", "must", "may", "might", "should", "would", "shall",
        ];
        let verb =
            self.word_is(end, &MODALS[..]) || self.s(end).ends_with("ed");
        let count = self.same_line(end)
            && self.is_lower(end)
            && !verb
            && !self.word_is(end, &YEAR_FOLLOWERS);
        (!count).then_some((end, e))
    }

    /// Whether a dotted date with a two-digit year at token `i` stands
    /// where a date may: not after a label ("section 12.03.14", "release
    /// 10.11.12") or "at" (a time: "at 10.05.30"), not before a glued
    /// bracket ("11.02.15(a)").
    fn dotted_short_ok(&self, i: usize) -> bool {
        let labelled = i > 0
            && (self.word_is(i - 1, &NOT_DATE_BEFORE)
                || self.word_is(i - 1, &["at", "release", "build"]));
        let bracket =
            self.touching(i + 5) && self.punct(i + 5, &['(', '[']).is_some();
        !labelled && !bracket
    }

    /// A year written in words, at token `i`: "nineteen ninety-one",
    /// "nineteen oh five", "the nineteen fifties" (a decade); where
    /// `year` (after "the year"), also "two thousand (and) ten", "twenty
    /// ten". A century word alone is a number, not a year; without
    /// "the year" only the centuries 1500 to 1999 are read, and not
    /// before a glued hyphen ("nineteen twenty-year-olds").
    pub(super) fn year_words(
        &self,
        i: usize,
        year: bool,
    ) -> Option<(usize, Expr)> {
        let units = &NUMBER_WORDS[..9];
        // Each word on the line of the one before (the first may start it).
        let at = |k: usize, words: &[&str]| {
            let word = (k == i || self.same_line(k))
                && self.kind(k) == Some(TokKind::Word)
                && !is_all_caps(self.s(k));
            let s = self.s(k);
            word.then(|| words.iter().position(|w| s.eq_ignore_ascii_case(w)))
                .flatten()
        };
        // The last two digits from token `k`: "ninety-one", "ninety six",
        // "ten", "oh five"; and the token after.
        let two = |k: usize| -> Option<(u32, usize)> {
            if let Some(t) = at(k, &TEENS) {
                return Some((10 + t as u32, k + 1));
            }
            if let Some(t) = at(k, &TENS) {
                let tens = 20 + 10 * t as u32;
                let hyphen = self.punct(k + 1, &['-']).is_some()
                    && self.touching(k + 1);
                let u = if hyphen { k + 2 } else { k + 1 };
                return Some(match at(u, units) {
                    Some(n) => (tens + n as u32 + 1, u + 1),
                    None if hyphen => return None,
                    None => (tens, k + 1),
                });
            }
            at(k, &["oh", "o"])?;
            let n = at(k + 1, units)?;
            Some((n as u32 + 1, k + 2))
        };
        let glued_after =
            |k: usize| self.touching(k) && self.punct(k, &['-']).is_some();
        // "two thousand (and) ten", after "the year".
        if year
            && at(i, &["two"]).is_some()
            && at(i + 1, &["thousand"]).is_some()
        {
            let and = usize::from(at(i + 2, &["and"]).is_some());
            let k = i + 2 + and;
            let (n, end) = two(k)
                .or_else(|| at(k, units).map(|u| (u as u32 + 1, k + 1)))
                .unwrap_or((0, i + 2));
            return Some((end, Expr::Year(2000 + n as i32)));
        }
        let century = match at(i, &TEENS) {
            Some(t) => 10 + t as u32,
            None => at(i, &["twenty"]).map(|_| 20)?,
        };
        let lowest = if year { 11 } else { 15 };
        if !(lowest..=if year { 20 } else { 19 }).contains(&century) {
            return None;
        }
        // "the nineteen fifties": a decade.
        const DECADES: [&str; 8] = [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ];
        if let Some(t) = at(i + 1, &DECADES) {
            let d = century * 10 + 2 + t as u32;
            return Some((i + 2, Expr::Decade(d as i32)));
        }
        let (n, end) = two(i + 1)?;
        if glued_after(end) {
            return None;
        }
        Some((end, Expr::Year((century * 100 + n) as i32)))
    }

    /// What may not stand around a year: currency, percent, "page".
    pub(super) fn year_context_ok(&self, i: usize) -> bool {
        let money =
            i > 0 && self.punct(i - 1, &['$', '€', '£', '¥', '#']).is_some();
        let thousands = i > 1
            && self.touching(i)
            && self.punct(i - 1, &[',', '.']).is_some()
            && self.kind(i - 2) == Some(TokKind::Num);
        let percent =
            self.touching(i + 1) && self.punct(i + 1, &['%']).is_some();
        let labelled = i > 0 && self.word_is(i - 1, &NOT_DATE_BEFORE);
        let unit_after = self.word_is(i + 1, &["percent", "per", "cent"]);
        // A figure in a table's row (see `among_figures`).
        let figure = self.among_figures(i);
        // A year inside a plan's name ("the 2030 Agenda", "Agenda 2063")
        // is part of the name, not a time the text speaks of.
        // Its noun may end a few capitalized words after a determiner:
        // "the 2030 Development Agenda", "its 2050 Long-Term Climate
        // Strategy"; not "the 1992 United Nations Framework Convention",
        // "the 2024 Sustainable Development Goals Report", a headline's
        // "2019 Saw Record Growth As Government Plan Fails".
        // The capitalized words after it are read in the text, past the
        // window's end, up to a word that is not one or ends in a stop.
        let long_plan = || {
            let line = self.text[self.toks[i].end..].split('\n').next();
            let mut run = 0;
            let mut last = "";
            for w in line.unwrap_or("").split_whitespace() {
                let bare = w.trim_end_matches([
                    '.', ',', ';', ':', ')', '"', '”', '’', '\'',
                ]);
                if !bare.starts_with(char::is_uppercase) || run == 7 {
                    break;
                }
                (run, last) = (run + 1, bare);
                if bare.len() < w.len() {
                    break;
                }
            }
            (2..7).contains(&run)
                && last.rsplit('-').next().is_some_and(|t| PLAN_NOUNS.holds(t))
        };
        let plan_noun = self.same_line(i + 1)
            && self.word_is(i + 1, &PLAN_NOUNS)
            && !self.is_lower(i + 1)
            || self.plan_opens(i) && long_plan();
        let plan = (plan_noun && !self.before_is(i, &YEAR_CONTEXT))
            || (self.before_is(i, &PLAN_NAMES) && !self.is_lower(i - 1));
        !(money
            || thousands
            || percent
            || labelled
            || unit_after
            || figure
            || plan)
    }

    /// Whether the year at `i` stands in a row of figures: the words
    /// right before and after it on its line are figures ("5", "76.6"),
    /// and no whole number of four digits within ten of it stands one or
    /// two words away. "21 15 1 5 2067 1687 122.5 62" is a table's row;
    /// "1995 1996 1997", "2008 3 2009 5 2010 7" are years and their
    /// figures, and in "1946 67,229 1945 100,031" or "1945 53. 6" the
    /// years stand beside amounts.
    fn among_figures(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let blank = [' ', '\t'];
        let before = &self.text[..t.start];
        let after = &self.text[t.end..];
        let (b, a) =
            (before.trim_end_matches(blank), after.trim_start_matches(blank));
        if b.len() == before.len() || a.len() == after.len() {
            return false;
        }
        // Two words each way on the line, nearest first.
        let line_before = b.rsplit('\n').next().unwrap_or("");
        let line_after = a.split('\n').next().unwrap_or("");
        let mut left = line_before.split_whitespace().rev();
        let mut right = line_after.split_whitespace();
        let (prev, prev2) = (left.next(), left.next());
        let (next, next2) = (right.next(), right.next());
        let figure = |w: Option<&str>| {
            let w = w.unwrap_or("");
            let (int, frac) = w.split_once('.').unwrap_or((w, "0"));
            !int.is_empty()
                && !frac.is_empty()
                && int.bytes().chain(frac.bytes()).all(|c| c.is_ascii_digit())
        };
        let year = self.s(i).parse::<i32>().unwrap_or(0);
        let near_year = |w: Option<&str>| {
            w.filter(|w| w.len() == 4)
                .and_then(|w| w.parse::<i32>().ok())
                .is_some_and(|y| (y - year).abs() <= 10)
        };
        figure(prev)
            && figure(next)
            && ![prev, prev2, next, next2].into_iter().any(near_year)
    }

    /// Whether what stands before the year at `i` may open a plan's name
    /// of several words: a determiner ("the 2030 Sustainable Development
    /// Agenda", on its line or the one before), a capitalized name that is
    /// no preposition ("Mongolia 2030 Sustainable Development Vision",
    /// "Reef 2050 Long-Term Sustainability Plan"), or "post-" ("the Post-
    /// 2015 Development Agenda"); not a headline's "At 2020 As … Plan".
    fn plan_opens(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        if self.word_is(i - 1, &DETERMINERS) {
            return true;
        }
        let name = self.same_line(i)
            && self.kind(i - 1) == Some(TokKind::Word)
            && !self.is_lower(i - 1)
            && !self.word_is(i - 1, &YEAR_CONTEXT)
            && !self.word_is(i - 1, &NOT_PLAN_OPENERS);
        let post = self.punct(i - 1, &['-']).is_some()
            && i > 1
            && self.word_is(i - 2, &["post", "pre"]);
        name || post
    }
}
