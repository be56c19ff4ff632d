//! The shared vocabulary of every stage: kinds, forms and mentions.

use std::fmt;

/// What a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A state: current members of ISO 3166-1 and former states.
    Country,
    /// Any organization: international bodies, governments, companies.
    Organization,
    /// A person.
    Person,
    /// A place that is no country: a city, a region, a continent.
    Location,
    /// A date or time expression.
    Date,
}

impl EntityKind {
    /// Every kind, in the order used for listing.
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Country,
        EntityKind::Organization,
        EntityKind::Person,
        EntityKind::Location,
        EntityKind::Date,
    ];

    /// The name used in tables and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Organization => "organization",
            EntityKind::Person => "person",
            EntityKind::Location => "location",
            EntityKind::Date => "date",
        }
    }

    /// Parses the name used in tables and on the command line.
    pub fn parse(s: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a mention names its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    /// The canonical name.
    Name,
    /// Another name: a short form, an old name, a spelling.
    Alias,
    /// An abbreviation matched by exact case: NATO, UK.
    Acronym,
    /// A demonym or adjective: Russian, British.
    Demonym,
    /// A place or building standing for a government: the Kremlin.
    Metonym,
    /// A role standing for the person who holds it: the French president.
    Title,
    /// Found by a grammar rather than a dictionary: dates, titled names.
    Pattern,
}

impl Form {
    /// The name used in tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Form::Name => "name",
            Form::Alias => "alias",
            Form::Acronym => "acronym",
            Form::Demonym => "demonym",
            Form::Metonym => "metonym",
            Form::Title => "title",
            Form::Pattern => "pattern",
        }
    }
}

/// Where a mention came from, so that a user can see why it was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// A dictionary entry: the index of its file and its line.
    Dictionary {
        /// Index into the dictionary's list of file names.
        file: u32,
        /// 1-based line of the entry.
        line: u32,
    },
    /// A date grammar rule, by name.
    Date(&'static str),
    /// Another pattern rule, by name: `person:title`.
    Pattern(&'static str),
}

/// One mention found in a document's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What it names.
    pub kind: EntityKind,
    /// How it names it.
    pub form: Form,
    /// Index of the entry in the dictionary; `u32::MAX` for dates.
    pub entry: u32,
    /// For dates, the TIMEX3 value; empty otherwise.
    pub value: String,
    /// For entities found by pattern, their name; empty otherwise.
    pub label: String,
    /// Where it came from.
    pub rule: Rule,
}

impl Mention {
    /// The entry index used by mentions that have none.
    pub const NO_ENTRY: u32 = u32::MAX;

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty (never true for a found mention).
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}
