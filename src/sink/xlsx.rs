//! The tables as one Excel workbook, `tables.xlsx` (the `xlsx` cargo
//! feature): a sheet for each table, in the order entities, claims,
//! documents, entity_summary.
//!
//! Each sheet is written row by row in `rust_xlsxwriter`'s constant-memory
//! mode (its rows go to an unnamed temporary file in the output folder,
//! its strings inline rather than in a shared table), so memory stays
//! bounded whatever the corpus. The workbook is saved as
//! `.tables.xlsx.part` and renamed into place, under the folder's
//! [`lock`](super::lock), as the other formats are.
//!
//! Cells: whole numbers are numbers, `negated` a boolean, a date column's
//! day-precision date (`YYYY-MM-DD`, from 1900-03-01 on; in `documents`,
//! where `date_precision` is `day`; `first_date` and `last_date` of
//! `entity_summary` hold no precision and are taken as written) an Excel
//! date shown as `yyyy-mm-dd`, every other cell text: an xlsx text cell is
//! never read as a formula, so text is written as it is (no leading `'`,
//! control characters kept), and `--raw-cells` changes nothing here. A
//! text longer than Excel's 32,767 characters (counted as Excel counts
//! them, in UTF-16 units) is cut, and the cut recorded in the document's
//! row as the CSV sink records it. A sheet that reaches Excel's 1,048,576
//! rows goes on in a new sheet of the same table, `entities (2)`, with the
//! header again. Every sheet has its header row frozen and an autofilter;
//! columns are as wide as the widest of the header and the first
//! [`SAMPLE_ROWS`] rows, within [`MIN_WIDTH`] and [`MAX_WIDTH`].

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::cells::{MAX_CELL_CHARS, note_cuts};
use super::lock::OutputLock;
use super::row::{Cell, Cells};
use super::summary::{EntitySummary, SUMMARY_COLUMNS};
use super::{
    CLAIM_COLUMNS, DOCUMENT_COLUMNS, DocOutput, ENTITY_COLUMNS, Sink,
};
use crate::error::{Error, Result};

/// Excel's rows per sheet, the header's included.
pub const MAX_SHEET_ROWS: u32 = 1_048_576;
/// Rows of each sheet whose cells size its columns.
pub const SAMPLE_ROWS: u32 = 1000;
/// The narrowest column, in characters.
pub const MIN_WIDTH: usize = 6;
/// The widest column, in characters (long texts are cut off on screen,
/// whole in the cell).
pub const MAX_WIDTH: usize = 60;

/// The workbook's zip compression level: 1, the fastest. On the UN
/// speeches, level 6 (zip's default) wrote 18.7 MB rather than 29.9 MB
/// (CSV: 60.4 MB) but took the run 5.7 s rather than 3.5 s (CSV: 1.9 s);
/// see BENCHMARKS.md.
const COMPRESSION: u8 = 1;

/// The name of the workbook in the output folder.
pub const WORKBOOK: &str = "tables.xlsx";

/// Columns whose day-precision dates are written as dates.
const DATES: [&str; 3] = ["date", "first_date", "last_date"];

fn xlsx_error(path: &Path, e: XlsxError) -> Error {
    Error::io(path, std::io::Error::other(e.to_string()))
}

/// One table: its sheet being written, and those already full.
struct Sheet {
    name: &'static str,
    columns: &'static [&'static str],
    is_date: Vec<bool>,
    full: Vec<Worksheet>,
    current: Worksheet,
    /// The next row of `current` to write (0 is the header).
    row: u32,
    /// The widest cell of each column so far, in characters.
    widths: Vec<usize>,
}

/// Writes the four tables as the sheets of one workbook.
pub struct XlsxSink {
    tmp: PathBuf,
    path: PathBuf,
    workbook: Workbook,
    sheets: Vec<Sheet>,
    date: Format,
    max_rows: u32,
    summary: EntitySummary,
    _lock: OutputLock,
}

impl XlsxSink {
    /// Creates `dir` if needed, takes its lock and starts the workbook
    /// there.
    ///
    /// # Errors
    ///
    /// When the folder or its temporary files cannot be created, or
    /// another run holds the folder's lock.
    pub fn create(dir: &Path) -> Result<XlsxSink> {
        XlsxSink::with_max_rows(dir, MAX_SHEET_ROWS)
    }

