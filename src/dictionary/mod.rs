//! Dictionaries: the entities factscan knows, and the aliases it finds
//! them by.
//!
//! A [`Dictionary`] is built from TSV files (see `dictionaries/README.md`)
//! by a [`DictionaryBuilder`]. Later files extend earlier ones: a row whose
//! id already exists adds its aliases and replaces the fields it fills; a
//! row whose id starts with `-` removes the entry, and an alias that starts
//! with `-` removes that alias.

mod load;

use std::borrow::Cow;
use std::path::Path;

use rayon::prelude::*;

use crate::calendar::Ymd;
use crate::error::{Error, Result};
use crate::hash::FastMap;
use crate::span::{EntityKind, Form};

pub use load::kind_from_file_name;

/// The default dictionaries, embedded in the library: each hand-written
/// file after the generated one of its kind, which it extends and
/// corrects; the UN system after the other organizations.
const DEFAULTS: [(&str, &str); 8] = [
    (
        "dictionaries/countries.tsv",
        include_str!("../../dictionaries/countries.tsv"),
    ),
    (
        "dictionaries/generated/organizations.tsv",
        include_str!("../../dictionaries/generated/organizations.tsv"),
    ),
    (
        "dictionaries/organizations.tsv",
        include_str!("../../dictionaries/organizations.tsv"),
    ),
    (
        "dictionaries/un_system.tsv",
        include_str!("../../dictionaries/un_system.tsv"),
    ),
    (
        "dictionaries/generated/people.tsv",
        include_str!("../../dictionaries/generated/people.tsv"),
    ),
    ("dictionaries/people.tsv", include_str!("../../dictionaries/people.tsv")),
    (
        "dictionaries/generated/locations.tsv",
        include_str!("../../dictionaries/generated/locations.tsv"),
    ),
    (
        "dictionaries/locations.tsv",
        include_str!("../../dictionaries/locations.tsv"),
    ),
];

/// The forms of the alias columns, in the order of `load::Row::aliases`.
const ALIAS_FORMS: [Form; 4] =
    [Form::Alias, Form::Acronym, Form::Demonym, Form::Metonym];

/// One entity of a dictionary.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Its stable id: an ISO 3166-1 alpha-3 code for countries.
    pub id: String,
    /// Its canonical name.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Index of the file of its first row, into [`Dictionary::files`].
    pub file: u32,
    /// Line of its first row.
    pub line: u32,
    /// `key=value` attributes, such as `country=FRA` for a city.
    pub attributes: Vec<(String, String)>,
    /// The roles a person held, with their dates.
    pub roles: Vec<Role>,
}

/// A role held over a span of time: president of France from 2017-05-14.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    /// What the role is, in lower case: `president`, `prime minister`,
    /// `foreign minister`, `government` (any post in it).
    pub title: String,
    /// The ISO 3166-1 alpha-3 code of the country, or empty.
    pub country: String,
    /// The first day; `None` when not known.
    pub from: Option<Ymd>,
    /// The last day; `None` while it lasts or when not known.
    pub to: Option<Ymd>,
}

impl Role {
    /// Whether the role was held on `day`.
    pub fn held_on(&self, day: Ymd) -> bool {
        self.from.is_none_or(|f| f <= day) && self.to.is_none_or(|t| day <= t)
    }
}

impl Entry {
    /// Whether one of its roles was held on `day`; `None` when it has no
    /// dated role.
    pub fn active_on(&self, day: Ymd) -> Option<bool> {
        let dated =
            self.roles.iter().filter(|r| r.from.is_some() || r.to.is_some());
        let mut any = false;
        for role in dated {
            if role.held_on(day) {
                return Some(true);
            }
            any = true;
        }
        any.then_some(false)
    }

    /// The value of attribute `key`, if set.
    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// A surface text that names an entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// The text as written in the dictionary.
    pub text: String,
    /// Index of the entry it names.
    pub entry: u32,
    /// How it names the entry.
    pub form: Form,
    /// Matched in its exact case only: acronyms, and aliases written
    /// with a leading `=`.
    pub exact_case: bool,
    /// Found only where the document names the entry another way too, or
    /// one of the entry's `context` words stands near: aliases written
    /// with a leading `?` ("?WHO", which is also a word of headlines).
    pub needs_context: bool,
    /// Index of the file that gave it.
    pub file: u32,
    /// Line that gave it.
    pub line: u32,
}

