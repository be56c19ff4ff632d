//! A region named by a compass word and a place: "Southern Africa", "the
//! Western Balkans", "the South Atlantic" are one location each, a part
//! of the place and not the place itself (its own entity, by its words,
//! rule `location:region`; a compass word in lower case is no part of the
//! name: "southern England" is England). And the land a place's name
//! stands before, "the Amazon forest", "the Pacific Islands", "the Congo
//! basin", is that place's mention, its span the whole name (not a
//! city's: "London forest products" are sold in London).
//!
//! Only places that are no country: "Northern Nigeria" and "South
//! Lebanon" stay mentions of the country, which users count by; nor does
//! a name the dictionaries hold change ("South Africa", "East Timor",
//! "North America" are matched whole before this runs).

use super::{free_around, is_city, word_start_before};
use crate::dictionary::Dictionary;
use crate::span::{EntityKind, Form, Mention, Rule};

/// Compass words that start a region's name, capitalized: in lower case
/// they describe a part of the place, as CoNLL-2003 and OntoNotes draw it
/// ("southern England", "central Jakarta": the place alone).
const COMPASS: &[&str] = &[
    "Northern", "Southern", "Eastern", "Western", "Central", "North", "South",
    "East", "West",
];

/// Words of land after a place's name that its mention takes in.
const LAND: &[&str] = &[
    "forest",
    "rainforest",
    "basin",
    "Basin",
    "islands",
    "Islands",
    "peninsula",
    "Peninsula",
];

/// Widens the places of `mentions` (in text order) over a compass word
/// before them and a word of land after them.
pub fn widen(dict: &Dictionary, text: &str, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if m.kind != EntityKind::Location
            || !matches!(m.form, Form::Name | Form::Alias)
        {
            continue;
        }
        let (floor, limit) = free_around(text, mentions, i);
        let start = compass_before(text, m.start, floor);
        let end = land_after(text, m.end, limit).filter(|_| !is_city(dict, m));
        let m = &mut mentions[i];
        if let Some(start) = start {
            m.start = start;
            m.label = text[start..end.unwrap_or(m.end)].to_string();
            m.form = Form::Pattern;
            m.entry = Mention::NO_ENTRY;
            m.rule = Rule::Pattern("location:region");
        }
        if let Some(end) = end {
            m.end = end;
            if m.entry == Mention::NO_ENTRY {
                m.label = text[m.start..end].to_string();
            }
        }
    }
}

/// Where a compass word right before `at` (one space between, after
/// `floor`) starts.
fn compass_before(text: &str, at: usize, floor: usize) -> Option<usize> {
    let start = word_start_before(text, floor, at, |b| {
        b.is_ascii_alphabetic() || b == b'-'
    })?;
    COMPASS.contains(&&text[start..at - 1]).then_some(start)
}

/// Where a word of land right after `from` (one space between, before
/// `limit`) ends.
fn land_after(text: &str, from: usize, limit: usize) -> Option<usize> {
    let after = text.get(from..limit)?.strip_prefix(' ')?;
    let len = after
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(after.len());
    LAND.contains(&&after[..len]).then_some(from + 1 + len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::DictionaryBuilder;
    use crate::resolve::tests::resolved;

    const PLACES: &str = "id\tname\tattributes\n\
        africa\tAfrica\ttype=continent\nbalkans\tBalkans\ttype=region\n\
        amazon\tAmazon\ttype=region\npacific\tPacific\ttype=ocean\n\
        london\tLondon\ttype=city\nsouth-america\tSouth America\t\
        type=continent\n";
    const COUNTRIES: &str = "id\tname\nNGA\tNigeria\nZAF\tSouth Africa\n";

    /// Each place of `text` after `widen`: its span, entity and rule.
    fn widened(text: &str) -> Vec<(String, String, String)> {
        let dict = DictionaryBuilder::new()
            .text("locations.tsv", PLACES)
            .text("countries.tsv", COUNTRIES)
            .build()
            .unwrap();
        let mut out = resolved(&dict, text, None, false);
        widen(&dict, text, &mut out);
        out.iter()
            .map(|m| {
                let entity = match m.entry {
                    Mention::NO_ENTRY => m.label.clone(),
                    e => dict.entry(e).id.clone(),
                };
                let rule = match m.rule {
                    Rule::Pattern(r) => r.to_string(),
                    _ => "dictionary".to_string(),
                };
                (text[m.start..m.end].to_string(), entity, rule)
            })
            .collect()
    }

    #[test]
    fn compass_words_and_land_widen_a_place() {
        // (text, the place's span, its entity: an entry's id or the
        // region's own name).
        let cases: &[(&str, &str, &str)] = &[
            (
                "trade in Southern Africa grew",
                "Southern Africa",
                "Southern Africa",
            ),
            ("the Western Balkans", "Western Balkans", "Western Balkans"),
            ("in the Amazon forest", "Amazon forest", "amazon"),
            ("the Pacific Islands Forum", "Pacific Islands", "pacific"),
            (
                "the South Pacific islands",
                "South Pacific islands",
                "South Pacific islands",
            ),
            // A compass word in lower case is no part of the name; a
            // city is no land; a name the dictionaries hold is whole.
            ("in southern Africa", "Africa", "africa"),
            ("London forest products", "London", "london"),
            ("in South America", "South America", "south-america"),
            ("in Africa. North winds", "Africa", "africa"),
        ];
        for (text, span, entity) in cases {
            let got = widened(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(
                (got[0].0.as_str(), got[0].1.as_str()),
                (*span, *entity),
                "{text}"
            );
        }
    }

    /// A country keeps its mention: users count by it.
    #[test]
    fn a_country_after_a_compass_word_stays_the_country() {
        for text in ["in Northern Nigeria", "South Africa's economy"] {
            let got = widened(text);
            assert!(
                got.iter().all(|g| g.2 == "dictionary"),
                "{text}: {got:?}"
            );
        }
    }
}
