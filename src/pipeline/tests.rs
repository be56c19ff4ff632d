use super::run::{InHand, InOrder};
use super::*;

/// The id of a document `process` panics on, in tests.
pub(super) const PANICS: &str = "panics-in-tests";

#[test]
fn a_panic_costs_only_its_document() {
    let p = PipelineBuilder::new().build().unwrap();
    let job = |id: &str| Job {
        id: id.to_string(),
        source: format!("{id}.txt"),
        body: Body::Text("Kenya said the talks would resume.".into()),
        meta: Default::default(),
        warning: None,
    };
    let bad = p.process_job(job(PANICS));
    assert_eq!(bad.document.status, "error");
    assert_eq!(bad.document.source, "panics-in-tests.txt");
    assert!(
        bad.document.message.contains("a test panic"),
        "{}",
        bad.document.message
    );
    assert!(bad.entities.is_empty() && bad.claims.is_empty());
    let good = p.process_job(job("d"));
    assert_eq!(good.document.status, "ok");
    assert!(!good.entities.is_empty());
}

/// A sink that fails at its `fail_at`-th document.
struct Failing {
    seen: usize,
    fail_at: usize,
    checkpoints: usize,
}

impl Sink for Failing {
    fn document(&mut self, _: &DocOutput) -> Result<()> {
        self.seen += 1;
        if self.seen == self.fail_at {
            let e = std::io::Error::other("the disk is full");
            return Err(Error::io("table", e));
        }
        Ok(())
    }

    fn checkpoint(&mut self) -> Result<()> {
        self.checkpoints += 1;
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        panic!("finished after an error")
    }
}

/// A write error mid-run ends it with that error once the batches in
/// the workers' hands are done, at any thread count: nothing more is
/// written or checkpointed, and nothing hangs.
#[test]
fn a_write_error_ends_the_run_with_batches_in_flight() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("in.jsonl");
    let line = "{\"text\": \"Kenya said the talks would resume.\"}\n";
    std::fs::write(&path, line.repeat(1000)).unwrap();
    let p = PipelineBuilder::new().build().unwrap();
    for (threads, fail_at) in [(1, 1), (2, 100), (3, 300), (2, 1000)] {
        let mut reader = read::Reader::new(
            std::slice::from_ref(&path),
            read::Format::Auto,
            read::Fields::default(),
        );
        let mut sink = Failing { seen: 0, fail_at, checkpoints: 0 };
        let mut observed = 0;
        let run = p.run(&mut reader, &mut sink, threads, &mut |_, _| {
            observed += 1;
        });
        let err = run.unwrap_err().to_string();
        assert!(err.contains("the disk is full"), "{err}");
        assert_eq!((sink.seen, observed), (fail_at, fail_at - 1));
        // Checkpoints only after whole groups of batches written.
        let whole = (fail_at - 1) / (BATCH_DOCS * CHECKPOINT_BATCHES);
        assert_eq!(sink.checkpoints, whole, "{threads} {fail_at}");
    }
}

/// Batches come back in any order; they are taken in the order read.
#[test]
fn batches_are_taken_in_order_whatever_order_they_come_back_in() {
    let orders: [&[usize]; 4] =
        [&[0, 1, 2], &[2, 1, 0], &[1, 0, 3, 2], &[3, 0, 2, 1]];
    for order in orders {
        let (done, outputs) = std::sync::mpsc::channel();
        for &k in order {
            let mut out = DocOutput::default();
            out.document.doc_id = format!("batch {k}");
            done.send((k, Ok(vec![out]))).unwrap();
        }
        let mut back = InOrder { outputs, early: BTreeMap::new(), next: 0 };
        let taken: Vec<String> = (0..order.len())
            .map(|_| back.take().remove(0).document.doc_id)
            .collect();
        let want: Vec<String> =
            (0..order.len()).map(|k| format!("batch {k}")).collect();
        assert_eq!(taken, want, "sent in the order {order:?}");
    }
}

