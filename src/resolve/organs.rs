//! The UN's organs by their short names: in a document that names the
//! United Nations, "the Assembly" is its General Assembly, "the Council"
//! its Security Council, "the Secretariat" its Secretariat and "this
//! Organization" the UN itself.
//!
//! A short name is a capitalized word of [`SHORT`] after a determiner of
//! [`DETERMINERS`], as a whole word and not followed by "of", "for" or
//! "on" and a capital ("the Council of Europe", "the Organization for
//! Trade Cooperation" are other names; "the Assembly for its work" is
//! the short name). After "the", the organization of that
//! word the document named last before it comes first (a dictionary entry,
//! or a name found by pattern whose every word is capitalized): "the
//! African Union Peace and Security Council … the Council" is that
//! council. After "this" or "our", and where no such organization came
//! before, it is the UN's organ, if the document names the UN (by any of
//! the entries of [`UN_IDS`]); otherwise it is no mention. "The
//! Organization" is the UN in any document that names the UN (UN
//! speeches call it so after naming the WHO or the WTO), and the
//! organization named last before it elsewhere.
//!
//! The cost is a look at each capital letter of the text, which the
//! dictionary's pass found on its way; only documents holding a word of
//! [`SHORT`] after a determiner pay more: one pass over their mentions
//! per word, then a binary search per short name.

use crate::dictionary::Dictionary;
use crate::matcher::at_word_boundaries;
use crate::span::{EntityKind, Form, Mention, Rule};

/// The short names, and the id of the UN entry each stands for.
pub const SHORT: [(&str, &str); 4] = [
    ("Assembly", "unga"),
    ("Council", "unsc"),
    ("Secretariat", "un-secretariat"),
    ("Organization", "un"),
];

/// The words before a short name; "the" defers to a like-named body the
/// document named before, the others ("this Assembly") do not.
pub const DETERMINERS: [&str; 6] =
    ["the", "The", "this", "This", "our", "Our"];

/// The entries whose mention shows that a document names the UN.
pub const UN_IDS: [&str; 4] = ["un", "unga", "unsc", "un-secretariat"];

/// The dictionary indices of the UN's entries, looked up once.
#[derive(Clone, Debug)]
pub struct Organs {
    /// The entry of each word of [`SHORT`], if the dictionary has it.
    organs: [Option<u32>; SHORT.len()],
    /// The entries of [`UN_IDS`] the dictionary has.
    un: Vec<u32>,
}

impl Organs {
    /// Looks up the UN's entries in `dict`.
    pub fn new(dict: &Dictionary) -> Organs {
        let index = |id: &str| {
            dict.entries().iter().position(|e| e.id == id).map(|i| i as u32)
        };
        let mut organs = [None; SHORT.len()];
        for (slot, (_, id)) in organs.iter_mut().zip(SHORT) {
            *slot = index(id);
        }
        let un = UN_IDS.iter().filter_map(|id| index(id)).collect();
        Organs { organs, un }
    }

