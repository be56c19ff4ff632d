//! The pipeline: every stage, run over a stream of documents in parallel.
//!
//! Documents are taken from the reader in batches; each document of a
//! batch is a job for the rayon workers, several batches at a time, and
//! each batch is written by the calling thread in the order read, so
//! memory stays bounded and the output is the same at any thread count.

use std::collections::BTreeMap;
use std::mem::take;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};

use crate::claim::{
    Claim, ClaimDetector, ClaimKind, FirstPerson, cue_class, first_person,
    source_head,
};
use crate::dictionary::{Dictionary, DictionaryBuilder};
use crate::error::{Error, Result};
use crate::matcher::{
    DateMatcher, DateOrder, DocDate, LiteralMatcher, PersonMatcher, Triggers,
    Ymd, person_id,
};
use crate::matcher::{FastMap, OrgMatcher, dateline};
use crate::normalize::LfText;
use crate::read::{self, Body, Job};
use crate::resolve::organs::Organs;
use crate::resolve::resolve;
use crate::resolve::roles::RoleIndex;
use crate::resolve::speaker::{Speaker, SpeakerIndex};
use crate::resolve::{acronyms, teams};
use crate::sentence;
use crate::sink::{ClaimRow, DocOutput, DocumentRow, EntityRow, Sink};
use crate::span::{EntityKind, Mention, Rule};

/// Documents taken from the reader at a time: small batches are written
/// soon after their rows are made, while the caches still hold them (a
/// speech makes some 40 KB of rows; 64 documents a batch made the writer
/// read most of them from memory).
const BATCH_DOCS: usize = 16;
/// Bytes of text read with records taken at a time.
const BATCH_BYTES: usize = 4 << 20;
/// Batches in the workers' hands at a time, for each worker, and at
/// least in all: enough that no worker waits while a batch is written or
/// a checkpoint synced on a slow disk (two a worker were as fast here,
/// but a third slower with syncs of 20 ms).
const IN_FLIGHT_PER_WORKER: usize = 8;
const IN_FLIGHT_MIN: usize = 8;
/// Batches written between checkpoints (256 documents).
const CHECKPOINT_BATCHES: usize = 16;

/// Configures and builds a [`Pipeline`].
#[derive(Clone, Debug)]
pub struct PipelineBuilder {
    dictionaries: DictionaryBuilder,
    kinds: Vec<EntityKind>,
    claims: bool,
    date_order: DateOrder,
    doc_date: Option<DocDate>,
    max_doc_bytes: usize,
}

impl Default for PipelineBuilder {
    fn default() -> PipelineBuilder {
        let mut dictionaries = DictionaryBuilder::new();
        dictionaries.defaults();
        PipelineBuilder {
            dictionaries,
            kinds: EntityKind::ALL.to_vec(),
            claims: true,
            date_order: DateOrder::Auto,
            doc_date: None,
            max_doc_bytes: read::DEFAULT_MAX_DOC_BYTES,
        }
    }
}

impl PipelineBuilder {
    /// A builder with the default dictionaries, every kind and claims on.
    pub fn new() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// Uses `dictionaries` instead of the default ones.
    pub fn dictionaries(
        &mut self,
        dictionaries: DictionaryBuilder,
    ) -> &mut PipelineBuilder {
        self.dictionaries = dictionaries;
        self
    }

    /// Adds a dictionary file or folder after those already set.
    ///
    /// # Errors
    ///
    /// When it cannot be read.
    pub fn dictionary_path(
        &mut self,
        path: &Path,
    ) -> Result<&mut PipelineBuilder> {
        self.dictionaries.path(path)?;
        Ok(self)
    }

    /// The kinds of mention to find.
    pub fn kinds(&mut self, kinds: &[EntityKind]) -> &mut PipelineBuilder {
        self.kinds = kinds.to_vec();
        self
    }

