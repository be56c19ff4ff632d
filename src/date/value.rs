//! The values of date expressions: what each says once the document's
//! date, its order of numeric dates and its lean to past or future fix
//! what the text leaves open.

use super::calendars;
use super::grammar;
use super::holidays::{When, nth_weekday};
use super::{DateOrder, DatePreference, Expr, Unit};
use crate::calendar::{DocDate, Precision, Ymd};

/// A full date with its rule, for the expressions that give one without
/// the document's date.
pub(super) fn full_date(
    expr: Expr,
    order: (DateOrder, bool),
) -> Option<(Ymd, &'static str)> {
    match expr {
        Expr::Written { y: Some(y), m, d } => {
            Some((Ymd::new(y, m, d)?, "date:written"))
        }
        Expr::Iso(d) => Some((d, "date:iso")),
        Expr::Numeric { a, b, y, short, .. } => numeric(a, b, y, short, order),
        _ => None,
    }
}

fn numeric(
    a: u32,
    b: u32,
    y: i32,
    short: Option<u32>,
    (order, decided): (DateOrder, bool),
) -> Option<(Ymd, &'static str)> {
    if order == DateOrder::Ymd
        && let Some(d) =
            short.and_then(|d| Ymd::new(grammar::two_digit_year(a), b, d))
    {
        return Some((d, "date:numeric-ymd"));
    }
    match (Ymd::new(y, b, a), Ymd::new(y, a, b)) {
        (Some(d), None) => Some((d, "date:numeric-dmy")),
        (None, Some(d)) => Some((d, "date:numeric-mdy")),
        (Some(d), Some(_)) if order == DateOrder::Dmy => {
            Some((d, "date:numeric-dmy"))
        }
        (Some(_), Some(d)) if decided => Some((d, "date:numeric-mdy")),
        (Some(_), Some(d)) => Some((d, "date:numeric-mdy-ambiguous")),
        (None, None) => None,
    }
}

