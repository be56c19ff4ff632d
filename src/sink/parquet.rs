//! The tables as Apache Parquet files (the `parquet` cargo feature).
//!
//! Rows are buffered per table and written in row groups; integers are
//! INT64, `negated` is BOOLEAN, the rest UTF-8 strings, every column
//! nullable (the offsets of a claim with no source are null).

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use parquet::data_type::{BoolType, ByteArray, ByteArrayType, Int64Type};
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use serde::Serialize;
use serde_json::Value;

use super::lock::OutputLock;
use super::summary::{EntitySummary, SUMMARY_COLUMNS};
use super::{
    CLAIM_COLUMNS, DOCUMENT_COLUMNS, DocOutput, ENTITY_COLUMNS,
    INTEGER_COLUMNS, Sink,
};
use crate::error::{Error, Result};

/// Rows per row group.
const GROUP_ROWS: usize = 1 << 16;

struct Table {
    tmp: PathBuf,
    path: PathBuf,
    columns: &'static [&'static str],
    rows: Vec<serde_json::Map<String, Value>>,
    writer: SerializedFileWriter<File>,
}

fn parquet_error(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::io(path, std::io::Error::other(e.to_string()))
}

impl Table {
    fn create(
        dir: &Path,
        stem: &str,
        columns: &'static [&'static str],
    ) -> Result<Table> {
        let path = dir.join(format!("{stem}.parquet"));
        let tmp = dir.join(format!(".{stem}.parquet.part"));
        let fields: Vec<String> = columns
            .iter()
            .map(|c| match *c {
                c if INTEGER_COLUMNS.contains(&c) => {
                    format!("OPTIONAL INT64 {c};")
                }
                "negated" => "OPTIONAL BOOLEAN negated;".to_string(),
                c => format!("OPTIONAL BYTE_ARRAY {c} (UTF8);"),
            })
            .collect();
        let message = format!("message {stem} {{ {} }}", fields.join(" "));
        let schema = parse_message_type(&message)
            .map_err(|e| parquet_error(&tmp, e))?;
        let file = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
        let writer = SerializedFileWriter::new(
            file,
            Arc::new(schema),
            Default::default(),
        )
        .map_err(|e| parquet_error(&tmp, e))?;
        Ok(Table { tmp, path, columns, rows: Vec::new(), writer })
    }

    fn row(&mut self, row: &impl Serialize) -> Result<()> {
        match serde_json::to_value(row) {
            Ok(Value::Object(map)) => self.rows.push(map),
            _ => return Err(parquet_error(&self.tmp, "a row is no object")),
        }
        if self.rows.len() >= GROUP_ROWS {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the buffered rows as one row group.
    fn flush(&mut self) -> Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let tmp = self.tmp.clone();
        let err = |e: parquet::errors::ParquetError| parquet_error(&tmp, e);
        let mut group = self.writer.next_row_group().map_err(err)?;
        for column in self.columns {
            let values: Vec<&Value> = self
                .rows
                .iter()
                .map(|r| r.get(*column).unwrap_or(&Value::Null))
                .collect();
            let defs: Vec<i16> =
                values.iter().map(|v| i16::from(!v.is_null())).collect();
            let mut writer =
                group.next_column().map_err(err)?.ok_or_else(|| {
                    parquet_error(&tmp, "fewer columns than the schema")
                })?;
            let present = values.iter().filter(|v| !v.is_null());
            if INTEGER_COLUMNS.contains(column) {
                let data: Vec<i64> =
                    present.map(|v| v.as_i64().unwrap_or(0)).collect();
                writer
                    .typed::<Int64Type>()
                    .write_batch(&data, Some(&defs), None)
                    .map_err(err)?;
            } else if *column == "negated" {
                let data: Vec<bool> =
                    present.map(|v| v.as_bool().unwrap_or(false)).collect();
                writer
                    .typed::<BoolType>()
                    .write_batch(&data, Some(&defs), None)
                    .map_err(err)?;
            } else {
                let data: Vec<ByteArray> = present
                    .map(|v| ByteArray::from(v.as_str().unwrap_or_default()))
                    .collect();
                writer
                    .typed::<ByteArrayType>()
                    .write_batch(&data, Some(&defs), None)
                    .map_err(err)?;
            }
            writer.close().map_err(err)?;
        }
        group.close().map_err(err)?;
        self.rows.clear();
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        self.flush()?;
        let tmp = self.tmp.clone();
        self.writer.close().map_err(|e| parquet_error(&tmp, e))?;
        fs::rename(&self.tmp, &self.path).map_err(|e| Error::io(&self.path, e))
    }
}

/// Writes the four tables as Parquet files into a folder.
pub struct ParquetSink {
    tables: Vec<Table>,
    summary: EntitySummary,
    _lock: OutputLock,
}

impl ParquetSink {
    /// Creates `dir` if needed, takes its lock and starts the tables
    /// there.
    ///
    /// # Errors
    ///
    /// When the folder or its files cannot be created, or another run
    /// holds the folder's lock.
    pub fn create(dir: &Path) -> Result<ParquetSink> {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let lock = OutputLock::take(dir)?;
        Ok(ParquetSink {
            tables: vec![
                Table::create(dir, "entities", &ENTITY_COLUMNS)?,
                Table::create(dir, "claims", &CLAIM_COLUMNS)?,
                Table::create(dir, "documents", &DOCUMENT_COLUMNS)?,
                Table::create(dir, "entity_summary", &SUMMARY_COLUMNS)?,
            ],
            summary: EntitySummary::default(),
            _lock: lock,
        })
    }
}

impl Sink for ParquetSink {
    fn document(&mut self, out: &DocOutput) -> Result<()> {
        for row in &out.entities {
            self.tables[0].row(row)?;
        }
        for row in &out.claims {
            self.tables[1].row(row)?;
        }
        self.tables[2].row(&out.document)?;
        self.summary.add(out);
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        for row in self.summary.rows() {
            self.tables[3].row(row)?;
        }
        for table in self.tables.drain(..) {
            table.finish()?;
        }
        Ok(())
    }
}
