//! The matcher, the resolver and claim detection, on any text: rows slice
//! their text exactly.
#![no_main]

use std::sync::OnceLock;

use factscan::{Document, Pipeline, PipelineBuilder};
use libfuzzer_sys::fuzz_target;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| PipelineBuilder::new().build().expect("defaults"))
}

fuzz_target!(|text: &str| {
    let out = pipeline().process(&Document::new("f", text));
    for e in &out.entities {
        assert_eq!(&text[e.start..e.end], e.text);
    }
    for c in &out.claims {
        assert_eq!(&text[c.start..c.end], c.text);
    }
});
