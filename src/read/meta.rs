//! Document metadata from outside the text: a table of dates and
//! speakers (`--meta`), and dates in paths (`--date-from-path`).
//!
//! A metadata table is CSV or TSV with a header; a `doc_id` column joins
//! its rows to documents, by the document's id as factscan prints it, or
//! else by its file name with the extension (a text file's; a name that
//! several documents of the inputs share joins none). The columns `date`
//! (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), `speaker` (a name or an entity id)
//! and `country` (ISO 3166 alpha-3) have meaning; others are ignored.
//! The table is held in memory, its text in one buffer and its rows
//! sorted by key, so that a million rows cost some 80 MB.

use std::path::Path;
use std::sync::OnceLock;

use crate::calendar::{DocDate, Precision, Ymd};
use crate::error::{Error, Result};
use crate::hash::FastMap;

/// What is known of a document besides its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocMeta {
    /// Its date, from a date field, a metadata table or its path.
    pub date: Option<DocDate>,
    /// Its speaker: a name or an entity id.
    pub speaker: Option<String>,
    /// The country its speaker speaks for.
    pub country: Option<String>,
}

impl DocMeta {
    /// A record's metadata from its date, speaker and country fields as
    /// found: trimmed, an empty one as none, the date parsed.
    pub(super) fn from_fields(
        date: Option<&str>,
        speaker: Option<&str>,
        country: Option<&str>,
    ) -> DocMeta {
        let some = |f: Option<&str>| {
            f.map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
        };
        DocMeta {
            date: some(date).as_deref().and_then(DocDate::parse),
            speaker: some(speaker),
            country: some(country),
        }
    }
}

/// A span of [`MetaTable`]'s text.
type Span = (u32, u32);

/// A row: its key, speaker and country stand one after the other in the
/// table's text, from `at`; its date is packed ([`pack`]).
#[derive(Clone, Debug)]
struct Row {
    at: u32,
    key_end: u32,
    speaker_end: u32,
    country_end: u32,
    date: u32,
    line: u32,
}

impl Row {
    fn key(&self) -> Span {
        (self.at, self.key_end)
    }
}

/// A date as one number: 0 for none.
fn pack(date: Option<DocDate>) -> u32 {
    let Some(d) = date else { return 0 };
    let ymd = d.day.year as u32 * 10_000 + d.day.month * 100 + d.day.day;
    ymd * 4 + d.precision as u32 + 1
}

fn unpack(n: u32) -> Option<DocDate> {
    let precision = match n.checked_sub(1)? % 4 {
        0 => Precision::Year,
        1 => Precision::Month,
        _ => Precision::Day,
    };
    let ymd = (n - 1) / 4;
    let day = Ymd::new((ymd / 10_000) as i32, ymd / 100 % 100, ymd % 100)?;
    Some(DocDate { day, precision })
}

/// A metadata table, read whole.
#[derive(Clone, Debug)]
pub struct MetaTable {
    file: String,
    text: String,
    /// Sorted by key, then by line.
    rows: Vec<Row>,
}

impl MetaTable {
    /// Reads the table at `path`: TSV for a `.tsv` file, CSV otherwise.
    ///
    /// # Errors
    ///
    /// When it cannot be read, has no `doc_id` column, or a row's date is
    /// no date (`FILE:LINE: …`).
    pub fn load(path: &Path) -> Result<MetaTable> {
        let tsv =
            path.extension().is_some_and(|e| e.eq_ignore_ascii_case("tsv"));
        let file =
            std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        // The text is no longer than the file: room for it at once.
        let size = file.metadata().map_or(0, |m| m.len() as usize);
        MetaTable::read(&path.display().to_string(), file, tsv, size)
    }

