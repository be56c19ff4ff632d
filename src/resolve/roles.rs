//! Roles that stand for the people holding them: "the French president",
//! "Russia's foreign minister", "the prime minister of Britain".
//!
//! A role word next to a country mention becomes a person mention of form
//! `title`, resolved to the person the dictionaries say held that role in
//! that country on the document's date (or, for an undated document, holds
//! it still). The rules:
//!
//! - the country mention is a demonym ("French president"), an acronym
//!   ("U.S. president"), or a name with a possessive ("France's president"), or follows the role and
//!   "of" ("the president of France");
//! - a role followed by a capitalized word is a title before a name
//!   ("French President Emmanuel Macron"): the name is the mention there;
//! - where several people held the role on that day, the one who took it
//!   last wins; where none did, nothing is added.

use crate::calendar::Ymd;
use crate::dictionary::{Dictionary, Role};
use crate::hash::FastMap;
use crate::matcher::at_word_boundaries;
use crate::span::{EntityKind, Form, Mention, Rule};

/// Role words as written in text, longest first, and the role titles of
/// the dictionaries each stands for.
const ROLE_WORDS: &[(&str, &[&str])] = &[
    ("secretary of state", &["secretary of state"]),
    ("foreign minister", &["foreign minister"]),
    ("defence minister", &["defence minister", "defense minister"]),
    ("defense minister", &["defence minister", "defense minister"]),
    ("vice president", &["vice president"]),
    ("vice-president", &["vice president"]),
    ("supreme leader", &["supreme leader"]),
    ("prime minister", &["prime minister", "head of government"]),
    ("chancellor", &["chancellor"]),
    ("president", &["president", "head of state"]),
    ("premier", &["prime minister", "head of government"]),
    ("leader", &["president", "prime minister", "supreme leader"]),
    ("king", &["king", "monarch"]),
    ("queen", &["queen", "monarch"]),
    ("emir", &["emir"]),
];

/// Who held which role where, for look-ups by country and role title.
#[derive(Clone, Debug, Default)]
pub struct RoleIndex {
    /// Country to the (entry, role) pairs of the roles held there; the
    /// UN's Secretaries-General (entries with `org=un`) under [`UN`].
    holders: FastMap<String, Vec<(u32, Role)>>,
    /// The entries whose mention shows that a document names the UN.
    un: Vec<u32>,
}

/// The key of the UN's own roles among the countries' (ISO codes are
/// upper case, so it is no country's).
const UN: &str = "un";

/// The UN's Secretary-General, as the dictionaries write the role.
const SECRETARY_GENERAL: &str = "secretary general";

impl RoleIndex {
    /// Indexes the roles of the people of `dict` that role words name.
    pub fn new(dict: &Dictionary) -> RoleIndex {
        let wanted: Vec<&str> = ROLE_WORDS
            .iter()
            .flat_map(|(_, titles)| titles.iter().copied())
            .collect();
        let mut holders: FastMap<String, Vec<(u32, Role)>> =
            FastMap::default();
        for (i, entry) in dict.entries().iter().enumerate() {
            if entry.kind != EntityKind::Person {
                continue;
            }
            let of_un = entry.attribute("org") == Some(UN);
            for role in &entry.roles {
                let key = if of_un && role.title == SECRETARY_GENERAL {
                    UN
                } else if !role.country.is_empty()
                    && wanted.contains(&role.title.as_str())
                {
                    role.country.as_str()
                } else {
                    continue;
                };
                let list = holders.entry(key.to_string()).or_default();
                list.push((i as u32, role.clone()));
            }
        }
        let un = dict
            .entries()
            .iter()
            .enumerate()
            .filter(|(_, e)| super::organs::UN_IDS.contains(&e.id.as_str()))
            .map(|(i, _)| i as u32)
            .collect();
        RoleIndex { holders, un }
    }

