//! Resolution: from overlapping candidates to one mention per span.
//!
//! The rules, in the order they apply:
//!
//! 1. Kinds the user left out are dropped, and so are the candidates of
//!    the span of a later surname of a person the document named: after
//!    "Michael Jordan", "Jordan" is no country.
//! 2. An entry with a `context` attribute (`context=Atlanta|governor`)
//!    wins a tie when one of those words stands within 300 bytes of the
//!    mention, and loses it otherwise: "Georgia" is the US state next to
//!    Atlanta, the country elsewhere. It never loses to a name found by
//!    pattern, which has no entry.
//! 3. Among candidates with the same span, context decides between a
//!    place and the government it stands for: a capital is a `metonym` of
//!    its country when it owns something or acts ("Moscow's perspective",
//!    "Moscow insists"), and a `location` otherwise ("a summit in Moscow").
//! 4. Otherwise, among candidates with the same span, the one with the
//!    stronger form wins (name, alias, acronym, demonym, metonym, title,
//!    pattern, in that order), then the kind listed first in
//!    [`EntityKind::ALL`].
//! 5. Then, among entries sharing an alias ("Bush", "Johnson"): the one
//!    the document names in full ("George W. Bush"), then the one holding
//!    a role on the document's date (or, undated, one holding it still),
//!    then the entry that came first in the dictionaries.
//! 6. Among overlapping spans, the leftmost wins, and of those starting at
//!    the same byte, the longest: "New York Times" over "New York", "South
//!    China Sea" over "China".
//! 7. A name before an event word is part of the event's name, not a
//!    mention: "U.S. Open", "Fed Cup", "Asian Games" (see [`EVENT_WORDS`]),
//!    and so is a name after "Tour of": "the Tour of the Netherlands";
//!    likewise a name in the name of a law, plan or agreement: "Paris
//!    Agreement", "American Rescue Plan" (see [`DOCUMENT_WORDS`]).
//!
//! After that, [`teams`] turns the cities of sports results into teams
//! and adds the teams of results lines no dictionary names,
//! [`acronyms`] adds the acronyms the document defines ("Kurdistan
//! Democratic Party ( KDP )"), [`roles`] the people that roles stand
//! for ("the French president"), and [`organs`] the bodies that short
//! names stand for ("the Council", "the Assembly": the one the document
//! named last, or the UN's in a document that names the UN).

pub mod acronyms;
pub mod organs;
pub mod regions;
pub mod roles;
pub mod speaker;
pub mod teams;

use crate::calendar::Ymd;
use crate::dictionary::Dictionary;
use crate::matcher::near_where;
use crate::span::{EntityKind, Form, Mention, Rule};

/// Words after a capital that make it stand for its government.
const ACTING: [&str; 34] = [
    "said",
    "says",
    "say",
    "insists",
    "insisted",
    "has",
    "have",
    "had",
    "will",
    "would",
    "wants",
    "wanted",
    "warned",
    "warns",
    "denied",
    "denies",
    "accused",
    "accuses",
    "rejected",
    "rejects",
    "announced",
    "announces",
    "claims",
    "claimed",
    "believes",
    "sees",
    "saw",
    "argues",
    "argued",
    "responded",
    "hopes",
    "fears",
    "considers",
    "views",
];

