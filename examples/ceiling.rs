//! The ceiling of factscan's design: a bare aho-corasick scan of every
//! alias of the default dictionaries over a corpus folder, counting
//! matches and nothing else, on one thread: with a case-sensitive
//! automaton over lower-cased text (as factscan builds its automaton),
//! and with aho-corasick's own case-insensitive mode. factscan itself
//! walks its automaton only from where an alias may start (see
//! `LiteralMatcher` and BENCHMARKS.md).
//!
//! `cargo run --release --example ceiling -- ../shared/corpora/ungdc`

#[path = "shared/mod.rs"]
mod shared;

use std::path::Path;
use std::time::Instant;

use aho_corasick::{AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use factscan::dictionary::DictionaryBuilder;

fn main() {
    let dir = std::env::args().nth(1).expect("a corpus folder");
    let dict = DictionaryBuilder::new().defaults().build().unwrap();
    let aliases: Vec<&str> =
        dict.aliases().iter().map(|a| a.text.as_str()).collect();
    let mut paths = Vec::new();
    shared::files(Path::new(&dir), &mut paths);
    let texts: Vec<Vec<u8>> =
        paths.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let bytes: usize = texts.iter().map(Vec::len).sum();
    // factscan's own design: the aliases in ASCII lower case, one
    // case-sensitive automaton, run over a lower-cased copy of each text
    // (the copy counted in the time).
    let mut lower: Vec<String> =
        aliases.iter().map(|a| a.to_ascii_lowercase()).collect();
    lower.sort();
    lower.dedup();
    let sensitive = AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .match_kind(MatchKind::Standard)
        .build(&lower)
        .unwrap();
    let started = Instant::now();
    let mut count = 0usize;
    let mut buf = Vec::new();
    for t in &texts {
        buf.clear();
        buf.extend(t.iter().map(u8::to_ascii_lowercase));
        count += sensitive.find_overlapping_iter(&buf).count();
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "lower-cased text, case-sensitive automaton, overlapping: {} patterns, {count} matches, {:.3} s, {:.0} MB/s",
        lower.len(),
        secs,
        bytes as f64 / 1e6 / secs
    );
    for (name, kind, overlapping) in [
        ("leftmost-first", MatchKind::LeftmostFirst, false),
        ("standard, overlapping", MatchKind::Standard, true),
    ] {
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(kind)
            .build(&aliases)
            .unwrap();
        let started = Instant::now();
        let mut count = 0usize;
        for t in &texts {
            count += if overlapping {
                ac.find_overlapping_iter(t).count()
            } else {
                ac.find_iter(t).count()
            };
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{name}: {} aliases, {} files, {:.1} MB, {count} matches, {:.3} s, {:.0} MB/s",
            aliases.len(),
            texts.len(),
            bytes as f64 / 1e6,
            secs,
            bytes as f64 / 1e6 / secs
        );
    }
}
