//! Times building the default dictionaries and their matcher.
use std::time::Instant;

use factscan::dictionary::DictionaryBuilder;

fn main() {
    let t = Instant::now();
    let dict =
        DictionaryBuilder::new().defaults().build().expect("defaults build");
    let parsed = t.elapsed();
    let matcher = factscan::pipeline::literal_matcher(&dict);
    let total = t.elapsed();
    println!(
        "{} entries, {} aliases, {} patterns: parsed in {:.1} ms, compiled in {:.1} ms",
        dict.entries().len(),
        dict.aliases().len(),
        matcher.pattern_count(),
        parsed.as_secs_f64() * 1e3,
        (total - parsed).as_secs_f64() * 1e3
    );
}
