//! Writing: the rows of the tables, and the sinks they go to.
//!
//! The column order of each row struct is the table's contract. A
//! [`FileSink`] writes `entities`, `claims`, `documents` and
//! `entity_summary` into a folder as CSV, TSV or JSON Lines (a
//! `ParquetSink`, with the `parquet` feature, as Parquet; an `XlsxSink`,
//! with the `xlsx` feature, as the sheets of one workbook), through
//! temporary files renamed into place when the run is done, so a table
//! that looks complete is complete, holding the folder's [`lock`] so
//! that no other run writes there at the same time. [`html`] draws one document as a
//! page. A [`JsonlSink`]
//! streams every row as one JSON object a line, tagged with its table.
//! A [`VecSink`] keeps the rows in memory, for tests and library users.

use std::io::Write;
use std::sync::Arc;

use serde::Serialize;

pub mod cells;
pub mod checkpoint;
mod files;
pub mod html;
pub mod lock;
#[cfg(feature = "parquet")]
mod parquet;
pub mod row;
mod summary;
#[cfg(feature = "xlsx")]
pub mod xlsx;

pub use files::FileSink;
#[cfg(feature = "parquet")]
pub use parquet::ParquetSink;
pub use summary::{EntitySummary, SUMMARY_COLUMNS, SummaryRow};
#[cfg(feature = "xlsx")]
pub use xlsx::XlsxSink;

use crate::error::{Error, Result};

/// The format of the tables written into a folder.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OutputFormat {
    /// RFC 4180 CSV with a header row.
    #[default]
    Csv,
    /// Tab-separated, with a header row.
    Tsv,
    /// One JSON object a line.
    Jsonl,
    /// Apache Parquet (with the `parquet` cargo feature).
    Parquet,
    /// One Excel workbook, a sheet for each table (with the `xlsx` cargo
    /// feature).
    Xlsx,
}

impl OutputFormat {
    /// The file extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            OutputFormat::Csv => "csv",
            OutputFormat::Tsv => "tsv",
            OutputFormat::Jsonl => "jsonl",
            OutputFormat::Parquet => "parquet",
            OutputFormat::Xlsx => "xlsx",
        }
    }
}

/// How CSV and TSV cells are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CellOptions {
    /// Write text exactly: no formula escaping, no cutting, no removal of
    /// control characters (for pipelines that do not end in a
    /// spreadsheet).
    pub raw: bool,
    /// Start each file with a UTF-8 byte order mark, for Excel.
    pub excel: bool,
}

/// A sink writing the tables into folder `dir` in `format`.
///
/// # Errors
///
/// When the folder or its files cannot be created, another run holds the
/// folder's lock, or Parquet or xlsx is asked of a build without its
/// feature.
pub fn folder_sink(
    dir: &std::path::Path,
    format: OutputFormat,
    options: CellOptions,
    fingerprint: &str,
) -> Result<Box<dyn Sink>> {
    match format {
        #[cfg(feature = "parquet")]
        OutputFormat::Parquet => Ok(Box::new(ParquetSink::create(dir)?)),
        #[cfg(not(feature = "parquet"))]
        OutputFormat::Parquet => Err(Error::config(
            "this factscan was built without Parquet: build it with `cargo build --release --features parquet`",
        )),
        #[cfg(feature = "xlsx")]
        OutputFormat::Xlsx => Ok(Box::new(XlsxSink::create(dir)?)),
        #[cfg(not(feature = "xlsx"))]
        OutputFormat::Xlsx => Err(Error::config(
            "this factscan was built without xlsx: build it with `cargo build --release --features xlsx`",
        )),
        _ => {
            Ok(Box::new(FileSink::create(dir, format, options, fingerprint)?))
        }
    }
}

/// A mention's id, `doc_id#n` ("speech.txt#12", its `n`th mention), kept
/// as its parts: the document's id is shared by its rows, not copied into
/// each (a copy and an allocation a row were about 1 % of a run). It is
/// written, displayed and serialized as the one string.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MentionId {
    /// The document's id.
    pub doc_id: Arc<str>,
    /// The mention's number in the document, from 1; 0 (the default) is
    /// no id, written empty.
    pub n: usize,
}

impl MentionId {
    /// What stands between the document's id and the number.
    pub const MARK: &'static str = "#";
}

impl std::fmt::Display for MentionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.n == 0 {
            return Ok(());
        }
        write!(f, "{}{}{}", self.doc_id, Self::MARK, self.n)
    }
}