    /// Reads a table from `input`, named `file` in messages.
    ///
    /// # Errors
    ///
    /// As [`MetaTable::load`].
    pub fn read(
        file: &str,
        input: impl std::io::Read,
        tsv: bool,
        size_hint: usize,
    ) -> Result<MetaTable> {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(if tsv { b'\t' } else { b',' })
            .flexible(true)
            .from_reader(input);
        let bad = |line: u64, what: String| {
            Error::config(format!("{file}:{line}: {what}"))
        };
        let headers =
            reader.headers().map_err(|e| bad(1, e.to_string()))?.clone();
        let column =
            |name: &str| headers.iter().position(|h| h.trim() == name);
        let Some(key) = column("doc_id") else {
            let found: Vec<&str> = headers.iter().collect();
            return Err(bad(
                1,
                format!(
                    "no column `doc_id` in the header (found: {}); a metadata \
                     table needs `doc_id`, and may have `date`, `speaker`, `country`",
                    found.join(", ")
                ),
            ));
        };
        let (date, speaker, country) =
            (column("date"), column("speaker"), column("country"));
        let mut table = MetaTable {
            file: file.to_string(),
            text: String::with_capacity(size_hint),
            rows: Vec::new(),
        };
        let mut record = csv::StringRecord::new();
        loop {
            let line = reader.position().line();
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => return Err(bad(line, e.to_string())),
            }
            let field = |i: Option<usize>| {
                i.and_then(|i| record.get(i)).unwrap_or("").trim()
            };
            let k = field(Some(key));
            if k.is_empty() {
                return Err(bad(line, "an empty `doc_id`".into()));
            }
            let d = field(date);
            let date = match d {
                "" => None,
                d => Some(DocDate::parse_strict(d).ok_or_else(|| {
                    bad(
                        line,
                        format!(
                            "`{d}` is no date (YYYY, YYYY-MM or YYYY-MM-DD)"
                        ),
                    )
                })?),
            };
            let at = table.text.len() as u32;
            table.text.push_str(k);
            let key_end = table.text.len() as u32;
            table.text.push_str(field(speaker));
            let speaker_end = table.text.len() as u32;
            table.text.push_str(field(country));
            let country_end = table.text.len() as u32;
            let line = u32::try_from(line).unwrap_or(u32::MAX);
            let date = pack(date);
            table.rows.push(Row {
                at,
                key_end,
                speaker_end,
                country_end,
                date,
                line,
            });
        }
        let text = std::mem::take(&mut table.text);
        table.rows.sort_unstable_by(|a, b| {
            span(&text, a.key())
                .cmp(span(&text, b.key()))
                .then(a.line.cmp(&b.line))
        });
        table.text = text;
        Ok(table)
    }

    /// The rows whose key is `key`, as indexes.
    fn rows_of(&self, key: &str) -> std::ops::Range<usize> {
        let text = &self.text;
        let from = self.rows.partition_point(|r| span(text, r.key()) < key);
        let to = self.rows.partition_point(|r| span(text, r.key()) <= key);
        from..to
    }

    /// Whether `key` is a row's key.
    pub fn has_key(&self, key: &str) -> bool {
        !self.rows_of(key).is_empty()
    }

    /// How many rows it has.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether it has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    fn meta(&self, row: usize) -> DocMeta {
        let r = &self.rows[row];
        let text = |s: Span| {
            Some(span(&self.text, s).to_string()).filter(|s| !s.is_empty())
        };
        DocMeta {
            date: unpack(r.date),
            speaker: text((r.key_end, r.speaker_end)),
            country: text((r.speaker_end, r.country_end)),
        }
    }
}

fn span(text: &str, (a, b): Span) -> &str {
    &text[a as usize..b as usize]
}

/// A metadata table joined to the documents of a run: what each row
/// joined, and the problems met, for the caller to report.
#[derive(Debug)]
pub struct MetaJoin {
    table: MetaTable,
    joined: Vec<bool>,
    /// File names that several documents of the inputs share.
    shared: FastMap<String, u32>,
    problems: Vec<String>,
}

impl MetaJoin {
    /// Joins `table` to documents; `names` are the file names of the
    /// inputs' text documents that the table holds as keys, with how many
    /// documents have each.
    pub fn new(table: MetaTable, names: FastMap<String, u32>) -> MetaJoin {
        let mut problems = Vec::new();
        let mut shared = FastMap::default();
        for (name, n) in names {
            if n > 1 {
                for i in table.rows_of(&name) {
                    problems.push(format!(
                        "{}:{}: `{name}` is the file name of {n} documents, \
                         so it joins none (give their ids)",
                        table.file, table.rows[i].line
                    ));
                }
                shared.insert(name, n);
            }
        }
        // In the table's order: by line number, not as text.
        let line = |p: &String| {
            let rest = p.strip_prefix(&table.file).unwrap_or(p);
            let digits = rest.trim_start_matches(':');
            digits.split(':').next().and_then(|n| n.parse::<u64>().ok())
        };
        problems.sort_by_key(line);
        let joined = vec![false; table.rows.len()];
        MetaJoin { table, joined, shared, problems }
    }