    /// Whether to find claims.
    pub fn claims(&mut self, yes: bool) -> &mut PipelineBuilder {
        self.claims = yes;
        self
    }

    /// How to read numeric dates.
    pub fn date_order(&mut self, order: DateOrder) -> &mut PipelineBuilder {
        self.date_order = order;
        self
    }

    /// The date of documents that carry none and have no dateline.
    pub fn doc_date(&mut self, date: Option<DocDate>) -> &mut PipelineBuilder {
        self.doc_date = date;
        self
    }

    /// The bound on a text file's size: longer ones are cut to it, with a
    /// warning (see [`read::DEFAULT_MAX_DOC_BYTES`]).
    pub fn max_doc_bytes(&mut self, bytes: usize) -> &mut PipelineBuilder {
        self.max_doc_bytes = bytes.max(1);
        self
    }

    /// Compiles the dictionaries and the matchers, on the threads of the
    /// current rayon pool (in `ThreadPool::install`, that pool's).
    ///
    /// # Errors
    ///
    /// A dictionary problem, as `file:line: what is wrong`.
    pub fn build(&self) -> Result<Pipeline> {
        let dict = self.dictionaries.build()?;
        // The automaton takes most of start-up; the rest is built beside it.
        let people = PersonMatcher::new();
        let (literal, roles) = rayon::join(
            || LiteralMatcher::new(&dict),
            || {
                people.warm();
                RoleIndex::new(&dict)
            },
        );
        let organs = Organs::new(&dict);
        Ok(Pipeline {
            literal,
            roles,
            organs,
            people,
            dict,
            dates: DateMatcher::new(self.date_order),
            claims: self.claims.then(ClaimDetector::new),
            kinds: self.kinds.clone(),
            doc_date: self.doc_date,
            max_doc_bytes: self.max_doc_bytes,
            speakers: OnceLock::new(),
        })
    }
}

/// Extracts mentions and claims from documents.
#[derive(Clone, Debug)]
pub struct Pipeline {
    dict: Dictionary,
    literal: LiteralMatcher,
    roles: RoleIndex,
    organs: Organs,
    people: PersonMatcher,
    dates: DateMatcher,
    claims: Option<ClaimDetector>,
    kinds: Vec<EntityKind>,
    doc_date: Option<DocDate>,
    max_doc_bytes: usize,
    /// Speakers' names and ids, indexed when a document first has one.
    speakers: OnceLock<SpeakerIndex>,
}

/// What a run did, for the summary line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Documents processed, bad ones included.
    pub documents: usize,
    /// Bytes of text processed.
    pub bytes: usize,
    /// Mentions written.
    pub mentions: usize,
    /// Claims written.
    pub claims: usize,
    /// Documents with status `warning`.
    pub warnings: usize,
    /// Documents with status `error`.
    pub errors: usize,
    /// Files in folders skipped for their extension.
    pub skipped: usize,
}

/// A document ready for extraction.
#[derive(Clone, Debug)]
pub struct Document<'a> {
    /// Its id.
    pub id: &'a str,
    /// Its text.
    pub text: &'a str,
    /// The date its metadata gives, if any: it wins over a dateline.
    pub date: Option<DocDate>,
    /// Who speaks in it, as a name or an entity id, if known.
    pub speaker: Option<&'a str>,
    /// The country its speaker speaks for (ISO 3166 alpha-3), if known.
    pub country: Option<&'a str>,
}

impl<'a> Document<'a> {
    /// A document with nothing known of it but its text.
    pub fn new(id: &'a str, text: &'a str) -> Document<'a> {
        Document { id, text, date: None, speaker: None, country: None }
    }

    /// A document with the date and speaker its reader found (`meta`).
    pub fn with_meta(
        id: &'a str,
        text: &'a str,
        meta: &'a read::DocMeta,
    ) -> Document<'a> {
        Document {
            id,
            text,
            date: meta.date,
            speaker: meta.speaker.as_deref(),
            country: meta.country.as_deref(),
        }
    }
}

