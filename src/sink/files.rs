//! The tables as files in a folder: CSV, TSV or JSON Lines.
//!
//! Each table is written to a hidden `.NAME.part` file and renamed into
//! place when the run is done, so a table that looks complete is
//! complete; other files in the folder are left alone. CSV and TSV cells
//! are made safe for spreadsheets (see `cells`). In CSV, text fields are
//! quoted and numbers are not, so that DuckDB's sniffer reads every
//! column's type from the first rows; in TSV, a field is quoted only
//! where it must be (a tab, a line break or a quote inside), so that
//! `cut` and `awk` read it as it is.

use std::fs::{self, File};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::cells::{MAX_CELL_CHARS, clean, note_cuts, plain};
use super::checkpoint::{PROGRESS_FILE, Progress};
use super::lock::OutputLock;
use super::row::{Cell, Cells};
use super::summary::{EntitySummary, SUMMARY_COLUMNS};
use super::{
    CLAIM_COLUMNS, CellOptions, DOCUMENT_COLUMNS, DocOutput, ENTITY_COLUMNS,
    OutputFormat, Sink,
};
use crate::error::{Error, Result};

enum Out {
    Delimited(Delimited),
    Jsonl(BufWriter<File>),
}

struct Table {
    tmp: PathBuf,
    path: PathBuf,
    out: Out,
    raw: bool,
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
                let mut w = Delimited::new(buf, format);
                for c in columns {
                    w.field(c);
                }
                w.end_row().map_err(|e| Error::io(&tmp, e))?;
                Out::Delimited(w)
            }
        };
        Ok(Table { tmp, path, out, raw: options.raw })
    }

    /// Reopens a partial table of a killed run, cut back to `len` bytes
    /// (its length at the last checkpoint), to append to it.
    fn reopen(
        dir: &Path,
        stem: &str,
        format: OutputFormat,
        options: CellOptions,
        len: u64,
    ) -> Result<Table> {
        let name = format!("{stem}.{}", format.extension());
        let path = dir.join(&name);
        let tmp = dir.join(format!(".{name}.part"));
        let file = fs::OpenOptions::new()
            .write(true)
            .open(&tmp)
            .map_err(|e| Error::io(&tmp, e))?;
        file.set_len(len).map_err(|e| Error::io(&tmp, e))?;
        let mut file = file;
        std::io::Seek::seek(&mut file, std::io::SeekFrom::End(0))
            .map_err(|e| Error::io(&tmp, e))?;
        let buf = BufWriter::with_capacity(1 << 16, file);
        let out = match format {
            OutputFormat::Jsonl => Out::Jsonl(buf),
            _ => Out::Delimited(Delimited::new(buf, format)),
        };
        Ok(Table { tmp, path, out, raw: options.raw })
    }

    /// Flushes the table to disk and returns its length.
    fn sync(&mut self) -> Result<u64> {
        let file = match &mut self.out {
            Out::Delimited(w) => {
                w.out.flush().map_err(|e| Error::io(&self.tmp, e))?;
                w.out.get_ref()
            }
            Out::Jsonl(w) => {
                w.flush().map_err(|e| Error::io(&self.tmp, e))?;
                w.get_ref()
            }
        };
        file.sync_data().map_err(|e| Error::io(&self.tmp, e))?;
        let meta = file.metadata().map_err(|e| Error::io(&self.tmp, e))?;
        Ok(meta.len())
    }

    /// Writes a row; returns how many of its cells were cut.
    fn row<T: Serialize + Cells>(&mut self, row: &T) -> Result<usize> {
        self.rows(std::slice::from_ref(row))
    }

    /// Writes rows; returns how many of their cells were cut. While the
    /// rows are held their texts stay where they are, so what a text was
    /// found to be (plain or not, a number or not) is remembered by its
    /// address and length, a column at a time: a document's id, shared
    /// by its rows, is read once, not once a row.
    fn rows<T: Serialize + Cells>(&mut self, rows: &[T]) -> Result<usize> {
        let w = match &mut self.out {
            Out::Delimited(w) => w,
            Out::Jsonl(w) => {
                for row in rows {
                    serde_json::to_writer(&mut *w, row)
                        .map_err(|e| Error::io(&self.tmp, e.into()))?;
                    w.write_all(b"\n").map_err(|e| Error::io(&self.tmp, e))?;
                }
                return Ok(0);
            }
        };
        let raw = self.raw;
        let mut cut = 0;
        let mut number = itoa::Buffer::new();
        let mut seen = [Seen::NONE; 32];
        for row in rows {
            let mut col = 0;
            row.each_cell(&mut |cell| {
                match cell {
                    Cell::Text(s) if raw => w.field(s),
                    // Most cells: no character to change, no quote to
                    // double, no tab or line break (no byte below 0x20).
                    Cell::Text(s) => match Seen::plain_at(&mut seen, col, s) {
                        Some(number) => w.plain_field(s, number),
                        None => cut += usize::from(w.cleaned_field(s)),
                    },
                    Cell::Numbered { prefix, mark, n } => {
                        let digits = number.format(n);
                        // A plain prefix, then a mark and digits: plain,
                        // and no number ("#" is none), if it fits a cell.
                        let fits = prefix.len() + mark.len() + digits.len()
                            <= MAX_CELL_CHARS;
                        if !raw
                            && fits
                            && plain(mark)
                            && Seen::plain_at(&mut seen, col, prefix).is_some()
                        {
                            w.plain_parts(&[prefix, mark, digits]);
                        } else {
                            // Made here and dropped here: not one to be
                            // remembered by its address.
                            let s = [prefix, mark, digits].concat();
                            if raw {
                                w.field(&s);
                            } else {
                                cut += usize::from(w.cleaned_field(&s));
                            }
                        }
                    }
                    Cell::Int(n) => w.number(number.format(n)),
                    Cell::Empty => w.field(""),
                    Cell::Bool(b) => {
                        w.field(if b { "true" } else { "false" });
                    }
                }
                col += 1;
            });
            w.end_row().map_err(|e| Error::io(&self.tmp, e))?;
        }
        Ok(cut)
    }

    fn finish(&mut self) -> Result<()> {
        self.sync()?;
        fs::rename(&self.tmp, &self.path).map_err(|e| Error::io(&self.path, e))
    }
}

