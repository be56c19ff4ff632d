//! Where the time of one document goes, on a real corpus: each stage of
//! `Pipeline::process` run alone over every text file of a folder, held
//! in memory, on one thread (best of three passes), then the whole of
//! `process`, and writing its rows as CSV. The stages are timed from the
//! same inputs the pipeline gives them.
//!
//! `cargo run --release --example stage_times -- ../shared/corpora/ungdc`

#[path = "shared/mod.rs"]
mod shared;

use std::path::Path;
use std::time::Instant;

use factscan::claim::ClaimDetector;
use factscan::date::{DateMatcher, DateOrder};
use factscan::matcher::{OrgMatcher, PersonMatcher, Triggers};
use factscan::sink::{CellOptions, FileSink, OutputFormat, Sink};
use factscan::{Document, EntityKind, Mention, PipelineBuilder, sentence};

/// The command's allocator, so that the times are the command's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Runs `f` three times and prints the best time; `f` returns a count
/// printed beside it, so that the work cannot be optimized away.
fn time(name: &str, bytes: usize, mut f: impl FnMut() -> usize) -> f64 {
    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..3 {
        let started = Instant::now();
        count = f();
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "| {name} | {:.0} ms | {:.0} MB/s | {count} |",
        best * 1e3,
        bytes as f64 / 1e6 / best
    );
    best
}

fn main() {
    let dir = std::env::args().nth(1).expect("a corpus folder");
    let mut paths = Vec::new();
    shared::files(Path::new(&dir), &mut paths);
    let texts: Vec<String> = paths
        .iter()
        .map(|p| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "{} files, {:.1} MB, one thread",
        texts.len(),
        bytes as f64 / 1e6
    );
    println!("| stage | time | throughput | found |\n|---|---|---|---|");

    let pipeline = PipelineBuilder::new().build().unwrap();
    let dict = pipeline.dictionary();
    let literal = factscan::pipeline::literal_matcher(dict);
    // The inputs of the later stages, as the pipeline makes them.
    let mut sentences = Vec::new();
    let mut triggers = Vec::new();
    let mut known = Vec::new();
    for t in &texts {
        let mut s = Vec::new();
        sentence::split(t, &mut s);
        sentences.push(s);
        let (mut found, mut tr) = (Vec::new(), Triggers::default());
        literal.find(dict, t, &mut found, &mut tr);
        triggers.push(tr);
        let spans: Vec<(usize, usize)> = found
            .iter()
            .filter(|m: &&Mention| m.kind != EntityKind::Person)
            .map(|m| (m.start, m.end))
            .collect();
        known.push(spans);
    }

    time("sentences", bytes, || {
        let mut n = 0;
        let mut out = Vec::new();
        for t in &texts {
            sentence::split(t, &mut out);
            n += out.len();
        }
        n
    });
    time(
        "dictionary automaton (aliases, date and claim triggers)",
        bytes,
        || {
            let mut n = 0;
            for t in &texts {
                let (mut out, mut tr) = (Vec::new(), Triggers::default());
                literal.find(dict, t, &mut out, &mut tr);
                n += out.len();
            }
            n
        },
    );
    let people = PersonMatcher::new();
    time("people by pattern", bytes, || {
        let mut n = 0;
        for ((t, k), tr) in texts.iter().zip(&known).zip(&triggers) {
            let mut out = Vec::new();
            people.find_with(t, k, &tr.capitals, &mut out);
            n += out.len();
        }
        n
    });
    time("organizations by head word", bytes, || {
        let mut n = 0;
        for ((t, k), tr) in texts.iter().zip(&known).zip(&triggers) {
            let mut out = Vec::new();
            OrgMatcher.find_with(t, k, &tr.capitals, &mut out);
            n += out.len();
        }
        n
    });
    let dates = DateMatcher::new(DateOrder::Auto);
    time("dates", bytes, || {
        let mut n = 0;
        for (t, tr) in texts.iter().zip(&triggers) {
            let mut out = Vec::new();
            dates.scan_with(t, &tr.dates).mentions(None, &mut out);
            n += out.len();
        }
        n
    });
    let claims = ClaimDetector::new();
    time("claims", bytes, || {
        let mut n = 0;
        for ((t, tr), s) in texts.iter().zip(&triggers).zip(&sentences) {
            let mut out = Vec::new();
            claims.find_with(t, s, &tr.claims, &mut out);
            n += out.len();
        }
        n
    });
    let process = |t: &String| pipeline.process(&Document::new("doc", t));
    time("all of process (the above, resolution, rows)", bytes, || {
        texts.iter().map(|t| process(t).entities.len()).sum()
    });
    let outputs: Vec<_> = texts.iter().map(process).collect();
    let out_dir = std::env::temp_dir()
        .join(format!("factscan-stage-times-{}", std::process::id()));
    time("writing the rows as CSV (its own thread in a run)", bytes, || {
        let mut sink = FileSink::create(
            &out_dir,
            OutputFormat::Csv,
            CellOptions::default(),
            "stage-times",
        )
        .unwrap();
        for out in &outputs {
            sink.document(out).unwrap();
        }
        sink.finish().unwrap();
        outputs.iter().map(|o| o.entities.len() + o.claims.len()).sum()
    });
    let _ = std::fs::remove_dir_all(&out_dir);
}