impl Serialize for MentionId {
    fn serialize<S: serde::Serializer>(
        &self,
        s: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One row of `entities.csv`: a mention.
///
/// The fields are the columns, documented in `README.md`.
#[allow(missing_docs)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct EntityRow {
    pub doc_id: Arc<str>,
    pub mention_id: MentionId,
    pub kind: &'static str,
    pub form: &'static str,
    pub entity_id: Arc<str>,
    pub name: Arc<str>,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub sentence: usize,
    pub value: String,
    pub rule: Arc<str>,
}

/// One row of `claims.csv`.
///
/// The fields are the columns, documented in `README.md`.
#[allow(missing_docs)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ClaimRow {
    pub doc_id: String,
    pub claim_id: String,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub kind: &'static str,
    pub source: String,
    pub source_entity_id: String,
    pub source_start: Option<usize>,
    pub source_end: Option<usize>,
    pub cue: String,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    pub cue_class: &'static str,
    pub text: String,
    pub hedge: String,
    pub negated: bool,
    pub entity_ids: String,
    pub date: String,
}

/// One row of `documents.csv`.
///
/// The fields are the columns, documented in `README.md`.
#[allow(missing_docs)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DocumentRow {
    pub doc_id: String,
    pub source: String,
    pub date: String,
    pub date_precision: &'static str,
    pub speaker: String,
    pub bytes: usize,
    pub sentences: usize,
    pub mentions: usize,
    pub claims: usize,
    pub status: &'static str,
    pub message: String,
}

/// The column names of each table, in order.
pub const ENTITY_COLUMNS: [&str; 14] = [
    "doc_id",
    "mention_id",
    "kind",
    "form",
    "entity_id",
    "name",
    "text",
    "start",
    "end",
    "char_start",
    "char_end",
    "sentence",
    "value",
    "rule",
];
/// The columns of `claims.csv`.
pub const CLAIM_COLUMNS: [&str; 21] = [
    "doc_id",
    "claim_id",
    "sentence",
    "start",
    "end",
    "char_start",
    "char_end",
    "kind",
    "source",
    "source_entity_id",
    "source_start",
    "source_end",
    "cue",
    "cue_start",
    "cue_end",
    "cue_class",
    "text",
    "hedge",
    "negated",
    "entity_ids",
    "date",
];
/// The columns of `documents.csv`.
pub const DOCUMENT_COLUMNS: [&str; 11] = [
    "doc_id",
    "source",
    "date",
    "date_precision",
    "speaker",
    "bytes",
    "sentences",
    "mentions",
    "claims",
    "status",
    "message",
];

/// The columns of the tables that hold whole numbers: INT64 in Parquet
/// and in the Python package's Arrow tables, where `negated` is a boolean
/// and every other column UTF-8 text.
pub const INTEGER_COLUMNS: [&str; 14] = [
    "start",
    "end",
    "char_start",
    "char_end",
    "sentence",
    "source_start",
    "source_end",
    "cue_start",
    "cue_end",
    "bytes",
    "sentences",
    "mentions",
    "claims",
    "documents",
];

/// Everything extracted from one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocOutput {
    /// Its row of `documents.csv`.
    pub document: DocumentRow,
    /// Its mentions.
    pub entities: Vec<EntityRow>,
    /// Its claims.
    pub claims: Vec<ClaimRow>,
}

/// Where the pipeline puts what it extracts, one document at a time, in
/// input order.
pub trait Sink {
    /// Takes one document's rows.
    ///
    /// # Errors
    ///
    /// When writing fails.
    fn document(&mut self, out: &DocOutput) -> Result<()>;

    /// Makes what was written so far durable, so that a killed run can
    /// be resumed from here; the pipeline calls it after each batch.
    ///
    /// # Errors
    ///
    /// When writing fails.
    fn checkpoint(&mut self) -> Result<()> {
        Ok(())
    }

    /// Ends the output: flushes and moves files into place.
    ///
    /// # Errors
    ///
    /// When writing fails.
    fn finish(&mut self) -> Result<()>;
}

/// Keeps every row in memory.
#[derive(Debug, Default)]
pub struct VecSink {
    /// The documents, in input order.
    pub documents: Vec<DocOutput>,
}

impl Sink for VecSink {
    fn document(&mut self, out: &DocOutput) -> Result<()> {
        self.documents.push(out.clone());
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        Ok(())
    }
}

/// Streams the rows of every table as JSON Lines.
pub struct JsonlSink<W: Write> {
    writer: W,
    name: String,
}

#[derive(Serialize)]
struct Tagged<'a, T> {
    table: &'static str,
    #[serde(flatten)]
    row: &'a T,
}

impl<W: Write> JsonlSink<W> {
    /// A sink writing to `writer`, named `name` in error messages.
    pub fn new(writer: W, name: &str) -> JsonlSink<W> {
        JsonlSink { writer, name: name.to_string() }
    }

    fn line<T: Serialize>(
        &mut self,
        table: &'static str,
        row: &T,
    ) -> Result<()> {
        serde_json::to_writer(&mut self.writer, &Tagged { table, row })
            .map_err(|e| Error::io(&self.name, e.into()))?;
        self.writer.write_all(b"\n").map_err(|e| Error::io(&self.name, e))
    }
}

