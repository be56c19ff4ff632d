//! Parsing of dictionary files: TSV with a header row.
//!
//! The format is documented in `dictionaries/README.md`. This module turns
//! the text of one file into rows, and reports every problem as
//! `file:line: what is wrong`.

use crate::error::{Error, Result};
use crate::span::EntityKind;

/// The columns a dictionary file may have. `id` and `name` are required.
pub const COLUMNS: [&str; 8] = [
    "id",
    "name",
    "kind",
    "aliases",
    "acronyms",
    "demonyms",
    "metonyms",
    "attributes",
];

/// One row of a dictionary file.
#[derive(Clone, Debug, Default)]
pub struct Row {
    /// 1-based line number in its file.
    pub line: usize,
    /// The entry's id; with a leading `-`, the row removes the entry.
    pub id: String,
    /// The canonical name; may be empty on a row that extends an entry.
    pub name: String,
    /// The kind named by the row or, failing that, by the file.
    pub kind: Option<EntityKind>,
    /// Aliases by column: aliases, acronyms, demonyms, metonyms.
    pub aliases: [Vec<String>; 4],
    /// `key=value` attributes.
    pub attributes: Vec<(String, String)>,
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

/// Parses the text of one dictionary file named `file`.
///
/// # Errors
///
/// A missing header column, an unknown column, a row with the wrong number
/// of fields, an empty id or alias, a bad attribute or kind: each as
/// `file:line: what is wrong`.
pub fn parse(file: &str, text: &str) -> Result<Vec<Row>> {
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
    let mut rows = Vec::new();
    for (line, l) in lines {
        if is_blank_or_comment(l) {
            continue;
        }
        let mut row = parse_row(file, line, l, &cols)?;
        row.kind = row.kind.or(file_kind);
        rows.push(row);
    }
    Ok(rows)
}

fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim();
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

fn parse_row(
    file: &str,
    line: usize,
    text: &str,
    cols: &[usize],
) -> Result<Row> {
    let fields: Vec<&str> = text.trim_end_matches('\r').split('\t').collect();
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
        let field = field.trim();
        match col {
            0 => row.id = field.to_string(),
            1 => row.name = field.to_string(),
            2 if field.is_empty() => {}
            2 => {
                row.kind = Some(EntityKind::parse(field).ok_or_else(|| {
                    let msg = format!("unknown kind `{field}`");
                    Error::dictionary(file, line, msg)
                })?)
            }
            3..=6 => row.aliases[col - 3] = split_list(file, line, field)?,
            _ => row.attributes = parse_attributes(file, line, field)?,
        }
    }
    if row.id.is_empty() || row.id == "-" {
        return Err(Error::dictionary(file, line, "empty id"));
    }
    Ok(row)
}

/// Splits a `|`-separated list; an empty item is an error.
fn split_list(file: &str, line: usize, field: &str) -> Result<Vec<String>> {
    if field.is_empty() {
        return Ok(Vec::new());
    }
    field
        .split('|')
        .map(|item| {
            let item = item.trim();
            if item.is_empty() || item == "-" {
                Err(Error::dictionary(file, line, "empty alias"))
            } else {
                Ok(item.to_string())
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
    field
        .split(';')
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

#[cfg(test)]
mod tests {
    use super::*;

    fn err(file: &str, text: &str) -> String {
        parse(file, text).unwrap_err().to_string()
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
}
