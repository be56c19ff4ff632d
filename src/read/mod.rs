//! Reading: from the inputs the user names to a stream of documents.
//!
//! [`Reader`] walks folders lazily, one folder at a time in sorted order,
//! and reads JSON Lines and CSV files one record at a time, so memory does
//! not grow with the corpus. Text files are not read here: the job names
//! the file and the worker that processes it reads it, so reading runs in
//! parallel too.
//!
//! Here: the formats, the jobs and the reader's loop. Beside: `walk`
//! (folders and files), `records` (JSON Lines and CSV), `stdin`
//! (standard input and file envelopes), `text` (text files and fields,
//! decoded), `meta` (dates and speakers), `compress` (.gz, .zst).

use std::collections::VecDeque;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};

mod compress;
mod count;
mod glob;
mod json;
mod meta;
mod records;
mod stdin;
mod text;
mod walk;

pub use compress::Codec;
pub use glob::Globs;
pub use meta::{DocMeta, MetaJoin, MetaTable, date_from_path};
pub use text::read_file;

/// How to read input files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// By extension: `.jsonl`/`.ndjson`, `.json`, `.csv`/`.tsv`, text
    /// otherwise.
    #[default]
    Auto,
    /// One document per file.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// A JSON array of objects, or one object: a document per object.
    Json,
    /// One document per row, comma-separated (tab-separated for `.tsv`).
    Csv,
    /// Files shipped whole on standard input, one JSON object a line:
    /// `{"path": "data/a.txt", "data": "<base64 of its bytes>"}`. Each is
    /// read as the file at `path` would be, by its extension: this is how
    /// a cluster job hands factscan a share of a corpus and still gets the
    /// ids, sources and problems of a single-machine run.
    Files,
}

/// The names of the fields of records.
#[derive(Clone, Debug)]
pub struct Fields {
    /// The field holding the text; dots reach into nested objects.
    pub text: String,
    /// The field holding the id, if any.
    pub id: String,
    /// The field holding the date, if any.
    pub date: String,
    /// The field holding the speaker's name or entity id, if any.
    pub speaker: String,
    /// The field holding the country the speaker speaks for, if any.
    pub country: String,
}

impl Default for Fields {
    fn default() -> Fields {
        Fields {
            text: "text".into(),
            id: "id".into(),
            date: "date".into(),
            speaker: "speaker".into(),
            country: "country".into(),
        }
    }
}

/// The format a file's extension gives: `.jsonl`/`.ndjson`, `.json`,
/// `.csv`/`.tsv`,
/// text for `.txt`, `.md` and no extension. Other files are skipped when
/// found in a folder, and read as text when named on the command line.
fn format_by_extension(path: &Path, explicit: bool) -> Option<Format> {
    let ext =
        path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("jsonl" | "ndjson") => Some(Format::Jsonl),
        Some("json") => Some(Format::Json),
        Some("csv" | "tsv") => Some(Format::Csv),
        None | Some("txt" | "md" | "text") => Some(Format::Text),
        Some(_) if explicit => Some(Format::Text),
        Some(_) => None,
    }
}

fn is_tsv(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("tsv"))
}

/// One document to process: read already, or a file to read.
#[derive(Debug)]
pub struct Job {
    /// The document's id.
    pub id: String,
    /// Where it came from: the file, with `:line` for records.
    pub source: String,
    /// Its text, or where to read it.
    pub body: Body,
    /// Its date and speaker from its record's fields, a metadata table or
    /// its path.
    pub meta: DocMeta,
    /// A problem met while reading it, that did not stop it.
    pub warning: Option<String>,
}

/// A document's text, or why there is none.
#[derive(Debug)]
pub enum Body {
    /// A text file, read by the worker.
    File(PathBuf),
    /// Text read with its record.
    Text(String),
    /// It could not be read: the message says why.
    Failed(String),
}

impl Body {
    /// The document's text and any warning from reading it: read now for
    /// a file (cut to `max` bytes), as it is for a record, or the reason
    /// there is none.
    ///
    /// # Errors
    ///
    /// The message of a document that cannot be read.
    pub fn text(
        self,
        max: usize,
    ) -> std::result::Result<(String, Option<String>), String> {
        match self {
            Body::Text(t) => Ok((t, None)),
            Body::File(path) => read_file(&path, max),
            Body::Failed(message) => Err(message),
        }
    }
}