    /// As [`XlsxSink::create`], with sheets of at most `max_rows` rows
    /// (the header's included; at least 2): for tests of the sheets that
    /// go on, without a million rows.
    ///
    /// # Errors
    ///
    /// As [`XlsxSink::create`].
    pub fn with_max_rows(dir: &Path, max_rows: u32) -> Result<XlsxSink> {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let lock = OutputLock::take(dir)?;
        let path = dir.join(WORKBOOK);
        let tmp = dir.join(format!(".{WORKBOOK}.part"));
        let mut workbook = Workbook::new();
        workbook.set_tempdir(dir).map_err(|e| xlsx_error(dir, e))?;
        // No ZIP64 (`use_zip_large_file`): LibreOffice 7.4 cannot load a
        // workbook written with it. A sheet past 4 GB of XML fails the
        // run at its end, with the zip writer's message.
        workbook.set_zip_compression_level(COMPRESSION);
        let mut sheets = Vec::with_capacity(4);
        for (name, columns) in [
            ("entities", &ENTITY_COLUMNS[..]),
            ("claims", &CLAIM_COLUMNS[..]),
            ("documents", &DOCUMENT_COLUMNS[..]),
            ("entity_summary", &SUMMARY_COLUMNS[..]),
        ] {
            let current = new_sheet(&mut workbook, name, 1, columns)
                .map_err(|e| xlsx_error(&tmp, e))?;
            sheets.push(Sheet {
                name,
                columns,
                is_date: columns.iter().map(|c| DATES.contains(c)).collect(),
                full: Vec::new(),
                current,
                row: 1,
                widths: columns.iter().map(|c| c.len()).collect(),
            });
        }
        Ok(XlsxSink {
            tmp,
            path,
            workbook,
            sheets,
            date: Format::new().set_num_format("yyyy-mm-dd"),
            max_rows: max_rows.clamp(2, MAX_SHEET_ROWS),
            summary: EntitySummary::default(),
            _lock: lock,
        })
    }

    /// Writes a row into sheet `i`; returns how many of its cells were
    /// cut.
    /// Its date columns are dates where `day` (a day-precision date).
    fn row(&mut self, i: usize, row: &impl Cells, day: bool) -> Result<usize> {
        self.sheets[i]
            .write(&mut self.workbook, &self.date, self.max_rows, row, day)
            .map_err(|e| xlsx_error(&self.tmp, e))
    }
}

impl Sheet {
    /// Writes a row, on a new sheet of the table if this one holds
    /// `max_rows`; returns how many of its cells were cut. A date column's
    /// `YYYY-MM-DD` is a date where `days` (the row holds no precision
    /// that says otherwise).
    fn write(
        &mut self,
        workbook: &mut Workbook,
        date: &Format,
        max_rows: u32,
        row: &impl Cells,
        days: bool,
    ) -> std::result::Result<usize, XlsxError> {
        if self.row >= max_rows {
            let part = self.full.len() + 2;
            let next = new_sheet(workbook, self.name, part, self.columns)?;
            let full = std::mem::replace(&mut self.current, next);
            self.full.push(close(full, self.row, &self.widths));
            self.row = 1;
            self.widths = self.columns.iter().map(|c| c.len()).collect();
        }
        let r = self.row;
        let sample = r <= SAMPLE_ROWS;
        let ws = &mut self.current;
        let mut cut = 0;
        let mut failed = None;
        let mut col = 0usize;
        row.each_cell(&mut |cell| {
            let c = col as u16;
            let day = match cell {
                Cell::Text(s) if days && self.is_date[col] => day(s),
                _ => None,
            };
            let (written, width) = match (cell, day) {
                (_, Some(d)) => {
                    (ws.write_date_with_format(r, c, d, date).map(|_| ()), 10)
                }
                (Cell::Text(s), None) => {
                    let (s, was_cut) = fit(s);
                    cut += usize::from(was_cut);
                    let w = if sample { s.chars().count() } else { 0 };
                    (ws.write_string(r, c, s).map(|_| ()), w)
                }
                (Cell::Int(n), None) => {
                    let w = if sample { n.to_string().len() } else { 0 };
                    (ws.write_number(r, c, n as f64).map(|_| ()), w)
                }
                (Cell::Bool(b), None) => {
                    (ws.write_boolean(r, c, b).map(|_| ()), 5)
                }
                (Cell::Numbered { prefix, mark, n }, None) => {
                    let s = format!("{prefix}{mark}{n}");
                    let (s, was_cut) = fit(&s);
                    cut += usize::from(was_cut);
                    let w = if sample { s.chars().count() } else { 0 };
                    (ws.write_string(r, c, s).map(|_| ()), w)
                }
                (Cell::Empty, None) => (Ok(()), 0),
            };
            if let Err(e) = written {
                failed.get_or_insert(e);
            }
            if sample && width > self.widths[col] {
                self.widths[col] = width;
            }
            col += 1;
        });
        if let Some(e) = failed {
            return Err(e);
        }
        self.row += 1;
        Ok(cut)
    }
}