/// What a column's last text was found to be, by its address and length.
#[derive(Clone, Copy)]
struct Seen {
    at: *const u8,
    len: usize,
    /// `Some(reads as a number)` for a plain text, `None` for another.
    plain: Option<bool>,
}

impl Seen {
    const NONE: Seen =
        Seen { at: std::ptr::null(), len: usize::MAX, plain: None };

    /// Whether `s`, in column `col`, is plain ([`plain`]) and if so
    /// whether it reads as a number.
    fn plain_at(seen: &mut [Seen], col: usize, s: &str) -> Option<bool> {
        match seen.get_mut(col) {
            Some(memo) => memo.plain(s),
            _ => Seen::read(s),
        }
    }

    /// Whether `s` is plain ([`plain`]) and if so whether it reads as a
    /// number; remembered for the next text at the same place.
    fn plain(&mut self, s: &str) -> Option<bool> {
        if self.at != s.as_ptr() || self.len != s.len() {
            *self =
                Seen { at: s.as_ptr(), len: s.len(), plain: Seen::read(s) };
        }
        self.plain
    }

    /// What `s` is: `Some(reads as a number)` if plain, else `None`.
    fn read(s: &str) -> Option<bool> {
        plain(s).then(|| reads_as_number(s))
    }
}

/// A CSV or TSV writer. In CSV a field is quoted unless it reads as a
/// number (csv's `NonNumeric` style, whose bytes it writes); in TSV only
/// a field with a tab, a line break or a quote inside is quoted. Quotes
/// inside are doubled, and rows end with "\n". Each row is made in a
/// buffer and written whole.
struct Delimited {
    out: BufWriter<File>,
    delimiter: u8,
    /// CSV: every text field is quoted; TSV: only those that must be.
    quote_text: bool,
    row: Vec<u8>,
}

impl Delimited {
    fn new(out: BufWriter<File>, format: OutputFormat) -> Delimited {
        let tsv = format == OutputFormat::Tsv;
        Delimited {
            out,
            delimiter: if tsv { b'\t' } else { b',' },
            quote_text: !tsv,
            row: Vec::with_capacity(1024),
        }
    }

