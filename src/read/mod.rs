//! Reading: from the inputs the user names to a stream of documents.
//!
//! [`Reader`] walks folders lazily, one folder at a time in sorted order,
//! and reads JSON Lines and CSV files one record at a time, so memory does
//! not grow with the corpus. Text files are not read here: the job names
//! the file and the worker that processes it reads it, so reading runs in
//! parallel too.

use std::collections::VecDeque;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

mod compress;
mod count;
mod meta;
mod records;

pub use compress::Codec;
pub use meta::{DocMeta, MetaJoin, MetaTable, date_from_path};
use records::{Line, LineLimit, next_csv, next_json, read_line_bounded};

use crate::matcher::FastMap;
use crate::normalize::{Decoded, decode};

/// How to read input files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// By extension: `.jsonl`/`.ndjson`, `.csv`/`.tsv`, text otherwise.
    #[default]
    Auto,
    /// One document per file.
    Text,
    /// One JSON object per line.
    Jsonl,
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

/// The format a file's extension gives: `.jsonl`/`.ndjson`, `.csv`/`.tsv`,
/// text for `.txt`, `.md` and no extension. Other files are skipped when
/// found in a folder, and read as text when named on the command line.
fn format_by_extension(path: &Path, explicit: bool) -> Option<Format> {
    let ext =
        path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("jsonl" | "ndjson") => Some(Format::Jsonl),
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
    Path {
        path: PathBuf,
        explicit: bool,
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
    Jsonl {
        name: String,
        lines: Box<dyn BufRead + Send>,
        line: usize,
    },
    Csv {
        name: String,
        reader: csv::Reader<Box<dyn Read + Send>>,
        columns: Columns,
    },
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
                _ => Pending::Path {
                    path: p.clone(),
                    explicit: true,
                    file: false,
                },
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

    /// The file names of the pending inputs' text documents that `table`
    /// holds as keys, with how many documents have each.
    fn file_names(&self, table: &MetaTable) -> FastMap<String, u32> {
        let mut names: FastMap<String, u32> = FastMap::default();
        let mut stack: Vec<(PathBuf, bool)> = self
            .pending
            .iter()
            .filter_map(|p| match p {
                Pending::Path { path, explicit, .. } => {
                    Some((path.clone(), *explicit))
                }
                _ => None,
            })
            .collect();
        while let Some((path, explicit)) = stack.pop() {
            let Ok(meta) = fs::metadata(&path) else { continue };
            if meta.is_dir() {
                let is_link = fs::symlink_metadata(&path)
                    .is_ok_and(|m| m.file_type().is_symlink());
                if !explicit && is_link {
                    continue;
                }
                let Ok(entries) = fs::read_dir(&path) else { continue };
                for e in entries.filter_map(|e| e.ok()) {
                    if !e.file_name().to_string_lossy().starts_with('.') {
                        stack.push((e.path(), false));
                    }
                }
                continue;
            }
            let text = matches!(
                self.format_of(&path, explicit),
                Some(Format::Text | Format::Auto | Format::Files)
            );
            if let Some(name) = path.file_name().and_then(|n| n.to_str())
                && text
                && table.has_key(name)
            {
                *names.entry(name.to_string()).or_default() += 1;
            }
        }
        names
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

    /// Expands a folder into its entries, sorted by name, in front of
    /// what is pending.
    fn expand(&mut self, dir: &Path) -> Option<Job> {
        let entries = match fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) => return Some(failed(dir, &e.to_string())),
        };
        // Where the listing tells an entry's type (most file systems do),
        // a regular file is not looked up again.
        let mut names: Vec<_> = entries
            .filter_map(|e| e.ok())
            .map(|e| {
                let file = e.file_type().is_ok_and(|t| t.is_file());
                (e.file_name(), file)
            })
            .collect();
        names.sort();
        for (name, file) in names.into_iter().rev() {
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            self.pending.push_front(Pending::Path {
                path: dir.join(name),
                explicit: false,
                file,
            });
        }
        None
    }

    fn open(
        &mut self,
        path: PathBuf,
        explicit: bool,
        file: bool,
    ) -> Option<Job> {
        if !file {
            let link = fs::symlink_metadata(&path)
                .map(|m| m.file_type().is_symlink());
            let meta = match fs::metadata(&path) {
                Ok(m) => m,
                Err(e) if link.as_ref().is_ok_and(|l| *l) => {
                    return Some(failed(
                        &path,
                        &format!("broken symbolic link ({e})"),
                    ));
                }
                Err(e) => return Some(failed(&path, &e.to_string())),
            };
            if meta.is_dir() {
                if !explicit && link.is_ok_and(|l| l) {
                    return None; // like ripgrep, symbolic links to folders are not followed
                }
                return self.expand(&path);
            }
        }
        let Some(format) = self.format_of(&path, explicit) else {
            self.skipped += 1;
            return None;
        };
        let name = path.display().to_string();
        self.count_file(&path, format);
        match format {
            Format::Text | Format::Auto | Format::Files => Some(Job {
                id: name.clone(),
                source: name,
                body: Body::File(path),
                meta: DocMeta::default(),
                warning: None,
            }),
            Format::Jsonl | Format::Csv => {
                let (inner, codec) = compress::split(&path);
                let input = fs::File::open(&path)
                    .and_then(|f| compress::decoder(self.counting(f), codec));
                let input = match input {
                    Ok(r) => r,
                    Err(e) => return Some(failed(&path, &e.to_string())),
                };
                self.start_records(name, input, format, is_tsv(&inner))
            }
        }
    }

    fn start_records(
        &mut self,
        name: String,
        input: Box<dyn Read + Send>,
        format: Format,
        tsv: bool,
    ) -> Option<Job> {
        if format == Format::Jsonl {
            let lines = Box::new(BufReader::new(input));
            self.records = Some(Records::Jsonl { name, lines, line: 0 });
            return None;
        }
        let input: Box<dyn Read + Send> = Box::new(LineLimit {
            inner: input,
            max: self.max_doc_bytes,
            run: 0,
        });
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(if tsv { b'\t' } else { b',' })
            .flexible(true)
            .from_reader(input);
        let headers = match reader.byte_headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                return Some(failed_named(
                    &name,
                    &format!("cannot read header: {e}"),
                ));
            }
        };
        let find = |f: &str| headers.iter().position(|h| h == f.as_bytes());
        let Some(text) = find(&self.fields.text) else {
            let msg =
                format!("no column `{}` in the header", self.fields.text);
            return Some(failed_named(&name, &msg));
        };
        let columns = Columns {
            text,
            id: find(&self.fields.id),
            date: find(&self.fields.date),
            speaker: find(&self.fields.speaker),
            country: find(&self.fields.country),
        };
        self.records = Some(Records::Csv { name, reader, columns });
        None
    }

    /// The next record of the open record file, if any is left.
    fn next_record(&mut self) -> Option<Job> {
        let records = self.records.as_mut()?;
        let job = match records {
            Records::Jsonl { name, lines, line } => {
                next_json(name, lines, line, &self.fields, self.max_doc_bytes)
            }
            Records::Csv { name, reader, columns } => {
                next_csv(name, reader, *columns)
            }
        };
        if job.is_none() {
            self.records = None;
        }
        job
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

/// The file of a record's source `FILE:LINE`, or the source itself.
fn record_file(source: &str) -> &str {
    match source.rsplit_once(':') {
        Some((file, line))
            if !line.is_empty()
                && line.bytes().all(|b| b.is_ascii_digit()) =>
        {
            file
        }
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
                Pending::Path { path, explicit, file } => {
                    self.open(path, explicit, file)
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

impl Reader {
    fn stdin(&mut self) -> Option<Job> {
        let name = "<stdin>".to_string();
        match self.format {
            Format::Files => {
                self.envelopes =
                    Some((Box::new(BufReader::new(io::stdin())), 0));
                None
            }
            Format::Jsonl | Format::Csv => self.start_records(
                name,
                Box::new(io::stdin()),
                self.format,
                false,
            ),
            Format::Auto | Format::Text => {
                let mut bytes = Vec::new();
                if let Err(e) = io::stdin().read_to_end(&mut bytes) {
                    return Some(failed_named(&name, &e.to_string()));
                }
                Some(from_bytes(
                    "stdin".into(),
                    name,
                    bytes,
                    DocMeta::default(),
                ))
            }
        }
    }
}

impl Reader {
    /// Reads the next envelope: a job for a text file, or the records of a
    /// JSON Lines or CSV file started; `None` at the end of the stream,
    /// or for a file skipped for its extension.
    fn next_envelope(&mut self) -> Option<Job> {
        let (lines, line) = self.envelopes.as_mut()?;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            *line += 1;
            let at = format!("<stdin>:{line}");
            // A file of `max_doc_bytes` takes 4/3 as much in base64.
            let max = self.max_doc_bytes / 3 * 4 + 4096;
            match read_line_bounded(lines, &mut buf, max) {
                Ok(Line::End) => {
                    self.envelopes = None;
                    return None;
                }
                Ok(Line::Whole) if buf.trim_ascii().is_empty() => continue,
                Ok(Line::Whole) => {}
                Ok(Line::TooLong) => {
                    let msg = format!(
                        "a file envelope longer than {max} bytes (--max-doc-bytes), skipped"
                    );
                    return Some(failed_named(&at, &msg));
                }
                Err(e) => return Some(failed_named(&at, &e.to_string())),
            }
            return match parse_envelope(&buf) {
                Ok((path, bytes)) => self.open_bytes(path, bytes),
                Err(msg) => Some(failed_named(
                    &at,
                    &format!("invalid file envelope: {msg}"),
                )),
            };
        }
    }

    /// Reads the bytes of a file as if they had been read from `path`.
    fn open_bytes(&mut self, path: PathBuf, bytes: Vec<u8>) -> Option<Job> {
        let (inner, codec) = compress::split(&path);
        let Some(format) = format_by_extension(&inner, false) else {
            self.skipped += 1;
            return None;
        };
        let name = path.display().to_string();
        let size = bytes.len();
        let input = Box::new(io::Cursor::new(bytes));
        match format {
            Format::Jsonl | Format::Csv => {
                let input = match compress::decoder(input, codec) {
                    Ok(r) => r,
                    Err(e) => return Some(failed(&path, &e.to_string())),
                };
                self.start_records(name, input, format, is_tsv(&inner))
            }
            _ => Some(match compress::read_all(input, codec, size) {
                Ok(bytes) => {
                    from_bytes(name.clone(), name, bytes, DocMeta::default())
                }
                Err(message) => failed_named(&name, &message),
            }),
        }
    }
}

/// `{"path": …, "data": base64}` → the path and the bytes.
fn parse_envelope(line: &[u8]) -> Result<(PathBuf, Vec<u8>), String> {
    use base64::Engine;
    let value: serde_json::Value =
        serde_json::from_slice(line).map_err(|e| e.to_string())?;
    let path = value["path"].as_str().ok_or("no string field `path`")?;
    let data = value["data"].as_str().ok_or("no string field `data`")?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data)
        .map_err(|e| format!("field `data` is not base64: {e}"))?;
    Ok((PathBuf::from(path), bytes))
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

/// A job for text read with its record.
fn from_bytes(
    id: String,
    source: String,
    bytes: Vec<u8>,
    meta: DocMeta,
) -> Job {
    let (body, warning) = match decode(bytes) {
        Decoded::Text(t) => (Body::Text(t), None),
        Decoded::Repaired(t, w) => (Body::Text(t), Some(w)),
        Decoded::Binary => {
            (Body::Failed("binary data (NUL bytes)".into()), None)
        }
    };
    Job { id, source, body, meta, warning }
}

/// Reads a text file's job: its bytes, decompressed and decoded, cut
/// (with a warning) to `max` bytes.
///
/// # Errors
///
/// When the file cannot be read, its archive is broken, or it is binary.
pub fn read_file(
    path: &Path,
    max: usize,
) -> Result<(String, Option<String>), String> {
    let (_, codec) = compress::split(path);
    let file = fs::File::open(path).map_err(|e| e.to_string())?;
    // Room for the file as it is on disk: all of it when not compressed.
    let size = file.metadata().map_or(0, |m| m.len() as usize);
    let size = size.min(max) + 1;
    let input =
        compress::decoder(Box::new(file), codec).map_err(|e| e.to_string())?;
    let mut bytes =
        compress::read_all(Box::new(input.take(max as u64 + 1)), None, size)?;
    let cut = bytes.len() > max;
    if cut {
        bytes.truncate(max);
        // A character the cut splits is left out whole, so that it does
        // not read as a stray byte.
        let lead = bytes.iter().rev().take(4).position(|b| b & 0xC0 != 0x80);
        if let Some(back) = lead {
            let at = bytes.len() - 1 - back;
            let len = match bytes[at] {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            };
            if at + len > bytes.len() {
                bytes.truncate(at);
            }
        }
    }
    let (mut text, mut warning) = match decode(bytes) {
        Decoded::Text(t) => (t, None),
        Decoded::Repaired(t, w) => (t, Some(w)),
        Decoded::Binary => return Err("binary data (NUL bytes)".into()),
    };
    if cut {
        let mut end = max.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        let note = format!("cut to {max} bytes (--max-doc-bytes)");
        warning =
            Some(warning.map_or(note.clone(), |w| format!("{w}; {note}")));
    }
    Ok((text, warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jobs(dir: &Path, format: Format) -> Vec<(String, String)> {
        Reader::new(&[dir.to_path_buf()], format, Fields::default())
            .map(|j| {
                let body = match j.body {
                    Body::File(_) => "file".to_string(),
                    Body::Text(t) => t,
                    Body::Failed(m) => format!("failed: {m}"),
                };
                (j.id, body)
            })
            .collect()
    }

    #[test]
    fn folders_are_walked_in_sorted_order_and_other_files_skipped() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        fs::create_dir_all(dir.join("b")).unwrap();
        fs::write(dir.join("b/z.txt"), "z").unwrap();
        fs::write(dir.join("a.md"), "a").unwrap();
        fs::write(dir.join("c"), "c").unwrap();
        fs::write(dir.join("d.png"), "d").unwrap();
        let mut r =
            Reader::new(&[dir.to_path_buf()], Format::Auto, Fields::default());
        let ids: Vec<String> = r.by_ref().map(|j| j.id).collect();
        let d = dir.display();
        assert_eq!(
            ids,
            [format!("{d}/a.md"), format!("{d}/b/z.txt"), format!("{d}/c")]
        );
        assert_eq!(r.skipped(), 1);
    }

    #[test]
    fn json_lines_give_one_job_per_line_and_report_bad_lines() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let f = dir.join("d.jsonl");
        fs::write(&f, "{\"id\":\"a\",\"text\":\"one\",\"date\":\"2026-01-07\"}\n\n{bad\n{\"text\":\"three\"}\n{\"id\":5}\n").unwrap();
        let got = jobs(&f, Format::Auto);
        let n = f.display();
        assert_eq!(got[0], ("a".into(), "one".into()));
        assert_eq!(got[1].0, format!("{n}:3"));
        assert!(got[1].1.starts_with("failed: invalid JSON"), "{:?}", got[1]);
        assert_eq!(got[2], (format!("{n}:4"), "three".into()));
        assert_eq!(got[3], ("5".into(), "failed: no field `text`".into()));
    }

    #[test]
    fn csv_rows_give_one_job_per_row_and_report_bad_rows() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let f = dir.join("d.csv");
        fs::write(&f, "id,text\na,\"one, two\"\nb,x,extra\n,three\n").unwrap();
        let got = jobs(&f, Format::Auto);
        let n = f.display();
        assert_eq!(got[0], ("a".into(), "one, two".into()));
        assert_eq!(
            got[1],
            (
                format!("{n}:3"),
                "failed: 3 fields, but the header has 2".into()
            )
        );
        assert_eq!(got[2], (format!("{n}:4"), "three".into()));
    }

    #[test]
    fn a_cut_leaves_out_the_character_it_splits() {
        let tmp = tempfile::tempdir().unwrap();
        let f = tmp.path().join("a.txt");
        // "São" is S, 0xC3 0xA3, o: a cut at 2 splits the "ã".
        fs::write(&f, "São Paulo").unwrap();
        let cases = [
            (2, "S", "cut to 2 bytes (--max-doc-bytes)"),
            (3, "Sã", "cut to 3 bytes (--max-doc-bytes)"),
        ];
        for (max, text, warning) in cases {
            let (got, w) = read_file(&f, max).unwrap();
            assert_eq!((got.as_str(), w.as_deref()), (text, Some(warning)));
        }
    }

    #[test]
    fn nested_fields_are_reached_with_dots() {
        let v: serde_json::Value =
            serde_json::from_str(r#"{"body":{"text":"hi"}}"#).unwrap();
        let fields = Fields { text: "body.text".into(), ..Fields::default() };
        assert!(
            matches!(records::json_job(&v, "f:1", &fields).body, Body::Text(t) if t == "hi")
        );
    }
}