impl<W: Write> Sink for JsonlSink<W> {
    fn document(&mut self, out: &DocOutput) -> Result<()> {
        for row in &out.entities {
            self.line("entity", row)?;
        }
        for row in &out.claims {
            self.line("claim", row)?;
        }
        self.line("document", &out.document)
    }

    fn finish(&mut self) -> Result<()> {
        self.writer.flush().map_err(|e| Error::io(&self.name, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn sample() -> DocOutput {
        DocOutput {
            document: DocumentRow {
                doc_id: "d".into(),
                status: "ok",
                ..Default::default()
            },
            entities: vec![EntityRow {
                doc_id: "d".into(),
                text: "line\nbreak, \"quoted\"".into(),
                kind: "country",
                form: "name",
                ..Default::default()
            }],
            claims: vec![],
        }
    }

    #[test]
    fn csv_tables_have_headers_and_quote_per_rfc_4180() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("out");
        let mut sink = FileSink::create(
            &dir,
            OutputFormat::Csv,
            CellOptions::default(),
            "t",
        )
        .unwrap();
        sink.document(&sample()).unwrap();
        sink.finish().unwrap();
        let entities = fs::read_to_string(dir.join("entities.csv")).unwrap();
        let header: Vec<String> =
            ENTITY_COLUMNS.iter().map(|c| format!("\"{c}\"")).collect();
        assert!(
            entities.starts_with(&header.join(",")),
            "text fields are quoted"
        );
        assert!(entities.contains("\"line\nbreak, \"\"quoted\"\"\""));
        let claims = fs::read_to_string(dir.join("claims.csv")).unwrap();
        let header: Vec<String> =
            CLAIM_COLUMNS.iter().map(|c| format!("\"{c}\"")).collect();
        assert_eq!(claims, header.join(",") + "\n");
        assert!(!dir.join(".entities.csv.part").exists());
    }

    #[test]
    fn tsv_and_jsonl_files_have_the_same_columns() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("out");
        for format in [OutputFormat::Tsv, OutputFormat::Jsonl] {
            let mut sink =
                FileSink::create(&dir, format, CellOptions::default(), "t")
                    .unwrap();
            sink.document(&sample()).unwrap();
            sink.finish().unwrap();
        }
        let tsv = std::fs::read_to_string(dir.join("entities.tsv")).unwrap();
        let mut lines = tsv.lines();
        assert_eq!(lines.next(), Some(ENTITY_COLUMNS.join("\t").as_str()));
        let row = "d\t\tcountry\tname\t\t\t\"line";
        assert!(lines.next().unwrap().starts_with(row), "{tsv}");
        assert!(tsv.contains("break, \"\"quoted\"\"\"\t0\t0\t"), "{tsv}");
        let jsonl =
            std::fs::read_to_string(dir.join("entities.jsonl")).unwrap();
        let v: serde_json::Value =
            serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ENTITY_COLUMNS.iter().collect::<Vec<_>>());
        assert!(dir.join("entity_summary.jsonl").exists());
    }

    /// A sink takes the folder's lock before it makes a table: a second
    /// sink into the folder fails and leaves the first's files alone.
    #[test]
    fn a_folder_sink_holds_the_folders_lock() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("out");
        let opts = CellOptions::default();
        let mut first =
            FileSink::create(&dir, OutputFormat::Csv, opts, "t").unwrap();
        first.document(&sample()).unwrap();
        first.checkpoint().unwrap();
        let part = fs::read(dir.join(".entities.csv.part")).unwrap();
        for format in [OutputFormat::Csv, OutputFormat::Tsv] {
            let Err(e) = FileSink::create(&dir, format, opts, "t") else {
                panic!("a second sink into a locked folder");
            };
            assert!(e.to_string().contains("another factscan run"), "{e}");
        }
        let Err(e) = FileSink::resume(&dir, OutputFormat::Csv, opts, "t")
        else {
            panic!("a resumed sink into a locked folder");
        };
        assert!(e.to_string().contains("another factscan run"), "{e}");
        assert_eq!(fs::read(dir.join(".entities.csv.part")).unwrap(), part);
        assert!(!dir.join(".entities.tsv.part").exists());
        first.finish().unwrap();
        drop(first);
        FileSink::create(&dir, OutputFormat::Csv, opts, "t").unwrap();
    }

    #[test]
    fn jsonl_records_are_one_line_each_and_tagged() {
        let mut buf = Vec::new();
        let mut sink = JsonlSink::new(&mut buf, "stdout");
        sink.document(&sample()).unwrap();
        sink.finish().unwrap();
        let text = String::from_utf8(buf).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(
            lines[0].starts_with("{\"table\":\"entity\",\"doc_id\":\"d\"")
        );
        assert!(lines[1].starts_with("{\"table\":\"document\""));
    }
}
