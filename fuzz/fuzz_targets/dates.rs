//! The date grammar and its values, on any text, with and without a date.
#![no_main]

use factscan::date::{DateMatcher, DateOrder};
use factscan::{DocDate, Ymd};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for order in [DateOrder::Auto, DateOrder::Dmy, DateOrder::Ymd] {
        let scan = DateMatcher::new(order).scan(text);
        let _ = scan.dateline(text);
        let days = [
            None,
            Ymd::new(2026, 1, 7),
            Ymd::new(1, 1, 1),
            Ymd::new(9999, 12, 31),
        ];
        let years = [
            Some(DocDate::year(2026)),
            DocDate::parse("2026-01"),
            DocDate::parse("9999-12"),
        ];
        for doc in days.into_iter().map(|d| d.map(DocDate::from)).chain(years)
        {
            let mut out = Vec::new();
            scan.mentions(doc, &mut out);
            for m in &out {
                assert!(
                    text.is_char_boundary(m.start)
                        && text.is_char_boundary(m.end)
                );
                assert!(m.start < m.end && !m.value.is_empty());
            }
        }
    }
});
