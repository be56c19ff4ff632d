//! One criterion benchmark per stage over the sample corpus, reported in
//! bytes per second. Each asserts the count of what it found, so that a
//! fast wrong answer fails. `cargo bench --bench stages`.

use std::hint::black_box;

use criterion::{
    BatchSize, Criterion, Throughput, criterion_group, criterion_main,
};
use factscan::Ymd;
use factscan::claim::ClaimDetector;
use factscan::date::{DateMatcher, DateOrder};
use factscan::dictionary::DictionaryBuilder;
use factscan::matcher::Triggers;
use factscan::sink::{CellOptions, FileSink, OutputFormat, Sink, VecSink};
use factscan::{Document, PipelineBuilder, sentence};

/// The texts of the sample corpus's text files.
const TEXTS: [&str; 2] = [
    include_str!("../data/news/summit.txt"),
    include_str!("../data/news/energy.md"),
];

fn bytes() -> u64 {
    TEXTS.iter().map(|t| t.len() as u64).sum()
}

fn stages(c: &mut Criterion) {
    let dict = DictionaryBuilder::new().defaults().build().unwrap();
    let literal = factscan::pipeline::literal_matcher(&dict);
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(bytes()));

    group.bench_function("matching", |b| {
        b.iter(|| {
            let mut found = 0;
            for t in TEXTS {
                let mut out = Vec::new();
                let mut triggers = Triggers::default();
                literal.find(&dict, black_box(t), &mut out, &mut triggers);
                found += out.len();
            }
            assert_eq!(found, 27);
        })
    });

    // The later stages start from the triggers of the automaton's pass,
    // as in the pipeline.
    let triggers: Vec<Triggers> = TEXTS
        .iter()
        .map(|t| {
            let mut tr = Triggers::default();
            literal.find(&dict, t, &mut Vec::new(), &mut tr);
            tr
        })
        .collect();
    let dates = DateMatcher::new(DateOrder::Auto);
    group.bench_function("dates", |b| {
        b.iter(|| {
            let mut found = 0;
            for (t, tr) in TEXTS.iter().zip(&triggers) {
                let mut out = Vec::new();
                let scan = dates.scan_with(black_box(t), &tr.dates);
                scan.mentions(Ymd::new(2026, 1, 7).map(Into::into), &mut out);
                found += out.len();
            }
            assert_eq!(found, 7);
        })
    });

    let claims = ClaimDetector::new();
    group.bench_function("claims", |b| {
        b.iter(|| {
            let mut found = 0;
            for (t, tr) in TEXTS.iter().zip(&triggers) {
                let mut sentences = Vec::new();
                sentence::split(t, &mut sentences);
                let mut out = Vec::new();
                claims.find_with(
                    black_box(t),
                    &sentences,
                    &tr.claims,
                    &mut out,
                );
                found += out.len();
            }
            assert_eq!(found, 11);
        })
    });

    let pipeline = PipelineBuilder::new().build().unwrap();
    let outputs: Vec<_> = TEXTS
        .iter()
        .map(|t| pipeline.process(&Document::new("d", t)))
        .collect();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    // Writing the rows as CSV: the files are created before and closed
    // after the timed part.
    group.bench_function("writing", |b| {
        b.iter_batched(
            || {
                FileSink::create(
                    &dir,
                    OutputFormat::Csv,
                    CellOptions::default(),
                    "bench",
                )
                .unwrap()
            },
            |mut sink| {
                for out in &outputs {
                    sink.document(black_box(out)).unwrap();
                }
                sink
            },
            BatchSize::PerIteration,
        )
    });
    let rows: usize =
        outputs.iter().map(|o| o.entities.len() + o.claims.len()).sum();
    assert_eq!(rows, 43);

    group.bench_function("end_to_end", |b| {
        b.iter(|| {
            let mut sink = VecSink::default();
            let mut found = (0, 0);
            for t in TEXTS {
                let out = pipeline.process(&Document::new("d", black_box(t)));
                found.0 += out.entities.len();
                found.1 += out.claims.len();
                sink.document(&out).unwrap();
            }
            assert_eq!(found, (32, 11));
        })
    });
    group.finish();
    drop(tmp);
}

/// Building the default dictionaries and their automaton: the start-up
/// cost of every run (issue: under 100 ms).
fn compile(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(20);
    group.bench_function("compile_default_dictionaries", |b| {
        b.iter(|| {
            let dict = DictionaryBuilder::new().defaults().build().unwrap();
            let literal = factscan::pipeline::literal_matcher(&dict);
            assert!(dict.entries().len() > 25_000);
            assert!(literal.pattern_count() > 30_000);
            black_box(literal);
        })
    });
    group.finish();
}

criterion_group!(benches, stages, compile);
criterion_main!(benches);
