//! Prints the sentences the splitter finds in each file named, one a line
//! with its line breaks shown as `⏎`, to look at where sentences end.
//! Run with `cargo run --example sentences FILE...`.

use factscan::sentence;

fn main() -> std::io::Result<()> {
    let mut spans = Vec::new();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        sentence::split(&text, &mut spans);
        for &(s, e) in &spans {
            println!("{path}\t{}", text[s..e].replace('\n', "⏎"));
        }
    }
    Ok(())
}
