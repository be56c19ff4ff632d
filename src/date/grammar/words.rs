//! Rules that start at a word: month names, weekdays, quarters, seasons,
//! relative and vague expressions.

use super::*;
use crate::date::Holiday;

impl Grammar<'_> {
    /// Forms that take "the" into their span: "the 1990s", "the 21st
    /// century", "the third quarter", "the past", "the coming weeks", "the
    /// turn of the century".
    pub(super) fn the_forms(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.word_is(i, &["the"]) || !self.same_line(i + 1) {
            return None;
        }
        // Every form below has after "the" a number, a word that starts a
        // rule (an ordinal, "Q", a season, "next") or one of these: most
        // words after "the" are none, and are passed over here.
        if self.kind(i + 1) == Some(TokKind::Word)
            && !starts_a_rule(self.s(i + 1))
            && !self
                .word_is(i + 1, &["turn", "coming", "future", "past", "year"])
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
        if (w != i && !self.same_line(w))
            || self.kind(w) != Some(TokKind::Word)
            || self.is_lower(w)
        {
            return None;
        }
        let wd = self.weekday_at(w)?;
        if w == i {
            let j = if self.punct(i + 1, &[',']).is_some() {
                i + 2
            } else {
                i + 1
            };
            // "Wednesday, January 7", "Wednesday 18/05/2022": one date,
            // whose value is the date's (a weekday that contradicts it
            // is passed over).
            if self.same_line(j)
                && let Some(found) = self
                    .month_first(j)
                    .or_else(|| self.day_first(j))
                    .or_else(|| self.iso(j))
                    .or_else(|| self.numeric(j))
                    .or_else(|| self.day_month_dots(j, true))
                && matches!(
                    found.1,
                    Expr::Written { .. }
                        | Expr::Iso(_)
                        | Expr::Numeric { .. }
                        | Expr::DayRange { y: None, .. }
                )
            {
                return Some(found);
            }
            // "Tuesday the 14th": a day near the document's date; "Tuesday
            // the 14th of May" is that date.
            if let Some((d, k, numeral)) = self.the_nth(j) {
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
        Some((w + 1 + usize::from(part), Expr::Weekday { wd, rel }))
    }

    /// Holidays whose date the calendar fixes: "Christmas (Day|Eve)", "New
    /// Year's Day|Eve", "Easter (Sunday|Monday)", "Good Friday",
    /// "Thanksgiving (Day)", with the year that may follow ("Easter Sunday
    /// of 2008").
    pub(super) fn holiday(&self, i: usize) -> Option<(usize, Expr)> {
        let next = |k: usize, words: &[&str]| {
            self.same_line(k) && self.word_is(k, words) && !self.is_lower(k)
        };
        if self.is_lower(i) {
            return None;
        }
        // Not dates: "Christmas Island", "Easter Island", "a Christmas
        // tree", "Easter eggs".
        if self.same_line(i + 1)
            && self.word_is(
                i + 1,
                &[
                    "island",
                    "islands",
                    "tree",
                    "trees",
                    "card",
                    "cards",
                    "carol",
                    "carols",
                    "gift",
                    "gifts",
                    "shopping",
                    "market",
                    "markets",
                    "lights",
                    "egg",
                    "eggs",
                    "bunny",
                    "rising",
                    "offensive",
                ],
            )
        {
            return None;
        }
        let (h, j) = match &*self.lower(i) {
            "christmas" if next(i + 1, &["eve"]) => {
                (Holiday::ChristmasEve, i + 2)
            }
            "christmas" => (
                Holiday::Christmas,
                i + 1 + usize::from(next(i + 1, &["day"])),
            ),
            "easter" if next(i + 1, &["monday"]) => {
                (Holiday::EasterMonday, i + 2)
            }
            "easter" => (
                Holiday::Easter,
                i + 1 + usize::from(next(i + 1, &["sunday"])),
            ),
            "good" if next(i + 1, &["friday"]) => (Holiday::GoodFriday, i + 2),
            "thanksgiving" => (
                Holiday::Thanksgiving,
                i + 1 + usize::from(next(i + 1, &["day"])),
            ),
            "new" if next(i + 1, &["year"]) => {
                // "New Year's Day", "New Year’s Eve", "New Year's".
                let mut k = i + 2;
                if self.punct(k, &['\'', '’']).is_some()
                    && self.word_is(k + 1, &["s"])
                {
                    k += 2;
                } else {
                    return None;
                }
                if next(k, &["eve"]) {
                    (Holiday::NewYearsEve, k + 1)
                } else {
                    (Holiday::NewYearsDay, k + usize::from(next(k, &["day"])))
                }
            }
            w => self.named_day(i, w)?,
        };
        let (y, end) = self.maybe_year(j);
        Some((end, Expr::Holiday { h, y }))
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
        let (m, k) = self.month(j + 2)?;
        if self.same_line(k) && self.rel_year(k).is_some() {
            // "the first Sunday in November this year": left to the
            // month's rule, which counts the year.
            return None;
        }
        let (y, end) = self.maybe_year(k);
        Some((end, Expr::NthWeekday { y, m, wd, n }))
    }

    /// The index after an apostrophe and "s" at `k` ("Mother's"), or
    /// after an apostrophe alone ("Presidents'"), or `k`.
    fn past_possessive(&self, k: usize) -> usize {
        if self.touching(k) && self.punct(k, &['\'', '’']).is_some() {
            if self.touching(k + 1) && self.word_is(k + 1, &["s"]) {
                return k + 2;
            }
            return k + 1;
        }
        k
    }

    /// Holidays named "… Day" (the day capitalized, on the name's line):
    /// "Valentine's Day", "(St.) Patrick's Day", "Mother's Day", "Labor
    /// Day", "Martin Luther King Jr. Day", "MLK Day"; and "Halloween".
    /// The holiday and the index after it; `word` is word `i` in lower
    /// case.
    fn named_day(&self, i: usize, word: &str) -> Option<(Holiday, usize)> {
        let day = |k: usize| {
            // "Day", capitalized, on the name's line, and not "Day-care".
            let ok = self.same_line(k)
                && self.word_is(k, &["day"])
                && !self.is_lower(k)
                && !(self.touching(k + 1)
                    && self.punct(k + 1, &['-']).is_some());
            ok.then_some(k + 1)
        };
        match word {
            "halloween" => return Some((Holiday::Halloween, i + 1)),
            "juneteenth" => return Some((Holiday::Juneteenth, i + 1)),
            _ => {}
        }
        // "St. Patrick's Day" is read from "Patrick" on: "St" starts no
        // rule, it is too common a word to try every rule at.
        let h = match word {
            "valentine" => Holiday::ValentinesDay,
            "patrick" | "paddy" => Holiday::StPatricksDay,
            "mother" => Holiday::MothersDay,
            "father" => Holiday::FathersDay,
            "presidents" => Holiday::PresidentsDay,
            "veterans" => Holiday::VeteransDay,
            "memorial" => Holiday::MemorialDay,
            "labor" => Holiday::LaborDay,
            "boxing" => Holiday::BoxingDay,
            "canada" => Holiday::CanadaDay,
            "bastille" => Holiday::BastilleDay,
            "australia" => Holiday::AustraliaDay,
            "anzac" => Holiday::AnzacDay,
            "waitangi" => Holiday::WaitangiDay,
            "columbus" => Holiday::ColumbusDay,
            "independence" => Holiday::IndependenceDay,
            "mlk" => Holiday::MlkDay,
            "martin"
                if self.word_is(i + 1, &["luther"])
                    && self.word_is(i + 2, &["king"]) =>
            {
                // "Jr." or "Jr" may follow the name.
                let mut k = i + 3;
                if self.word_is(k, &["jr"]) {
                    k += 1 + usize::from(self.punct(k + 1, &['.']).is_some());
                }
                return day(self.past_possessive(k))
                    .map(|j| (Holiday::MlkDay, j));
            }
            _ => return self.other_calendar(i, word),
        };
        // Mother's and Father's Day need their possessive.
        let k = self.past_possessive(i + 1);
        if matches!(h, Holiday::MothersDay | Holiday::FathersDay) && k == i + 1
        {
            return None;
        }
        day(k).map(|j| (h, j))
    }

    /// Holidays of other calendars: "Lunar New Year", "Chinese New Year",
    /// "Eid al-Fitr" (or "Eid ul-Fitr", "Eid al Adha"), "Rosh Hashanah",
    /// "Yom Kippur", "Passover", "Hanukkah"; `word` is word `i` in lower
    /// case.
    fn other_calendar(
        &self,
        i: usize,
        word: &str,
    ) -> Option<(Holiday, usize)> {
        let next = |k: usize, words: &[&str]| {
            self.same_line(k) && self.word_is(k, words) && !self.is_lower(k)
        };
        match word {
            "lunar" | "chinese"
                if next(i + 1, &["new"]) && next(i + 2, &["year"]) =>
            {
                // "Chinese New Year's Day" is the same day.
                let k = self.past_possessive(i + 3);
                let k =
                    if k > i + 3 && next(k, &["day"]) { k + 1 } else { i + 3 };
                Some((Holiday::LunarNewYear, k))
            }
            "eid" => {
                // "Eid al-Fitr", "Eid ul-Adha", "Eid al Fitr", "Eid-al-Adha".
                let mut k = i + 1;
                while k < i + 5
                    && self.same_line(k)
                    && (self.punct(k, &['-']).is_some()
                        || self.word_is(k, &["al", "ul", "el"]))
                {
                    k += 1;
                }
                if !self.same_line(k) {
                    return None;
                }
                let h = match &*self.lower(k) {
                    "fitr" => Holiday::EidAlFitr,
                    "adha" => Holiday::EidAlAdha,
                    _ => return None,
                };
                Some((h, k + 1))
            }
            "rosh" if next(i + 1, &["hashanah", "hashana"]) => {
                Some((Holiday::RoshHashanah, i + 2))
            }
            "yom" if next(i + 1, &["kippur"]) => {
                Some((Holiday::YomKippur, i + 2))
            }
            "passover" => Some((Holiday::Passover, i + 1)),
            "hanukkah" | "chanukah" | "hanukah" => {
                Some((Holiday::Hanukkah, i + 1))
            }
            _ => None,
        }
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
        let rel = match &*self.lower(i) {
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

    /// "two years ago", "a week ago", "a decade ago" (ten years), "1000
    /// years ago"; "five years from now", "two weeks hence".
    pub(super) fn ago(&self, i: usize) -> Option<(usize, Expr)> {
        let n = if let Some(n) = self.num(i, 1..=4) {
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
        let (unit, n) = match self.unit(i + 1) {
            Some(unit) => (unit, n),
            None if self.word_is(i + 1, &["decade", "decades"]) => {
                (Unit::Year, 10 * n)
            }
            None => return None,
        };
        if !self.same_line(i + 1) || !self.same_line(i + 2) {
            return None;
        }
        if self.word_is(i + 2, &["ago"]) {
            return Some((i + 3, Expr::Relative(unit, -n)));
        }
        // "five years from now", "two weeks hence".
        if self.word_is(i + 2, &["hence"]) {
            return Some((i + 3, Expr::Relative(unit, n)));
        }
        (self.word_is(i + 2, &["from"])
            && self.same_line(i + 3)
            && self.word_is(i + 3, &["now", "today"]))
        .then_some((i + 4, Expr::Relative(unit, n)))
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
        } else {
            (i, false)
        };
        let n = match &*self.lower(k) {
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
        let unit = match &*self.lower(k + 1) {
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => return None,
        };
        Some((k + 2, Expr::Relative(unit, n)))
    }
}
