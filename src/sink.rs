//! Writing: the rows of the three tables, and the sinks they go to.
//!
//! The column order of each row struct is the table's contract. A
//! [`CsvSink`] writes `entities.csv`, `claims.csv` and `documents.csv`
//! into a folder, through temporary files renamed into place when the run
//! is done, so a table that looks complete is complete. A [`JsonlSink`]
//! streams every row as one JSON object a line, tagged with its table.
//! A [`VecSink`] keeps the rows in memory, for tests and library users.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Result};

/// One row of `entities.csv`: a mention.
///
/// The fields are the columns, documented in `README.md`.
#[allow(missing_docs)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct EntityRow {
    pub doc_id: String,
    pub mention_id: String,
    pub kind: &'static str,
    pub form: &'static str,
    pub entity_id: String,
    pub name: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub sentence: usize,
    pub value: String,
    pub rule: String,
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
pub const CLAIM_COLUMNS: [&str; 20] = [
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
    "text",
    "hedge",
    "negated",
    "entity_ids",
    "date",
];
/// The columns of `documents.csv`.
pub const DOCUMENT_COLUMNS: [&str; 9] = [
    "doc_id",
    "source",
    "date",
    "bytes",
    "sentences",
    "mentions",
    "claims",
    "status",
    "message",
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

struct Table {
    tmp: PathBuf,
    path: PathBuf,
    writer: csv::Writer<BufWriter<File>>,
}

impl Table {
    fn create(dir: &Path, name: &str, columns: &[&str]) -> Result<Table> {
        let path = dir.join(name);
        let tmp = dir.join(format!(".{name}.part"));
        let file = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
        let mut writer = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(BufWriter::with_capacity(1 << 16, file));
        writer.write_record(columns).map_err(|e| csv_error(&tmp, e))?;
        Ok(Table { tmp, path, writer })
    }

    fn row(&mut self, row: &impl Serialize) -> Result<()> {
        self.writer.serialize(row).map_err(|e| csv_error(&self.tmp, e))
    }

    fn finish(&mut self) -> Result<()> {
        self.writer.flush().map_err(|e| Error::io(&self.tmp, e))?;
        let file = self.writer.get_ref().get_ref();
        file.sync_all().map_err(|e| Error::io(&self.tmp, e))?;
        fs::rename(&self.tmp, &self.path).map_err(|e| Error::io(&self.path, e))
    }
}

fn csv_error(path: &Path, e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::io(path, io),
        other => Error::io(path, std::io::Error::other(format!("{other:?}"))),
    }
}

/// Writes the three tables as CSV files into a folder.
pub struct CsvSink {
    tables: [Table; 3],
}

impl CsvSink {
    /// Creates `dir` if needed and starts the three tables there.
    ///
    /// # Errors
    ///
    /// When the folder or the files cannot be created.
    pub fn create(dir: &Path) -> Result<CsvSink> {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        Ok(CsvSink {
            tables: [
                Table::create(dir, "entities.csv", &ENTITY_COLUMNS)?,
                Table::create(dir, "claims.csv", &CLAIM_COLUMNS)?,
                Table::create(dir, "documents.csv", &DOCUMENT_COLUMNS)?,
            ],
        })
    }
}

impl Sink for CsvSink {
    fn document(&mut self, out: &DocOutput) -> Result<()> {
        let [entities, claims, documents] = &mut self.tables;
        for row in &out.entities {
            entities.row(row)?;
        }
        for row in &out.claims {
            claims.row(row)?;
        }
        documents.row(&out.document)
    }

    fn finish(&mut self) -> Result<()> {
        for table in &mut self.tables {
            table.finish()?;
        }
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
        let dir = std::env::temp_dir()
            .join(format!("factscan-sink-{}", std::process::id()));
        let mut sink = CsvSink::create(&dir).unwrap();
        sink.document(&sample()).unwrap();
        sink.finish().unwrap();
        let entities = fs::read_to_string(dir.join("entities.csv")).unwrap();
        assert!(entities.starts_with(&ENTITY_COLUMNS.join(",")));
        assert!(entities.contains("\"line\nbreak, \"\"quoted\"\"\""));
        let claims = fs::read_to_string(dir.join("claims.csv")).unwrap();
        assert_eq!(claims, CLAIM_COLUMNS.join(",") + "\n");
        assert!(!dir.join(".entities.csv.part").exists());
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
