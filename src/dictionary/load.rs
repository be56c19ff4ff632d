//! Parsing of dictionary files: TSV with a header row.
//!
//! The format is documented in `dictionaries/README.md`. This module turns
//! the text of one file into rows, and reports every problem as
//! `file:line: what is wrong`.

use rayon::prelude::*;

use super::Role;
use crate::calendar::Ymd;
use crate::error::{Error, Result};
use crate::span::EntityKind;

/// The columns a dictionary file may have. `id` and `name` are required.
pub const COLUMNS: [&str; 9] = [
    "id",
    "name",
    "kind",
    "aliases",
    "acronyms",
    "demonyms",
    "metonyms",
    "attributes",
    "roles",
];

/// One row of a dictionary file, borrowing from its text.
#[derive(Clone, Debug, Default)]
pub struct Row<'a> {
    /// 1-based line number in its file.
    pub line: usize,
    /// The entry's id; with a leading `-`, the row removes the entry.
    pub id: &'a str,
    /// The canonical name; may be empty on a row that extends an entry.
    pub name: &'a str,
    /// The kind named by the row or, failing that, by the file.
    pub kind: Option<EntityKind>,
    /// Aliases by column: aliases, acronyms, demonyms, metonyms.
    pub aliases: [Vec<&'a str>; 4],
    /// `key=value` attributes.
    pub attributes: Vec<(String, String)>,
    /// Roles held, with their dates.
    pub roles: Vec<Role>,
}

/// Guesses a file's kind from its name: `countries.tsv` holds countries.
pub fn kind_from_file_name(name: &str) -> Option<EntityKind> {
    let stem = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = stem.split('.').next().unwrap_or(stem).to_ascii_lowercase();
    let kind = match stem.as_str() {
        "countries" | "country" => EntityKind::Country,
        "organizations" | "organization" | "orgs" => EntityKind::Organization,
        "people" | "persons" | "person" => EntityKind::Person,
        "locations" | "location" | "places" => EntityKind::Location,
        _ => return None,
    };
    Some(kind)
}

/// Parses the text of one dictionary file named `file`: its rows, in
/// the pieces parsed apart.
///
/// # Errors
///
/// A missing header column, an unknown column, a row with the wrong number
/// of fields, an empty id or alias, a bad attribute or kind: each as
/// `file:line: what is wrong`.
pub fn parse<'a>(file: &str, text: &'a str) -> Result<Vec<Vec<Row<'a>>>> {
    let file_kind = kind_from_file_name(file);
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
    let (hline, header) = lines
        .find(|(_, l)| !is_blank_or_comment(l))
        .ok_or_else(|| Error::dictionary(file, 0, "no header row"))?;
    let cols = parse_header(file, hline, header)?;
    if file_kind.is_none() && !cols.contains(&2) {
        return Err(Error::dictionary(
            file,
            hline,
            "no `kind` column, and the file name names no kind \
             (countries, organizations, people, locations)",
        ));
    }
    // The rows after the header, in pieces of about CHUNK bytes cut at
    // line ends, parse in parallel: the people file alone is 1.7 MB.
    let rest_at =
        header.as_ptr() as usize - text.as_ptr() as usize + header.len();
    let rest = &text[rest_at..];
    let mut pieces = Vec::new();
    let (mut from, mut line) = (0, hline + 1);
    while from < rest.len() {
        let mut to = (from + CHUNK).min(rest.len());
        to = rest[to..].find('\n').map_or(rest.len(), |i| to + i + 1);
        // The piece starts with the newline that ends the line before.
        pieces.push((line - 1, &rest[from..to]));
        line += memchr::memchr_iter(b'\n', &rest.as_bytes()[from..to]).count();
        from = to;
    }
    let parsed: Vec<Result<Vec<Row<'a>>>> = pieces
        .par_iter()
        .map(|&(first, piece)| {
            // Sized at once: grown by doubling, the rows were copied
            // twice over, each copy into fresh pages.
            let lines = memchr::memchr_iter(b'\n', piece.as_bytes()).count();
            let mut rows = Vec::with_capacity(lines + 1);
            for (i, l) in split_ascii(piece, b'\n').enumerate() {
                if is_blank_or_comment(l) {
                    continue;
                }
                let mut row = parse_row(file, first + i, l, &cols)?;
                row.kind = row.kind.or(file_kind);
                rows.push(row);
            }
            Ok(rows)
        })
        .collect();
    // Kept in their pieces: joined, the rows were copied again, into
    // fresh pages.
    parsed.into_iter().collect()
}