/// The TIMEX3 value of an expression, and the rule that found it.
/// `doc` resolves what needs it as far as its precision goes; in a
/// document dated only by its year, a month or quarter with no year is
/// that year's.
pub(super) fn value(
    expr: Expr,
    lean: DatePreference,
    order: (DateOrder, bool),
    doc: Option<DocDate>,
    country: Option<&str>,
) -> Option<(String, &'static str)> {
    if let Some((d, rule)) = full_date(expr, order) {
        return Some((d.to_string(), rule));
    }
    // The document's date as far as each question needs it.
    let day = doc.and_then(DocDate::full);
    let month = doc.filter(|d| d.precision >= Precision::Month).map(|d| d.day);
    let year_only =
        doc.filter(|d| d.precision == Precision::Year).map(|d| d.day.year);
    let year = |y: Option<i32>| year_or_x(y.or(doc.map(|d| d.day.year)));
    // A month with no year is the one nearest the document's date (the
    // middle of its month where the day is unknown).
    let near = |y: Option<i32>, m: u32, d: u32| {
        let nearest = month.map(|doc| {
            let doc = day.unwrap_or(Ymd { day: 15, ..doc });
            nearest_year(doc, m, d, lean)
        });
        year(y.or(nearest).or(year_only))
    };
    let v = match expr {
        Expr::Written { y: None, m, d } => {
            (format!("{}-{m:02}-{d:02}", near(None, m, d)), "date:month-day")
        }
        Expr::Month { y, m } => {
            (format!("{}-{m:02}", near(y, m, 15)), "date:month")
        }
        Expr::MonthRel { m, rel } => {
            let y = month.map(|d| match rel {
                r if r < 0 => d.year - i32::from(m >= d.month),
                r if r > 0 => d.year + i32::from(m <= d.month),
                _ => d.year,
            });
            let y = y.or(year_only.filter(|_| rel == 0));
            (format!("{}-{m:02}", year_or_x(y)), "date:month")
        }
        Expr::MonthDay { d, wd } => {
            let v = day
                .and_then(|doc| weekday_day(doc, d, wd, lean))
                .map_or_else(|| format!("XXXX-XX-{d:02}"), |x| x.to_string());
            (v, "date:weekday-day")
        }
        Expr::Year(y) => (signed(y, 4), "date:year"),
        Expr::FiscalYear(y) => (format!("{y:04}"), "date:fiscal-year"),
        Expr::Decade(d) => (format!("{d:03}"), "date:decade"),
        Expr::Century(c) => (signed(c, 2), "date:century"),
        Expr::Quarter { y, q } => {
            (quarter(y.or(year_only), q, month), "date:quarter")
        }
        Expr::NthWeekday { y, m, wd, n } => {
            let y = y.or_else(|| near(None, m, (7 * n).min(28)).parse().ok());
            let v = y
                .and_then(|y| nth_weekday(y, m, wd, n))
                .map_or_else(|| format!("XXXX-{m:02}-XX"), |d| d.to_string());
            (v, "date:nth-weekday")
        }
        Expr::Holiday { h, y } => {
            let when = h.when_in(country);
            let found = match (y, when) {
                (Some(y), _) => when.day(y),
                // A day of another calendar moves through the year: the
                // nearest of its days, not the nearest year of one day.
                (None, When::Table(name)) => day
                    .or(month.map(|m| Ymd { day: 15, ..m }))
                    .and_then(|d| calendars::nearest(name, d, lean)),
                (None, _) => {
                    let (m, d) = when.about();
                    near(None, m, d).parse().ok().and_then(|y| when.day(y))
                }
            };
            let v = found.map_or_else(|| when.unknown(), |d| d.to_string());
            (v, "date:holiday")
        }
        Expr::HolidayRel { h, rel } => {
            let when = h.when_in(country);
            let doc = day.or(month.map(|m| Ymd { day: 15, ..m }));
            let found = doc.and_then(|doc| {
                let days = (doc.year - 1..=doc.year + 1).filter_map(|y| {
                    when.day(y).filter(|x| {
                        if rel < 0 {
                            x.days_until(doc) > 0
                        } else {
                            doc.days_until(*x) > 0
                        }
                    })
                });
                if rel < 0 { days.max() } else { days.min() }
            });
            let v = found.map_or_else(|| when.unknown(), |d| d.to_string());
            (v, "date:holiday")
        }
        Expr::CenturyTurn => {
            let y = doc.map(|d| (d.day.year + 50) / 100 * 100);
            (year_or_x(y), "date:century-turn")
        }
        Expr::OfYear { m, d, years } => {
            let y = year_or_x(doc.map(|x| x.day.year + years));
            match d {
                Some(d) => (format!("{y}-{m:02}-{d:02}"), "date:month-day"),
                None => (format!("{y}-{m:02}"), "date:month"),
            }
        }
        Expr::QuarterOf { q, years } => {
            let y = doc.map(|d| d.day.year + years);
            (quarter(y, q, month), "date:quarter")
        }
        Expr::Season { y, s, rel } => {
            let y = y
                .or(month.map(|d| s.year(d, rel)))
                .or(year_only.filter(|_| rel == 0));
            (format!("{}-{}", year_or_x(y), s.code()), "date:season")
        }
        Expr::Weekday { wd, rel } => {
            let rel = if rel == 0 && lean == DatePreference::Future {
                2
            } else {
                rel
            };
            (weekday(wd, rel, day), "date:weekday")
        }
        Expr::WeekdayOfWeek { wd, weeks } => {
            let v = day.map_or_else(
                || format!("XXXX-WXX-{}", wd + 1),
                |d| {
                    let monday = -i64::from(d.weekday());
                    let offset = monday + 7 * i64::from(weeks) + i64::from(wd);
                    d.add_days(offset).to_string()
                },
            );
            (v, "date:weekday")
        }
        Expr::DayRange { y, m1, d1, m2, d2 } => {
            let y = near(y, m1, d1);
            (
                format!("{y}-{m1:02}-{d1:02}/{y}-{m2:02}-{d2:02}"),
                "date:day-range",
            )
        }
        Expr::MonthRange { y, m1, m2 } => {
            let y = near(y, m1, 15);
            (format!("{y}-{m1:02}/{y}-{m2:02}"), "date:month-range")
        }
        Expr::YearRange(a, b) => (format!("{a:04}/{b:04}"), "date:year-range"),
        Expr::Relative(unit, n) => (relative(unit, n, doc), "date:relative"),
        Expr::Vague(v) => (v.to_string(), "date:vague"),
        Expr::Written { .. } | Expr::Iso(_) | Expr::Numeric { .. } => {
            return None;
        }
    };
    Some(v)
}

/// Day `d` in the month of `doc`, the one before or the one after, where
/// it falls on weekday `wd`: the nearest to `doc` as [`reach`] counts.
fn weekday_day(
    doc: Ymd,
    d: u32,
    wd: u32,
    lean: DatePreference,
) -> Option<Ymd> {
    [-1, 0, 1]
        .into_iter()
        .filter_map(|k| {
            let (y, m) = month_from(doc, k);
            Ymd::new(y, m, d)
        })
        .filter(|x| x.weekday() == wd)
        .map(|x| (reach(doc, x, lean), x))
        .filter(|&(r, _)| r != i64::MAX)
        .min_by_key(|&(r, _)| r)
        .map(|(_, x)| x)
}