    fn field(&mut self, s: &str) {
        let b = s.as_bytes();
        if memchr::memchr(b'"', b).is_none() {
            let must = !self.quote_text
                && memchr::memchr3(b'\t', b'\n', b'\r', b).is_some();
            if !must {
                self.field_without_quotes(s);
                return;
            }
        }
        if !self.row.is_empty() {
            self.row.push(self.delimiter);
        }
        self.row.push(b'"');
        for (i, part) in s.split('"').enumerate() {
            if i > 0 {
                self.row.extend_from_slice(b"\"\"");
            }
            self.row.extend_from_slice(part.as_bytes());
        }
        self.row.push(b'"');
    }

    /// A field that holds no `"`, nor in TSV a tab or a line break.
    fn field_without_quotes(&mut self, s: &str) {
        debug_assert!(!s.contains('"'));
        self.plain_field(s, reads_as_number(s));
    }

    /// A field that holds no `"`, nor in TSV a tab or a line break, and
    /// whether it reads as a number.
    fn plain_field(&mut self, s: &str, number: bool) {
        debug_assert_eq!(number, reads_as_number(s));
        if !self.row.is_empty() {
            self.row.push(self.delimiter);
        }
        if !self.quote_text || number {
            self.row.extend_from_slice(s.as_bytes());
            return;
        }
        self.row.push(b'"');
        self.row.extend_from_slice(s.as_bytes());
        self.row.push(b'"');
    }

    /// A text field made safe for spreadsheets first ([`clean`]);
    /// whether it was cut.
    fn cleaned_field(&mut self, s: &str) -> bool {
        let (cell, how) = clean(s);
        self.field(&cell);
        how.cut
    }

    /// A field of parts each of which holds no `"`, nor in TSV a tab or
    /// a line break, and that together read as no number.
    fn plain_parts(&mut self, parts: &[&str]) {
        debug_assert!(!reads_as_number(&parts.concat()));
        if !self.row.is_empty() {
            self.row.push(self.delimiter);
        }
        if self.quote_text {
            self.row.push(b'"');
        }
        for part in parts {
            self.row.extend_from_slice(part.as_bytes());
        }
        if self.quote_text {
            self.row.push(b'"');
        }
    }

    /// A field of an integer's digits: written as they are, as `field`
    /// writes anything that reads as a number.
    fn number(&mut self, digits: &str) {
        debug_assert!(reads_as_number(digits));
        if !self.row.is_empty() {
            self.row.push(self.delimiter);
        }
        self.row.extend_from_slice(digits.as_bytes());
    }

    fn end_row(&mut self) -> std::io::Result<()> {
        self.row.push(b'\n');
        let written = self.out.write_all(&self.row);
        self.row.clear();
        written
    }
}

/// Whether `s` reads as a number, an integer or a float ("2026", "-1.5",
/// "1e9", "inf", "NaN"), as csv's `NonNumeric` style tests (an integer or
/// a float; every text that reads as an integer reads as a float): only
/// those that start as a number can, and the parser sees only those: a
/// dot must have a digit after it (".5", not "../corpus"), a word must
/// be as long as "inf", "infinity" or "nan".
fn reads_as_number(s: &str) -> bool {
    let b = s.as_bytes();
    let may = match b.first() {
        Some(b'0'..=b'9' | b'+' | b'-') => true,
        Some(b'.') => b.get(1).is_some_and(u8::is_ascii_digit),
        Some(b'i' | b'I') => b.len() == 3 || b.len() == 8,
        Some(b'n' | b'N') => b.len() == 3,
        _ => false,
    };
    may && s.parse::<f64>().is_ok()
}

/// Writes `entities`, `claims`, `documents` and `entity_summary` into a
/// folder, as CSV, TSV or JSON Lines, with a checkpoint after each batch
/// (see `checkpoint`).
pub struct FileSink {
    dir: PathBuf,
    tables: [Table; 4],
    summary: EntitySummary,
    progress: Progress,
    _lock: OutputLock,
}

const STEMS: [&str; 3] = ["entities", "claims", "documents"];