/// What is left to read.
enum Pending {
    /// `file`: its folder's listing says it is a regular file (no link):
    /// it need not be looked up again.
    /// `root`: the folder named on the command line it was found in,
    /// `None` for a path named there itself.
    Path {
        path: PathBuf,
        root: Option<Arc<Path>>,
        file: bool,
    },
    Bytes {
        path: PathBuf,
        bytes: Vec<u8>,
    },
    Stdin,
}

/// The records of one open JSON Lines or CSV file.
enum Records {
    /// `leave`: how to leave the file out of the run, for messages.
    Jsonl {
        name: String,
        lines: Box<dyn BufRead + Send>,
        line: usize,
        leave: Option<String>,
    },
    Csv {
        name: String,
        reader: csv::Reader<Box<dyn Read + Send>>,
        columns: Columns,
    },
    Json(json::JsonFile),
}

/// Where a CSV file's fields are.
#[derive(Clone, Copy, Debug)]
struct Columns {
    text: usize,
    id: Option<usize>,
    date: Option<usize>,
    speaker: Option<usize>,
    country: Option<usize>,
}

/// Turns inputs into jobs, in a deterministic order.
pub struct Reader {
    format: Format,
    fields: Fields,
    pending: VecDeque<Pending>,
    records: Option<Records>,
    envelopes: Option<(Box<dyn BufRead + Send>, usize)>,
    skipped: usize,
    max_doc_bytes: usize,
    meta: Option<MetaJoin>,
    date_from_path: bool,
    /// Bytes of input files read, where counted (see `count`).
    counted: Option<count::Count>,
    globs: Option<Globs>,
    notices: Option<Sender<String>>,
}

/// The default bound on a document's size, `--max-doc-bytes`: 16 MiB.
/// A longer text file is cut to it, with a warning; a longer JSON line or
/// CSV record is skipped, with an error. Memory stays bounded by it.
pub const DEFAULT_MAX_DOC_BYTES: usize = 16 << 20;

impl Reader {
    /// A reader of `inputs`; `-` is standard input.
    pub fn new(inputs: &[PathBuf], format: Format, fields: Fields) -> Reader {
        let pending = inputs
            .iter()
            .map(|p| match p.to_str() {
                Some("-") => Pending::Stdin,
                _ => {
                    Pending::Path { path: p.clone(), root: None, file: false }
                }
            })
            .collect();
        Reader {
            format,
            fields,
            pending,
            records: None,
            envelopes: None,
            skipped: 0,
            max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
            meta: None,
            date_from_path: false,
            counted: None,
            globs: None,
            notices: None,
        }
    }

    /// Joins the rows of `table` to the documents (`--meta`): their date,
    /// where no field gives one, and their speaker. The inputs' listing is
    /// walked first, for the file names several documents share.
    pub fn meta(&mut self, table: MetaTable) -> &mut Reader {
        let names = self.file_names(&table);
        self.meta = Some(MetaJoin::new(table, names));
        self
    }

    /// Reads, of the files found in folders, only those `globs` choose
    /// (`-g`); a file named on the command line is read all the same.
    /// Set it before [`Reader::meta`], whose walk it shapes too.
    pub fn globs(&mut self, globs: Globs) -> &mut Reader {
        self.globs = Some(globs);
        self
    }

    /// Facts about how the inputs are read that a user may want told,
    /// sent as they are met (the library prints nothing): standard input
    /// read as JSON Lines, for one. Poll the receiver during a run, or
    /// drain it after.
    pub fn notices(&mut self) -> Receiver<String> {
        let (send, receive) = mpsc::channel();
        self.notices = Some(send);
        receive
    }

    fn notice(&self, message: &str) {
        if let Some(send) = &self.notices {
            // Nobody listening is no error.
            let _ = send.send(message.to_string());
        }
    }

    /// Takes a document's date from its path where no field or metadata
    /// row gives one (`--date-from-path`).
    pub fn date_from_path(&mut self, yes: bool) -> &mut Reader {
        self.date_from_path = yes;
        self
    }

