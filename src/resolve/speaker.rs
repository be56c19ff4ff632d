//! A document's speaker, as its metadata names it, resolved to an entity.
//!
//! A speaker is given as an entity id ("joe-biden", "USA"), or as a name
//! ("Joseph R. Biden", "Tayyip Erdoğan"), found through the dictionaries'
//! names and aliases; a name they do not hold gets a new person id, made
//! as for people found by pattern. The country the speaker speaks for is
//! the one given, else the country of a role the speaker holds on the
//! document's date, else the speaker. A speaker that is a country stands
//! for both.

use crate::calendar::Ymd;
use crate::dictionary::{Dictionary, Entry};
use crate::hash::FastMap;
use crate::matcher::person_id;
use crate::span::EntityKind;

/// Who speaks in a document, as entity ids.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Speaker {
    /// The speaker: "I", "me".
    pub id: String,
    /// The country the speaker speaks for: "we", "my government".
    pub country: String,
}

/// The dictionaries' entries by id and by name, in lower case.
#[derive(Clone, Debug, Default)]
pub struct SpeakerIndex {
    ids: FastMap<String, u32>,
    names: FastMap<String, Vec<u32>>,
    /// The words of each person's names, in lower case, space-separated.
    words: FastMap<u32, String>,
}

impl SpeakerIndex {
    /// Indexes the entries of `dict`.
    pub fn new(dict: &Dictionary) -> SpeakerIndex {
        let mut index = SpeakerIndex::default();
        for (i, e) in dict.entries().iter().enumerate() {
            index.ids.entry(e.id.clone()).or_insert(i as u32);
            index.name(&e.name, i as u32);
        }
        for a in dict.aliases() {
            index.name(&a.text, a.entry);
        }
        index
    }

    fn name(&mut self, name: &str, entry: u32) {
        let words = self.words.entry(entry).or_default();
        words.push(' ');
        words.push_str(&name.to_lowercase());
        words.push(' ');
        let list = self.names.entry(name.to_lowercase()).or_default();
        if !list.contains(&entry) {
            list.push(entry);
        }
    }

    /// Resolves `speaker` (a name or an id) and `country` (an ISO 3166
    /// alpha-3 code), either of which may be missing, on `day`.
    pub fn resolve(
        &self,
        dict: &Dictionary,
        speaker: Option<&str>,
        country: Option<&str>,
        day: Option<Ymd>,
    ) -> Speaker {
        let speaker = speaker.map(str::trim).filter(|s| !s.is_empty());
        let country = country.map(str::trim).filter(|s| !s.is_empty()).map(
            |c| match self.ids.get(&c.to_ascii_uppercase()) {
                Some(&e) => dict.entry(e).id.clone(),
                None => c.to_string(),
            },
        );
        let Some(speaker) = speaker else {
            return Speaker {
                id: String::new(),
                country: country.unwrap_or_default(),
            };
        };
        let entry = self.entry(dict, speaker, country.as_deref(), day);
        let id = match entry {
            Some(e) => e.id.clone(),
            None => person_id(speaker),
        };
        let country = country
            .or_else(|| {
                let e = entry?;
                if e.kind == EntityKind::Country {
                    return Some(e.id.clone());
                }
                let day = day?;
                let role = e.roles.iter().find(|r| r.held_on(day))?;
                let country = self.ids.get(&role.country)?;
                Some(dict.entry(*country).id.clone())
            })
            .unwrap_or_else(|| id.clone());
        Speaker { id, country }
    }