/// A compiled set of entries and their aliases.
#[derive(Clone, Debug, Default)]
pub struct Dictionary {
    files: Vec<String>,
    entries: Vec<Entry>,
    aliases: Vec<Alias>,
}

impl Dictionary {
    /// The entries, indexed by the `entry` of aliases and mentions.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Every alias of every entry, canonical names included.
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// The file names, indexed by the `file` of entries and aliases.
    pub fn files(&self) -> &[String] {
        &self.files
    }

    /// The entry at `index`.
    ///
    /// # Panics
    ///
    /// When `index` is out of range.
    pub fn entry(&self, index: u32) -> &Entry {
        &self.entries[index as usize]
    }
}

/// Builds a [`Dictionary`] from the default files and the user's.
#[derive(Clone, Debug, Default)]
pub struct DictionaryBuilder {
    /// Each file's name and text; the defaults' text is borrowed from
    /// the library (copying their 2.8 MB took a millisecond of start-up).
    sources: Vec<(String, Cow<'static, str>)>,
}

impl DictionaryBuilder {
    /// A builder with no files.
    pub fn new() -> DictionaryBuilder {
        DictionaryBuilder::default()
    }

    /// Adds the default dictionaries embedded in the library.
    pub fn defaults(&mut self) -> &mut DictionaryBuilder {
        for (name, text) in DEFAULTS {
            self.sources.push((name.to_string(), Cow::Borrowed(text)));
        }
        self
    }

    /// Adds the text of one dictionary file, named `name` in messages.
    pub fn text(&mut self, name: &str, text: &str) -> &mut DictionaryBuilder {
        self.sources.push((name.to_string(), Cow::Owned(text.to_string())));
        self
    }

    /// Adds a dictionary file, or every `.tsv` file below a folder in
    /// sorted order.
    ///
    /// # Errors
    ///
    /// When the file or folder cannot be read or is not UTF-8.
    pub fn path(&mut self, path: &Path) -> Result<&mut DictionaryBuilder> {
        if path.is_dir() {
            let mut files = Vec::new();
            collect_tsv(path, &mut files)?;
            files.sort();
            for file in files {
                self.path(&file)?;
            }
            return Ok(self);
        }
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let name = path.display().to_string();
        let text = String::from_utf8(bytes).map_err(|e| {
            let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            Error::dictionary(&name, line, "not valid UTF-8")
        })?;
        self.sources.push((name, Cow::Owned(text)));
        Ok(self)
    }