    /// The problems of the metadata join met so far, taken: file names
    /// shared by several documents, documents joined twice.
    pub fn meta_problems(&mut self) -> Vec<String> {
        self.meta.as_mut().map(MetaJoin::take_problems).unwrap_or_default()
    }

    /// The first `limit` metadata rows that joined no document, and how
    /// many there are; meant for the end of a run.
    pub fn meta_unjoined(&self, limit: usize) -> (Vec<String>, usize) {
        self.meta.as_ref().map_or((Vec::new(), 0), |m| m.unjoined(limit))
    }

    /// Completes a job's metadata: a date field wins, then the metadata
    /// table's row, then the path's date.
    fn complete(&mut self, mut job: Job) -> Job {
        if matches!(job.body, Body::Failed(_)) {
            return job;
        }
        let file = match &job.body {
            Body::File(path) => Some(path.as_path()),
            _ => None,
        };
        if let Some(join) = &mut self.meta
            && let Some(row) = join.join(&job.id, file)
        {
            job.meta.date = job.meta.date.or(row.date);
            job.meta.speaker = job.meta.speaker.take().or(row.speaker);
            job.meta.country = job.meta.country.take().or(row.country);
        }
        if self.date_from_path && job.meta.date.is_none() {
            let path = match &job.body {
                Body::File(path) => path.to_string_lossy(),
                _ => std::borrow::Cow::Borrowed(record_file(&job.source)),
            };
            job.meta.date = date_from_path(&path);
        }
        job
    }

    /// A reader of one file's bytes, read as the file at `path` would be
    /// (by its extension, decompressed): for tests, fuzzing, and callers
    /// that hold files in memory.
    pub fn from_bytes(path: &Path, bytes: Vec<u8>, fields: Fields) -> Reader {
        let mut reader = Reader::new(&[], Format::Auto, fields);
        reader
            .pending
            .push_back(Pending::Bytes { path: path.to_path_buf(), bytes });
        reader
    }

    /// Sets the bound on a record's size (see [`DEFAULT_MAX_DOC_BYTES`]).
    pub fn max_doc_bytes(&mut self, bytes: usize) -> &mut Reader {
        self.max_doc_bytes = bytes.max(1);
        self
    }

    /// How many files found in folders were skipped for their extension.
    pub fn skipped(&self) -> usize {
        self.skipped
    }

    fn format_of(&self, path: &Path, explicit: bool) -> Option<Format> {
        let (path, _) = compress::split(path);
        let path = path.as_path();
        match self.format {
            Format::Auto | Format::Files => {
                format_by_extension(path, explicit)
            }
            format => Some(format),
        }
    }
}

impl Iterator for Reader {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        let job = self.next_job()?;
        if self.meta.is_none() && !self.date_from_path {
            return Some(job);
        }
        Some(self.complete(job))
    }
}

/// The file of a record's source, `FILE:LINE` or `FILE[N]` (an element
/// of a JSON array), or the source itself.
fn record_file(source: &str) -> &str {
    let digits =
        |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some((file, line)) = source.rsplit_once(':')
        && digits(line)
    {
        return file;
    }
    match source.strip_suffix(']').and_then(|s| s.rsplit_once('[')) {
        Some((file, n)) if digits(n) => file,
        _ => source,
    }
}

impl Reader {
    fn next_job(&mut self) -> Option<Job> {
        loop {
            if self.records.is_some() {
                if let Some(job) = self.next_record() {
                    return Some(job);
                }
                continue;
            }
            if self.envelopes.is_some() {
                if let Some(job) = self.next_envelope() {
                    return Some(job);
                }
                continue;
            }
            let job = match self.pending.pop_front()? {
                Pending::Path { path, root, file } => {
                    self.open(path, root, file)
                }
                Pending::Bytes { path, bytes } => self.open_bytes(path, bytes),
                Pending::Stdin => self.stdin(),
            };
            if job.is_some() {
                return job;
            }
        }
    }
}

fn failed(path: &Path, message: &str) -> Job {
    failed_named(&path.display().to_string(), message)
}

fn failed_named(name: &str, message: &str) -> Job {
    Job {
        id: name.to_string(),
        source: name.to_string(),
        body: Body::Failed(message.to_string()),
        meta: DocMeta::default(),
        warning: None,
    }
}

#[cfg(test)]
mod tests;