/// The size of the pieces a dictionary file is parsed in.
const CHUNK: usize = 256 * 1024;

fn is_blank_or_comment(line: &str) -> bool {
    let t = trim(line);
    t.is_empty() || t.starts_with('#')
}

/// Maps each header field to its index in `COLUMNS`.
fn parse_header(file: &str, line: usize, header: &str) -> Result<Vec<usize>> {
    let header = header.trim_start_matches('\u{feff}');
    let mut cols = Vec::new();
    for name in header.trim_end_matches('\r').split('\t') {
        let Some(i) = COLUMNS.iter().position(|c| *c == name.trim()) else {
            let msg = format!(
                "unknown column `{name}` (columns: {})",
                COLUMNS.join(", ")
            );
            return Err(Error::dictionary(file, line, msg));
        };
        if cols.contains(&i) {
            let msg = format!("column `{name}` appears twice");
            return Err(Error::dictionary(file, line, msg));
        }
        cols.push(i);
    }
    for required in [0, 1] {
        if !cols.contains(&required) {
            let msg = format!("no `{}` column", COLUMNS[required]);
            return Err(Error::dictionary(file, line, msg));
        }
    }
    Ok(cols)
}

fn parse_row<'a>(
    file: &str,
    line: usize,
    text: &'a str,
    cols: &[usize],
) -> Result<Row<'a>> {
    let fields: Vec<&str> =
        split_ascii(text.trim_end_matches('\r'), b'\t').collect();
    if fields.len() != cols.len() {
        let msg = format!(
            "{} fields, but the header has {}",
            fields.len(),
            cols.len()
        );
        return Err(Error::dictionary(file, line, msg));
    }
    let mut row = Row { line, ..Row::default() };
    for (&col, field) in cols.iter().zip(fields) {
        let field = trim(field);
        match col {
            0 => row.id = field,
            1 => row.name = field,
            2 if field.is_empty() => {}
            2 => {
                row.kind = Some(EntityKind::parse(field).ok_or_else(|| {
                    let msg = format!("unknown kind `{field}`");
                    Error::dictionary(file, line, msg)
                })?)
            }
            3..=6 => row.aliases[col - 3] = split_list(file, line, field)?,
            7 => row.attributes = parse_attributes(file, line, field)?,
            _ => row.roles = parse_roles(file, line, field)?,
        }
    }
    if row.id.is_empty() || row.id == "-" {
        return Err(Error::dictionary(file, line, "empty id"));
    }
    Ok(row)
}

/// Splits a `|`-separated list; an empty item is an error.
fn split_list<'a>(
    file: &str,
    line: usize,
    field: &'a str,
) -> Result<Vec<&'a str>> {
    if field.is_empty() {
        return Ok(Vec::new());
    }
    split_ascii(field, b'|')
        .map(|item| {
            let item = trim(item);
            if item.is_empty() || item == "-" {
                Err(Error::dictionary(file, line, "empty alias"))
            } else {
                Ok(item)
            }
        })
        .collect()
}

fn parse_attributes(
    file: &str,
    line: usize,
    field: &str,
) -> Result<Vec<(String, String)>> {
    if field.is_empty() {
        return Ok(Vec::new());
    }
    split_ascii(field, b';')
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() => {
                Ok((k.trim().to_string(), v.trim().to_string()))
            }
            _ => {
                let msg = format!("attribute `{pair}` is not key=value");
                Err(Error::dictionary(file, line, msg))
            }
        })
        .collect()
}