/// Documents finish in any order; the last to finish gets the batch,
/// in the order read.
#[test]
fn the_last_document_done_gets_its_batch_in_order() {
    let orders: [&[usize]; 3] = [&[0, 1, 2], &[2, 0, 1], &[1, 2, 0]];
    for order in orders {
        let hand = InHand::new(order.len());
        let mut got = None;
        for (n, &i) in order.iter().enumerate() {
            let mut out = DocOutput::default();
            out.document.doc_id = format!("doc {i}");
            let back = hand.put(i, out);
            assert_eq!(back.is_some(), n + 1 == order.len(), "{order:?}");
            got = back.or(got);
        }
        let ids: Vec<String> =
            got.unwrap().into_iter().map(|o| o.document.doc_id).collect();
        assert_eq!(ids, ["doc 0", "doc 1", "doc 2"], "{order:?}");
    }
}

/// A panic of a batch's job (not of a document, which is caught)
/// goes on in the thread that takes the batch.
#[test]
fn a_batch_job_panic_goes_on_where_the_batch_is_taken() {
    let (done, outputs) = std::sync::mpsc::channel();
    let panic = std::panic::catch_unwind(|| panic!("in a job"));
    done.send((0, panic.map(|()| Vec::new()))).unwrap();
    let mut back = InOrder { outputs, early: BTreeMap::new(), next: 0 };
    let taken = std::panic::catch_unwind(AssertUnwindSafe(|| back.take()));
    assert!(taken.is_err());
}

#[test]
fn pipeline_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Pipeline>();
}

#[test]
fn generic_sources_are_unattributed_unless_they_name_an_entity() {
    let p = PipelineBuilder::new().build().unwrap();
    let cases = [
        ("Officials said the talks would resume.", "unattributed", ""),
        ("Russian officials said the talks would resume.", "reported", "RUS"),
        ("Reports suggest a willingness to talk.", "unattributed", ""),
    ];
    for (text, kind, source) in cases {
        let out = p.process(&Document::new("d", text));
        let c = &out.claims[0];
        assert_eq!(
            (c.kind, c.source_entity_id.as_str()),
            (kind, source),
            "{text}"
        );
    }
}

/// Slices of the sample corpus and of awkward texts, cut anywhere:
/// nothing may panic, and every row's offsets must slice its text.
#[test]
fn no_slice_of_text_panics() {
    let p = PipelineBuilder::new().build().unwrap();
    let mut corpus = String::new();
    for file in
        ["news/summit.txt", "news/energy.md", "speeches.jsonl", "briefs.csv"]
    {
        let path =
            concat!(env!("CARGO_MANIFEST_DIR"), "/data/").to_string() + file;
        corpus.push_str(&std::fs::read_to_string(path).unwrap());
    }
    corpus.push_str(
        "''a,'' said, ''b'' “ ” « » „ “ \" — ― – -\n\n: “x y” Said X: “q r” \
         ,said Y, the Z. 1/2/3 2026-13-45 99/99/99 Q5 the 0th century \
         May May May 31 February 2026 Jan. . . ‘’ Ülkü’s İstanbul 🙂 ",
    );
    let chars: Vec<usize> =
        corpus.char_indices().map(|(i, _)| i).chain([corpus.len()]).collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let a = chars[(next() % chars.len() as u64) as usize];
        let b = chars[(next() % chars.len() as u64) as usize];
        let text = &corpus[a.min(b)..a.max(b)];
        let out = p.process(&Document::new("d", text));
        for e in &out.entities {
            assert_eq!(&text[e.start..e.end], e.text);
        }
        for c in &out.claims {
            assert_eq!(&text[c.start..c.end], c.text);
        }
    }
}

#[test]
fn offsets_in_chars_follow_multibyte_text() {
    let p = PipelineBuilder::new().build().unwrap();
    let text = "Ça va. Russia’s view, and Ukraine’s.";
    let out = p.process(&Document::new("d", text));
    let rows: Vec<(&str, usize, usize)> = out
        .entities
        .iter()
        .map(|r| (r.text.as_str(), r.char_start, r.char_end))
        .collect();
    assert_eq!(rows, [("Russia", 7, 13), ("Ukraine", 26, 33)]);
    let chars: Vec<char> = text.chars().collect();
    for r in &out.entities {
        let s: String = chars[r.char_start..r.char_end].iter().collect();
        assert_eq!(s, r.text);
    }
}