    /// The metadata of the document `id`, whose file is `path` for a text
    /// file: the row keyed by its id, else by its file name.
    pub fn join(&mut self, id: &str, path: Option<&Path>) -> Option<DocMeta> {
        let mut rows = self.table.rows_of(id);
        if rows.is_empty()
            && let Some(name) =
                path.and_then(Path::file_name).and_then(|n| n.to_str())
            && !self.shared.contains_key(name)
        {
            rows = self.table.rows_of(name);
        }
        let first = rows.start;
        if rows.len() > 1 {
            let lines: Vec<String> = rows
                .clone()
                .map(|i| self.table.rows[i].line.to_string())
                .collect();
            self.problems.push(format!(
                "{}:{}: document `{id}` is joined by the rows of lines {}; the first is used",
                self.table.file,
                self.table.rows[first].line,
                lines.join(", ")
            ));
        }
        for i in rows.clone() {
            self.joined[i] = true;
        }
        (!rows.is_empty()).then(|| self.table.meta(first))
    }

    /// The problems met so far, taken.
    pub fn take_problems(&mut self) -> Vec<String> {
        std::mem::take(&mut self.problems)
    }

    /// The first `limit` rows that joined no document, in the table's
    /// order, as `FILE:LINE: …` messages, and how many there are in all.
    pub fn unjoined(&self, limit: usize) -> (Vec<String>, usize) {
        let text = &self.table.text;
        let mut rows: Vec<&Row> = self
            .table
            .rows
            .iter()
            .zip(&self.joined)
            .filter(|(r, joined)| {
                !**joined && !self.shared.contains_key(span(text, r.key()))
            })
            .map(|(r, _)| r)
            .collect();
        let all = rows.len();
        rows.sort_unstable_by_key(|r| r.line);
        let first = rows
            .iter()
            .take(limit)
            .map(|r| {
                format!(
                    "{}:{}: `{}` joins no document",
                    self.table.file,
                    r.line,
                    span(text, r.key())
                )
            })
            .collect();
        (first, all)
    }
}

/// The date a document's path gives: an ISO date (`2024-09-24`,
/// `20240924`), else a year from 1700 to 2100, standing as a path
/// component or between `_`, `-` or `.`; the last in the path.
pub fn date_from_path(path: &str) -> Option<DocDate> {
    static PATTERNS: OnceLock<(regex::Regex, regex::Regex)> = OnceLock::new();
    let (day, year) = PATTERNS.get_or_init(|| {
        // A separator or an end on both sides; the separator after is
        // looked at, not taken, so that dates may share one.
        let day = regex::Regex::new(
            r"(?:^|[/\\_.\-])((?:1[7-9]|20)\d\d)(?:-(\d\d)-(\d\d)|(\d\d)(\d\d))(?:$|[/\\_.\-])",
        )
        .expect("a valid pattern");
        let year = regex::Regex::new(r"(?:^|[/\\_.\-])(1[7-9]\d\d|20\d\d|2100)(?:$|[/\\_.\-])")
            .expect("a valid pattern");
        (day, year)
    });
    let last_day = captures_overlapping(day, path).filter_map(|c| {
        let y = c.get(1)?.as_str().parse().ok()?;
        let m = c.get(2).or(c.get(4))?.as_str().parse().ok()?;
        let d = c.get(3).or(c.get(5))?.as_str().parse().ok()?;
        crate::calendar::Ymd::new(y, m, d)
    });
    if let Some(day) = last_day.last() {
        return Some(day.into());
    }
    let last_year = captures_overlapping(year, path)
        .filter_map(|c| c.get(1)?.as_str().parse().ok())
        .last();
    last_year.map(DocDate::year)
}

