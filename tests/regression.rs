//! Regression inputs: every file in `tests/data/fuzz/TARGET/` runs
//! through the checks of fuzz target TARGET, so that an input that once
//! broke factscan stays fixed.

use std::fs;
use std::path::{Path, PathBuf};

use factscan::Ymd;
use factscan::date::{DateMatcher, DateOrder};
use factscan::read::{Fields, Reader};
use factscan::{Document, PipelineBuilder};

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz")
        .join(target);
    let mut files: Vec<PathBuf> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs for {target}");
    files
}

#[test]
fn pipeline_inputs_give_rows_that_slice_their_text() {
    let p = PipelineBuilder::new().build().unwrap();
    for file in inputs("pipeline") {
        let text =
            String::from_utf8_lossy(&fs::read(&file).unwrap()).into_owned();
        let out = p.process(&Document::new("f", &text));
        for e in &out.entities {
            assert_eq!(&text[e.start..e.end], e.text, "{}", file.display());
        }
        for c in &out.claims {
            assert_eq!(&text[c.start..c.end], c.text, "{}", file.display());
        }
    }
}

#[test]
fn date_inputs_give_mentions_at_character_boundaries() {
    for file in inputs("dates") {
        let text =
            String::from_utf8_lossy(&fs::read(&file).unwrap()).into_owned();
        for order in [DateOrder::Auto, DateOrder::Dmy, DateOrder::Ymd] {
            let scan = DateMatcher::new(order).scan(&text);
            for doc in [None, Ymd::new(2026, 1, 7), Ymd::new(1, 1, 1)] {
                let mut out = Vec::new();
                scan.mentions(doc.map(Into::into), &mut out);
                for m in &out {
                    assert!(
                        text.is_char_boundary(m.start)
                            && text.is_char_boundary(m.end)
                    );
                    assert!(
                        m.start < m.end && !m.value.is_empty(),
                        "{}",
                        file.display()
                    );
                }
            }
        }
    }
}

#[test]
fn reader_inputs_are_read_to_the_end() {
    for file in inputs("readers") {
        let bytes = fs::read(&file).unwrap();
        let name = file.file_name().unwrap();
        let jobs =
            Reader::from_bytes(Path::new(name), bytes, Fields::default())
                .count();
        assert!(jobs > 0, "{}", file.display());
    }
}
