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
    /// Country to the (entry, role) pairs of the roles held there.
    holders: FastMap<String, Vec<(u32, Role)>>,
}

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
            for role in &entry.roles {
                if role.country.is_empty()
                    || !wanted.contains(&role.title.as_str())
                {
                    continue;
                }
                let list = holders.entry(role.country.clone()).or_default();
                list.push((i as u32, role.clone()));
            }
        }
        RoleIndex { holders }
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

    /// Adds to `mentions` (sorted by start, not overlapping) the people
    /// that role words next to country mentions stand for.
    pub fn add(
        &self,
        dict: &Dictionary,
        text: &str,
        date: Option<Ymd>,
        mentions: &mut Vec<Mention>,
    ) {
        if self.holders.is_empty() {
            return;
        }
        let mut found = Vec::new();
        for m in mentions.iter().filter(|m| {
            m.kind == EntityKind::Country && m.entry != Mention::NO_ENTRY
        }) {
            let country = dict.entry(m.entry).id.as_str();
            let spans = [role_after(text, m), role_before(text, m)];
            for (start, end, titles) in spans.into_iter().flatten() {
                if let Some(entry) = self.holder(titles, country, date) {
                    found.push(Mention {
                        start,
                        end,
                        kind: EntityKind::Person,
                        form: Form::Title,
                        entry,
                        value: String::new(),
                        label: String::new(),
                        rule: Rule::Pattern("person:role"),
                    });
                }
            }
        }
        super::insert_where_free(mentions, found);
    }
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

    fn run(text: &str, date: Option<&str>) -> Vec<(String, String)> {
        let dict = DictionaryBuilder::new()
            .text("countries.tsv", COUNTRIES)
            .text("people.tsv", PEOPLE)
            .build()
            .unwrap();
        let matcher = LiteralMatcher::new(&dict);
        let mut cands = Vec::new();
        matcher.find(&dict, text, &mut cands, &mut Triggers::default());
        let date = date.and_then(Ymd::parse);
        let mut out = Vec::new();
        resolve(&dict, text, &EntityKind::ALL, date, &mut cands, &mut out);
        RoleIndex::new(&dict).add(&dict, text, date, &mut out);
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
        ];
        for (text, date) in cases {
            assert_eq!(run(text, *date), [], "{text}");
        }
    }
}