    /// The person holding one of `titles` in `country` on `date`, or, with
    /// no date, holding it still: the one who took it last. A role with no
    /// known start counts for no date.
    fn holder(
        &self,
        titles: &[&str],
        country: &str,
        date: Option<Ymd>,
    ) -> Option<u32> {
        let list = self.holders.get(country)?;
        let holds = |r: &Role| match date {
            Some(d) => r.from.is_some() && r.held_on(d),
            None => r.from.is_some() && r.to.is_none(),
        };
        list.iter()
            .filter(|(_, r)| titles.contains(&r.title.as_str()) && holds(r))
            .max_by_key(|(entry, r)| (r.from, std::cmp::Reverse(*entry)))
            .map(|(entry, _)| *entry)
    }

    /// Adds to `mentions` the UN's Secretary-General of `date` (with no
    /// date, the office: `Secretary-General of the United Nations`, which
    /// of them unknown) where a document that names the UN
    /// speaks of "the Secretary-General" without a name: "I thank the
    /// Secretary-General", "Mr. Secretary-General". Not where a name
    /// follows (the name is the mention: "Secretary-General António
    /// Guterres"), nor another body's ("the Secretary-General of NATO",
    /// "the NATO Secretary-General"), nor a former, deputy or assistant
    /// one, nor an Under-Secretary-General.
    fn add_secretary_general(
        &self,
        text: &str,
        date: Option<Ymd>,
        mentions: &[Mention],
        found: &mut Vec<Mention>,
    ) {
        if !self.holders.contains_key(UN) {
            return;
        }
        let mut named_un = None;
        for at in memchr::memmem::find_iter(text.as_bytes(), "Secretary") {
            let rest = &text[at + "Secretary".len()..];
            let Some(general) = ["-General", " General", "- General"]
                .iter()
                .find(|g| rest.starts_with(**g))
            else {
                continue;
            };
            let end = at + "Secretary".len() + general.len();
            let after = &text[end..];
            let before = &text[..at];
            let last =
                before.trim_end().rsplit([' ', '\n']).next().unwrap_or("");
            let named = after
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(char::is_uppercase));
            let elsewhere = after.strip_prefix(" of ").is_some_and(|a| {
                !a.starts_with("the United Nations")
                    && a.starts_with(char::is_uppercase)
            });
            let not_the_one = before.ends_with('-')
                || !at_word_boundaries(text, at, end)
                || !matches!(
                    last,
                    "" | "the"
                        | "The"
                        | "our"
                        | "Our"
                        | "this"
                        | "This"
                        | "Mr."
                        | "Mr"
                        | "Madam"
                        | "UN"
                        | "U.N."
                        | "Nations"
                        | "Nations’"
                        | "Nations'"
                );
            if named || elsewhere || not_the_one {
                continue;
            }
            if !*named_un.get_or_insert_with(|| {
                mentions.iter().any(|m| self.un.contains(&m.entry))
            }) {
                return;
            }
            // Undated, the office: which of them is meant is not known
            // (a 2010 speech read with no date is no speech of today's).
            let holder = date
                .and_then(|d| self.holder(&[SECRETARY_GENERAL], UN, Some(d)));
            if date.is_some() && holder.is_none() {
                return;
            }
            found.push(Mention {
                start: at,
                end,
                kind: EntityKind::Person,
                form: Form::Title,
                entry: holder.unwrap_or(Mention::NO_ENTRY),
                value: String::new(),
                label: if holder.is_some() {
                    String::new()
                } else {
                    "Secretary-General of the United Nations".to_string()
                },
                rule: Rule::Pattern("person:role"),
            });
        }
    }

    /// Adds to `mentions` (sorted by start, not overlapping) the people
    /// that role words next to country mentions stand for, and the UN's
    /// Secretary-General (see `add_secretary_general`).
    pub fn add(
        &self,
        dict: &Dictionary,
        text: &str,
        date: Option<Ymd>,
        mentions: &mut Vec<Mention>,
    ) {
        let mut found = Vec::new();
        self.add_secretary_general(text, date, mentions, &mut found);
        for m in mentions.iter().filter(|m| {
            m.kind == EntityKind::Country && m.entry != Mention::NO_ENTRY
        }) {
            let country = dict.entry(m.entry).id.as_str();
            let spans = [role_after(text, m), role_before(text, m)];
            for (start, end, titles) in spans.into_iter().flatten() {
                let phrase = (start.min(m.start), end.max(m.end));
                if generic(text, phrase.0) {
                    continue;
                }
                // "the President of Venezuela, Juan Guaidó": the name.
                let named =
                    text[phrase.1..].strip_prefix(", ").and_then(|_| {
                        let at = phrase.1 + 2;
                        let i = mentions.partition_point(|n| n.start < at);
                        mentions.get(i).filter(|n| {
                            n.start == at && n.kind == EntityKind::Person
                        })
                    });
                let (entry, label) = match named {
                    Some(n) => (n.entry, n.label.clone()),
                    None => match self.holder(titles, country, date) {
                        Some(entry) => (entry, String::new()),
                        None => continue,
                    },
                };
                found.push(Mention {
                    start,
                    end,
                    kind: EntityKind::Person,
                    form: Form::Title,
                    entry,
                    value: String::new(),
                    label,
                    rule: Rule::Pattern("person:role"),
                });
            }
        }
        super::insert_where_free(mentions, found);
    }
}