impl Pipeline {
    /// The compiled dictionary.
    pub fn dictionary(&self) -> &Dictionary {
        &self.dict
    }

    /// Runs every job through the pipeline into `sink`, on `threads`
    /// workers (0: one per core). `observe` sees each document's output
    /// after it is written, with the running summary: the caller reports
    /// problems and progress with it.
    ///
    /// # Errors
    ///
    /// When the sink fails to write, or the thread pool cannot start.
    /// Bad documents are no error: they get status `error` in their row.
    pub fn run(
        &self,
        reader: &mut read::Reader,
        sink: &mut dyn Sink,
        threads: usize,
        observe: &mut dyn FnMut(&Summary, &DocOutput),
    ) -> Result<Summary> {
        self.run_in(&thread_pool(threads)?, reader, sink, observe)
    }

    /// As `run`, on the workers of `pool`: a caller that built the
    /// pipeline in the same pool starts no more threads.
    ///
    /// # Errors
    ///
    /// When the sink fails to write.
    pub fn run_in(
        &self,
        pool: &rayon::ThreadPool,
        reader: &mut read::Reader,
        sink: &mut dyn Sink,
        observe: &mut dyn FnMut(&Summary, &DocOutput),
    ) -> Result<Summary> {
        let mut summary = Summary::default();
        // Several batches are in the workers' hands at a time, each
        // document a job of its own, so that a worker done with one
        // document goes on with the next, whatever its batch, instead of
        // waiting for the other's last documents. This thread reads the
        // batch after them, and writes each batch in order as it comes
        // back, then hands it to a worker to free (whose allocator made
        // its rows).
        let (done, outputs) = std::sync::mpsc::channel();
        let mut back = InOrder { outputs, early: BTreeMap::new(), next: 0 };
        let mut written = Ok(());
        let in_flight = (IN_FLIGHT_PER_WORKER * pool.current_num_threads())
            .max(IN_FLIGHT_MIN);
        pool.in_place_scope(|scope| {
            let mut sent = 0;
            let mut batch = next_batch(reader);
            let mut received: Option<Vec<DocOutput>> = None;
            loop {
                // Topped up before a batch is written, so that the
                // workers have batches in hand while it is.
                while sent < back.next + in_flight && !batch.is_empty() {
                    self.spawn_batch(scope, sent, take(&mut batch), &done);
                    sent += 1;
                    batch = next_batch(reader);
                }
                if let Some(outs) = received.take() {
                    // The last batch needs no checkpoint: `finish` follows.
                    let last = back.next == sent && batch.is_empty();
                    let checkpoint =
                        !last && back.next.is_multiple_of(CHECKPOINT_BATCHES);
                    summary.skipped = reader.skipped();
                    if written.is_ok() {
                        written = write(
                            sink,
                            &outs,
                            &mut summary,
                            observe,
                            checkpoint,
                        );
                    }
                    if written.is_err() {
                        // What the workers hold is finished and dropped;
                        // no more is read.
                        batch.clear();
                    }
                    if last {
                        // Freed beside `finish`, not waited for.
                        pool.spawn(move || drop(outs));
                    } else {
                        scope.spawn(move |_| drop(outs));
                    }
                }
                if back.next == sent {
                    break;
                }
                received = Some(back.take());
            }
        });
        written?;
        sink.finish()?;
        summary.skipped = reader.skipped();
        Ok(summary)
    }