impl FileSink {
    /// Creates `dir` if needed, takes its lock and starts the tables
    /// there. `fingerprint` names the run's options in its checkpoints.
    ///
    /// # Errors
    ///
    /// When the folder or the files cannot be created, another run holds
    /// the folder's lock, or `format` is one this sink does not write
    /// (Parquet).
    pub fn create(
        dir: &Path,
        format: OutputFormat,
        options: CellOptions,
        fingerprint: &str,
    ) -> Result<FileSink> {
        if matches!(format, OutputFormat::Parquet | OutputFormat::Xlsx) {
            return Err(Error::config("FileSink writes csv, tsv and jsonl"));
        }
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let lock = OutputLock::take(dir)?;
        let table = |stem: &str, columns: &[&str]| {
            Table::create(dir, stem, columns, format, options)
        };
        Ok(FileSink {
            dir: dir.to_path_buf(),
            tables: [
                table("entities", &ENTITY_COLUMNS)?,
                table("claims", &CLAIM_COLUMNS)?,
                table("documents", &DOCUMENT_COLUMNS)?,
                table("entity_summary", &SUMMARY_COLUMNS)?,
            ],
            summary: EntitySummary::default(),
            progress: Progress {
                fingerprint: fingerprint.to_string(),
                ..Progress::default()
            },
            _lock: lock,
        })
    }

    /// Takes the lock of `dir` and takes up the partial tables a killed
    /// run left there, at its last checkpoint. Returns the sink and the
    /// checkpoint: the caller skips the documents it counts.
    ///
    /// # Errors
    ///
    /// When another run holds the folder's lock, there is no checkpoint,
    /// it was made with other options (`fingerprint`), or the partial
    /// tables cannot be read.
    pub fn resume(
        dir: &Path,
        format: OutputFormat,
        options: CellOptions,
        fingerprint: &str,
    ) -> Result<(FileSink, Progress)> {
        let nothing = || {
            let msg = format!(
                "{}: nothing to resume (no {PROGRESS_FILE})",
                dir.display()
            );
            Error::config(msg)
        };
        if !dir.is_dir() {
            return Err(nothing());
        }
        let lock = OutputLock::take(dir)?;
        let Some(progress) = Progress::read(dir)? else {
            return Err(nothing());
        };
        if progress.fingerprint != fingerprint {
            let msg = format!(
                "{}: the run to resume had other inputs or options: {}",
                dir.display(),
                progress.fingerprint
            );
            return Err(Error::config(msg));
        }
        let reopen = |i: usize| {
            Table::reopen(dir, STEMS[i], format, options, progress.lengths[i])
        };
        let tables = [
            reopen(0)?,
            reopen(1)?,
            reopen(2)?,
            Table::create(
                dir,
                "entity_summary",
                &SUMMARY_COLUMNS,
                format,
                options,
            )?,
        ];
        let summary = rebuild_summary(dir, format)?;
        let sink = FileSink {
            dir: dir.to_path_buf(),
            tables,
            summary,
            progress: progress.clone(),
            _lock: lock,
        };
        Ok((sink, progress))
    }
}

/// The entity summary of the documents in the partial tables of `dir`.
fn rebuild_summary(dir: &Path, format: OutputFormat) -> Result<EntitySummary> {
    let part =
        |stem: &str| dir.join(format!(".{stem}.{}.part", format.extension()));
    let mut entities = read_rows(&part("entities"), format)?;
    let mut summary = EntitySummary::default();
    for doc in read_rows(&part("documents"), format)? {
        let doc = doc?;
        let mentions: usize = field(&doc, "mentions").parse().unwrap_or(0);
        let mut out = DocOutput::default();
        out.document.date = field(&doc, "date");
        for row in entities.by_ref().take(mentions) {
            let row = row?;
            let kind = crate::EntityKind::parse(&field(&row, "kind"));
            out.entities.push(super::EntityRow {
                entity_id: field(&row, "entity_id").into(),
                name: field(&row, "name").into(),
                kind: kind.map_or("", |k| k.as_str()),
                ..Default::default()
            });
        }
        summary.add(&out);
    }
    Ok(summary)
}

/// A row of a partial table, from column to value.
type Row = serde_json::Map<String, serde_json::Value>;

