//! Rules that start at a word: month names, weekdays, quarters, seasons,
//! relative and vague expressions.

use super::*;

/// The abbreviations of the weekdays' names.
pub(super) const SHORT_WEEKDAYS: [&str; 10] =
    ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

impl Grammar<'_> {
    /// Forms that take "the" into their span: "the third quarter", "the
    /// past", "the coming weeks", "the turn of the century" (a decade or a
    /// century is read at its own first word, without "the").
    pub(super) fn the_forms(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.word_is(i, &["the"]) || !self.same_line(i + 1) {
            return None;
        }
        // Every form below has after "the" a number, a word that starts a
        // rule (an ordinal, "Q", a season, "next") or one of these: most
        // words after "the" are none, and are passed over here.
        if self.kind(i + 1) == Some(TokKind::Word)
            && !starts_a_rule(self.s(i + 1))
            && !self.word_is(
                i + 1,
                &[
                    "turn", "coming", "future", "past", "year", "latest",
                    "most", "day",
                ],
            )
        {
            return None;
        }
        self.after_the(i)
    }

    /// The forms of [`Grammar::the_forms`] after "the" at token `i`, with
    /// no word passed over first (a test compares the two).
    pub(super) fn after_the(&self, i: usize) -> Option<(usize, Expr)> {
        // "the year two thousand", "the year twenty ten".
        if self.word_is(i + 1, &["year"])
            && self.same_line(i + 2)
            && let Some((j, e)) = self.year_words(i + 2, true)
        {
            return Some((j, e));
        }
        if self.word_is(i + 1, &["turn"])
            && self.word_is(i + 2, &["of"])
            && self.word_is(i + 3, &["the"])
            && self.word_is(i + 4, &["century"])
            && (i + 1..i + 5).all(|k| self.same_line(k))
        {
            return Some((i + 5, Expr::CenturyTurn));
        }
        // "the third quarter" is spanned with its article, as TimeML
        // spans it; a decade or a century stands without it ("in the
        // [1990s]", "the [twentieth century]"), read at its own first
        // word.
        if let Some((j, e)) = self.quarter(i + 1)
            && matches!(e, Expr::Quarter { .. })
        {
            return Some((j, e));
        }
        if let Some((j, e)) = self.season(i + 1) {
            return Some((j, e));
        }
        // "the day after tomorrow", "the day before yesterday".
        if self.word_is(i + 1, &["day"])
            && (i + 2..i + 4).all(|k| self.same_line(k))
        {
            let n = match (&*self.lower(i + 2), &*self.lower(i + 3)) {
                ("after", "tomorrow") => 2,
                ("before", "yesterday") => -2,
                _ => 0,
            };
            if n != 0 {
                return Some((i + 4, Expr::Relative(Unit::Day, n)));
            }
        }
        if let Some(found) = self.reported_quarter(i + 1) {
            return Some(found);
        }
        // "the current year", "the current quarter".
        if self.word_is(i + 1, &["current"])
            && let Some(found) = self.words(i + 1)
        {
            return Some(found);
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

    /// "Wednesday, January 7", "Wednesday 18/05/2022", "last Friday", "on
    /// Tuesday", "Friday night".
    pub(super) fn weekday_forms(&self, i: usize) -> Option<(usize, Expr)> {
        // rel: 0 on or before the document's date, -1 before, 1 after,
        // 2 on or after ("this Friday").
        let (w, rel) = match &*self.lower(i) {
            "last" => (i + 1, -1),
            "next" => (i + 1, 1),
            "this" => (i + 1, 2),
            _ => (i, 0),
        };
        // A weekday's full name in lower case is the day too ("see you
        // on monday"): no other word is spelled so.
        if (w != i && !self.same_line(w))
            || self.kind(w) != Some(TokKind::Word)
        {
            return None;
        }
        let Some(wd) = self.weekday_at(w) else {
            return (w == i).then(|| self.short_weekday_date(i)).flatten();
        };
        if w == i
            && let Some((end, weeks)) = self.week_after_weekday(i + 1)
        {
            return Some((end, Expr::WeekdayOfWeek { wd, weeks }));
        }
        if w == i {
            let j = if self.punct(i + 1, &[',']).is_some() {
                i + 2
            } else {
                i + 1
            };
            // "Wednesday, January 7", "Wednesday 18/05/2022": one date,
            // whose value is the date's (a weekday that contradicts it
            // is passed over).
            if let Some(found) = self.date_after_weekday(j) {
                return Some(found);
            }
            // "Friday. 8 September": a transcript's period for the comma
            // (its "3.000" for "3,000"), a day and a month after it on
            // the line; few sentences end on a capitalized weekday to
            // start on a day of the month ("on Friday. 12 May is the
            // deadline" is read as one date, a risk taken).
            // A day before the month only: "on Friday. September 11
            // changed everything" is two sentences.
            if self.punct(i + 1, &['.']).is_some()
                && !self.is_lower(i)
                && self.same_line(i + 2)
                && let Some(found) = self.day_first(i + 2)
                && matches!(found.1, Expr::Written { .. })
            {
                return Some(found);
            }
            // "Tuesday the 14th": a day near the document's date; "Tuesday
            // the 14th of May" is that date.
            if let Some((d, k, numeral)) =
                self.the_nth(j).or_else(|| self.bare_nth(j))
            {
                let of = usize::from(self.word_is(k, &["of"]));
                if let Some((m, l)) = self.month(k + of) {
                    let (y, end) = self.maybe_year(l);
                    return Some((end, Expr::Written { y, m, d }));
                }
                // Not "Friday, the fourth decline", "Sunday the First
                // Minister", "the 14th Amendment": an ordinal word ends
                // its phrase, a numeral is before no capital.
                let word_after =
                    self.same_line(k) && self.kind(k) == Some(TokKind::Word);
                let ends = if numeral {
                    !word_after || self.is_lower(k)
                } else {
                    !word_after
                };
                if ends {
                    return Some((k, Expr::MonthDay { d, wd }));
                }
            }
        }
        let part = self.same_line(w + 1) && self.word_is(w + 1, &PARTS_OF_DAY);
        // "Friday after next", "Monday before last": a week further on.
        if rel == 0 && self.same_line(w + 1) && self.same_line(w + 2) {
            let further = match (&*self.lower(w + 1), &*self.lower(w + 2)) {
                ("after", "next") => 3,
                ("before", "last") => -3,
                _ => 0,
            };
            if further != 0 {
                return Some((w + 3, Expr::Weekday { wd, rel: further }));
            }
        }
        Some((w + 1 + usize::from(part), Expr::Weekday { wd, rel }))
    }

    /// The date that follows a weekday at `j` on its line ("January 7",
    /// "18/05/2022", "4.12"), and the index after it.
    fn date_after_weekday(&self, j: usize) -> Option<(usize, Expr)> {
        if !self.same_line(j) {
            return None;
        }
        let found = self
            .month_first(j)
            .or_else(|| self.day_first(j))
            .or_else(|| self.iso(j))
            .or_else(|| self.numeric(j))
            .or_else(|| self.day_month_dots(j, true))?;
        matches!(
            found.1,
            Expr::Written { .. }
                | Expr::Iso(_)
                | Expr::Numeric { .. }
                | Expr::DayRange { y: None, .. }
        )
        .then_some(found)
    }

    /// A weekday's abbreviation, capitalized, before a date: "Tue 14 May
    /// 2024", "Wed., 3 April", "Fri 17.5.": one date, as after a full
    /// name. Alone ("the Sun", "Sat on") it is none.
    fn short_weekday_date(&self, i: usize) -> Option<(usize, Expr)> {
        let j = self.short_weekday(i)?;
        self.date_after_weekday(
            j + usize::from(self.punct(j, &[',']).is_some()),
        )
    }

    /// A weekday's abbreviation at `i`, capitalized ("Tue", "Sun."): the
    /// index after it and its dot.
    pub(super) fn short_weekday(&self, i: usize) -> Option<usize> {
        if self.is_lower(i) || !self.word_is(i, &SHORT_WEEKDAYS) {
            return None;
        }
        let dot = self.touching(i + 1) && self.punct(i + 1, &['.']).is_some();
        Some(i + 1 + usize::from(dot))
    }

    /// "of next week", "next week", "of this week", "of last week" after a
    /// weekday, on its line: the weeks from the document's, and the index
    /// after "week".
    fn week_after_weekday(&self, k: usize) -> Option<(usize, i32)> {
        let k = k + usize::from(self.word_is(k, &["of"]));
        let weeks = match &*self.lower(k) {
            "next" => 1,
            "last" => -1,
            "this" => 0,
            _ => return None,
        };
        (self.word_is(k + 1, &["week"])
            && self.same_line(k)
            && self.same_line(k + 1))
        .then_some((k + 2, weeks))
    }

    /// After "the", at `k`, the quarters of company reports: "the latest
    /// quarter" and "the most recent quarter" (the last one reported, the
    /// one before the document's), "the year-earlier quarter" and "the
    /// year-ago quarter" (that one a year before).
    fn reported_quarter(&self, k: usize) -> Option<(usize, Expr)> {
        let (n, q) = if self.word_is(k, &["latest"]) {
            (-1, k + 1)
        } else if self.word_is(k, &["most"])
            && self.word_is(k + 1, &["recent"])
        {
            (-1, k + 2)
        } else if self.word_is(k, &["year"])
            && self.touching(k + 1)
            && self.punct(k + 1, &['-']).is_some()
            && self.word_is(k + 2, &["earlier", "ago"])
        {
            (-5, k + 3)
        } else {
            return None;
        };
        ((k..=q).all(|t| self.same_line(t)) && self.word_is(q, &["quarter"]))
            .then_some((q + 1, Expr::Relative(Unit::Quarter, n)))
    }

    /// "the third Wednesday of November", "the last Sunday in March
    /// 2014", "1st Monday of October": the `n`th weekday of a month.
    pub(super) fn nth_weekday(&self, i: usize) -> Option<(usize, Expr)> {
        let (n, j) = match &*self.lower(i) {
            "last" => (5, i + 1),
            w => match ORDINALS.iter().position(|o| *o == w) {
                Some(p) => (p as u32 + 1, i + 1),
                None => self.ordinal_numeral(i)?,
            },
        };
        let wd = self.weekday_at(j)?;
        if !self.same_line(j) || !self.word_is(j + 1, &["of", "in"]) {
            return None;
        }
        let (m, k) = self.month(j + 2).or_else(|| self.lower_month(j + 2))?;
        if self.same_line(k) && self.rel_year(k).is_some() {
            // "the first Sunday in November this year": left to the
            // month's rule, which counts the year.
            return None;
        }
        let (y, end) = self.maybe_year(k);
        Some((end, Expr::NthWeekday { y, m, wd, n }))
    }

    /// "Jan 7, 2026", "January 7th", "May 5-7", "January 2026", "March to
    /// June 2025", and "in January".
    pub(super) fn month_first(&self, i: usize) -> Option<(usize, Expr)> {
        let (m, j) = self.month(i)?;
        if self.same_line(j)
            && let Some((d, k)) = self.day(j)
        {
            if let Some(t) = self.range_joint(k, &["to"])
                && let Some((d2, l)) = self.day(t)
                && d2 > d
            {
                let (y, end) = self.maybe_year(l);
                return Some((
                    end,
                    Expr::DayRange { y, m1: m, d1: d, m2: m, d2 },
                ));
            }
            return Some(match self.year_after(k) {
                Some((y, l)) => (l, Expr::Written { y: Some(y), m, d }),
                None => match self.rel_year(k) {
                    Some((years, l)) => {
                        (l, Expr::OfYear { m, d: Some(d), years })
                    }
                    None => (k, Expr::Written { y: None, m, d }),
                },
            });
        }
        // "March first", "March third 2015": an ordinal word as the day,
        // where nothing it could qualify follows ("March first quarter").
        if self.same_line(j)
            && !self.is_lower(i)
            && let Some((d, k)) = self.ordinal_day(j)
            && (!self.same_line(k)
                || matches!(self.kind(k), None | Some(TokKind::Punct(_)))
                || self.year_after(k).is_some())
        {
            let (y, end) = self.maybe_year(k);
            return Some((end, Expr::Written { y, m, d }));
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
        // "January next year": the document's year, counted on.
        if self.same_line(j)
            && let Some((years, l)) = self.rel_year(j)
        {
            return Some((l, Expr::OfYear { m, d: None, years }));
        }
        let (m, j) = self.bare_month(i)?;
        Some((j, Expr::Month { y: None, m }))
    }

    /// "mid-2025", "early March", "late 2025": the modifier joins the
    /// span; the value is the year or month's own.
    pub(super) fn modified(&self, i: usize) -> Option<(usize, Expr)> {
        // "post-2024", "pre-2000": a year's, glued by its hyphen.
        if self.plain_word_is(i, &["post", "pre"]) {
            let y =
                self.num(i + 2, 4..=4).filter(|y| (1000..=2200).contains(y));
            return (self.punct(i + 1, &['-']).is_some()
                && self.touching(i + 1)
                && self.touching(i + 2)
                && self.free(i + 2, i + 3))
            .then_some(())
            .and(y)
            .map(|y| (i + 3, Expr::Year(y as i32)));
        }
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
        // "mid-1990s", "the late 1980s", "the early nineteen fifties":
        // the decade's.
        if let Some((k, Expr::Decade(d))) =
            self.year_forms(j).or_else(|| self.year_words(j, false))
        {
            return Some((k, Expr::Decade(d)));
        }
        let (m, k) = self.month(j)?;
        let full = self.s(j).len() > 4 || m == 5 || m == 6 || m == 7;
        if !full {
            return None;
        }
        let (y, end) = self.maybe_year(k);
        Some((end, Expr::Month { y, m }))
    }

    /// "between March and June 2025", "from 2009 to 2012", "from 5 to 7
    /// May": the range, after its first word.
    pub(super) fn span_forms(&self, j: usize) -> Option<(usize, Expr)> {
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
            let (y, end) = self.maybe_year(l);
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
            let (y, end) = self.maybe_year(n);
            return Some((end, Expr::DayRange { y, m1: m, d1, m2: m, d2 }));
        }
        None
    }

    /// "Q3 2025", "the third quarter", "third-quarter", "the fourth
    /// quarter of 2025".
    pub(super) fn quarter(&self, i: usize) -> Option<(usize, Expr)> {
        let (q, j) = if self.s(i) == "Q" && self.touching(i + 1) {
            (self.num(i + 1, 1..=1).filter(|q| (1..=4).contains(q))?, i + 2)
        } else {
            // "third", or "3rd" (its suffix a token of its own).
            let (ordinal, i) = match ORDINALS
                .iter()
                .position(|o| self.s(i).eq_ignore_ascii_case(o))
            {
                Some(p) => (p as u32 + 1, i),
                None => {
                    // The suffix's index: the word "quarter" follows it.
                    let (n, after) = self.ordinal_numeral(i)?;
                    (n, after - 1)
                }
            };
            let k = if self.touching(i + 1)
                && self.punct(i + 1, &['-']).is_some()
            {
                i + 2
            } else {
                i + 1
            };
            if !self.word_is(k, &["quarter", "qtr"]) || !self.same_line(k) {
                return None;
            }
            (ordinal, k + 1)
        };
        if j < self.toks.len() && !self.free(i, j) && self.s(i) == "Q" {
            return None;
        }
        let (y, end) = self.maybe_year(j);
        Some((end, Expr::Quarter { y, q }))
    }

    /// "spring 2025", "the spring of 2025", "this spring", "last fall".
    pub(super) fn season(&self, i: usize) -> Option<(usize, Expr)> {
        let rel = self.rel_word(i);
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

    /// "the 14th", "the fourteenth" at token `j` (the ordinal word in lower
    /// case: "the First Minister" is a title), on its line: the day, the
    /// token after, and whether it is written in digits.
    fn the_nth(&self, j: usize) -> Option<(u32, usize, bool)> {
        let the = self.same_line(j) && self.word_is(j, &["the"]);
        if !(the && self.same_line(j + 1)) {
            return None;
        }
        if self.kind(j + 1) == Some(TokKind::Num) {
            // A suffix is needed: "Monday the 3 Democrats" counts.
            let (d, k) = self.day(j + 1)?;
            return (k == j + 3).then_some((d, k, true));
        }
        if !self.is_lower(j + 1) {
            return None;
        }
        let (d, k) = self.ordinal_day(j + 1)?;
        Some((d, k, false))
    }

    /// "last" (-1), "this" (0) or "next" (1) at token `i`, before a season
    /// or a holiday.
    pub(super) fn rel_word(&self, i: usize) -> Option<i32> {
        match &*self.lower(i) {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        }
    }

    /// "19th" at token `j`, on its line, after a weekday ("Tuesday 19th"):
    /// the day, the token after, and true (written in digits).
    fn bare_nth(&self, j: usize) -> Option<(u32, usize, bool)> {
        let (d, k) = self.day(j)?;
        (k == j + 2 && self.same_line(j)).then_some((d, k, true))
    }

    /// A month's full name in lower case at `i`, other than "may" ("the
    /// first tuesday of october", as chats write it): where a rule has
    /// already made the place one for a month.
    fn lower_month(&self, i: usize) -> Option<(u32, usize)> {
        let s = self.s(i);
        let &(_, m) = MONTHS[..12]
            .iter()
            .find(|(n, _)| *n != "may" && s.eq_ignore_ascii_case(n))?;
        (self.kind(i) == Some(TokKind::Word) && self.same_line(i))
            .then_some((m, i + 1))
    }

    /// "two years ago", "a week ago", "a decade ago" (ten years), "1000
    /// years ago", "seventy-five years ago", "two centuries ago", "half a
    /// century ago"; "five years from now", "two weeks hence"; and two
    /// parts whose units add up exactly: "two years and three months
    /// ago", "1 year 2 months from now", "a decade and two years ago",
    /// "three weeks and two days hence".
    pub(super) fn ago(&self, i: usize) -> Option<(usize, Expr)> {
        // Not inside a larger number: "two thousand five hundred years
        // ago", "twenty-five hundred", "2,000 years ago" hold no "five
        // hundred years" nor "000 years" ago.
        let glued = |set: &[char], kinds: &[TokKind]| {
            i > 1
                && self.touching(i)
                && self.touching(i - 1)
                && self.punct(i - 1, set).is_some()
                && self.kind(i - 2).is_some_and(|k| kinds.contains(&k))
        };
        // "Half a year and two months ago" holds no "a year and two
        // months ago" either.
        let inside = i > 0
            && self.same_line(i)
            && (self.word_is(i - 1, &["thousand", "hundred", "half"])
                || glued(&['-'], &[TokKind::Num, TokKind::Word])
                || glued(&[',', '.'], &[TokKind::Num]));
        if inside {
            return None;
        }
        let (mut span, mut k) = self.span(i)?;
        // A second, smaller part, after "and" or nothing, on the same
        // line: "two years and three months", "1 year 2 months", "a
        // decade and two years".
        let and = usize::from(self.word_is(k, &["and"]));
        if self.same_line(k)
            && self.same_line(k + and)
            && let Some((more, after)) = self.span(k + and)
            && let Some(sum) = add_spans(span, more)
        {
            (span, k) = (sum, after);
        }
        let Span { unit, n, .. } = span;
        if !self.same_line(k) {
            return None;
        }
        if self.word_is(k, &["ago"]) {
            return Some((k + 1, Expr::Relative(unit, -n)));
        }
        // "five years from now", "two weeks hence".
        if self.word_is(k, &["hence"]) {
            return Some((k + 1, Expr::Relative(unit, n)));
        }
        (self.word_is(k, &["from"])
            && self.same_line(k + 1)
            && self.word_is(k + 1, &["now", "today"]))
        .then_some((k + 2, Expr::Relative(unit, n)))
    }

    /// A stretch of time at token `i`, a count and its unit ("two years",
    /// "seventy-five years", "a decade" as ten years, "two centuries",
    /// "half a century", "a quarter of a century"), each word on the line
    /// of the one before; and the token after it.
    fn span(&self, i: usize) -> Option<(Span, usize)> {
        // "half a century" (50 years), "a quarter of a century" (25), "a
        // quarter century", "half a year" (six months).
        let part = if self.word_is(i, &["half"]) {
            Some((2, i + 1))
        } else if self.word_is(i, &["a"]) && self.word_is(i + 1, &["quarter"])
        {
            let of =
                self.word_is(i + 2, &["of"]) && self.word_is(i + 3, &["a"]);
            Some((4, if of { i + 4 } else { i + 2 }))
        } else {
            None
        };
        if let Some((div, k)) = part {
            let a = usize::from(div == 2 && self.word_is(k, &["a", "an"]));
            let u = k + a;
            if !(i + 1..=u).all(|j| self.same_line(j)) {
                return None;
            }
            let months = match &*self.lower(u) {
                "century" => 1200,
                "decade" => 120,
                "year" => 12,
                _ => return None,
            } / div;
            let span = if months % 12 == 0 {
                Span { unit: Unit::Year, n: months / 12, whole: false }
            } else {
                Span { unit: Unit::Month, n: months, whole: false }
            };
            return Some((span, u + 1));
        }
        let (n, u) = self.count(i)?;
        if !self.same_line(u) {
            return None;
        }
        let (unit, n, whole) = match self.unit(u) {
            Some(unit) => (unit, n, true),
            None if self.word_is(u, &["decade", "decades"]) => {
                (Unit::Year, 10 * n, false)
            }
            None if self.word_is(u, &["century", "centuries"]) => {
                (Unit::Year, 100 * n, false)
            }
            None => return None,
        };
        Some((Span { unit, n, whole }, u + 1))
    }

    /// A count at token `i`: up to four digits or "2,000" (up to 99,999),
    /// "a" or "an", a number in words up to ninety-nine ("three",
    /// "thirteen", "seventy-five"), or so many hundreds ("two hundred", "a
    /// hundred"); and the token after it.
    fn count(&self, i: usize) -> Option<(i32, usize)> {
        let at = |k: usize, words: &[&str]| {
            let word = (k == i || self.same_line(k))
                && self.kind(k) == Some(TokKind::Word);
            let s = self.s(k);
            word.then(|| words.iter().position(|w| s.eq_ignore_ascii_case(w)))
                .flatten()
        };
        // "2,000 years ago", "50,000 years ago".
        let thousands = self
            .num(i, 1..=2)
            .filter(|_| {
                self.touching(i + 1)
                    && self.punct(i + 1, &[',']).is_some()
                    && self.touching(i + 2)
            })
            .and_then(|t| Some(t * 1000 + self.num(i + 2, 3..=3)?));
        let (mut n, mut k) = if let Some(n) = thousands {
            (n as i32, i + 3)
        } else if let Some(n) = self.num(i, 1..=4) {
            (n as i32, i + 1)
        } else if at(i, &["a", "an"]).is_some() {
            (1, i + 1)
        } else if let Some(t) = at(i, &TENS) {
            let tens = 20 + 10 * t as i32;
            // Joined by a hyphen only: "she turned thirty two years ago"
            // is thirty, two years ago.
            let hyphen =
                self.punct(i + 1, &['-']).is_some() && self.touching(i + 1);
            if !hyphen {
                (tens, i + 1)
            } else {
                let x = at(i + 2, &NUMBER_WORDS[..9])?;
                (tens + x as i32 + 1, i + 3)
            }
        } else if let Some(t) = at(i, &TEENS) {
            (10 + t as i32, i + 1)
        } else {
            (at(i, &NUMBER_WORDS)? as i32 + 1, i + 1)
        };
        if n < 10 && at(k, &["hundred"]).is_some() {
            (n, k) = (n * 100, k + 1);
        }
        Some((n, k))
    }

    pub(super) fn unit(&self, i: usize) -> Option<Unit> {
        if self.kind(i) != Some(TokKind::Word) {
            return None;
        }
        Some(match self.lower(i).trim_end_matches('s') {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => return None,
        })
    }

    /// Relative and vague date words: "yesterday", "next month", "earlier
    /// this year", "now", "recently".
    pub(super) fn words(&self, i: usize) -> Option<(usize, Expr)> {
        let day = |n| Some((i + 1, Expr::Relative(Unit::Day, n)));
        let vague = |v| Some((i + 1, Expr::Vague(v)));
        // The word in lower case, read once; whether it is written plain
        // (a word, not in ALL CAPS: `plain_word_is`) asked only of a word
        // found.
        let word = self.lower(i);
        let plain =
            || self.kind(i) == Some(TokKind::Word) && !is_all_caps(self.s(i));
        let found = match &*word {
            "today" | "tonight" => day(0),
            "yesterday" => day(-1),
            "tomorrow" => day(1),
            "now" | "currently" => vague("PRESENT_REF"),
            "recently" => vague("PAST_REF"),
            "fiscal" => self
                .num(i + 1, 4..=4)
                .filter(|y| (1900..=2200).contains(y))
                .filter(|_| self.same_line(i + 1) && self.free(i + 1, i + 2))
                .map(|y| (i + 2, Expr::FiscalYear(y as i32))),
            _ => None,
        };
        if found.is_some() && plain() {
            return found;
        }
        let (k, earlier) = if matches!(&*word, "earlier" | "later")
            && plain()
            && self.word_is(i + 1, &["this"])
        {
            (i + 1, true)
        } else if matches!(&*word, "early" | "late" | "mid")
            && plain()
            && self.same_line(i + 1)
            && self.rel_word(i + 1).is_some()
            && self.s(i + 1).starts_with(|c: char| c.is_ascii_lowercase())
        {
            // "early next year", "late last week": the part of the unit,
            // as TimeML spans it (the value is the unit's); not "the late
            // Next Year Foundation", a name.
            (i + 1, false)
        } else {
            (i, false)
        };
        let n = match &*self.lower(k) {
            "last" if !earlier => -1,
            "next" if !earlier => 1,
            "this" => 0,
            "current" if !earlier => 0,
            _ => return None,
        };
        if !self.same_line(k + 1) || self.kind(k) != Some(TokKind::Word) {
            return None;
        }
        if let Some((m, j)) = self.month(k + 1)
            && !earlier
            && self.s(k + 1).len() > 3
            && !self.word_is(k, &["current"])
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
        let unit = match &*self.lower(k + 1) {
            "week" => Unit::Week,
            "month" => Unit::Month,
            "quarter" | "qtr" => Unit::Quarter,
            "year" | "yr" => Unit::Year,
            _ => return None,
        };
        // "the last quarter of 2017" is that year's fourth; "the last
        // quarter of a century", "the next quarter-century" are spans.
        if unit == Unit::Quarter
            && (self.word_is(k + 2, &["of"])
                || self.touching(k + 2) && self.punct(k + 2, &['-']).is_some())
        {
            let (y, end) = self.maybe_year(k + 2);
            return y
                .filter(|_| n == -1 && self.word_is(k + 2, &["of"]))
                .map(|y| (end, Expr::Quarter { y: Some(y), q: 4 }));
        }
        Some((k + 2, Expr::Relative(unit, n)))
    }
}

/// A stretch of time: a count of a unit, and whether it was counted in
/// that unit ("two years", not "a decade" as ten years).
#[derive(Clone, Copy)]
struct Span {
    unit: Unit,
    n: i32,
    whole: bool,
}

/// Two stretches of time as one, where the second is of a smaller unit
/// and they add up exactly: years and months in months, decades or
/// centuries and years in years, weeks and days in days. Not two counts of
/// one unit ("twenty years and ten years ago", "a year, two years ago"):
/// those are two stretches.
fn add_spans(a: Span, b: Span) -> Option<Span> {
    let (unit, n) = match (a.unit, b.unit) {
        (Unit::Year, Unit::Year) if !a.whole && b.whole => {
            (Unit::Year, a.n + b.n)
        }
        (Unit::Year, Unit::Month) if b.whole => (Unit::Month, 12 * a.n + b.n),
        (Unit::Week, Unit::Day) if a.whole && b.whole => {
            (Unit::Day, 7 * a.n + b.n)
        }
        _ => return None,
    };
    Some(Span { unit, n, whole: true })
}