    /// Gives the workers batch number `batch`, a job per document; the
    /// job that puts its last output sends the batch to `done`.
    fn spawn_batch<'s>(
        &'s self,
        scope: &rayon::Scope<'s>,
        batch: usize,
        jobs: Vec<Job>,
        done: &Sender<Returned>,
    ) {
        let hand = Arc::new(InHand::new(jobs.len()));
        for (i, job) in jobs.into_iter().enumerate() {
            let (hand, done) = (Arc::clone(&hand), done.clone());
            scope.spawn(move |_| {
                // A panic here (documents catch their own) is sent on, to
                // end the run as the caller's own.
                let put = std::panic::catch_unwind(AssertUnwindSafe(|| {
                    hand.put(i, self.process_job(job))
                }));
                // The receiver outlives every job of the scope.
                match put {
                    Ok(None) => {}
                    Ok(Some(outs)) => drop(done.send((batch, Ok(outs)))),
                    Err(p) => drop(done.send((batch, Err(p)))),
                }
            });
        }
    }

    /// Reads a job's text where needed and processes it. A panic while
    /// processing, which is a bug, costs that document only: it gets
    /// status `error` with the panic's message, and the run goes on.
    pub fn process_job(&self, job: Job) -> DocOutput {
        let (text, warning) = match job.body.text(self.max_doc_bytes) {
            Ok((t, w)) => (t, w.or(job.warning)),
            Err(message) => return failed(job.id, job.source, message),
        };
        let doc = Document::with_meta(&job.id, &text, &job.meta);
        // The pipeline holds no state a panic could leave half changed.
        let processed =
            std::panic::catch_unwind(AssertUnwindSafe(|| self.process(&doc)));
        let mut out = match processed {
            Ok(out) => out,
            Err(panic) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let message = format!(
                    "internal error, a bug in factscan (please report it): \
                     {what}"
                );
                return failed(job.id, job.source, message);
            }
        };
        out.document.source = job.source;
        if let Some(w) = warning {
            out.document.status = "warning";
            out.document.message = w;
        }
        out
    }

    /// Extracts the rows of one document. A text with CR line ends is
    /// read with LF ones, and its rows given its own offsets
    /// ([`LfText`]): CRLF changes no row but its offsets.
    pub fn process(&self, doc: &Document) -> DocOutput {
        let Some(lf) = LfText::of(doc.text) else {
            return self.process_scratch(doc);
        };
        let mut out =
            self.process_scratch(&Document { text: &lf.text, ..doc.clone() });
        lf.restore(doc.text, &mut out);
        out
    }

    fn process_scratch(&self, doc: &Document) -> DocOutput {
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => self.process_in(doc, &mut scratch),
            // Only if a stage ever ran a document on this thread while
            // one is in hand: buffers of its own.
            Err(_) => self.process_in(doc, &mut Scratch::default()),
        })
    }

    /// `process`, with the stages' buffers in `scratch`.
    fn process_in(&self, doc: &Document, scratch: &mut Scratch) -> DocOutput {
        #[cfg(test)]
        assert_ne!(doc.id, tests::PANICS, "a test panic");
        let text = doc.text;
        scratch.clear();
        let Scratch {
            sentences,
            candidates,
            triggers,
            known,
            mentions,
            claims,
        } = scratch;
        sentence::split(text, sentences);
        self.literal.find(&self.dict, text, candidates, triggers);
        // The spans the dictionary knows as something other than a person,
        // sorted: the rules do not take them apart.
        known.extend(
            candidates
                .iter()
                .filter(|m| m.kind != EntityKind::Person)
                .map(|m| (m.start, m.end)),
        );
        if self.kinds.contains(&EntityKind::Person) {
            let capitals = &triggers.capitals;
            self.people.find_with(text, known, capitals, candidates);
        }
        if self.kinds.contains(&EntityKind::Location) {
            dateline::find(text, candidates);
        }
        if self.kinds.contains(&EntityKind::Organization) {
            let capitals = &triggers.capitals;
            OrgMatcher.find_with(text, known, capitals, candidates);
        }
        // A run that wants no dates reads only what a dateline needs.
        let scan = self
            .kinds
            .contains(&EntityKind::Date)
            .then(|| self.dates.scan_with(text, &triggers.dates));
        let dateline = || match &scan {
            Some(scan) => scan.dateline(text),
            None => self.dates.dateline_with(text, &triggers.dates),
        };
        let date = doc
            .date
            .or_else(|| dateline().map(DocDate::from))
            .or(self.doc_date);
        if let Some(scan) = &scan {
            scan.mentions(date, candidates);
        }
        // Who held a role on a date known to its month or year: who held
        // it in the middle of it.
        let day = date.map(DocDate::reference_day);
        resolve(&self.dict, text, &self.kinds, day, candidates, mentions);
        if self.kinds.contains(&EntityKind::Location) {
            teams::mark(&self.dict, text, mentions);
            teams::named_after_places(text, mentions);
            mentions.retain(|m| self.kinds.contains(&m.kind));
        }
        acronyms::add(text, mentions);
        if self.kinds.contains(&EntityKind::Person) {
            self.roles.add(&self.dict, text, day, mentions);
        }
        if self.kinds.contains(&EntityKind::Organization) {
            let capitals = &triggers.capitals;
            self.organs.add(&self.dict, text, capitals, mentions);
        }
        if let Some(detector) = &self.claims {
            detector.find_with(text, sentences, &triggers.claims, claims);
        }
        let (sentences, mentions, claims) =
            (&*sentences, &*mentions, &*claims);
        let mut chars = CharCursor::new(text);
        let entities =
            self.entity_rows(doc.id, text, mentions, sentences, &mut chars);
        let speaker = self.speaker(doc, day);
        let date_str = date.map(DocDate::value).unwrap_or_default();
        let claim_rows = self.claim_rows(
            doc, mentions, &entities, claims, sentences, &mut chars,
            &date_str, &speaker,
        );
        let document = DocumentRow {
            doc_id: doc.id.to_string(),
            source: String::new(),
            date: date.map(|d| d.day.to_string()).unwrap_or_default(),
            date_precision: date.map_or("", |d| d.precision.as_str()),
            speaker: speaker.id,
            bytes: text.len(),
            sentences: sentences.len(),
            mentions: entities.len(),
            claims: claim_rows.len(),
            status: "ok",
            message: String::new(),
        };
        DocOutput { document, entities, claims: claim_rows }
    }

    fn entity_rows(
        &self,
        doc_id: &str,
        text: &str,
        mentions: &[Mention],
        sentences: &[(usize, usize)],
        chars: &mut CharCursor,
    ) -> Vec<EntityRow> {
        let mut number = itoa::Buffer::new();
        // "file:line" of each dictionary line that matched, made once.
        let mut rules: FastMap<(u32, u32), String> = FastMap::default();
        mentions
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let (entity_id, name) = match m.entry {
                    Mention::NO_ENTRY if m.label.is_empty() => {
                        (String::new(), String::new())
                    }
                    // A name found by pattern, its white space made one
                    // space ("António    Guterres" across a wrap).
                    Mention::NO_ENTRY => {
                        let name = if m.label.contains(['\n', '\t', '\r'])
                            || m.label.contains("  ")
                        {
                            m.label
                                .split_whitespace()
                                .collect::<Vec<_>>()
                                .join(" ")
                        } else {
                            m.label.clone()
                        };
                        (person_id(&m.label), name)
                    }
                    e => {
                        let entry = self.dict.entry(e);
                        (entry.id.clone(), entry.name.clone())
                    }
                };
                let rule = match m.rule {
                    Rule::Dictionary { file, line } => rules
                        .entry((file, line))
                        .or_insert_with(|| {
                            let file = &self.dict.files()[file as usize];
                            [file, ":", number.format(line)].concat()
                        })
                        .clone(),
                    Rule::Date(name) | Rule::Pattern(name) => name.to_string(),
                };
                EntityRow {
                    doc_id: doc_id.to_string(),
                    mention_id: numbered(doc_id, "#", number.format(i + 1)),
                    kind: m.kind.as_str(),
                    form: m.form.as_str(),
                    entity_id,
                    name,
                    text: text[m.start..m.end].to_string(),
                    start: m.start,
                    end: m.end,
                    char_start: chars.get(m.start),
                    char_end: chars.get(m.end),
                    sentence: sentence::index_of(sentences, m.start),
                    value: m.value.clone(),
                    rule,
                }
            })
            .collect()
    }

    /// The document's speaker and the country they speak for, as ids.
    fn speaker(&self, doc: &Document, day: Option<Ymd>) -> Speaker {
        if doc.speaker.is_none() && doc.country.is_none() {
            return Speaker::default();
        }
        let index =
            self.speakers.get_or_init(|| SpeakerIndex::new(&self.dict));
        index.resolve(&self.dict, doc.speaker, doc.country, day)
    }

    #[allow(clippy::too_many_arguments)]
    fn claim_rows(
        &self,
        doc: &Document,
        mentions: &[Mention],
        rows: &[EntityRow],
        claims: &[Claim],
        sentences: &[(usize, usize)],
        chars: &mut CharCursor,
        doc_date: &str,
        speaker: &Speaker,
    ) -> Vec<ClaimRow> {
        let text = doc.text;
        let mut number = itoa::Buffer::new();
        // Mentions are sorted by start: those within a span are found from
        // the first that starts in it, not by a scan of all.
        let within = |(s, e): (usize, usize)| {
            let first = mentions.partition_point(|m| m.start < s);
            mentions[first..]
                .iter()
                .zip(&rows[first..])
                .take_while(move |(m, _)| m.start < e)
                .filter(move |(m, _)| m.end <= e)
        };
        claims
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let sent = sentence::index_of(sentences, c.content.0);
                // The entities its head names, all where it coordinates
                // them ("France and Britain": FRA;GBR), people first
                // ("Russian President Vladimir Putin" is Putin).
                let source_entity_id = c
                    .source
                    .map(|s| {
                        let named: Vec<(&Mention, &EntityRow)> =
                            within(source_head(text, s))
                                .filter(|(m, _)| m.kind != EntityKind::Date)
                                .collect();
                        let people = named
                            .iter()
                            .any(|(m, _)| m.kind == EntityKind::Person);
                        let mut ids: Vec<&str> = Vec::new();
                        for (m, r) in &named {
                            let fits = !people || m.kind == EntityKind::Person;
                            if fits && !ids.contains(&r.entity_id.as_str()) {
                                ids.push(&r.entity_id);
                            }
                        }
                        ids.join(";")
                    })
                    .filter(|ids| !ids.is_empty())
                    .or_else(|| {
                        // "I" is the speaker; "we", the speaker's country.
                        let (a, b) = c.source?;
                        let id = match first_person(&text[a..b])? {
                            FirstPerson::Speaker => &speaker.id,
                            FirstPerson::Country => &speaker.country,
                        };
                        Some(id.clone())
                    })
                    .unwrap_or_default();
                let mut ids: Vec<&str> = Vec::new();
                for (m, r) in within(c.content) {
                    if m.kind != EntityKind::Date
                        && !ids.contains(&r.entity_id.as_str())
                    {
                        ids.push(&r.entity_id);
                    }
                }
                let kind = if c.generic_source && source_entity_id.is_empty() {
                    ClaimKind::Unattributed
                } else {
                    c.kind
                };
                let span_text = |s: Option<(usize, usize)>| {
                    s.map_or(String::new(), |(a, b)| text[a..b].to_string())
                };
                ClaimRow {
                    doc_id: doc.id.to_string(),
                    claim_id: numbered(doc.id, "#c", number.format(i + 1)),
                    sentence: sent,
                    start: c.content.0,
                    end: c.content.1,
                    char_start: chars.get(c.content.0),
                    char_end: chars.get(c.content.1),
                    kind: kind.as_str(),
                    source: span_text(c.source),
                    source_entity_id,
                    source_start: c.source.map(|s| s.0),
                    source_end: c.source.map(|s| s.1),
                    cue: span_text(c.cue),
                    cue_start: c.cue.map(|s| s.0),
                    cue_end: c.cue.map(|s| s.1),
                    cue_class: cue_class(c.cue.map(|(a, b)| &text[a..b]))
                        .as_str(),
                    text: text[c.content.0..c.content.1].to_string(),
                    hedge: c.hedges.join(";"),
                    negated: c.negated,
                    entity_ids: ids.join(";"),
                    date: claim_date(mentions, sentences, sent)
                        .unwrap_or(doc_date)
                        .to_string(),
                }
            })
            .collect()
    }
}

