//! Holidays: which day each falls on, by a fixed date, the nth weekday
//! of a month, Easter (the Gregorian computus), the document's country,
//! or a table of another calendar's days.

use super::{calendars, national};
use crate::calendar::Ymd;

/// Holidays whose date the calendar fixes. Those of one country are
/// read as the United States keeps them (Thanksgiving, Memorial Day,
/// Labor Day, Mother's and Father's Day), as news in English most often
/// means them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Holiday {
    NewYearsDay,
    NewYearsEve,
    Christmas,
    ChristmasEve,
    BoxingDay,
    /// Days of one country, named by it: Canada Day, Bastille Day,
    /// Australia Day, Anzac Day, Waitangi Day; and Juneteenth.
    CanadaDay,
    BastilleDay,
    AustraliaDay,
    AnzacDay,
    WaitangiDay,
    Juneteenth,
    ColumbusDay,
    /// Holidays of other calendars, their dates in a table (`calendars`).
    LunarNewYear,
    EidAlFitr,
    EidAlAdha,
    RoshHashanah,
    YomKippur,
    Passover,
    Hanukkah,
    /// Independence Day: its date is its country's (`national`), and
    /// unknown where the document's country is not.
    IndependenceDay,
    Easter,
    GoodFriday,
    EasterMonday,
    Thanksgiving,
    ValentinesDay,
    StPatricksDay,
    Halloween,
    VeteransDay,
    MlkDay,
    PresidentsDay,
    MothersDay,
    MemorialDay,
    FathersDay,
    LaborDay,
}

/// How a holiday's day is found in a year.
#[derive(Clone, Copy)]
pub(super) enum When {
    /// A day of a month.
    Fixed(u32, u32),
    /// The `n`th weekday (Monday = 0) of a month; `n` = 5 is the last.
    Nth { month: u32, weekday: u32, n: u32 },
    /// Days from Western Easter Sunday.
    Easter(i64),
    /// The country's own Independence Day, once the country is known
    /// ([`When::in_country`]).
    Country,
    /// A day of another calendar, by its name in `calendars`' table.
    Table(&'static str),
}

impl Holiday {
    /// When it falls in a document of `country` (ISO 3166 alpha-3):
    /// Canada keeps Thanksgiving on the second Monday of October, every
    /// country its own Independence Day ([`When::in_country`]).
    pub(super) fn when_in(self, country: Option<&str>) -> When {
        match (self, country) {
            (Holiday::Thanksgiving, Some("CAN")) => {
                When::Nth { month: 10, weekday: 0, n: 2 }
            }
            _ => self.when().in_country(country),
        }
    }

    pub(super) fn when(self) -> When {
        use Holiday::*;
        match self {
            NewYearsDay => When::Fixed(1, 1),
            NewYearsEve => When::Fixed(12, 31),
            Christmas => When::Fixed(12, 25),
            ChristmasEve => When::Fixed(12, 24),
            BoxingDay => When::Fixed(12, 26),
            CanadaDay => When::Fixed(7, 1),
            BastilleDay => When::Fixed(7, 14),
            AustraliaDay => When::Fixed(1, 26),
            AnzacDay => When::Fixed(4, 25),
            WaitangiDay => When::Fixed(2, 6),
            Juneteenth => When::Fixed(6, 19),
            ColumbusDay => When::Nth { month: 10, weekday: 0, n: 2 },
            IndependenceDay => When::Country,
            LunarNewYear => When::Table("lunar_new_year"),
            EidAlFitr => When::Table("eid_al_fitr"),
            EidAlAdha => When::Table("eid_al_adha"),
            RoshHashanah => When::Table("rosh_hashanah"),
            YomKippur => When::Table("yom_kippur"),
            Passover => When::Table("passover"),
            Hanukkah => When::Table("hanukkah"),
            ValentinesDay => When::Fixed(2, 14),
            StPatricksDay => When::Fixed(3, 17),
            Halloween => When::Fixed(10, 31),
            VeteransDay => When::Fixed(11, 11),
            Easter => When::Easter(0),
            GoodFriday => When::Easter(-2),
            EasterMonday => When::Easter(1),
            Thanksgiving => When::Nth { month: 11, weekday: 3, n: 4 },
            MlkDay => When::Nth { month: 1, weekday: 0, n: 3 },
            PresidentsDay => When::Nth { month: 2, weekday: 0, n: 3 },
            MothersDay => When::Nth { month: 5, weekday: 6, n: 2 },
            MemorialDay => When::Nth { month: 5, weekday: 0, n: 5 },
            FathersDay => When::Nth { month: 6, weekday: 6, n: 3 },
            LaborDay => When::Nth { month: 9, weekday: 0, n: 1 },
        }
    }
}

impl When {
    /// The day of `country` (ISO 3166 alpha-3) where the day is a
    /// country's: a fixed day where its Independence Day is one.
    pub(super) fn in_country(self, country: Option<&str>) -> When {
        match self {
            When::Country => country
                .and_then(national::independence_day)
                .map_or(When::Country, |(m, d)| When::Fixed(m, d)),
            w => w,
        }
    }

    /// About when it falls, to choose the year nearest the document's.
    pub(super) fn about(self) -> (u32, u32) {
        match self {
            When::Fixed(m, d) => (m, d),
            When::Nth { month, n, .. } => (month, (7 * n).min(28)),
            When::Easter(_) | When::Country | When::Table(_) => (4, 8),
        }
    }

    /// Its value with no year: a fixed holiday keeps its day, one of a
    /// weekday its month, Easter's nothing.
    pub(super) fn unknown(self) -> String {
        match self {
            When::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
            When::Nth { month, .. } => format!("XXXX-{month:02}-XX"),
            When::Easter(_) | When::Country | When::Table(_) => {
                "XXXX-XX-XX".to_string()
            }
        }
    }

    /// Its day in year `y`.
    pub(super) fn day(self, y: i32) -> Option<Ymd> {
        match self {
            When::Fixed(m, d) => Ymd::new(y, m, d),
            When::Easter(offset) => Some(easter_sunday(y)?.add_days(offset)),
            When::Nth { month, weekday, n } => {
                nth_weekday(y, month, weekday, n)
            }
            When::Country => None,
            When::Table(name) => calendars::in_year(name, y),
        }
    }
}

/// The `n`th `weekday` (Monday = 0) of month `m` of year `y`; `n` = 5 is
/// the last (the fourth where there is no fifth).
pub(super) fn nth_weekday(
    y: i32,
    m: u32,
    weekday: u32,
    n: u32,
) -> Option<Ymd> {
    let first = Ymd::new(y, m, 1)?;
    let to = (weekday + 7 - first.weekday()) % 7;
    let nth = first.add_days(i64::from(to + 7 * (n.clamp(1, 5) - 1)));
    Some(if nth.month == m { nth } else { nth.add_days(-7) })
}

/// Western Easter Sunday of year `y` (the anonymous Gregorian
/// algorithm, Meeus/Jones/Butcher).
fn easter_sunday(y: i32) -> Option<Ymd> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Ymd::new(y, month as u32, day as u32)
}