/// The year and month `k` months after `doc`'s (before it where `k` is
/// negative).
fn month_from(doc: Ymd, k: i32) -> (i32, u32) {
    let m = doc.year * 12 + doc.month as i32 - 1 + k;
    (m.div_euclid(12), m.rem_euclid(12) as u32 + 1)
}

/// `n` with at least `digits` digits, and a minus sign before those of a
/// year before the common era: ISO 8601 writes 567 BC as -0566.
fn signed(n: i32, digits: usize) -> String {
    if n < 0 { format!("-{:0digits$}", -n) } else { format!("{n:0digits$}") }
}

fn year_or_x(y: Option<i32>) -> String {
    match y {
        Some(y) => format!("{y:04}"),
        None => "XXXX".to_string(),
    }
}

/// The year of month `m`, day `d` with no year written: the nearest to
/// `doc` as [`reach`] counts ("Nov. 25" in a January document is last
/// November's).
fn nearest_year(doc: Ymd, m: u32, d: u32, lean: DatePreference) -> i32 {
    let distance = |y: i32| {
        Ymd::new(y, m, d.min(28)).map_or(i64::MAX, |x| reach(doc, x, lean))
    };
    (doc.year - 1..=doc.year + 1)
        .min_by_key(|&y| (distance(y), (y - doc.year).abs()))
        .unwrap_or(doc.year)
}

/// How far day `x` is from `doc`, to choose among the days a date with no
/// year may be: leaning to the future, only days on or after `doc` count
/// (by their distance); to the past, only those on or before it;
/// otherwise a day ahead counts twice its distance, since news reports
/// more than it foretells.
pub(super) fn reach(doc: Ymd, x: Ymd, lean: DatePreference) -> i64 {
    match (doc.days_until(x), lean) {
        (ahead, DatePreference::Future) if ahead >= 0 => ahead,
        (_, DatePreference::Future) => i64::MAX,
        (ahead, DatePreference::Past) if ahead > 0 => i64::MAX,
        (ahead, DatePreference::Nearest) if ahead > 0 => 2 * ahead,
        (back, _) => -back,
    }
}

/// A quarter with no year is the latest that has begun by the document's
/// date: "the fourth quarter" in January is last year's.
fn quarter(y: Option<i32>, q: u32, doc: Option<Ymd>) -> String {
    let y = y.or_else(|| doc.map(|d| d.year - i32::from(q > d.quarter())));
    match y {
        Some(y) => format!("{y:04}-Q{q}"),
        None => format!("XXXX-Q{q}"),
    }
}

fn weekday(wd: u32, rel: i32, doc: Option<Ymd>) -> String {
    let Some(doc) = doc else {
        return format!("XXXX-WXX-{}", wd + 1);
    };
    let back = i64::from((doc.weekday() + 7 - wd) % 7);
    let ahead = i64::from((wd + 7 - doc.weekday()) % 7);
    let last = -(if back == 0 { 7 } else { back });
    let next = if ahead == 0 { 7 } else { ahead };
    let offset = match rel {
        0 => -back,
        2 => ahead,
        -3 => last - 7,
        3 => next + 7,
        r if r < 0 => last,
        _ => next,
    };
    doc.add_days(offset).to_string()
}

/// `n` units from the document's date, where its precision holds the
/// unit: "yesterday" needs the day, "last month" the month.
fn relative(unit: Unit, n: i32, doc: Option<DocDate>) -> String {
    let needs = match unit {
        Unit::Day | Unit::Week => Precision::Day,
        Unit::Month | Unit::Quarter => Precision::Month,
        Unit::Year => Precision::Year,
    };
    let doc = doc.filter(|d| d.precision >= needs).map(|d| d.day);
    let Some(doc) = doc else {
        return match unit {
            Unit::Day => "XXXX-XX-XX",
            Unit::Week => "XXXX-WXX",
            Unit::Month => "XXXX-XX",
            Unit::Quarter => "XXXX-QX",
            Unit::Year => "XXXX",
        }
        .to_string();
    };
    match unit {
        Unit::Day => doc.add_days(i64::from(n)).to_string(),
        Unit::Week => {
            let (y, w) = doc.add_days(7 * i64::from(n)).iso_week();
            format!("{y:04}-W{w:02}")
        }
        Unit::Month => {
            let (y, m) = month_from(doc, n);
            format!("{}-{m:02}", signed(y, 4))
        }
        Unit::Quarter => {
            let q = doc.year * 4 + (doc.month as i32 - 1) / 3 + n;
            format!("{}-Q{}", signed(q.div_euclid(4), 4), q.rem_euclid(4) + 1)
        }
        Unit::Year => signed(doc.year + n, 4),
    }
}