/// The value of the first date in sentence `sent` that names a time
/// rather than a vague reference.
fn claim_date<'m>(
    mentions: &'m [Mention],
    sentences: &[(usize, usize)],
    sent: usize,
) -> Option<&'m str> {
    let (s, e) = sentences.get(sent).copied()?;
    let first = mentions.partition_point(|m| m.start < s);
    mentions[first..]
        .iter()
        .take_while(|m| m.start < e)
        .filter(|m| m.kind == EntityKind::Date && m.end <= e)
        .map(|m| m.value.as_str())
        .find(|v| !v.ends_with("_REF") && !v.starts_with('X'))
}

/// Writes a batch's outputs in order, counting them, and makes all
/// written so far durable if `checkpoint`.
fn write(
    sink: &mut dyn Sink,
    outs: &[DocOutput],
    summary: &mut Summary,
    observe: &mut dyn FnMut(&Summary, &DocOutput),
    checkpoint: bool,
) -> Result<()> {
    for out in outs {
        sink.document(out)?;
        count(summary, out);
        observe(summary, out);
    }
    if checkpoint { sink.checkpoint() } else { Ok(()) }
}

/// A pool of `threads` workers (0: one per core).
///
/// # Errors
///
/// When the threads cannot start.
pub fn thread_pool(threads: usize) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Error::config(format!("cannot start threads: {e}")))
}