/// Words before a role that make it no one in particular ("no
/// responsible American president", "any French president", "a future
/// prime minister of Britain") or someone the date does not tell ("the
/// former French president", "the late king", "the first prime minister
/// of Fiji", "the 3rd president").
const GENERIC: &[&str] = &[
    "no",
    "any",
    "every",
    "each",
    "a",
    "an",
    "future",
    "former",
    "late",
    "first",
    "next",
    "previous",
    "past",
    "successive",
    "another",
    "whichever",
];

/// Whether the words before byte `at` (up to three, in its sentence, back
/// to "the") make the role starting there generic or of another date
/// (see [`GENERIC`]), or hold an ordinal ("1st", "third").
fn generic(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..at];
    let before = before
        .rsplit(['.', ';', ':', '!', '?', '\n', '"', '“', '”'])
        .next()
        .unwrap_or("");
    for word in before.split_whitespace().rev().take(3) {
        let lower = word.to_ascii_lowercase();
        if matches!(lower.as_str(), "the" | "this" | "our" | "their" | "its") {
            return false;
        }
        let ordinal = ["st", "nd", "rd", "th"].iter().any(|s| {
            lower.strip_suffix(s).is_some_and(|n| {
                !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
            })
        }) || matches!(
            lower.as_str(),
            "second"
                | "third"
                | "fourth"
                | "fifth"
                | "sixth"
                | "seventh"
                | "eighth"
                | "ninth"
                | "tenth"
                | "last"
        );
        if GENERIC.contains(&lower.as_str()) || ordinal {
            return true;
        }
    }
    false
}

/// The role word at the start of `s`, ignoring ASCII case, if one is
/// there as whole words: its length and titles.
fn role_at(s: &str) -> Option<(usize, &'static [&'static str])> {
    ROLE_WORDS.iter().find_map(|(word, titles)| {
        let head = s.get(..word.len())?;
        let ends = !s[word.len()..].starts_with(|c: char| c.is_alphanumeric());
        (head.eq_ignore_ascii_case(word) && ends)
            .then_some((word.len(), *titles))
    })
}

/// "French president", "U.S. president", "France's president": the role
/// after a demonym or an acronym, or after a name with a possessive,
/// unless a name follows it.
fn role_after(
    text: &str,
    m: &Mention,
) -> Option<(usize, usize, &'static [&'static str])> {
    let mut at = m.end;
    let rest = &text[at..];
    if !matches!(m.form, Form::Demonym | Form::Acronym) {
        let skip = ["'s", "’s"].iter().find(|p| rest.starts_with(**p))?.len();
        at += skip;
    }
    let gap = text[at..].len() - text[at..].trim_start_matches(' ').len();
    if gap != 1 {
        return None;
    }
    at += 1;
    let (len, titles) = role_at(&text[at..])?;
    let after = text[at + len..].strip_prefix(' ').unwrap_or("");
    if after.starts_with(char::is_uppercase) {
        return None; // "French President Emmanuel Macron": a title
    }
    at_word_boundaries(text, at, at + len).then_some((at, at + len, titles))
}