    /// The entry `speaker` names: by id, by name or alias, else by its
    /// last words where they name one person who held a role on `day`
    /// (for `country`, where given): "Tayyip Erdoğan" is "Erdoğan".
    fn entry<'d>(
        &self,
        dict: &'d Dictionary,
        speaker: &str,
        country: Option<&str>,
        day: Option<Ymd>,
    ) -> Option<&'d Entry> {
        if let Some(&e) = self.ids.get(speaker) {
            return Some(dict.entry(e));
        }
        let holds = |e: &Entry| {
            day.is_some_and(|day| {
                e.roles.iter().any(|r| {
                    r.held_on(day) && country.is_none_or(|c| r.country == c)
                })
            })
        };
        let pick = |list: &[u32], need_role: bool| {
            let people = list.iter().map(|&e| dict.entry(e));
            let mut holders = people.clone().filter(|e| holds(e));
            match holders.next() {
                Some(e) if holders.next().is_none() => Some(e),
                _ if need_role => None,
                _ => {
                    let mut people =
                        people.filter(|e| e.kind == EntityKind::Person);
                    people
                        .next()
                        .or_else(|| list.first().map(|&e| dict.entry(e)))
                }
            }
        };
        let lower = speaker.to_lowercase();
        if let Some(list) = self.names.get(&lower) {
            return pick(list, false);
        }
        // The name's last words, longest first, where they name one
        // person in office whose names hold the name's other words too.
        let words: Vec<&str> = lower.split_whitespace().collect();
        (1..words.len()).find_map(|skip| {
            let list = self.names.get(&words[skip..].join(" "))?;
            let e =
                pick(list, true).filter(|e| e.kind == EntityKind::Person)?;
            let i = self.ids.get(&e.id)?;
            let known = self.words.get(i)?;
            let all = words[..skip].iter().all(|w| {
                let w = w.trim_end_matches('.');
                w.chars().count() < 2 || known.contains(&format!(" {w}"))
            });
            all.then_some(e)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::DictionaryBuilder;

    fn dict() -> Dictionary {
        let mut b = DictionaryBuilder::new();
        b.text(
            "countries.tsv",
            "id\tname\taliases\nUSA\tUnited States\tAmerica\nTUR\tTurkey\tTürkiye\n",
        );
        b.text(
            "people.tsv",
            "id\tname\taliases\troles\n\
             joe-biden\tJoe Biden\tBiden|Joseph R. Biden\tpresident:USA:2021-01-20:2025-01-20\n\
             recep-tayyip-erdogan\tRecep Tayyip Erdoğan\tErdoğan\tpresident:TUR:2014-08-28:\n\
             hunter-biden\tHunter Biden\tBiden\t\n",
        );
        b.build().unwrap()
    }

    #[test]
    fn speakers_resolve_by_id_name_or_surname_in_office() {
        let dict = dict();
        let index = SpeakerIndex::new(&dict);
        let day = Ymd::new(2024, 7, 1);
        // (speaker, country, day, (speaker id, country id))
        type Case<'a> = (
            Option<&'a str>,
            Option<&'a str>,
            Option<Ymd>,
            (&'a str, &'a str),
        );
        let cases: &[Case] = &[
            // An id as given; the country of the role held on the day.
            (Some("joe-biden"), None, day, ("joe-biden", "USA")),
            // A name or alias, in any case.
            (Some("Joseph R. Biden"), None, day, ("joe-biden", "USA")),
            (Some("JOE BIDEN"), None, day, ("joe-biden", "USA")),
            // The last words, where one person holding office has them.
            (
                Some("Tayyip Erdoğan"),
                None,
                day,
                ("recep-tayyip-erdogan", "TUR"),
            ),
            // The country given wins over the role's.
            (Some("Joe Biden"), Some("tur"), day, ("joe-biden", "TUR")),
            // Out of office: the speaker stands for the country.
            (
                Some("Joe Biden"),
                None,
                Ymd::new(2030, 1, 1),
                ("joe-biden", "joe-biden"),
            ),
            // A name no dictionary holds: a new person id.
            (
                Some("Ana María Pérez"),
                Some("USA"),
                day,
                ("ana-maria-perez", "USA"),
            ),
            (Some("Ana Biden"), None, day, ("ana-biden", "ana-biden")),
            // A country speaks for itself.
            (Some("TUR"), None, day, ("TUR", "TUR")),
            (Some("Turkey"), None, None, ("TUR", "TUR")),
            // Only a country.
            (None, Some("USA"), day, ("", "USA")),
            (Some("  "), None, day, ("", "")),
        ];
        for &(speaker, country, day, (id, of)) in cases {
            let got = index.resolve(&dict, speaker, country, day);
            assert_eq!(
                (got.id.as_str(), got.country.as_str()),
                (id, of),
                "{speaker:?} {country:?}"
            );
        }
    }
}