/// Picks the mentions of a document from `candidates`, sorted by start,
/// into `out`; `date` is the document's date, if known.
pub fn resolve(
    dict: &Dictionary,
    text: &str,
    kinds: &[EntityKind],
    date: Option<Ymd>,
    candidates: &mut Vec<Mention>,
    out: &mut Vec<Mention>,
) {
    candidates.retain(|m| kinds.contains(&m.kind));
    // A surname of a person the document named ("Jordan" after "Michael
    // Jordan") is that person, not the country of the same span.
    let mut surnames: Vec<(usize, usize)> = candidates
        .iter()
        .filter(|m| m.rule == Rule::Pattern("person:same-surname"))
        .map(|m| (m.start, m.end))
        .collect();
    if !surnames.is_empty() {
        surnames.sort_unstable();
        candidates.retain(|m| {
            m.kind == EntityKind::Person
                || surnames.binary_search(&(m.start, m.end)).is_err()
        });
    }
    // Entries the document names by their canonical name.
    let mut named: Vec<u32> = candidates
        .iter()
        .filter(|m| m.form == Form::Name && m.entry != Mention::NO_ENTRY)
        .map(|m| m.entry)
        .collect();
    named.sort_unstable();
    // The spans of countries' names: a context word that is part of one
    // ("Democratic Republic of the Congo") is no context of another entry;
    // a whole name ("Dominica" for "Dominican") still is.
    let countries: Vec<(usize, usize)> = candidates
        .iter()
        .filter(|m| m.kind == EntityKind::Country && m.form == Form::Name)
        .map(|m| (m.start, m.end))
        .collect();
    let doc = Doc { dict, text, date, named: &named, countries: &countries };
    // By span, then by rank among the candidates of one span: ranks are
    // computed once each, and only where a span has more than one.
    candidates.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut from = 0;
    while from < candidates.len() {
        let span = (candidates[from].start, candidates[from].end);
        let to = from
            + candidates[from..]
                .iter()
                .take_while(|m| (m.start, m.end) == span)
                .count();
        if to - from > 1 {
            candidates[from..to].sort_by_cached_key(|m| doc.rank(m));
        }
        from = to;
    }
    out.clear();
    let mut taken_to = 0;
    for m in candidates.drain(..) {
        if m.start < taken_to {
            continue;
        }
        taken_to = m.end;
        out.push(m);
    }
    out.retain(|m| m.kind == EntityKind::Date || !names_an_event(text, m));
    out.retain(|m| !is_currency(text, m));
}

/// Whether `m` is a city of the dictionaries (`type=city`): a region,
/// such as England, fields a national team, named as the place.
pub(crate) fn is_city(dict: &Dictionary, m: &Mention) -> bool {
    m.entry != Mention::NO_ENTRY
        && dict.entry(m.entry).attribute("type") == Some("city")
}

/// The text free around mention `i` of `mentions` (in text order): from
/// the end of the one before it to the start of the one after it.
pub(crate) fn free_around(
    text: &str,
    mentions: &[Mention],
    i: usize,
) -> (usize, usize) {
    let floor = i.checked_sub(1).map_or(0, |k| mentions[k].end);
    let limit = mentions.get(i + 1).map_or(text.len(), |n| n.start);
    (floor, limit)
}

/// Where the word that ends one space before `at` starts, not before
/// `floor`: the run of bytes `is_word` takes (empty where the byte
/// before the space is none of them).
pub(crate) fn word_start_before(
    text: &str,
    floor: usize,
    at: usize,
    is_word: impl Fn(u8) -> bool,
) -> Option<usize> {
    let before = text.get(floor..at)?.strip_suffix(' ')?;
    let start = before.bytes().rposition(|b| !is_word(b)).map_or(0, |i| i + 1);
    Some(floor + start)
}

/// Whether `m` is a country's code glued to a dollar sign, a currency's
/// symbol ("US$ 995 million", "NZ$40"): no mention of the country.
fn is_currency(text: &str, m: &Mention) -> bool {
    let code = &text[m.start..m.end];
    m.kind == EntityKind::Country
        && text[m.end..].starts_with('$')
        && code.len() <= 4
        && code.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
}

/// Inserts each of `found` into `mentions` (sorted by start, not
/// overlapping) where it overlaps none: the later rules add mentions
/// only where the earlier ones left the text free.
pub(crate) fn insert_where_free(
    mentions: &mut Vec<Mention>,
    mut found: Vec<Mention>,
) {
    if found.is_empty() {
        return;
    }
    found.sort_by_key(|m| m.start);
    // One merge of the two sorted lists: inserting one by one would move
    // the whole list each time.
    let old = std::mem::take(mentions);
    mentions.reserve(old.len() + found.len());
    let mut old = old.into_iter().peekable();
    for f in found {
        while old.peek().is_some_and(|m| m.start < f.start) {
            mentions.extend(old.next());
        }
        let clear_before = mentions.last().is_none_or(|m| m.end <= f.start);
        let clear_after = old.peek().is_none_or(|m| m.start >= f.end);
        if clear_before && clear_after {
            mentions.push(f);
        }
    }
    mentions.extend(old);
}

/// Words after a name that make it part of an event's name ("U.S.
/// Open").
pub const EVENT_WORDS: [&str; 12] = [
    "Cup",
    "Open",
    "Grand Prix",
    "Games",
    "Olympics",
    "Championship",
    "Championships",
    "Masters",
    "Trophy",
    "Marathon",
    "Rally",
    "Classic",
];

