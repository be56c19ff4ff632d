//! The pipeline: every stage, run over a stream of documents in parallel.
//!
//! Documents are taken from the reader in batches; each document of a
//! batch is a job for the rayon workers, several batches at a time, and
//! each batch is written by the calling thread in the order read, so
//! memory stays bounded and the output is the same at any thread count.
//!
//! Here: the builder and one document's stages (`process_in`); in `run`,
//! the batches in the workers' hands and their writing in order; in
//! `rows`, a document's mentions and claims made into the tables' rows.

use std::collections::BTreeMap;
use std::mem::take;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};

use crate::calendar::{DocDate, Ymd};
use crate::claim::{
    Claim, ClaimDetector, ClaimKind, FirstPerson, cue_class, first_person,
    source_head,
};
use crate::date::{DateMatcher, DateOrder, DatePreference};
use crate::dictionary::{Dictionary, DictionaryBuilder};
use crate::error::{Error, Result};
use crate::hash::FastMap;
use crate::matcher::{LiteralMatcher, PersonMatcher, Triggers, person_id};
use crate::matcher::{OrgMatcher, dateline};
use crate::normalize::LfText;
use crate::read::{self, Body, Job};
use crate::resolve::organs::Organs;
use crate::resolve::resolve;
use crate::resolve::roles::RoleIndex;
use crate::resolve::speaker::{Speaker, SpeakerIndex};
use crate::resolve::{acronyms, regions, teams};
use crate::sentence;
use crate::sink::{
    ClaimRow, DocOutput, DocumentRow, EntityRow, MentionId, Sink,
};
use crate::span::{EntityKind, Mention, Rule};

mod rows;
mod run;

use rows::CharCursor;
pub use run::thread_pool;

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

/// The dictionary pass of `dict` as the pipeline runs it: its aliases,
/// and the trigger words of the date grammar and of claims.
pub fn literal_matcher(dict: &Dictionary) -> LiteralMatcher {
    let dates: Vec<&str> = crate::date::trigger_words().collect();
    let claims = crate::claim::trigger_words();
    LiteralMatcher::with_triggers(dict, &dates, &claims)
}

/// Configures and builds a [`Pipeline`].
#[derive(Clone, Debug)]
pub struct PipelineBuilder {
    dictionaries: DictionaryBuilder,
    kinds: Vec<EntityKind>,
    claims: bool,
    date_order: DateOrder,
    prefer_dates: DatePreference,
    vague_dates: bool,
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
            prefer_dates: DatePreference::Nearest,
            vague_dates: false,
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

    /// Which way to read a date that leaves its year or week open ("Aug
    /// 8", "on Tuesday") where the text gives no cue.
    pub fn prefer_dates(
        &mut self,
        prefer: DatePreference,
    ) -> &mut PipelineBuilder {
        self.prefer_dates = prefer;
        self
    }

    /// Whether vague references to the present, past and future ("now",
    /// "recently", "in the future") are date mentions (see
    /// [`DateMatcher::vague`]); they are not by default.
    pub fn vague_dates(&mut self, vague: bool) -> &mut PipelineBuilder {
        self.vague_dates = vague;
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
            || literal_matcher(&dict),
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
            dates: DateMatcher::new(self.date_order)
                .prefer(self.prefer_dates)
                .vague(self.vague_dates),
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
        rows::restore(&lf, doc.text, &mut out);
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
            scan.mentions_in(date, doc.country, candidates);
        }
        // Who held a role on a date known to its month or year: who held
        // it in the middle of it.
        let day = date.map(DocDate::reference_day);
        resolve(&self.dict, text, &self.kinds, day, candidates, mentions);
        if self.kinds.contains(&EntityKind::Location) {
            regions::widen(&self.dict, text, mentions);
            teams::mark(&self.dict, text, mentions);
            teams::in_lists(&self.dict, text, mentions);
            teams::named_after_places(text, mentions);
            teams::clubs_in_prose(&self.dict, text, sentences, mentions);
            mentions.retain(|m| self.kinds.contains(&m.kind));
        }
        if self.kinds.contains(&EntityKind::Organization) {
            teams::unnamed(&self.dict, text, mentions);
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

#[cfg(test)]
mod tests;