/// The value of column `k` of a row, as text.
fn field(row: &Row, k: &str) -> String {
    match row.get(k) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The rows of a partial table, read one at a time, so that resuming a
/// long run takes no more memory than running it.
fn read_rows(
    path: &Path,
    format: OutputFormat,
) -> Result<Box<dyn Iterator<Item = Result<Row>>>> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let mut input = BufReader::new(file);
    let bom = "\u{feff}".as_bytes();
    if input.fill_buf().map_err(|e| Error::io(path, e))?.starts_with(bom) {
        input.consume(bom.len());
    }
    let path = path.to_path_buf();
    let bad = move |e: String| Error::io(&path, std::io::Error::other(e));
    if format == OutputFormat::Jsonl {
        return Ok(Box::new(input.lines().map(move |line| {
            let line = line.map_err(|e| bad(e.to_string()))?;
            match serde_json::from_str(&line) {
                Ok(serde_json::Value::Object(m)) => Ok(m),
                other => Err(bad(format!("not a row: {other:?}"))),
            }
        })));
    }
    let delimiter = if format == OutputFormat::Tsv { b'\t' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).from_reader(input);
    let headers = reader.headers().map_err(|e| bad(e.to_string()))?.clone();
    Ok(Box::new(reader.into_records().map(move |r| {
        let r = r.map_err(|e| bad(e.to_string()))?;
        Ok(headers
            .iter()
            .zip(r.iter())
            .map(|(h, v)| {
                (h.to_string(), serde_json::Value::String(v.to_string()))
            })
            .collect())
    })))
}

impl Sink for FileSink {
    fn document(&mut self, out: &DocOutput) -> Result<()> {
        let [entities, claims, documents, _] = &mut self.tables;
        let mut cut = 0;
        cut += entities.rows(&out.entities)?;
        cut += claims.rows(&out.claims)?;
        documents.row(note_cuts(&out.document, cut).as_ref())?;
        self.summary.add(out);
        self.progress.documents += 1;
        match out.document.status {
            "error" => self.progress.errors += 1,
            "warning" => self.progress.warnings += 1,
            _ => {}
        }
        Ok(())
    }

    fn checkpoint(&mut self) -> Result<()> {
        for i in 0..3 {
            self.progress.lengths[i] = self.tables[i].sync()?;
        }
        self.progress.write(&self.dir)
    }

    fn finish(&mut self) -> Result<()> {
        for row in self.summary.rows() {
            self.tables[3].row(row)?;
        }
        for table in &mut self.tables {
            table.finish()?;
        }
        Progress::remove(&self.dir)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As csv's `NonNumeric` style decides (a float or an integer).
    #[test]
    fn fields_that_read_as_numbers_are_left_bare() {
        let cases = [
            ("2026", true),
            ("-1.5", true),
            ("+4", true),
            (".5", true),
            ("5.", true),
            ("1e9", true),
            ("inf", true),
            ("Infinity", true),
            ("NaN", true),
            ("", false),
            ("2026-01-07", false),
            ("1,5", false),
            ("XXXX", false),
            ("i", false),
            ("n/a", false),
            ("India", false),
            ("- 5", false),
            (".", false),
            ("../corpus/a.txt", false),
            (".e5", false),
            ("5.e3", true),
            ("inf", true),
            ("INFINITY", true),
            ("Infinite", false),
            ("info", false),
            ("nan", true),
            ("Nan", true),
            ("nano", false),
            ("Nigeria", false),
            ("-inf", true),
            ("+.5", true),
        ];
        for (field, number) in cases {
            assert_eq!(reads_as_number(field), number, "{field:?}");
        }
    }

    /// The first-byte and length tests refuse only what the parser
    /// refuses: every text of up to four characters of an alphabet of
    /// numbers' characters, and "infinity" in any case.
    #[test]
    fn numbers_are_told_as_the_parser_tells_them() {
        let alphabet = "05.eE+-infaINx/ ".chars().collect::<Vec<_>>();
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            for t in &longer {
                assert_eq!(
                    reads_as_number(t),
                    t.parse::<f64>().is_ok(),
                    "{t:?}"
                );
            }
            texts = longer;
        }
        for t in ["infinity", "Infinity", "INFINITY", "-infinity", "infinitx"]
        {
            assert_eq!(reads_as_number(t), t.parse::<f64>().is_ok(), "{t:?}");
        }
    }

