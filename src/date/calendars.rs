//! Holidays of other calendars named in English (Lunar New Year, Eid
//! al-Fitr, Eid al-Adha, Rosh Hashanah, Yom Kippur, Passover, Hanukkah):
//! their Gregorian dates, 1950 to 2099, from `src/date/holidays.tsv` (written
//! by `scripts/holidays.py` from the Chinese, Umm al-Qura and Hebrew
//! calendars), read the first time one is named.

use std::sync::OnceLock;

use crate::calendar::Ymd;
use crate::hash::FastMap;

const TABLE: &str = include_str!("holidays.tsv");

/// The dates of each holiday, in order, by its name in the table.
fn dates() -> &'static FastMap<&'static str, Vec<Ymd>> {
    static DATES: OnceLock<FastMap<&'static str, Vec<Ymd>>> = OnceLock::new();
    DATES.get_or_init(|| {
        let mut map: FastMap<&'static str, Vec<Ymd>> = FastMap::default();
        for line in TABLE.lines().skip(1) {
            let Some((name, date)) = line.split_once('\t') else { continue };
            if let Some(d) = Ymd::parse(date) {
                map.entry(name).or_default().push(d);
            }
        }
        for v in map.values_mut() {
            v.sort_unstable();
        }
        map
    })
}

/// The first day of holiday `name` in year `y` (Eid al-Fitr fell twice in
/// 2000: the first).
pub(super) fn in_year(name: &str, y: i32) -> Option<Ymd> {
    dates().get(name)?.iter().find(|d| d.year == y).copied()
}

/// The day of holiday `name` nearest `doc`, as a date with no year is
/// ([`super::value::reach`]).
pub(super) fn nearest(
    name: &str,
    doc: Ymd,
    lean: super::DatePreference,
) -> Option<Ymd> {
    let days = dates().get(name)?;
    let cost = |d: &Ymd| super::value::reach(doc, *d, lean);
    days.iter().min_by_key(|d| cost(d)).copied().filter(|d| cost(d) < 400)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holidays_of_other_calendars_fall_on_their_days() {
        let day = |s: &str| Ymd::parse(s);
        let cases = [
            ("lunar_new_year", 2024, "2024-02-10"),
            ("lunar_new_year", 2025, "2025-01-29"),
            ("eid_al_fitr", 2024, "2024-04-10"),
            ("eid_al_fitr", 2000, "2000-01-08"),
            ("eid_al_adha", 2018, "2018-08-21"),
            ("rosh_hashanah", 2024, "2024-10-03"),
            ("yom_kippur", 2023, "2023-09-25"),
            ("passover", 2025, "2025-04-13"),
            ("hanukkah", 2024, "2024-12-26"),
        ];
        for (name, y, want) in cases {
            assert_eq!(in_year(name, y), day(want), "{name} {y}");
        }
        assert_eq!(in_year("lunar_new_year", 2150), None);
        assert_eq!(in_year("diwali", 2024), None);
        let doc = day("2024-03-01").unwrap();
        use super::super::DatePreference::{Future, Nearest, Past};
        assert_eq!(nearest("lunar_new_year", doc, Nearest), day("2024-02-10"));
        assert_eq!(nearest("lunar_new_year", doc, Future), day("2025-01-29"));
        assert_eq!(nearest("eid_al_fitr", doc, Nearest), day("2024-04-10"));
        assert_eq!(nearest("eid_al_fitr", doc, Past), day("2023-04-21"));
        // Every year of the table has its Lunar New Year, Passover and
        // Rosh Hashanah.
        for y in 1950..=2099 {
            for name in ["lunar_new_year", "passover", "rosh_hashanah"] {
                assert!(in_year(name, y).is_some(), "{name} {y}");
            }
        }
    }
}
