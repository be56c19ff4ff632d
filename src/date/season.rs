//! Seasons: their TIMEX3 codes, and the year of one counted from a
//! document's date.

use crate::calendar::Ymd;

/// A season, with its TIMEX3 code and months (winter spans the new year).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    /// The seasons' names, in lower case.
    pub(crate) const NAMES: [(&'static str, Season); 5] = [
        ("spring", Season::Spring),
        ("summer", Season::Summer),
        ("fall", Season::Fall),
        ("autumn", Season::Fall),
        ("winter", Season::Winter),
    ];

    pub(crate) fn parse(word: &str) -> Option<Season> {
        Season::NAMES
            .iter()
            .find(|(name, _)| word.eq_ignore_ascii_case(name))
            .map(|&(_, season)| season)
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// First and last month.
    fn months(self) -> (u32, u32) {
        match self {
            Season::Spring => (3, 5),
            Season::Summer => (6, 8),
            Season::Fall => (9, 11),
            Season::Winter => (12, 2),
        }
    }

    /// The year of this season counted from `doc`: `rel` 0 for this one,
    /// -1 for the last one that has ended, 1 for the next to begin.
    pub(crate) fn year(self, doc: Ymd, rel: i32) -> i32 {
        let (first, last) = self.months();
        let m = doc.month;
        match rel {
            // Winter belongs to the year of its December.
            0 if self == Season::Winter && m <= last => doc.year - 1,
            0 => doc.year,
            r if r < 0 && self == Season::Winter => {
                doc.year - if m <= last { 2 } else { 1 }
            }
            r if r < 0 => doc.year - i32::from(m <= last),
            _ => doc.year + i32::from(m >= first),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seasons_count_from_the_document_date() {
        let jan = Ymd::new(2026, 1, 7).unwrap();
        let oct = Ymd::new(2026, 10, 1).unwrap();
        let cases = [
            (Season::Summer, jan, 0, 2026),
            (Season::Summer, jan, -1, 2025),
            (Season::Summer, oct, -1, 2026),
            (Season::Summer, oct, 1, 2027),
            (Season::Spring, jan, 1, 2026),
            (Season::Winter, jan, 0, 2025),
            (Season::Winter, jan, -1, 2024),
            (Season::Winter, oct, 1, 2026),
        ];
        for (season, doc, rel, want) in cases {
            assert_eq!(season.year(doc, rel), want, "{season:?} {doc} {rel}");
        }
    }
}