/// `s.trim()`, answered at once where `s` starts and ends with a visible
/// ASCII character, as nearly every field does.
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => {
            s
        }
        _ => s.trim(),
    }
}

/// `s` split at each `sep`, an ASCII byte, as `str::split` does it, the
/// byte found by `memchr::memchr`: quicker than `str::split`'s search
/// and than a byte loop, on the files' lines and on fields as short as
/// a role's parts (start-up instructions 241 M with the loop, 234 M with
/// memchr, measured 2026-12-07).
fn split_ascii(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    debug_assert!(sep.is_ascii());
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match memchr::memchr(sep, r.as_bytes()) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Parses `role:COUNTRY:FROM:TO` items, `|`-separated; the dates are
/// `YYYY-MM-DD`, `YYYY` or empty (open).
fn parse_roles(file: &str, line: usize, field: &str) -> Result<Vec<Role>> {
    let bad = |item: &str, what: &str| {
        let msg = format!("role `{item}`: {what} (role:COUNTRY:FROM:TO)");
        Error::dictionary(file, line, msg)
    };
    let date = |item: &str, s: &str, end: bool| -> Result<Option<Ymd>> {
        if s.is_empty() {
            return Ok(None);
        }
        if let Some(d) = Ymd::parse(s).filter(|_| s.len() == 10) {
            return Ok(Some(d));
        }
        match s.parse::<i32>() {
            Ok(y) if s.len() == 4 => Ok(Ymd::new(
                y,
                if end { 12 } else { 1 },
                if end { 31 } else { 1 },
            )),
            _ => Err(bad(item, &format!("`{s}` is no date"))),
        }
    };
    split_list(file, line, field)?
        .iter()
        .map(|item| {
            // Four parts, read without collecting them.
            let mut parts = split_ascii(item, b':').map(trim);
            let (Some(title), Some(country), Some(from), Some(to), None) = (
                parts.next(),
                parts.next(),
                parts.next(),
                parts.next(),
                parts.next(),
            ) else {
                return Err(bad(item, "not four `:`-separated parts"));
            };
            if title.is_empty() {
                return Err(bad(item, "no role"));
            }
            Ok(Role {
                title: title.to_string(),
                country: country.to_string(),
                from: date(item, from, false)?,
                to: date(item, to, true)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows of a file, out of their pieces.
    fn parse<'a>(file: &str, text: &'a str) -> Result<Vec<Row<'a>>> {
        Ok(super::parse(file, text)?.into_iter().flatten().collect())
    }

    fn err(file: &str, text: &str) -> String {
        parse(file, text).unwrap_err().to_string()
    }

    #[test]
    fn trim_trims_as_str_trim() {
        let cases = [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\ta\r",
            "a b",
            "\u{a0}x\u{3000}",
            "é",
            " é ",
            "x\u{85}",
        ];
        for s in cases {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn split_ascii_splits_as_str_split() {
        for s in ["", "|", "a", "a|b", "|a||b|", "é|ü|", "a:b:c:d", "::"] {
            for sep in [b'|', b':'] {
                let want: Vec<&str> = s.split(char::from(sep)).collect();
                let got: Vec<&str> = split_ascii(s, sep).collect();
                assert_eq!(got, want, "{s:?} at {:?}", char::from(sep));
            }
        }
    }

    #[test]
    fn rows_carry_their_line_and_kind() {
        let text = "# comment\nid\tname\taliases\nUKR\tUkraine\tUkraina\n\n\
                    RUS\tRussia\tRussian Federation|Rossiya\n";
        let rows = parse("countries.tsv", text).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].line, 5);
        assert_eq!(rows[1].kind, Some(EntityKind::Country));
        assert_eq!(rows[1].aliases[0], ["Russian Federation", "Rossiya"]);
    }

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            ("c.tsv", "id\tname\nX\tY\n", "c.tsv:1: no `kind` column"),
            ("countries.tsv", "id\tnom\n", "countries.tsv:1: unknown column"),
            ("countries.tsv", "id\taliases\n", "countries.tsv:1: no `name`"),
            (
                "countries.tsv",
                "id\tname\nA\tB\tC\n",
                "countries.tsv:2: 3 fields",
            ),
            ("countries.tsv", "id\tname\n\tB\n", "countries.tsv:2: empty id"),
            (
                "people.tsv",
                "id\tname\taliases\nA\tB\tx||y\n",
                "people.tsv:2: empty alias",
            ),
            (
                "people.tsv",
                "id\tname\tattributes\nA\tB\tcountry\n",
                "people.tsv:2: attribute `country` is not key=value",
            ),
            (
                "x.tsv",
                "id\tname\tkind\nA\tB\tplanet\n",
                "x.tsv:2: unknown kind",
            ),
            ("people.tsv", "# only a comment\n", "people.tsv: no header row"),
            (
                "people.tsv",
                "id\tname\troles\nA\tB\tpresident:FRA\n",
                "people.tsv:2: role `president:FRA`: not four `:`-separated parts",
            ),
            (
                "people.tsv",
                "id\tname\troles\nA\tB\tpresident:FRA:2017-13-01:\n",
                "people.tsv:2: role `president:FRA:2017-13-01:`: `2017-13-01` is no date",
            ),
            (
                "people.tsv",
                "id\tname\troles\nA\tB\t:FRA:2017:\n",
                "people.tsv:2: role `:FRA:2017:`: no role",
            ),
        ];
        for (file, text, want) in cases {
            let got = err(file, text);
            assert!(
                got.starts_with(want),
                "{file}: got {got:?}, want {want:?}"
            );
        }
    }

    #[test]
    fn roles_parse_with_their_dates() {
        let text = "id\tname\troles\nA\tB\tpresident:FRA:2017-05-14:|minister:FRA:1998:2001\n";
        let rows = parse("people.tsv", text).unwrap();
        let r = &rows[0].roles;
        assert_eq!(r.len(), 2);
        assert_eq!(
            (r[0].title.as_str(), r[0].country.as_str()),
            ("president", "FRA")
        );
        assert_eq!(r[0].from, Ymd::new(2017, 5, 14));
        assert_eq!(r[0].to, None);
        // A year alone runs from its first day to its last.
        assert_eq!(r[1].from, Ymd::new(1998, 1, 1));
        assert_eq!(r[1].to, Ymd::new(2001, 12, 31));
    }

    #[test]
    fn kind_comes_from_file_name_or_column() {
        assert_eq!(
            kind_from_file_name("dicts/people.tsv"),
            Some(EntityKind::Person)
        );
        assert_eq!(kind_from_file_name("mine.tsv"), None);
        let rows =
            parse("mine.tsv", "id\tname\tkind\nX\tY\tlocation\n").unwrap();
        assert_eq!(rows[0].kind, Some(EntityKind::Location));
    }

    #[test]
    fn large_files_keep_their_line_numbers() {
        // Several pieces: rows and their lines must come out as one file's.
        let mut text = String::from("# a comment\r\nid\tname\r\n");
        let n = 3 * CHUNK / 20;
        for i in 0..n {
            text.push_str(&format!("p{i}\tName {i}\r\n"));
        }
        let rows = parse("people.tsv", &text).unwrap();
        assert_eq!(rows.len(), n);
        assert!(rows.iter().enumerate().all(|(i, r)| r.line == i + 3));
        assert_eq!(rows[n - 1].id, format!("p{}", n - 1));
        text.push_str("bad\n");
        let err = parse("people.tsv", &text).unwrap_err().to_string();
        assert_eq!(
            err,
            format!("people.tsv:{}: 1 fields, but the header has 2", n + 3)
        );
    }
}
