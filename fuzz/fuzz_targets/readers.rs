//! The document readers, on any bytes, as any kind of file.
#![no_main]

use std::path::Path;

use factscan::read::{Body, Fields, Reader};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 10] = [
    "a.txt", "a.jsonl", "a.csv", "a.tsv", "a.jsonl.gz", "a.csv.zst", "a.txt.gz", "a",
    "a.json", "a.json.gz",
];

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else { return };
    let name = NAMES[kind as usize % NAMES.len()];
    let mut reader = Reader::from_bytes(Path::new(name), bytes.to_vec(), Fields::default());
    reader.max_doc_bytes(1 << 16);
    for job in reader.take(10_000) {
        if let Body::Text(text) = job.body {
            assert!(text.len() <= 4 * bytes.len() + 16);
        }
    }
});