    #[test]
    fn rows_quote_text_and_double_its_quotes() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("rows.csv");
        let file = File::create(&path).unwrap();
        let mut w = Delimited::new(BufWriter::new(file), OutputFormat::Csv);
        for field in ["say \"hi\"", "2026", "", "a,b\nc"] {
            w.field(field);
        }
        w.end_row().unwrap();
        w.out.flush().unwrap();
        let written = fs::read_to_string(&path).unwrap();
        assert_eq!(written, "\"say \"\"hi\"\"\",2026,\"\",\"a,b\nc\"\n");
    }

    /// In TSV a field is quoted only where it must be, and reads back
    /// as it was written.
    #[test]
    fn tsv_fields_are_quoted_only_where_they_must_be() {
        let cases = [
            ("un", "un"),
            ("", ""),
            ("2026", "2026"),
            ("a,b", "a,b"),
            ("it's", "it's"),
            ("'=SUM(A1)", "'=SUM(A1)"),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("\"", "\"\"\"\""),
            ("tab\there", "\"tab\there\""),
            ("line\nbreak", "\"line\nbreak\""),
            ("cr\r", "\"cr\r\""),
        ];
        let tmp = tempfile::tempdir().unwrap();
        for (i, (field, want)) in cases.into_iter().enumerate() {
            let path = tmp.path().join(format!("{i}.tsv"));
            let file = File::create(&path).unwrap();
            let mut w =
                Delimited::new(BufWriter::new(file), OutputFormat::Tsv);
            w.field("x");
            w.field(field);
            w.number("7");
            w.end_row().unwrap();
            w.out.flush().unwrap();
            let written = fs::read_to_string(&path).unwrap();
            assert_eq!(written, format!("x\t{want}\t7\n"), "{field:?}");
            let back: Vec<String> = csv::ReaderBuilder::new()
                .delimiter(b'\t')
                .has_headers(false)
                .from_path(&path)
                .unwrap()
                .records()
                .next()
                .unwrap()
                .unwrap()
                .iter()
                .map(String::from)
                .collect();
            assert_eq!(back, ["x", field, "7"], "{field:?}");
        }
    }

    /// Rows written together, where what a shared text was found to be
    /// is remembered, give the bytes of the same rows written one by one:
    /// shared ids plain and not, a spreadsheet formula, numbers, texts of
    /// one length, and an id too long for a cell.
    #[test]
    fn rows_written_together_are_rows_written_one_by_one() {
        use crate::sink::{EntityRow, MentionId};
        use std::sync::Arc;
        let long: Arc<str> = "d".repeat(super::MAX_CELL_CHARS).into();
        let docs: [Arc<str>; 5] = [
            "speech.txt".into(),
            "=HYPERLINK(1)".into(),
            "2026".into(),
            "say \"hi\"".into(),
            long,
        ];
        let mut rows = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            let name: Arc<str> =
                if d % 2 == 0 { "Kenya".into() } else { "-5".into() };
            for n in 1..5 {
                rows.push(EntityRow {
                    doc_id: doc.clone(),
                    mention_id: MentionId { doc_id: doc.clone(), n },
                    kind: "country",
                    entity_id: name.clone(),
                    name: name.clone(),
                    text: ["@abc", "abcd", "12.5", "ab\u{7}d"][n % 4].into(),
                    value: String::new(),
                    rule: format!("r{n}").into(),
                    ..Default::default()
                });
            }
        }
        let tmp = tempfile::tempdir().unwrap();
        let formats = [OutputFormat::Csv, OutputFormat::Tsv];
        for (f, format) in formats.into_iter().enumerate() {
            for raw in [false, true] {
                let options = CellOptions { raw, ..Default::default() };
                let write = |name: &str, together: bool| {
                    let dir = tmp.path().join(format!("{name}{f}{raw}"));
                    fs::create_dir(&dir).unwrap();
                    let mut t = Table::create(
                        &dir,
                        "entities",
                        &ENTITY_COLUMNS,
                        format,
                        options,
                    )
                    .unwrap();
                    let cut = if together {
                        t.rows(&rows).unwrap()
                    } else {
                        rows.iter().map(|r| t.row(r).unwrap()).sum()
                    };
                    t.finish().unwrap();
                    let path =
                        dir.join(format!("entities.{}", format.extension()));
                    (fs::read(path).unwrap(), cut)
                };
                let (together, cut) = write("together", true);
                let (one_by_one, cut_one) = write("one", false);
                assert_eq!(together, one_by_one, "{format:?} raw {raw}");
                assert_eq!(cut, cut_one);
                let text = String::from_utf8_lossy(&together);
                assert!(text.contains("speech.txt#4"), "{text}");
                if !raw {
                    assert!(!text.contains(",\"=HYPERLINK"), "{text}");
                    assert_eq!(cut, 4, "the long id cut in each mention id");
                }
            }
        }
    }
}