/// A new sheet of table `name`, its `part`th (`entities (2)` from the
/// second on), with its header row written and frozen.
fn new_sheet(
    workbook: &mut Workbook,
    name: &str,
    part: usize,
    columns: &[&str],
) -> std::result::Result<Worksheet, XlsxError> {
    let mut ws = workbook.new_worksheet_with_constant_memory()?;
    if part == 1 {
        ws.set_name(name)?;
    } else {
        ws.set_name(format!("{name} ({part})"))?;
    }
    let bold = Format::new().set_bold();
    for (c, column) in columns.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *column, &bold)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(ws)
}

/// Ends a sheet of `rows` rows (the header's included): its autofilter
/// over them, and its columns' widths.
fn close(mut ws: Worksheet, rows: u32, widths: &[usize]) -> Worksheet {
    let last = widths.len().saturating_sub(1) as u16;
    // Both only fail on a row or column past Excel's, which `rows` and
    // the tables' columns are not.
    let _ = ws.autofilter(0, 0, rows.saturating_sub(1).max(1), last);
    for (c, w) in widths.iter().enumerate() {
        // Room for the filter's button beside the header.
        let width = (w + 3).clamp(MIN_WIDTH, MAX_WIDTH);
        let _ = ws.set_column_width(c as u16, width as f64);
    }
    ws
}

/// Text `s`, cut to Excel's 32,767 characters as Excel counts them (UTF-16
/// units) at a character's boundary; and whether it was cut.
pub fn fit(s: &str) -> (Cow<'_, str>, bool) {
    // A UTF-8 byte is at most one UTF-16 unit.
    if s.len() <= MAX_CELL_CHARS {
        return (Cow::Borrowed(s), false);
    }
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > MAX_CELL_CHARS {
            return (Cow::Borrowed(&s[..i]), true);
        }
    }
    (Cow::Borrowed(s), false)
}

/// The Excel date of `s` when it is a day-precision date, `YYYY-MM-DD`,
/// that Excel shows as it is: from 1900-03-01 (before it, Excel's serial
/// numbers count a 29 February 1900 that was not) to 9999-12-31.
fn day(s: &str) -> Option<ExcelDateTime> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u16> {
        let part = &s[r];
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let (m, d) = (u8::try_from(m).ok()?, u8::try_from(d).ok()?);
    if y < 1900 || (y == 1900 && m < 3) {
        return None;
    }
    ExcelDateTime::from_ymd(y, m, d).ok()
}