fn next_batch(reader: &mut read::Reader) -> Vec<Job> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
        let Some(job) = reader.next() else { break };
        if let Body::Text(t) = &job.body {
            bytes += t.len();
        }
        batch.push(job);
    }
    batch
}

/// A batch in the workers' hands. Each document is a job of its own:
/// a job that waits for others, as `par_iter`'s do, takes up other work
/// meanwhile, and with a later batch's job on its stack held its own
/// batch back until that one was done, while the workers ran out of
/// batches to take. The job that puts the last output gets the batch.
struct InHand {
    outs: Vec<Mutex<Option<DocOutput>>>,
    left: AtomicUsize,
}

impl InHand {
    fn new(docs: usize) -> InHand {
        let outs = (0..docs).map(|_| Mutex::new(None)).collect();
        InHand { outs, left: AtomicUsize::new(docs) }
    }

    /// Puts the output of document `i`; the batch's outputs, in order,
    /// once it is the last.
    fn put(&self, i: usize, out: DocOutput) -> Option<Vec<DocOutput>> {
        *lock(&self.outs[i]) = Some(out);
        if self.left.fetch_sub(1, Ordering::AcqRel) != 1 {
            return None;
        }
        Some(self.outs.iter().map(|o| lock(o).take().expect("put")).collect())
    }
}