    /// Adds to `mentions` (sorted by start, not overlapping) the short
    /// names of organs the document named before or of the UN's;
    /// `capitals` are the offsets of the text's capital letters, sorted.
    pub fn add(
        &self,
        dict: &Dictionary,
        text: &str,
        capitals: &[usize],
        mentions: &mut Vec<Mention>,
    ) {
        if self.un.is_empty() {
            return;
        }
        let mut found = Vec::new();
        let mut names_un = None;
        // For each word, the organizations named by a name ending in it,
        // by position: built once the word has a short name to resolve.
        let mut named_by: [Option<Vec<usize>>; SHORT.len()] =
            Default::default();
        let bytes = text.as_bytes();
        for &at in capitals {
            // The words start with distinct letters: most capitals are
            // passed over at their byte.
            let Some(i) =
                SHORT.iter().position(|(w, _)| w.as_bytes()[0] == bytes[at])
            else {
                continue;
            };
            if !bytes[at..].starts_with(SHORT[i].0.as_bytes()) {
                continue;
            }
            let word = SHORT[i].0;
            let named = &mut named_by[i];
            let end = at + word.len();
            let Some(det) = determiner(text, at) else { continue };
            if !at_word_boundaries(text, at, end) || name_goes_on(&text[end..])
            {
                continue;
            }
            // "the Organization" is the UN in a document that names
            // it, whatever organization came before.
            let un_first = word == "Organization"
                && *names_un.get_or_insert_with(|| {
                    mentions.iter().any(|m| self.un.contains(&m.entry))
                });
            let earlier = if (det == "the" || det == "The") && !un_first {
                let named = named.get_or_insert_with(|| {
                    (0..mentions.len())
                        .filter(|&j| {
                            let m = &mentions[j];
                            m.kind == EntityKind::Organization
                                && names_a(&text[m.start..m.end], word)
                                && (m.entry != Mention::NO_ENTRY
                                    || is_proper(&text[m.start..m.end]))
                        })
                        .collect()
                });
                // Mentions do not overlap: their ends are sorted too.
                let before = named.partition_point(|&j| mentions[j].end <= at);
                before.checked_sub(1).map(|k| &mentions[named[k]])
            } else {
                None
            };
            let mut m = match earlier {
                Some(m) => m.clone(),
                None => {
                    let un = *names_un.get_or_insert_with(|| {
                        mentions.iter().any(|m| self.un.contains(&m.entry))
                    });
                    let Some(entry) = self.organs[i].filter(|_| un) else {
                        continue;
                    };
                    Mention {
                        start: 0,
                        end: 0,
                        kind: dict.entry(entry).kind,
                        form: Form::Alias,
                        entry,
                        value: String::new(),
                        label: String::new(),
                        rule: Rule::Pattern("organ:short"),
                    }
                }
            };
            m.start = at;
            m.end = end;
            m.form = Form::Alias;
            m.rule = Rule::Pattern("organ:short");
            found.push(m);
        }
        super::insert_where_free(mentions, found);
    }
}

/// The determiner right before byte `at`, after one space.
fn determiner(text: &str, at: usize) -> Option<&'static str> {
    let before = text[..at].strip_suffix(' ')?;
    let det = DETERMINERS.into_iter().find(|d| before.ends_with(d))?;
    let start = before.len() - det.len();
    let free =
        text[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    free.then_some(det)
}

/// Whether the text after a short name goes on with the rest of a longer
/// name: " of Europe", " for Trade Cooperation", " of the European Union".
fn name_goes_on(after: &str) -> bool {
    let Some(rest) =
        [" of ", " for ", " on "].iter().find_map(|w| after.strip_prefix(w))
    else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    rest.starts_with(char::is_uppercase)
}

/// Whether every word of a name found by pattern starts with a capital:
/// "National Assembly", not "Since the Security Council".
fn is_proper(name: &str) -> bool {
    name.split(' ').all(|w| w.starts_with(|c: char| !c.is_lowercase()))
}

/// Whether a mention's text is a name ending in `word`: "Human Rights
/// Council" for "Council", "World Health Organisation" for
/// "Organization".
fn names_a(name: &str, word: &str) -> bool {
    name.len() > word.len()
        && (name.ends_with(word)
            || (word == "Organization" && name.ends_with("Organisation")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_short_names_start_with_distinct_letters() {
        let mut firsts: Vec<u8> =
            SHORT.iter().map(|(w, _)| w.as_bytes()[0]).collect();
        firsts.sort_unstable();
        firsts.dedup();
        assert_eq!(firsts.len(), SHORT.len());
    }

    #[test]
    fn determiner_is_a_whole_word_before_one_space() {
        for (text, at, want) in [
            ("in the Council", 7, Some("the")),
            ("The Council", 4, Some("The")),
            ("this Assembly", 5, Some("this")),
            ("bathe Council", 6, None),
            ("the  Council", 5, None),
            ("European Council", 9, None),
        ] {
            assert_eq!(determiner(text, at), want, "{text}");
        }
    }

    #[test]
    fn a_name_goes_on_with_a_capital_after_of_for_on() {
        for (after, want) in [
            (" of Europe", true),
            (" of the European Union", true),
            (" for Trade Cooperation", true),
            (" on Foreign Relations", true),
            (" for its work", false),
            (" of this session", false),
            (" met", false),
            ("", false),
        ] {
            assert_eq!(name_goes_on(after), want, "{after}");
        }
    }

    #[test]
    fn names_a_needs_more_than_the_word() {
        assert!(names_a("Human Rights Council", "Council"));
        assert!(names_a("World Health Organisation", "Organization"));
        assert!(!names_a("Council", "Council"));
        assert!(!names_a("European Union", "Council"));
    }
}
