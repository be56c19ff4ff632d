//! The tables as files in a folder: CSV, TSV or JSON Lines.
//!
//! Each table is written to a hidden `.NAME.part` file and renamed into
//! place when the run is done, so a table that looks complete is
//! complete; other files in the folder are left alone.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::summary::{EntitySummary, SUMMARY_COLUMNS};
use super::{
    CLAIM_COLUMNS, DOCUMENT_COLUMNS, DocOutput, ENTITY_COLUMNS, OutputFormat,
    Sink,
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
}

impl Table {
    fn create(
        dir: &Path,
        stem: &str,
        columns: &[&str],
        format: OutputFormat,
    ) -> Result<Table> {
        let name = format!("{stem}.{}", format.extension());
        let path = dir.join(&name);
        let tmp = dir.join(format!(".{name}.part"));
        let file = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
        let buf = BufWriter::with_capacity(1 << 16, file);
        let out = match format {
            OutputFormat::Jsonl => Out::Jsonl(buf),
            _ => {
                let delimiter =
                    if format == OutputFormat::Tsv { b'\t' } else { b',' };
                let mut w = csv::WriterBuilder::new()
                    .has_headers(false)
                    .delimiter(delimiter)
                    .from_writer(buf);
                w.write_record(columns).map_err(|e| csv_error(&tmp, e))?;
                Out::Delimited(Box::new(w))
            }
        };
        Ok(Table { tmp, path, out })
    }

    fn row(&mut self, row: &impl Serialize) -> Result<()> {
        match &mut self.out {
            Out::Delimited(w) => {
                w.serialize(row).map_err(|e| csv_error(&self.tmp, e))
            }
            Out::Jsonl(w) => {
                serde_json::to_writer(&mut *w, row)
                    .map_err(|e| Error::io(&self.tmp, e.into()))?;
                w.write_all(b"\n").map_err(|e| Error::io(&self.tmp, e))
            }
        }
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
    pub fn create(dir: &Path, format: OutputFormat) -> Result<FileSink> {
        if format == OutputFormat::Parquet {
            return Err(Error::config("FileSink writes csv, tsv and jsonl"));
        }
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        Ok(FileSink {
            tables: [
                Table::create(dir, "entities", &ENTITY_COLUMNS, format)?,
                Table::create(dir, "claims", &CLAIM_COLUMNS, format)?,
                Table::create(dir, "documents", &DOCUMENT_COLUMNS, format)?,
                Table::create(
                    dir,
                    "entity_summary",
                    &SUMMARY_COLUMNS,
                    format,
                )?,
            ],
            summary: EntitySummary::default(),
        })
    }
}

impl Sink for FileSink {
    fn document(&mut self, out: &DocOutput) -> Result<()> {
        let [entities, claims, documents, _] = &mut self.tables;
        for row in &out.entities {
            entities.row(row)?;
        }
        for row in &out.claims {
            claims.row(row)?;
        }
        documents.row(&out.document)?;
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