/// "the president of France": the role before "of" and a country name.
fn role_before(
    text: &str,
    m: &Mention,
) -> Option<(usize, usize, &'static [&'static str])> {
    if m.form == Form::Demonym {
        return None;
    }
    let before = text[..m.start].strip_suffix(" of ")?;
    let before = before.strip_suffix("the ").map_or(before, |b| b);
    ROLE_WORDS.iter().find_map(|(word, titles)| {
        let start = before.len().checked_sub(word.len())?;
        let head = before.get(start..)?;
        let ok = head.eq_ignore_ascii_case(word)
            && at_word_boundaries(text, start, before.len());
        ok.then_some((start, before.len(), *titles))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::DictionaryBuilder;
    use crate::matcher::{LiteralMatcher, Triggers};
    use crate::resolve::resolve;

    const COUNTRIES: &str = "id\tname\taliases\tacronyms\tdemonyms\n\
        FRA\tFrance\t\t\tFrench\n\
        USA\tUnited States\t\tU.S.\tAmerican\n\
        GBR\tUnited Kingdom\tBritain\t\tBritish\n";
    const PEOPLE: &str = "id\tname\taliases\troles\n\
        macron\tEmmanuel Macron\tMacron\tpresident:FRA:2017-05-14:\n\
        hollande\tFrançois Hollande\tHollande\tpresident:FRA:2012-05-15:2017-05-14\n\
        trump\tDonald Trump\tTrump\tpresident:USA:2017-01-20:2021-01-20|president:USA:2025-01-20:\n\
        biden\tJoe Biden\tBiden\tpresident:USA:2021-01-20:2025-01-20\n\
        starmer\tKeir Starmer\tStarmer\tprime minister:GBR:2024-07-05:\n\
        sunak\tRishi Sunak\tSunak\tprime minister:GBR:2022-10-25:2024-07-05\n";

    /// The dictionary of `files` (name, text), and the mentions of `text`
    /// after resolution and roles on `date`.
    fn mentions(
        files: &[(&str, &str)],
        text: &str,
        date: Option<&str>,
    ) -> (Dictionary, Vec<Mention>) {
        let mut builder = DictionaryBuilder::new();
        for (name, tsv) in files {
            builder.text(name, tsv);
        }
        let dict = builder.build().unwrap();
        let matcher = LiteralMatcher::new(&dict);
        let mut cands = Vec::new();
        matcher.find(&dict, text, &mut cands, &mut Triggers::default());
        let date = date.and_then(Ymd::parse);
        let mut out = Vec::new();
        resolve(&dict, text, &EntityKind::ALL, date, &mut cands, &mut out);
        RoleIndex::new(&dict).add(&dict, text, date, &mut out);
        (dict, out)
    }

    fn run(text: &str, date: Option<&str>) -> Vec<(String, String)> {
        let files = [("countries.tsv", COUNTRIES), ("people.tsv", PEOPLE)];
        let (dict, out) = mentions(&files, text, date);
        out.iter()
            .filter(|m| m.form == Form::Title)
            .map(|m| {
                (
                    text[m.start..m.end].to_string(),
                    dict.entry(m.entry).id.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn roles_resolve_to_their_holder_on_the_date() {
        let cases: &[(&str, Option<&str>, &str, &str)] = &[
            (
                "The French president spoke.",
                Some("2026-01-07"),
                "president",
                "macron",
            ),
            (
                "The French president spoke.",
                Some("2015-06-01"),
                "president",
                "hollande",
            ),
            ("The French president spoke.", None, "president", "macron"),
            (
                "France's president spoke.",
                Some("2016-01-01"),
                "president",
                "hollande",
            ),
            (
                "the president of France said",
                Some("2026-01-07"),
                "president",
                "macron",
            ),
            (
                "the U.S. president said",
                Some("2023-03-01"),
                "president",
                "biden",
            ),
            (
                "the American president said",
                Some("2025-06-01"),
                "president",
                "trump",
            ),
            (
                "the British prime minister",
                Some("2023-01-01"),
                "prime minister",
                "sunak",
            ),
            (
                "Britain's Prime Minister said",
                Some("2025-01-01"),
                "Prime Minister",
                "starmer",
            ),
            // Definite, after other words.
            (
                "Last week the French president said",
                Some("2026-01-07"),
                "president",
                "macron",
            ),
            // A name in apposition is whom the role stands for.
            (
                "the president of France, François Hollande, said",
                Some("2026-01-07"),
                "president",
                "hollande",
            ),
        ];
        for (text, date, role, id) in cases {
            let want = vec![(role.to_string(), id.to_string())];
            assert_eq!(run(text, *date), want, "{text} on {date:?}");
        }
    }

    #[test]
    fn roles_are_left_alone_where_no_one_or_a_name_follows() {
        let cases: &[(&str, Option<&str>)] = &[
            // A title before a name: the name is the mention.
            ("French President Emmanuel Macron said", Some("2026-01-07")),
            // No one in the dictionaries held it then.
            ("the French president in 1990", Some("1990-01-01")),
            // A demonym not next to a role.
            ("French wine and presidents", Some("2026-01-07")),
            // "presidential" is no role word.
            ("the French presidential palace", Some("2026-01-07")),
            // Generic, or of a time the date does not tell.
            ("No responsible American President would", Some("2023-03-01")),
            ("any French president", Some("2026-01-07")),
            ("a future prime minister of Britain", Some("2025-01-01")),
            ("the former French president", Some("2026-01-07")),
            ("the 1st Prime Minister of Britain", Some("2025-01-01")),
            ("the first prime minister of Britain", Some("2025-01-01")),
            // Characters of several bytes where the look back starts.
            (
                "ééééééééééééééééééééééééééééééé any French president",
                Some("2026-01-07"),
            ),
        ];
        for (text, date) in cases {
            assert_eq!(run(text, *date), [], "{text}");
        }
    }

    #[test]
    fn the_secretary_general_is_the_uns_of_the_date() {
        const UN: &str = "id\tname\tkind\tacronyms\nun\tUnited Nations\torganization\tUN\n\
            nato\tNATO\torganization\t\n";
        const SGS: &str = "id\tname\taliases\tattributes\troles\n\
            guterres\tAntónio Guterres\tGuterres\torg=un\tsecretary general::2017-01-01:\n\
            ban\tBan Ki-moon\t\torg=un\tsecretary general::2007-01-01:2016-12-31\n";
        // (text, date, the person mentions: text and entity id)
        type Case<'a> = (&'a str, Option<&'a str>, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                "The UN met. I thank the Secretary-General.",
                Some("2015-09-28"),
                &[("Secretary-General", "ban")],
            ),
            (
                "Mr. Secretary General, the United Nations",
                Some("2019-09-28"),
                &[("Secretary General", "guterres")],
            ),
            // Undated: the office, none of its holders.
            (
                "The UN met. I thank the Secretary-General.",
                None,
                &[("Secretary-General", "")],
            ),
            // Not the UN's, not without a name, not a former one.
            ("I thank the Secretary-General.", Some("2015-09-28"), &[]),
            (
                "The UN and the Secretary-General of NATO.",
                Some("2015-09-28"),
                &[],
            ),
            (
                "The UN and the NATO Secretary-General.",
                Some("2015-09-28"),
                &[],
            ),
            (
                "The UN and the Under-Secretary-General met.",
                Some("2015-09-28"),
                &[],
            ),
            (
                "The UN and former Secretary-General Annan.",
                Some("2015-09-28"),
                &[],
            ),
            (
                "The UN thanks Secretary-General Guterres.",
                Some("2019-09-28"),
                &[("Guterres", "guterres")],
            ),
        ];
        for (text, date, want) in cases {
            let files = [("un.tsv", UN), ("people.tsv", SGS)];
            let (dict, out) = mentions(&files, text, *date);
            let got: Vec<(&str, &str)> = out
                .iter()
                .filter(|m| m.kind == EntityKind::Person)
                .map(|m| {
                    let id = if m.entry == Mention::NO_ENTRY {
                        ""
                    } else {
                        dict.entry(m.entry).id.as_str()
                    };
                    (&text[m.start..m.end], id)
                })
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
