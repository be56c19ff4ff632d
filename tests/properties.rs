//! Property tests: for any text, the tables hold what they should.

use factscan::read::{Fields, Format, Reader};
use factscan::sink::{
    CellOptions, DocOutput, DocumentRow, FileSink, OutputFormat, Sink,
    VecSink, cells,
};
use factscan::{Document, PipelineBuilder};
use proptest::prelude::*;

use crate::util::Workdir;

/// Text made of the things factscan looks for, and of anything at all.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Russia".to_string()),
        Just("Russian officials said ".to_string()),
        Just("the U.S. ".to_string()),
        Just("Jan 7, 2026".to_string()),
        Just("07/01/2026".to_string()),
        Just("“We will not,” she said. ".to_string()),
        Just("\n\n— Kaja Kallas\n".to_string()),
        Just("Côte d’Ivoire’s ".to_string()),
        Just(", according to the UN. ".to_string()),
        Just("''quoted,'' ".to_string()),
        "[a-zA-Z ,.;:!?\"'’“”()\\-—\n0-9]{0,12}",
        any::<String>().prop_map(|s| s.chars().take(6).collect()),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

fn pipeline() -> &'static factscan::Pipeline {
    static P: std::sync::OnceLock<factscan::Pipeline> =
        std::sync::OnceLock::new();
    P.get_or_init(|| PipelineBuilder::new().build().unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn offsets_slice_the_text_at_character_boundaries(text in newsy()) {
        let out = pipeline().process(&Document::new("d", &text));
        let chars: Vec<char> = text.chars().collect();
        for e in &out.entities {
            prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
            prop_assert_eq!(&text[e.start..e.end], e.text.as_str());
            let by_chars: String = chars[e.char_start..e.char_end].iter().collect();
            prop_assert_eq!(by_chars, e.text.clone());
        }
        for c in &out.claims {
            prop_assert_eq!(&text[c.start..c.end], c.text.as_str());
            if let (Some(s), Some(e)) = (c.source_start, c.source_end) {
                prop_assert_eq!(&text[s..e], c.source.as_str());
            }
            if let (Some(s), Some(e)) = (c.cue_start, c.cue_end) {
                prop_assert_eq!(&text[s..e], c.cue.as_str());
            }
        }
    }

    /// Any text with CRLF line ends (or lone CRs) gives the rows of the
    /// same text with LF ones, at offsets that count the CRs.
    #[test]
    fn cr_line_ends_give_the_rows_of_lf_ones(text in newsy(), lone in any::<bool>()) {
        let lf = text.replace('\r', "");
        let crlf = lf.replace('\n', if lone { "\r" } else { "\r\n" });
        let a = pipeline().process(&Document::new("d", &lf));
        let b = pipeline().process(&Document::new("d", &crlf));
        // Offset `at` in `lf`, in `crlf`: one more for each CR before it.
        let shift = |at: usize| if lone { 0 } else { lf[..at].matches('\n').count() };
        prop_assert_eq!(a.entities.len(), b.entities.len());
        for (x, y) in a.entities.iter().zip(&b.entities) {
            prop_assert_eq!((x.start + shift(x.start), x.end + shift(x.end)), (y.start, y.end));
            prop_assert_eq!(x.char_start + shift(x.start), y.char_start);
            prop_assert_eq!(&x.entity_id, &y.entity_id);
            prop_assert_eq!(&x.value, &y.value);
            prop_assert_eq!(x.sentence, y.sentence);
            prop_assert_eq!(&crlf[y.start..y.end], y.text.as_str());
        }
        prop_assert_eq!(a.claims.len(), b.claims.len());
        for (x, y) in a.claims.iter().zip(&b.claims) {
            prop_assert_eq!((x.start + shift(x.start), x.end + shift(x.end)), (y.start, y.end));
            prop_assert_eq!(x.char_end + shift(x.end), y.char_end);
            prop_assert_eq!(x.source_start.map(|s| s + shift(s)), y.source_start);
            prop_assert_eq!(x.cue_end.map(|s| s + shift(s)), y.cue_end);
            prop_assert_eq!((x.kind, &x.source_entity_id, &x.hedge), (y.kind, &y.source_entity_id, &y.hedge));
            prop_assert_eq!(&crlf[y.start..y.end], y.text.as_str());
            prop_assert_eq!(x.text.clone(), if lone { y.text.replace('\r', "\n") } else { y.text.replace("\r\n", "\n") });
        }
        prop_assert_eq!(a.document.sentences, b.document.sentences);
        prop_assert_eq!(b.document.bytes, crlf.len());
    }

    #[test]
    fn csv_cells_round_trip_through_a_csv_reader(text in any::<String>(), raw in any::<bool>()) {
        let wd = Workdir::new("prop-csv");
        let mut sink = FileSink::create(
            &wd.path("out"), OutputFormat::Csv, CellOptions { raw, excel: false }, "p",
        ).unwrap();
        let doc = DocumentRow { doc_id: text.clone(), message: text.clone(), status: "ok", ..Default::default() };
        sink.document(&DocOutput { document: doc, ..Default::default() }).unwrap();
        sink.finish().unwrap();
        let mut rdr = csv::Reader::from_path(wd.path("out/documents.csv")).unwrap();
        let message = rdr.headers().unwrap().iter().position(|h| h == "message").unwrap();
        let row = rdr.records().next().unwrap().unwrap();
        let want = if raw { text.clone() } else { cells::clean(&text).0.into_owned() };
        prop_assert_eq!(&row[0], want.as_str());
        prop_assert_eq!(&row[message], want.as_str());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn output_does_not_depend_on_threads(texts in prop::collection::vec(newsy(), 1..300)) {
        let wd = Workdir::new("prop-threads");
        let lines: String = texts
            .iter()
            .map(|t| format!("{}\n", serde_json::json!({"text": t})))
            .collect();
        wd.write("in.jsonl", lines);
        let run = |threads: usize| {
            let mut reader = Reader::new(&[wd.path("in.jsonl")], Format::Auto, Fields::default());
            let mut sink = VecSink::default();
            pipeline().run(&mut reader, &mut sink, threads, &mut |_, _| {}).unwrap();
            sink.documents
        };
        // Up to five batches of 64, back in any order at 2 and 3 threads.
        let one = run(1);
        prop_assert_eq!(one.len(), texts.len());
        prop_assert_eq!(&one, &run(2));
        prop_assert_eq!(&one, &run(3));
    }
}
