//! Extract the mentions and claims of one text with the library, and
//! print them. Run with `cargo run --example extract`.

use factscan::{Document, PipelineBuilder};

fn main() -> Result<(), factscan::Error> {
    let pipeline = PipelineBuilder::new().build()?;
    let text = "Jan 7, 2026\n\n\
                Britain has made it clear it is ready to help Ukraine, \
                while Russian officials said the plan would never work.";
    let out = pipeline.process(&Document::new("example", text));
    println!("document date: {}", out.document.date);
    for e in &out.entities {
        println!(
            "{:<12} {:<10} {:<8} {}",
            e.kind, e.form, e.entity_id, e.text
        );
    }
    for c in &out.claims {
        println!(
            "claim: {} says ({}) \"{}\", negated: {}",
            c.source, c.cue, c.text, c.negated
        );
    }
    Ok(())
}