/// Words after an organization's name that make it part of the name of
/// its meeting or its measure ("the G20 Summit", "the United Nations
/// Ocean Conference", "the United Nations Human Development Index"). A
/// place before them stays a mention: it says where ("the Paris
/// Summit").
pub const ORGAN_EVENT_WORDS: [&str; 3] = ["Conference", "Summit", "Index"];

/// Words that end the name of a law, plan, agreement or framework: a
/// name before them is part of that name, not a mention ("Paris
/// Agreement", "American Rescue Plan", "Addis Ababa Action Agenda",
/// "Santiago Network", "United States-Mexico-Canada Agreement").
pub const DOCUMENT_WORDS: [&str; 22] = [
    "Agreement",
    "Agreements",
    "Accord",
    "Accords",
    "Act",
    "Plan",
    "Agenda",
    "Declaration",
    "Protocol",
    "Convention",
    "Conventions",
    "Treaty",
    "Compact",
    "Doctrine",
    "Framework",
    "Network",
    "Consensus",
    "Communiqué",
    "Communique",
    "Charter",
    "Principles",
    "Roadmap",
];

/// Whether an event word follows the mention, maybe after one or two
/// other capitalized words: "U.S. Open", "U.S. OPEN", "U.S. Amateur
/// Championship"; or a word that ends the name of a law or agreement
/// ([`DOCUMENT_WORDS`]), also after a hyphen ("United
/// States-Mexico-Canada Agreement"); or such a word and "of" come before
/// it ("the Charter of the United Nations").
fn names_an_event(text: &str, m: &Mention) -> bool {
    // As `trim_end_matches("the ")`, without building a searcher.
    let mut before = &text[..m.start];
    while let Some(b) = before.strip_suffix("the ") {
        before = b;
    }
    if before.ends_with("Tour of ") || before.ends_with("TOUR OF ") {
        return true;
    }
    // "the Charter of the United Nations", "the Treaty of Versailles":
    // a name after a document's word and "of" is in the document's name.
    if let Some(word) = before.strip_suffix(" of ") {
        let last = word.rsplit([' ', '\n', '(', '"', '“']).next();
        if last.is_some_and(|w| DOCUMENT_WORDS.contains(&w)) {
            return true;
        }
    }
    let organs: &[&str] = if m.kind == EntityKind::Organization {
        &ORGAN_EVENT_WORDS
    } else {
        &[]
    };
    let mut after = &text[m.end..];
    for _ in 0..3 {
        let Some(rest) = after.strip_prefix([' ', '\n', '-']) else {
            return false;
        };
        // Event words start with a capital, as does a name going on.
        let Some(&first) = rest.as_bytes().first() else { return false };
        if !first.is_ascii_uppercase() && !rest.starts_with(char::is_uppercase)
        {
            return false;
        }
        let event =
            EVENT_WORDS.iter().chain(&DOCUMENT_WORDS).chain(organs).any(|w| {
                w.as_bytes()[0] == first
                    && rest.get(..w.len()).is_some_and(|head| {
                        // As written, or in capitals: "CUP".
                        head == *w
                            || head
                                .bytes()
                                .zip(w.bytes())
                                .all(|(h, c)| h == c.to_ascii_uppercase())
                    })
                    && !rest[w.len()..]
                        .starts_with(|c: char| c.is_alphanumeric())
            });
        if event {
            return true;
        }
        let word = rest.find([' ', '\n', '-']).unwrap_or(rest.len());
        after = &rest[word..];
    }
    false
}

/// What ranking looks at beyond a candidate.
struct Doc<'a> {
    dict: &'a Dictionary,
    text: &'a str,
    date: Option<Ymd>,
    named: &'a [u32],
    /// The spans of countries' names (see `resolve`).
    countries: &'a [(usize, usize)],
}