/// Every match of `re` in `s`, also those that share a separator with
/// the one before ("2024_2025" holds 2024 and 2025).
fn captures_overlapping<'r, 's>(
    re: &'r regex::Regex,
    s: &'s str,
) -> impl Iterator<Item = regex::Captures<'s>> + 'r
where
    's: 'r,
{
    let mut at = 0;
    std::iter::from_fn(move || {
        let c = re.captures_at(s, at)?;
        let whole = c.get(0)?;
        // Start again at the separator that ended this match.
        at = whole.end()
            - usize::from(
                whole.as_str().ends_with(['/', '\\', '_', '.', '-']),
            );
        at = at.max(whole.start() + 1);
        Some(c)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_dates_unpack_to_themselves() {
        for s in ["2024", "2024-09", "2024-09-24", "1700-01-01", "2100-12-31"]
        {
            let d = DocDate::parse(s);
            assert_eq!(unpack(pack(d)), d, "{s}");
        }
        assert_eq!(unpack(pack(None)), None);
    }

    #[test]
    fn paths_give_dates_and_years() {
        let cases = [
            ("session-79-2024/AGO_79_2024.txt", Some("2024")),
            ("ungdc/session-70-2015/FRA_70_2015.txt", Some("2015")),
            ("news/2024-09-24/story.txt", Some("2024-09-24")),
            ("news/20240924_story.txt", Some("2024-09-24")),
            ("2023/speech-2024-01-05.txt", Some("2024-01-05")),
            ("sotu/2019_donald_j_trump_r.txt", Some("2019")),
            ("archive/1999/report.txt", Some("1999")),
            ("a/2100.txt", Some("2100")),
            ("a/2101.txt", None),
            ("a/1699.txt", None),
            ("a/12024.txt", None),
            ("a/20241.txt", None),
            ("a/report2024.txt", None),
            ("a/20241324.txt", None),
            ("a/speech.txt", None),
            ("2024_2025.txt", Some("2025")),
            ("", None),
        ];
        for (path, want) in cases {
            assert_eq!(
                date_from_path(path).map(DocDate::value).as_deref(),
                want,
                "{path}"
            );
        }
    }

    fn table(csv: &str) -> MetaTable {
        MetaTable::read("meta.csv", csv.as_bytes(), false, 0).unwrap()
    }

    #[test]
    fn rows_join_by_id_then_by_unshared_file_name() {
        let t = table(
            "doc_id,date,speaker,country\n\
             d1,2024-09-24,Joe Biden,USA\n\
             AGO_79_2024.txt,2024,João Lourenço,AGO\n\
             shared.txt,2020,,\n\
             twice,2021,,\n\
             twice,2022,,\n\
             nobody,2023,,\n",
        );
        let mut names = FastMap::default();
        names.insert("AGO_79_2024.txt".to_string(), 1);
        names.insert("shared.txt".to_string(), 2);
        let mut join = MetaJoin::new(t, names);
        let d1 = join.join("d1", None).unwrap();
        assert_eq!(d1.date, DocDate::parse("2024-09-24"));
        assert_eq!(
            (d1.speaker.as_deref(), d1.country.as_deref()),
            (Some("Joe Biden"), Some("USA"))
        );
        let ago = join
            .join(
                "ungdc/AGO_79_2024.txt",
                Some(Path::new("ungdc/AGO_79_2024.txt")),
            )
            .unwrap();
        assert_eq!(ago.date, Some(DocDate::year(2024)));
        assert_eq!(
            join.join("a/shared.txt", Some(Path::new("a/shared.txt"))),
            None
        );
        assert_eq!(
            join.join("twice", None).unwrap().date,
            Some(DocDate::year(2021))
        );
        assert_eq!(join.join("other", None), None);
        assert_eq!(
            join.take_problems(),
            [
                "meta.csv:4: `shared.txt` is the file name of 2 documents, so it joins none (give their ids)",
                "meta.csv:5: document `twice` is joined by the rows of lines 5, 6; the first is used",
            ]
        );
        let unjoined =
            (vec!["meta.csv:7: `nobody` joins no document".to_string()], 1);
        assert_eq!(join.unjoined(20), unjoined);
        assert_eq!(join.unjoined(0), (vec![], 1));
    }

    #[test]
    fn bad_tables_say_where() {
        let cases = [
            (
                "id,date\nd1,2024\n",
                "meta.csv:1: no column `doc_id` in the header (found: id, date)",
            ),
            (
                "doc_id,date\nd1,2024\nd2,24 Sept\n",
                "meta.csv:3: `24 Sept` is no date (YYYY, YYYY-MM or YYYY-MM-DD)",
            ),
            (
                "doc_id,date\nd1,2024-09-24T10:00\n",
                "meta.csv:2: `2024-09-24T10:00` is no date",
            ),
            ("doc_id,date\n,2024\n", "meta.csv:2: an empty `doc_id`"),
        ];
        for (csv, want) in cases {
            let err = MetaTable::read("meta.csv", csv.as_bytes(), false, 0)
                .unwrap_err()
                .to_string();
            assert!(err.starts_with(want), "{csv:?}: {err}");
        }
        let tsv = MetaTable::read(
            "m.tsv",
            "doc_id\tspeaker\nd1\tX\n".as_bytes(),
            true,
            0,
        )
        .unwrap();
        assert!(tsv.has_key("d1") && tsv.len() == 1);
    }
}