/// The lock's value; no code panics while holding one of these.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A batch's number and outputs, or the panic of one of its jobs.
type Returned = (usize, std::thread::Result<Vec<DocOutput>>);

/// Batches' outputs as the workers send them back, taken in order.
struct InOrder {
    outputs: Receiver<Returned>,
    /// Those sent back before the ones before them.
    early: BTreeMap<usize, Vec<DocOutput>>,
    /// The number of the next batch to take.
    next: usize,
}

impl InOrder {
    /// The next batch's outputs, waited for; a panic of its job goes on
    /// here.
    fn take(&mut self) -> Vec<DocOutput> {
        let outs = loop {
            if let Some(outs) = self.early.remove(&self.next) {
                break outs;
            }
            let (k, outs) = self.outputs.recv().expect("a batch's output");
            let outs = outs.unwrap_or_else(|p| std::panic::resume_unwind(p));
            self.early.insert(k, outs);
        };
        self.next += 1;
        outs
    }
}

fn failed(id: String, source: String, message: String) -> DocOutput {
    DocOutput {
        document: DocumentRow {
            doc_id: id,
            source,
            status: "error",
            message,
            ..DocumentRow::default()
        },
        ..DocOutput::default()
    }
}

fn count(summary: &mut Summary, out: &DocOutput) {
    summary.documents += 1;
    summary.bytes += out.document.bytes;
    summary.mentions += out.entities.len();
    summary.claims += out.claims.len();
    match out.document.status {
        "warning" => summary.warnings += 1,
        "error" => summary.errors += 1,
        _ => {}
    }
}

