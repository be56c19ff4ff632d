//! The anchored walks against an unanchored aho-corasick scan.

use aho_corasick::AhoCorasick;

use super::*;
use crate::dictionary::DictionaryBuilder;

/// The walks from where an alias may start find what an unanchored
/// overlapping scan finds, once filtered by word boundaries and, where
/// the text has a lower-case letter, by what may match there: on news
/// text, and on text made of edge cases (accents, apostrophes,
/// hyphens, possessives, ALL CAPS, aliases inside words).
#[test]
fn walks_find_what_an_overlapping_scan_finds() {
    let dict = DictionaryBuilder::new().defaults().build().unwrap();
    same_matches(
        &dict,
        &[
            include_str!("../../../data/news/summit.txt"),
            include_str!("../../../data/news/energy.md"),
            "Côte d’Ivoire's envoy met Türkiye’s; the U.S.-led, pro-Russian \
         Kyiv-based NATO-backed group. Somalia, Tirana, Chadian, \
         CHINA DAILY, the Kremlin’s and St. Petersburg's \"Moscow\".",
            "É a\u{301}b ÉLYSÉE 2026-01-07 _Paris_ l'Iran d'Italie Nigeria'",
        ],
    );
    // Text is read 64 bytes at a time where they are all ASCII: each
    // alignment of the blocks, across ASCII runs and accents.
    let news = include_str!("../../../data/news/summit.txt");
    let shifted: Vec<String> = (0..64)
        .map(|k| {
            let pad = if k % 2 == 0 { " " } else { "x" };
            format!("{}{news}", pad.repeat(k))
        })
        .collect();
    same_matches(
        &dict,
        &shifted.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    // Aliases that start with no word character may start right after
    // one: ".NET" in "ASP.NET".
    let dict = DictionaryBuilder::new()
        .text(
            "countries.tsv",
            "id\tname\taliases\tacronyms\tdemonyms\tmetonyms\n\
             NET\t.NET\t#MeToo\t\t\t\n",
        )
        .build()
        .unwrap();
    let text = "ASP.NET and.NET, x#MeToo #MeToo";
    let shifted: Vec<String> = (0..64)
        .map(|k| format!("{}{}", " ".repeat(k), text.repeat(4)))
        .collect();
    same_matches(&dict, &[text]);
    same_matches(
        &dict,
        &shifted.iter().map(String::as_str).collect::<Vec<_>>(),
    );
}

fn same_matches(dict: &Dictionary, texts: &[&str]) {
    let m = LiteralMatcher::new(dict);
    // The reference: an overlapping aho-corasick scan of every group's
    // text.
    let keys: Vec<String> = (0..m.groups.len() - 1)
        .map(|g| {
            members(&m.patterns, &m.groups, g)[0].text.to_ascii_lowercase()
        })
        .collect();
    let scan = AhoCorasick::new(&keys).unwrap();
    for &text in texts {
        let lower = text.to_ascii_lowercase();
        let mut walked = Vec::new();
        let mut capitals = Vec::new();
        m.walks(text, &mut walked, &mut capitals);
        // The capitals are those a scan from capital to capital finds.
        assert_eq!(
            capitals,
            super::super::capitals(text),
            "capitals of {text:?}"
        );
        walked.retain(|&(_, s, e)| at_word_boundaries(text, s, e));
        // Where the text has a lower-case letter, only the groups
        // with a member that may start so.
        let fits = |g: usize, s: usize| {
            !text.as_bytes()[s].is_ascii_lowercase()
                || members(&m.patterns, &m.groups, g)
                    .iter()
                    .any(may_start_lower)
        };
        let mut scanned = Vec::new();
        for hit in scan.find_overlapping_iter(&lower) {
            let (s, e) = (hit.start(), hit.end());
            let g = hit.pattern().as_usize();
            if at_word_boundaries(text, s, e) && fits(g, s) {
                scanned.push((g, s, e));
            }
        }
        walked.sort_unstable();
        scanned.sort_unstable();
        assert!(!walked.is_empty());
        assert_eq!(walked, scanned, "{text}");
    }
}
