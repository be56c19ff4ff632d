//! Rules for holidays: those the calendar fixes ("Christmas Eve",
//! "Easter Monday 2019"), days named "… Day", and the holidays of other
//! calendars.

use super::*;
use crate::date::Holiday;

/// The first words of holidays that are holidays in lower case too.
const LOWER_HOLIDAYS: Words = Words::new(&[
    "christmas",
    "easter",
    "halloween",
    "juneteenth",
    "valentine",
    "patrick",
    "paddy",
    "mlk",
    "anzac",
    "bastille",
    "waitangi",
    "lunar",
    "chinese",
    "eid",
    "rosh",
    "yom",
    "passover",
    "hanukkah",
    "chanukah",
    "hanukah",
]);

impl Grammar<'_> {
    /// Holidays whose date the calendar fixes: "Christmas (Day|Eve)", "New
    /// Year's Day|Eve", "Easter (Sunday|Monday)", "Good Friday",
    /// "Thanksgiving (Day)", with the year that may follow ("Easter Sunday
    /// of 2008").
    pub(super) fn holiday(&self, i: usize) -> Option<(usize, Expr)> {
        // "last Easter", "next Christmas", "this Thanksgiving".
        if let Some(rel) = self.rel_word(i) {
            let Some((end, Expr::Holiday { h, y: None })) =
                self.holiday(i + 1)
            else {
                return None;
            };
            // "this Christmas" is the nearest, as "Christmas" is.
            let expr = if rel == 0 {
                Expr::Holiday { h, y: None }
            } else {
                Expr::HolidayRel { h, rel }
            };
            return self.same_line(i + 1).then_some((end, expr));
        }
        let next = |k: usize, words: &[&str]| self.name_goes_on(i, k, words);
        // Other names in lower case are holidays only with their year:
        // "mother's day 2012", not "my mother's day off".
        let needs_year = self.is_lower(i) && !self.lower_holiday_ok(i);
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
        if needs_year && y.is_none() {
            return None;
        }
        Some((end, Expr::Holiday { h, y }))
    }

    /// Whether word `k` is one of `words` and goes on the holiday's name
    /// that starts at `head`, on its line: in lower case after a name in
    /// lower case ("christmas eve", as chats write it), else capitalized
    /// ("Christmas Day", not "Christmas day care").
    fn name_goes_on(&self, head: usize, k: usize, words: &[&str]) -> bool {
        self.same_line(k)
            && self.word_is(k, words)
            && (self.is_lower(head) || !self.is_lower(k))
    }

    /// Whether a holiday's name in lower case at `i` is the holiday: those
    /// whose first word means nothing else ("christmas", "easter",
    /// "valentine's day"); "new" only before "year's day" or "year's eve"
    /// ("a new year's resolution" is none); "thanksgiving" unless a word
    /// before makes it the act ("prayers of thanksgiving", "a thanksgiving
    /// service"). Not "good friday" ("have a good friday"), nor a day
    /// named by a common word ("the labor day was long", "my mother's day
    /// off"), unless a year follows.
    fn lower_holiday_ok(&self, i: usize) -> bool {
        match &*self.lower(i) {
            "new" => {
                let k = self.past_possessive(i + 2);
                k == i + 4 && self.word_is(k, &["day", "eve"])
            }
            "thanksgiving" => {
                !self.before_is(i, &["of", "and", "a", "in", "with", "give"])
            }
            w => LOWER_HOLIDAYS.holds(w),
        }
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
            // "Day" goes on the name, and not "Day-care".
            let ok = self.name_goes_on(i, k, &["day"])
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
        let next = |k: usize, words: &[&str]| self.name_goes_on(i, k, words);
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
}
