//! The tables as files in a folder: CSV, TSV or JSON Lines.
//!
//! Each table is written to a hidden `.NAME.part` file and renamed into
//! place when the run is done, so a table that looks complete is
//! complete; other files in the folder are left alone. CSV and TSV cells
//! are made safe for spreadsheets (see `cells`), text fields are quoted
//! and numbers are not, so that DuckDB's sniffer reads every column's
//! type from the first rows.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::cells::clean;
use super::summary::{EntitySummary, SUMMARY_COLUMNS};
use super::{
    CLAIM_COLUMNS, CellOptions, DOCUMENT_COLUMNS, DocOutput, ENTITY_COLUMNS,
    OutputFormat, Sink,
};
use crate::error::{Error, Result};

enum Out {
    Delimited(Box<csv::Writer<BufWriter<File>>>),
    Jsonl(BufWriter<File>),
}

struct Table {
    tmp: PathBuf,
    path: PathBuf,
    out: Out,
    raw: bool,
    record: Vec<String>,
}

impl Table {
    fn create(
        dir: &Path,
        stem: &str,
        columns: &[&str],
        format: OutputFormat,
        options: CellOptions,
    ) -> Result<Table> {
        let name = format!("{stem}.{}", format.extension());
        let path = dir.join(&name);
        let tmp = dir.join(format!(".{name}.part"));
        let file = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
        let mut buf = BufWriter::with_capacity(1 << 16, file);
        if options.excel && format != OutputFormat::Jsonl {
            buf.write_all("\u{feff}".as_bytes())
                .map_err(|e| Error::io(&tmp, e))?;
        }
        let out = match format {
            OutputFormat::Jsonl => Out::Jsonl(buf),
            _ => {
                let delimiter =
                    if format == OutputFormat::Tsv { b'\t' } else { b',' };
                let mut w = csv::WriterBuilder::new()
                    .has_headers(false)
                    .delimiter(delimiter)
                    .quote_style(csv::QuoteStyle::NonNumeric)
                    .from_writer(buf);
                w.write_record(columns).map_err(|e| csv_error(&tmp, e))?;
                Out::Delimited(Box::new(w))
            }
        };
        Ok(Table { tmp, path, out, raw: options.raw, record: Vec::new() })
    }

    /// Writes a row; returns how many of its cells were cut.
    fn row(&mut self, row: &impl Serialize) -> Result<usize> {
        let w = match &mut self.out {
            Out::Delimited(w) => w,
            Out::Jsonl(w) => {
                serde_json::to_writer(&mut *w, row)
                    .map_err(|e| Error::io(&self.tmp, e.into()))?;
                w.write_all(b"\n").map_err(|e| Error::io(&self.tmp, e))?;
                return Ok(0);
            }
        };
        let value = serde_json::to_value(row)
            .map_err(|e| Error::io(&self.tmp, e.into()))?;
        let serde_json::Value::Object(fields) = value else {
            return Err(Error::io(
                &self.tmp,
                std::io::Error::other("a row is no object"),
            ));
        };
        self.record.clear();
        let mut cut = 0;
        for value in fields.values() {
            let cell = match value {
                serde_json::Value::String(s) if self.raw => s.clone(),
                serde_json::Value::String(s) => {
                    let (cell, how) = clean(s);
                    cut += usize::from(how.cut);
                    cell.into_owned()
                }
                serde_json::Value::Null => String::new(),
                other => other.to_string(),
            };
            self.record.push(cell);
        }
        w.write_record(&self.record).map_err(|e| csv_error(&self.tmp, e))?;
        Ok(cut)
    }

    fn finish(&mut self) -> Result<()> {
        let file = match &mut self.out {
            Out::Delimited(w) => {
                w.flush().map_err(|e| Error::io(&self.tmp, e))?;
                w.get_ref().get_ref()
            }
            Out::Jsonl(w) => {
                w.flush().map_err(|e| Error::io(&self.tmp, e))?;
                w.get_ref()
            }
        };
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

/// Writes `entities`, `claims`, `documents` and `entity_summary` into a
/// folder, as CSV, TSV or JSON Lines.
pub struct FileSink {
    tables: [Table; 4],
    summary: EntitySummary,
}

impl FileSink {
    /// Creates `dir` if needed and starts the tables there.
    ///
    /// # Errors
    ///
    /// When the folder or the files cannot be created, or `format` is one
    /// this sink does not write (Parquet).
    pub fn create(
        dir: &Path,
        format: OutputFormat,
        options: CellOptions,
    ) -> Result<FileSink> {
        if format == OutputFormat::Parquet {
            return Err(Error::config("FileSink writes csv, tsv and jsonl"));
        }
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        Ok(FileSink {
            tables: [
                Table::create(
                    dir,
                    "entities",
                    &ENTITY_COLUMNS,
                    format,
                    options,
                )?,
                Table::create(dir, "claims", &CLAIM_COLUMNS, format, options)?,
                Table::create(
                    dir,
                    "documents",
                    &DOCUMENT_COLUMNS,
                    format,
                    options,
                )?,
                Table::create(
                    dir,
                    "entity_summary",
                    &SUMMARY_COLUMNS,
                    format,
                    options,
                )?,
            ],
            summary: EntitySummary::default(),
        })
    }
}

impl Sink for FileSink {
    fn document(&mut self, out: &DocOutput) -> Result<()> {
        let [entities, claims, documents, _] = &mut self.tables;
        let mut cut = 0;
        for row in &out.entities {
            cut += entities.row(row)?;
        }
        for row in &out.claims {
            cut += claims.row(row)?;
        }
        if cut == 0 {
            documents.row(&out.document)?;
        } else {
            // The cut is recorded with the document.
            let mut doc = out.document.clone();
            if doc.status == "ok" {
                doc.status = "warning";
            }
            let note = format!(
                "{cut} cell(s) cut to {} characters",
                super::cells::MAX_CELL_CHARS
            );
            doc.message = if doc.message.is_empty() {
                note
            } else {
                format!("{}; {note}", doc.message)
            };
            documents.row(&doc)?;
        }
        self.summary.add(out);
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        for row in self.summary.rows() {
            self.tables[3].row(row)?;
        }
        for table in &mut self.tables {
            table.finish()?;
        }
        Ok(())
    }
}