/// The buffers of one document's stages, kept by each thread from one
/// document to the next: cleared for each, they are not grown (and
/// copied) anew for every document.
#[derive(Default)]
struct Scratch {
    sentences: Vec<(usize, usize)>,
    candidates: Vec<Mention>,
    triggers: Triggers,
    known: Vec<(usize, usize)>,
    mentions: Vec<Mention>,
    claims: Vec<Claim>,
}

impl Scratch {
    /// Empties every buffer, keeping its room.
    fn clear(&mut self) {
        self.sentences.clear();
        self.candidates.clear();
        self.triggers.dates.clear();
        self.triggers.claims.clear();
        self.triggers.capitals.clear();
        self.known.clear();
        self.mentions.clear();
        self.claims.clear();
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// `id`, `mark` and `n` in one string ("doc.txt#12", "doc.txt#c3"), made
/// at its size.
fn numbered(id: &str, mark: &str, n: &str) -> String {
    let mut out = String::with_capacity(id.len() + mark.len() + n.len());
    out.push_str(id);
    out.push_str(mark);
    out.push_str(n);
    out
}

/// Byte offsets to offsets in Unicode scalar values, counted from the
/// last offset asked for: rows ask in order (mentions do not overlap), so
/// each stretch of the text is counted about once.
struct CharCursor<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCursor<'a> {
    fn new(text: &'a str) -> CharCursor<'a> {
        CharCursor { text, byte: 0, chars: 0 }
    }

    /// The offset in characters of byte offset `byte`, a character
    /// boundary.
    fn get(&mut self, byte: usize) -> usize {
        if byte >= self.byte {
            self.chars += self.text[self.byte..byte].chars().count();
        } else {
            self.chars -= self.text[byte..self.byte].chars().count();
        }
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests {
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
            let mut back =
                InOrder { outputs, early: BTreeMap::new(), next: 0 };
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
            (
                "Russian officials said the talks would resume.",
                "reported",
                "RUS",
            ),
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
        for file in [
            "news/summit.txt",
            "news/energy.md",
            "speeches.jsonl",
            "briefs.csv",
        ] {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/")
                .to_string()
                + file;
            corpus.push_str(&std::fs::read_to_string(path).unwrap());
        }
        corpus.push_str(
            "''a,'' said, ''b'' “ ” « » „ “ \" — ― – -\n\n: “x y” Said X: “q r” \
             ,said Y, the Z. 1/2/3 2026-13-45 99/99/99 Q5 the 0th century \
             May May May 31 February 2026 Jan. . . ‘’ Ülkü’s İstanbul 🙂 ",
        );
        let chars: Vec<usize> = corpus
            .char_indices()
            .map(|(i, _)| i)
            .chain([corpus.len()])
            .collect();
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
}