impl Sink for XlsxSink {
    fn document(&mut self, out: &DocOutput) -> Result<()> {
        let mut cut = 0;
        for row in &out.entities {
            cut += self.row(0, row, true)?;
        }
        for row in &out.claims {
            // Its date's form tells its precision.
            cut += self.row(1, row, true)?;
        }
        let doc = note_cuts(&out.document, cut);
        // A month- or year-precise date is written as its first day.
        self.row(2, doc.as_ref(), doc.date_precision == "day")?;
        self.summary.add(out);
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        for row in self.summary.rows() {
            self.sheets[3]
                .write(
                    &mut self.workbook,
                    &self.date,
                    self.max_rows,
                    row,
                    true,
                )
                .map_err(|e| xlsx_error(&self.tmp, e))?;
        }
        for sheet in std::mem::take(&mut self.sheets) {
            let Sheet { mut full, current, row, widths, .. } = sheet;
            full.push(close(current, row, &widths));
            for ws in full {
                self.workbook.push_worksheet(ws);
            }
        }
        self.workbook.save(&self.tmp).map_err(|e| xlsx_error(&self.tmp, e))?;
        fs::rename(&self.tmp, &self.path).map_err(|e| Error::io(&self.path, e))
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;
    use crate::sink::{DocumentRow, EntityRow, MentionId};

    /// The sheets of workbook `path`, by name, in order, each with its
    /// rows' XML.
    fn sheets(path: &Path) -> Vec<(String, Vec<String>)> {
        let file = fs::File::open(path).unwrap();
        let mut zip = zip::ZipArchive::new(file).unwrap();
        let mut read = |name: &str| {
            let mut text = String::new();
            zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
            text
        };
        let book = read("xl/workbook.xml");
        let names: Vec<String> = book
            .split("<sheet name=\"")
            .skip(1)
            .map(|s| s[..s.find('"').unwrap()].replace("&amp;", "&"))
            .collect();
        names
            .into_iter()
            .enumerate()
            .map(|(i, name)| {
                let xml = read(&format!("xl/worksheets/sheet{}.xml", i + 1));
                let rows = xml
                    .split("<row ")
                    .skip(1)
                    .map(|r| r[..r.find("</row>").unwrap()].to_string())
                    .collect();
                (name, rows)
            })
            .collect()
    }

    fn doc(id: &str, mentions: usize) -> DocOutput {
        let entity = |i: usize| EntityRow {
            doc_id: id.into(),
            mention_id: MentionId { doc_id: id.into(), n: i + 1 },
            kind: "country",
            text: "Kenya".into(),
            start: i,
            ..Default::default()
        };
        DocOutput {
            document: DocumentRow {
                doc_id: id.into(),
                date: "2024-09-24".into(),
                date_precision: "day",
                status: "ok",
                ..Default::default()
            },
            entities: (0..mentions).map(entity).collect(),
            claims: vec![],
        }
    }

    /// With sheets of three rows (a header and two), five mentions fill
    /// `entities`, `entities (2)` and `entities (3)`, each with its header
    /// and autofilter, in input order; a million rows are not written.
    #[test]
    fn a_full_sheet_goes_on_in_a_sheet_of_the_same_table() {
        let tmp = tempfile::tempdir().unwrap();
        let mut sink = XlsxSink::with_max_rows(tmp.path(), 3).unwrap();
        sink.document(&doc("a", 3)).unwrap();
        sink.document(&doc("b", 2)).unwrap();
        sink.finish().unwrap();
        let book = sheets(&tmp.path().join(WORKBOOK));
        let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "entities",
                "entities (2)",
                "entities (3)",
                "claims",
                "documents",
                "entity_summary"
            ]
        );
        let ids: Vec<Vec<&str>> = book[..3]
            .iter()
            .map(|(_, rows)| {
                rows.iter()
                    .map(|r| {
                        r.find('#').map_or("header", |i| &r[i - 1..i + 2])
                    })
                    .collect()
            })
            .collect();
        assert_eq!(
            ids,
            [
                vec!["header", "a#1", "a#2"],
                vec!["header", "a#3", "b#1"],
                vec!["header", "b#2"],
            ]
        );
        let xml = fs::File::open(tmp.path().join(WORKBOOK)).unwrap();
        let mut zip = zip::ZipArchive::new(xml).unwrap();
        for (i, last) in [(1, 3), (2, 3), (3, 2)] {
            let mut text = String::new();
            zip.by_name(&format!("xl/worksheets/sheet{i}.xml"))
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            assert!(
                text.contains(&format!("<autoFilter ref=\"A1:N{last}\"")),
                "{text}"
            );
            assert!(text.contains("state=\"frozen\""), "{text}");
        }
        assert_eq!(book[4].1.len(), 3, "a header and two documents");
    }

    /// The workbook is written under the folder's lock, as the other
    /// formats are, and renamed into place when done.
    #[test]
    fn a_workbook_is_written_under_the_folders_lock() {
        let tmp = tempfile::tempdir().unwrap();
        let mut sink = XlsxSink::create(tmp.path()).unwrap();
        let Err(e) = XlsxSink::create(tmp.path()) else {
            panic!("a second sink into a locked folder");
        };
        assert!(e.to_string().contains("another factscan run"), "{e}");
        sink.document(&doc("a", 1)).unwrap();
        assert!(!tmp.path().join(WORKBOOK).exists());
        sink.finish().unwrap();
        drop(sink);
        let files: Vec<String> = fs::read_dir(tmp.path())
            .unwrap()
            .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        let mut files = files;
        files.sort();
        assert_eq!(
            files,
            [".factscan-lock", WORKBOOK],
            "no temporary file left"
        );
        XlsxSink::create(tmp.path()).unwrap();
    }

    /// A text past 32,767 UTF-16 units is cut at a character, and one
    /// within is left; a cut is counted.
    #[test]
    fn long_text_is_cut_as_excel_counts() {
        let cases = [
            ("x".repeat(MAX_CELL_CHARS), MAX_CELL_CHARS, false),
            ("x".repeat(MAX_CELL_CHARS + 1), MAX_CELL_CHARS, true),
            ("é".repeat(MAX_CELL_CHARS), MAX_CELL_CHARS, false),
            ("é".repeat(MAX_CELL_CHARS + 1), MAX_CELL_CHARS, true),
            // Two UTF-16 units each: 16,383 of them fit.
            ("😀".repeat(20_000), MAX_CELL_CHARS / 2, true),
            ("😀".repeat(MAX_CELL_CHARS / 2), MAX_CELL_CHARS / 2, false),
            (String::new(), 0, false),
        ];
        for (text, chars, cut) in cases {
            let (cell, was_cut) = fit(&text);
            assert_eq!(
                cell.chars().count(),
                chars,
                "{}",
                &text[..4.min(text.len())]
            );
            assert_eq!(was_cut, cut);
            assert!(text.starts_with(cell.as_ref()));
        }
    }

    /// The cut is recorded in the document's row, as in CSV, and the
    /// cell holds the first 32,767 characters.
    #[test]
    fn a_cut_cell_is_recorded_with_its_document() {
        let tmp = tempfile::tempdir().unwrap();
        let mut sink = XlsxSink::create(tmp.path()).unwrap();
        let mut out = doc("a", 2);
        out.entities[0].text = "y".repeat(40_000);
        out.entities[1].name = "z".repeat(40_000).into();
        sink.document(&out).unwrap();
        sink.document(&doc("b", 1)).unwrap();
        sink.finish().unwrap();
        let book = sheets(&tmp.path().join(WORKBOOK));
        let entities = &book[0].1;
        assert!(
            entities[1]
                .contains(&format!(">{}</t>", "y".repeat(MAX_CELL_CHARS)))
        );
        assert!(!entities[1].contains(&"y".repeat(MAX_CELL_CHARS + 1)));
        let documents = &book[2].1;
        assert!(documents[1].contains("warning"), "{}", documents[1]);
        assert!(documents[1].contains("2 cell(s) cut to 32767 characters"));
        assert!(documents[2].contains(">ok<"), "{}", documents[2]);
    }

    /// Numbers are numbers, a day-precision date in a date column a date,
    /// other dates and all text strings, written as they are.
    #[test]
    fn cells_keep_their_types() {
        let cases = [
            ("2024-09-24", Some(45559.0)),
            ("1900-03-01", Some(61.0)),
            ("1900-02-28", None),
            ("1899-12-31", None),
            ("2024-09", None),
            ("2024", None),
            ("2024-02-30", None),
            ("2024-9-24x", None),
            ("+024-09-24", None),
            ("", None),
        ];
        for (text, serial) in cases {
            let got = day(text).map(|d| d.to_excel());
            assert_eq!(got, serial, "{text}");
        }
        let tmp = tempfile::tempdir().unwrap();
        let mut sink = XlsxSink::create(tmp.path()).unwrap();
        let mut out = doc("=1+2", 1);
        out.document.date = "2024-09-01".into();
        out.document.date_precision = "month";
        out.document.bytes = 123_456;
        sink.document(&out).unwrap();
        sink.document(&doc("b", 0)).unwrap();
        sink.finish().unwrap();
        let book = sheets(&tmp.path().join(WORKBOOK));
        let first = &book[2].1[1];
        assert!(first.contains("<is><t>=1+2</t></is>"), "{first}");
        assert!(!first.contains("<f>"), "{first}");
        assert!(first.contains("<is><t>2024-09-01</t></is>"), "{first}");
        assert!(first.contains("<v>123456</v>"), "{first}");
        let second = &book[2].1[2];
        assert!(second.contains("<v>45559</v>"), "{second}");
    }
}
