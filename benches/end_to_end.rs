//! End-to-end throughput over the sample corpus: the whole pipeline, all
//! three tables built in memory. Run with `cargo bench`.
//!
//! The count of what it finds is asserted, so a fast wrong answer fails.

use std::path::PathBuf;
use std::time::Instant;

use factscan::PipelineBuilder;
use factscan::read::{Fields, Format, Reader};
use factscan::sink::VecSink;

fn main() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data");
    let pipeline =
        PipelineBuilder::new().build().expect("default dictionaries");
    let rounds = 200;
    let started = Instant::now();
    let mut bytes = 0;
    for _ in 0..rounds {
        let mut reader = Reader::new(
            std::slice::from_ref(&data),
            Format::Auto,
            Fields::default(),
        );
        let mut sink = VecSink::default();
        let s = pipeline
            .run(&mut reader, &mut sink, 1, &mut |_, _| {})
            .expect("run");
        assert_eq!((s.documents, s.mentions, s.claims), (8, 58, 22));
        bytes += s.bytes;
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "end_to_end: {:.1} MB/s ({rounds} rounds over data/, 1 thread)",
        bytes as f64 / 1e6 / secs
    );
}