impl Doc<'_> {
    /// Orders candidates of one span: lower ranks win.
    fn rank(&self, m: &Mention) -> (u8, u8, Form, EntityKind, u8, u8, u32) {
        let (text, dict) = (self.text, self.dict);
        let entry =
            (m.entry != Mention::NO_ENTRY).then(|| dict.entry(m.entry));
        let needs = entry.and_then(|e| e.attribute("context"));
        // 0: its context words are near; 1: it needs none; 2: they are not,
        // or it is no entry: an entry short of its context words loses to
        // another entry, but not to a name found by pattern ("World Health
        // Organization" is WHO's name with or without "pandemic" near).
        let wanted = match entry {
            None => 2,
            Some(_) => needs.map_or(1, |words| {
                let outside = |a: usize, b: usize| {
                    !self
                        .countries
                        .iter()
                        .any(|&(s, e)| s <= a && b <= e && (s, e) != (a, b))
                };
                if near_where(text, m.start, m.end, words, outside) {
                    0
                } else {
                    2
                }
            }),
        };
        let acting = is_acting(text, m);
        let context = match (m.form, m.kind) {
            (Form::Metonym, _) => u8::from(!acting),
            (_, EntityKind::Location) => u8::from(acting),
            _ => 0,
        };
        let named = u8::from(self.named.binary_search(&m.entry).is_err());
        // 0: holds a role on the date; 1: has no dated role; 2: does not.
        let active = match (entry, self.date) {
            (None, _) => 1,
            (Some(e), Some(day)) => match e.active_on(day) {
                Some(true) => 0,
                None => 1,
                Some(false) => 2,
            },
            (Some(e), None) => {
                let still =
                    e.roles.iter().any(|r| r.from.is_some() && r.to.is_none());
                if still { 0 } else { 1 }
            }
        };
        (wanted, context, m.form, m.kind, named, active, m.entry)
    }
}

