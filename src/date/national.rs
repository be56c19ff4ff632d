//! National days whose date depends on the country: the date of each
//! country's Independence Day, for the countries that keep one on a fixed
//! day of the Gregorian calendar (facts of the public record; a country
//! not listed leaves the day unresolved).

/// (ISO 3166 alpha-3, month, day), sorted by code.
const INDEPENDENCE_DAYS: &[(&str, u32, u32)] = &[
    ("AGO", 11, 11),
    ("ARG", 7, 9),
    ("ARM", 9, 21),
    ("BGD", 3, 26),
    ("BLR", 7, 3),
    ("BRA", 9, 7),
    ("BRB", 11, 30),
    ("BWA", 9, 30),
    ("CHL", 9, 18),
    ("COL", 7, 20),
    ("CYP", 10, 1),
    ("DZA", 7, 5),
    ("EST", 2, 24),
    ("FIN", 12, 6),
    ("GEO", 5, 26),
    ("GHA", 3, 6),
    ("IDN", 8, 17),
    ("IND", 8, 15),
    ("JAM", 8, 6),
    ("KAZ", 12, 16),
    ("KEN", 12, 12),
    ("LKA", 2, 4),
    ("MDA", 8, 27),
    ("MEX", 9, 16),
    ("MLT", 9, 21),
    ("MOZ", 6, 25),
    ("NAM", 3, 21),
    ("NGA", 10, 1),
    ("PAK", 8, 14),
    ("PER", 7, 28),
    ("PHL", 6, 12),
    ("POL", 11, 11),
    ("SEN", 4, 4),
    ("TTO", 8, 31),
    ("TZA", 12, 9),
    ("UGA", 10, 9),
    ("UKR", 8, 24),
    ("USA", 7, 4),
    ("UZB", 9, 1),
    ("VEN", 7, 5),
    ("ZMB", 10, 24),
    ("ZWE", 4, 18),
];

/// The month and day of `country`'s Independence Day, if it keeps one on
/// a fixed day.
pub(super) fn independence_day(country: &str) -> Option<(u32, u32)> {
    let i = INDEPENDENCE_DAYS
        .binary_search_by(|(c, _, _)| (*c).cmp(country))
        .ok()?;
    let (_, m, d) = INDEPENDENCE_DAYS[i];
    Some((m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn independence_days_are_sorted_and_valid() {
        assert!(INDEPENDENCE_DAYS.windows(2).all(|w| w[0].0 < w[1].0));
        for &(c, m, d) in INDEPENDENCE_DAYS {
            assert!(crate::calendar::Ymd::new(2024, m, d).is_some(), "{c}");
        }
        assert_eq!(independence_day("USA"), Some((7, 4)));
        assert_eq!(independence_day("IND"), Some((8, 15)));
        assert_eq!(independence_day("FRA"), None);
        assert_eq!(independence_day("usa"), None);
    }
}