    /// Parses and merges every file added, in the order added.
    ///
    /// # Errors
    ///
    /// The first problem found, as `file:line: what is wrong`.
    pub fn build(&self) -> Result<Dictionary> {
        // Files parse in parallel (the people file alone holds 20,000
        // rows); they merge in order.
        let parsed: Vec<Result<Vec<Vec<load::Row>>>> = self
            .sources
            .par_iter()
            .map(|(name, text)| load::parse(name, text))
            .collect();
        let mut files = Vec::with_capacity(parsed.len());
        for rows in parsed {
            files.push(rows?);
        }
        let mut merger = Merger::default();
        let rows: usize = files.iter().flatten().map(Vec::len).sum();
        merger.by_id.reserve(rows);
        merger.entries.reserve(rows);
        merger.aliases.reserve(rows);
        for ((name, _), rows) in self.sources.iter().zip(files) {
            merger.add_file(name, rows)?;
        }
        Ok(merger.finish())
    }
}

fn collect_tsv(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<()> {
    let read = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in read {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        if path.is_dir() {
            collect_tsv(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "tsv") {
            out.push(path);
        }
    }
    Ok(())
}

/// How an alias must be matched, from its leading marks: `=` exact case,
/// `?` needs context.
#[derive(Clone, Copy, Debug, Default)]
struct Marks {
    exact_case: bool,
    needs_context: bool,
}

impl Marks {
    /// Splits the leading marks off an alias.
    fn parse(text: &str) -> (&str, Marks) {
        let mut marks = Marks::default();
        let mut rest = text;
        loop {
            if let Some(r) = rest.strip_prefix('=') {
                marks.exact_case = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix('?') {
                marks.needs_context = true;
                rest = r;
            } else {
                return (rest.trim_start(), marks);
            }
        }
    }
}

/// An alias before the dictionary is finished: text, form, file, line,
/// marks.
type Pending = (String, Form, u32, u32, Marks);

/// Applies files' rows one after the other.
#[derive(Default)]
struct Merger<'a> {
    files: Vec<String>,
    entries: Vec<Option<Entry>>,
    /// Ids borrowed from the files' text, which outlives the merge.
    by_id: FastMap<&'a str, usize>,
    /// Per entry: its aliases, in the order given.
    aliases: Vec<Vec<Pending>>,
}

impl<'a> Merger<'a> {
    fn add_file(
        &mut self,
        name: &str,
        rows: Vec<Vec<load::Row<'a>>>,
    ) -> Result<()> {
        let file = self.files.len() as u32;
        self.files.push(name.to_string());
        let mut seen: FastMap<&str, usize> = FastMap::with_capacity_and_hasher(
            rows.iter().map(Vec::len).sum(),
            Default::default(),
        );
        let fresh = rows.iter().flatten().all(|row| {
            seen.insert(row.id, row.line).is_none()
                && !row.id.starts_with('-')
                && !self.by_id.contains_key(row.id)
        });
        if fresh {
            return self.add_new(name, file, rows);
        }
        seen.clear();
        for row in rows.into_iter().flatten() {
            let id = row.id.trim_start_matches('-');
            if let Some(first) = seen.insert(id, row.line) {
                let msg = format!("id `{id}` already given on line {first}");
                return Err(Error::dictionary(name, row.line, msg));
            }
            if row.id.starts_with('-') {
                self.remove(id);
            } else {
                self.apply(name, file, row)?;
            }
        }
        Ok(())
    }

    fn remove(&mut self, id: &str) {
        if let Some(i) = self.by_id.remove(id) {
            self.entries[i] = None;
            self.aliases[i].clear();
        }
    }

    /// Adds a file whose rows all make new entries (no row removes one,
    /// none names an id seen before): the entries are made on every core
    /// (copying their texts is most of a merge's time), then indexed in
    /// order, as `apply` would.
    fn add_new(
        &mut self,
        name: &str,
        file: u32,
        rows: Vec<Vec<load::Row<'a>>>,
    ) -> Result<()> {
        let made: Vec<_> = rows
            .into_par_iter()
            .flatten()
            .map(|row| (row.id, new_entry(name, file, row)))
            .collect();
        for (id, made) in made {
            let (entry, aliases) = made?;
            self.by_id.insert(id, self.entries.len());
            self.entries.push(Some(entry));
            self.aliases.push(aliases);
        }
        Ok(())
    }

    fn apply(
        &mut self,
        name: &str,
        file: u32,
        row: load::Row<'a>,
    ) -> Result<()> {
        let line = row.line as u32;
        match self.by_id.get(row.id) {
            Some(&i) => {
                let entry = self.entries[i].as_mut().expect("live entry");
                if row.kind.is_some_and(|k| k != entry.kind) {
                    let msg = format!(
                        "id `{}` is a {} in an earlier file",
                        row.id, entry.kind
                    );
                    return Err(Error::dictionary(name, row.line, msg));
                }
                if !row.name.is_empty() {
                    entry.name = row.name.to_string();
                }
                for (k, v) in row.attributes {
                    entry.attributes.retain(|(k2, _)| *k2 != k);
                    entry.attributes.push((k, v));
                }
                // A later file's roles replace the earlier ones of the same
                // title and country: the usual fix of a date.
                entry.roles.retain(|r| {
                    !row.roles
                        .iter()
                        .any(|n| n.title == r.title && n.country == r.country)
                });
                entry.roles.extend(row.roles);
                let list = &mut self.aliases[i];
                add_aliases(name, file, line, row.name, row.aliases, list)
            }
            None => {
                let id = row.id;
                let (entry, aliases) = new_entry(name, file, row)?;
                self.by_id.insert(id, self.entries.len());
                self.entries.push(Some(entry));
                self.aliases.push(aliases);
                Ok(())
            }
        }
    }

    /// Drops removed entries and renumbers the rest.
    fn finish(self) -> Dictionary {
        let mut dict =
            Dictionary { files: self.files, ..Dictionary::default() };
        dict.aliases.reserve(self.aliases.iter().map(Vec::len).sum());
        let live = self.entries.iter().map(Option::is_some);
        let mut index = 0;
        for (live, aliases) in live.zip(self.aliases) {
            if !live {
                continue;
            }
            for (text, form, file, line, marks) in aliases {
                let dup =
                    dict.aliases.iter().rev().take_while(|a| a.entry == index);
                if dup.clone().any(|a| a.text == text) {
                    continue;
                }
                dict.aliases.push(Alias {
                    text,
                    entry: index,
                    form,
                    exact_case: marks.exact_case || form == Form::Acronym,
                    needs_context: marks.needs_context,
                    file,
                    line,
                });
            }
            index += 1;
        }
        // Collected in place (an `Option<Entry>` is an `Entry`'s size, and
        // `filter_map` keeps the buffer, `flatten` does not): the entries,
        // some 5 MB, are not copied into fresh pages.
        #[allow(clippy::filter_map_identity)]
        let entries = self.entries.into_iter().filter_map(|e| e).collect();
        dict.entries = entries;
        dict
    }
}

/// The entry a row makes, with its aliases.
fn new_entry(
    name: &str,
    file: u32,
    row: load::Row,
) -> Result<(Entry, Vec<Pending>)> {
    let Some(kind) = row.kind else {
        return Err(Error::dictionary(
            name,
            row.line,
            "no kind for this entry",
        ));
    };
    if row.name.is_empty() {
        return Err(Error::dictionary(name, row.line, "empty name"));
    }
    let line = row.line as u32;
    let mut aliases = Vec::new();
    add_aliases(name, file, line, row.name, row.aliases, &mut aliases)?;
    let entry = Entry {
        id: row.id.to_string(),
        name: row.name.to_string(),
        kind,
        file,
        line,
        attributes: row.attributes,
        roles: row.roles,
    };
    Ok((entry, aliases))
}

/// Adds a row's name and alias columns to an entry's aliases `list`
/// (`-alias` takes one away).
fn add_aliases(
    name: &str,
    file: u32,
    line: u32,
    row_name: &str,
    columns: [Vec<&str>; 4],
    list: &mut Vec<Pending>,
) -> Result<()> {
    if !row_name.is_empty() {
        let marks = Marks::default();
        list.push((row_name.to_string(), Form::Name, file, line, marks));
    }
    for (texts, form) in columns.into_iter().zip(ALIAS_FORMS) {
        for text in texts {
            match text.strip_prefix('-') {
                Some(gone) => {
                    let gone = Marks::parse(gone.trim()).0;
                    list.retain(|a| a.0 != gone);
                }
                None => {
                    let (text, marks) = Marks::parse(text);
                    if text.is_empty() {
                        let msg = "an alias of marks only";
                        return Err(Error::dictionary(
                            name,
                            line as usize,
                            msg,
                        ));
                    }
                    list.push((text.to_string(), form, file, line, marks));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(files: &[(&str, &str)]) -> Result<Dictionary> {
        let mut b = DictionaryBuilder::new();
        for (name, text) in files {
            b.text(name, text);
        }
        b.build()
    }

    fn alias_texts(d: &Dictionary, id: &str) -> Vec<String> {
        let i = d.entries().iter().position(|e| e.id == id).unwrap() as u32;
        d.aliases()
            .iter()
            .filter(|a| a.entry == i)
            .map(|a| a.text.clone())
            .collect()
    }

    #[test]
    fn defaults_build() {
        let d = DictionaryBuilder::new().defaults().build().unwrap();
        assert!(d.entries().len() > 249);
        assert!(d.entries().iter().any(|e| e.id == "UKR"));
    }

    /// A file whose rows all make new entries is merged on every core;
    /// one row that removes an entry (here one that is not there, which
    /// changes nothing) sends it down the row-by-row merge. Both give the
    /// same dictionary.
    #[test]
    fn new_entries_merge_the_same_on_every_core_as_row_by_row() {
        let text = "id\tname\taliases\tacronyms\tattributes\troles\n\
            P1\tAda Lovelace\tLovelace|=ADA|?Ada\t\tborn=1815\t\n\
            P2\tAlan Turing\tTuring|-Turing|A. M. Turing\tAMT\t\t\
            president:GBR:1950:1951\n\
            P3\tGrace Hopper\tHopper\t\tborn=1906;navy=yes\t\n";
        let fresh = build(&[("people.tsv", text)]).unwrap();
        let removal = format!("{text}-P9\t\t\t\t\t\n");
        let by_row = build(&[("people.tsv", &removal)]).unwrap();
        assert_eq!(fresh.entries().len(), 3);
        let p2 = alias_texts(&fresh, "P2");
        assert_eq!(p2, ["Alan Turing", "A. M. Turing", "AMT"]);
        assert_eq!(format!("{fresh:?}"), format!("{by_row:?}"));
    }

    /// The first bad row is reported, whichever way its file merges.
    #[test]
    fn a_bad_row_is_reported_by_both_merges() {
        let cases = [
            ("P1\tAda\tperson\t\nP2\t\tperson\t\n", "4: empty name"),
            ("P1\tAda\t\t\n", "3: no kind for this entry"),
            ("P1\tAda\tperson\t=?\n", "3: an alias of marks only"),
            ("P1\tAda\tperson\t=\nP2\tBob\t\t\n", "3: an alias of marks only"),
            // An id given twice is told before the row is read.
            ("P1\tAda\tperson\t\nP1\tBob\tperson\t\n", DUP),
            ("P1\tAda\tperson\t\nP1\t\tperson\t\n", DUP),
            ("P1\tAda\t\t\nP1\tAda\tperson\t\n", "3: no kind for this entry"),
        ];
        const DUP: &str = "4: id `P1` already given on line 3";
        let head = "id\tname\tkind\taliases\nP0\tZed\tperson\t\n";
        for (rows, want) in cases {
            let fresh = format!("{head}{rows}");
            let by_row = format!("{fresh}-P9\t\t\t\n");
            for text in [fresh, by_row] {
                let err = build(&[("mine.tsv", &text)]).unwrap_err();
                assert_eq!(
                    err.to_string(),
                    format!("mine.tsv:{want}"),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn same_id_twice_in_a_file_names_both_lines() {
        let text = "id\tname\nA\tAlpha\nB\tBeta\nA\tAgain\n";
        let err = build(&[("people.tsv", text)]).unwrap_err().to_string();
        assert_eq!(err, "people.tsv:4: id `A` already given on line 2");
    }

    #[test]
    fn later_file_extends_earlier_entry() {
        let a = "id\tname\taliases\nP1\tAda Lovelace\tLovelace\n";
        let b = "id\tname\taliases\tattributes\nP1\t\tCountess\tborn=1815\n";
        let d = build(&[("people.tsv", a), ("more/people.tsv", b)]).unwrap();
        assert_eq!(d.entries()[0].name, "Ada Lovelace");
        assert_eq!(d.entries()[0].attribute("born"), Some("1815"));
        assert_eq!(
            alias_texts(&d, "P1"),
            ["Ada Lovelace", "Lovelace", "Countess"]
        );
    }

    #[test]
    fn later_file_removes_alias_or_entry() {
        let a =
            "id\tname\taliases\nP1\tAda Lovelace\tLovelace|Ada\nP2\tBob\t\n";
        let b = "id\tname\taliases\nP1\t\t-Ada\n-P2\t\t\n";
        let d = build(&[("people.tsv", a), ("fix/people.tsv", b)]).unwrap();
        assert_eq!(d.entries().len(), 1);
        assert_eq!(alias_texts(&d, "P1"), ["Ada Lovelace", "Lovelace"]);
    }

    #[test]
    fn kind_cannot_change() {
        let a = "id\tname\nX\tXavier\n";
        let b = "id\tname\nX\tXland\n";
        let err =
            build(&[("people.tsv", a), ("countries.tsv", b)]).unwrap_err();
        assert!(
            err.to_string().starts_with("countries.tsv:2: id `X` is a person")
        );
    }

    #[test]
    fn alias_marks_are_parsed_and_removals_see_through_them() {
        let a = "id\tname\taliases\tacronyms\nW\tWorld Health Organization\t=Who Org\t?WHO|=?IT\n";
        let d = build(&[("organizations.tsv", a)]).unwrap();
        let marks: Vec<(&str, bool, bool)> = d
            .aliases()
            .iter()
            .map(|a| (a.text.as_str(), a.exact_case, a.needs_context))
            .collect();
        assert_eq!(
            marks,
            [
                ("World Health Organization", false, false),
                ("Who Org", true, false),
                ("WHO", true, true),
                ("IT", true, true),
            ]
        );
        let b = "id\tname\tacronyms\nW\t\t-?WHO\n";
        let d =
            build(&[("organizations.tsv", a), ("fix/organizations.tsv", b)])
                .unwrap();
        assert!(d.aliases().iter().all(|a| a.text != "WHO"));
    }
}