/// Whether the word after a mention is a possessive or an acting verb.
fn is_acting(text: &str, m: &Mention) -> bool {
    let after = &text[m.end..];
    if after.starts_with("'s") || after.starts_with("’s") {
        return true;
    }
    let word = after
        .trim_start_matches([' ', '\t'])
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    ACTING.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::DictionaryBuilder;
    use crate::matcher::LiteralMatcher;

    const COUNTRIES: &str = "id\tname\taliases\tdemonyms\tmetonyms\n\
        RUS\tRussia\t\tRussian\tMoscow|the Kremlin\n\
        GEO\tGeorgia\t\tGeorgian\tTbilisi\n\
        CHN\tChina\t\tChinese\tBeijing\n\
        USA\tUnited States\t\t\tWashington\n\
        MEX\tMexico\t\t\t\n";
    const PLACES: &str = "id\tname\tattributes\n\
        us-georgia\tGeorgia\ttype=state;context=Atlanta|governor|County\n\
        moscow\tMoscow\tcountry=RUS\n\
        beijing\tBeijing\tcountry=CHN\n\
        scs\tSouth China Sea\t\n\
        nm\tNew Mexico\tcountry=USA\n";
    const ORGS: &str = "id\tname\n\
        nyt\tNew York Times\n\
        cd\tChina Daily\n";

    /// The mentions `dict` resolves in `text` on `date`; with `people`,
    /// people found by pattern compete too. (The rules' rooms test on it.)
    pub(crate) fn resolved(
        dict: &Dictionary,
        text: &str,
        date: Option<Ymd>,
        people: bool,
    ) -> Vec<Mention> {
        let mut cands = Vec::new();
        let mut triggers = crate::matcher::Triggers::default();
        LiteralMatcher::new(dict).find(dict, text, &mut cands, &mut triggers);
        if people {
            let known: Vec<(usize, usize)> =
                cands.iter().map(|m| (m.start, m.end)).collect();
            crate::matcher::PersonMatcher::new()
                .find(text, &known, &mut cands);
        }
        let mut out = Vec::new();
        resolve(dict, text, &EntityKind::ALL, date, &mut cands, &mut out);
        out
    }

    fn run(text: &str) -> Vec<(String, &'static str, &'static str)> {
        let dict = DictionaryBuilder::new()
            .text("countries.tsv", COUNTRIES)
            .text("locations.tsv", PLACES)
            .text("organizations.tsv", ORGS)
            .build()
            .unwrap();
        resolved(&dict, text, None, false)
            .iter()
            .map(|m| {
                (
                    text[m.start..m.end].to_string(),
                    m.kind.as_str(),
                    m.form.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn capitals_are_places_unless_they_act() {
        let cases = [
            ("a summit in Moscow.", "location", "name"),
            ("From Moscow’s perspective", "country", "metonym"),
            ("Moscow insists on it", "country", "metonym"),
            ("Beijing said no", "country", "metonym"),
            ("flights to Beijing", "location", "name"),
            ("the Kremlin said", "country", "metonym"),
            ("the Kremlin walls", "country", "metonym"),
            ("Washington wants", "country", "metonym"),
        ];
        for (text, kind, form) in cases {
            let got = run(text);
            assert_eq!((got[0].1, got[0].2), (kind, form), "{text}: {got:?}");
        }
    }

    #[test]
    fn an_entry_with_context_words_needs_them_to_win() {
        let cases = [
            ("Georgia and Russia signed a deal.", "country"),
            ("In Atlanta, Georgia voters lined up.", "location"),
            ("The governor of Georgia spoke.", "location"),
            ("Georgia's president spoke in Tbilisi.", "country"),
            ("Fulton County, Georgia", "location"),
        ];
        for (text, kind) in cases {
            let got = run(text);
            let g = got.iter().find(|g| g.0 == "Georgia").unwrap();
            assert_eq!(g.1, kind, "{text}");
        }
    }

    #[test]
    fn longest_match_wins() {
        let cases: &[(&str, &[&str])] = &[
            ("in the South China Sea", &["South China Sea"]),
            ("in New Mexico", &["New Mexico"]),
            ("China Daily reported", &["China Daily"]),
            ("China and Mexico", &["China", "Mexico"]),
        ];
        for (text, want) in cases {
            let got: Vec<String> =
                run(text).into_iter().map(|g| g.0).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn a_shared_alias_goes_to_the_person_named_or_in_office() {
        let people = "id\tname\taliases\troles\n\
            gwb\tGeorge W. Bush\tBush\tpresident:USA:2001-01-20:2009-01-20\n\
            ghwb\tGeorge H. W. Bush\tBush\tpresident:USA:1989-01-20:1993-01-20\n\
            bill\tBill Clinton\tClinton\tpresident:USA:1993-01-20:2001-01-20\n\
            hillary\tHillary Clinton\tClinton\tsecretary of state:USA:2009-01-21:2013-02-01\n";
        let dict = DictionaryBuilder::new()
            .text("people.tsv", people)
            .build()
            .unwrap();
        let cases = [
            ("Bush spoke.", Some("2004-05-01"), "gwb"),
            ("Bush spoke.", Some("1990-05-01"), "ghwb"),
            ("Clinton spoke.", Some("1996-05-01"), "bill"),
            ("Clinton spoke.", Some("2011-05-01"), "hillary"),
            // Named in full, the person stays that person on any date.
            (
                "Hillary Clinton came. Clinton spoke.",
                Some("1996-05-01"),
                "hillary",
            ),
            // Undated: the one still in office, else the first listed.
            ("Bush spoke.", None, "gwb"),
        ];
        for (text, date, want) in cases {
            let date = date.and_then(Ymd::parse);
            let out = resolved(&dict, text, date, false);
            let last = out.last().unwrap();
            assert_eq!(dict.entry(last.entry).id, want, "{text} {date:?}");
        }
    }

    #[test]
    fn names_of_events_are_no_mentions() {
        let cases: &[(&str, &[&str])] = &[
            ("at the China Open today", &[]),
            (
                "China Daily reported on the Mexico Grand Prix",
                &["China Daily"],
            ),
            ("China opened", &["China"]),
            ("Mexico Cupertino", &["Mexico"]),
            ("THE CHINA OPEN", &[]),
            ("won the Tour of the Mexico stage", &[]),
            ("the Mexico\nOpen", &[]),
            ("the third Mexico Amateur Championship", &[]),
            (
                "China Daily said the Mexico team won",
                &["China Daily", "Mexico"],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<String> =
                run(text).into_iter().map(|g| g.0).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn a_surname_of_a_person_named_is_no_country() {
        let dict = DictionaryBuilder::new()
            .text("countries.tsv", "id\tname\nJOR\tJordan\nTCD\tChad\n")
            .build()
            .unwrap();
        let cases: &[(&str, &[&str])] = &[
            ("Michael Jordan scored. Jordan left.", &["person", "person"]),
            (
                "King Abdullah of Jordan spoke. Jordan said no.",
                &["person", "country", "country"],
            ),
            ("Jordan said no.", &["country"]),
            ("Chad voted. Later, Chad Johnson ran.", &["country", "person"]),
        ];
        for (text, want) in cases {
            let out = resolved(&dict, text, None, true);
            let got: Vec<&str> = out.iter().map(|m| m.kind.as_str()).collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
