//! Names that start with a place and go on to a word of clubs or media
//! ("Texas Rangers", "Damascus Radio"), or that put a club's word before
//! it ("Dynamo Moscow"): organizations, not the places in them.

use super::{capitalized_after, line_of};
use crate::matcher::{at_word_boundaries, is_common_word};
use crate::resolve::{free_around, word_start_before};
use crate::span::{EntityKind, Form, Mention, Rule};

/// Words that end the name of a club or a medium after a place.
const TAILS: &[&str] = &[
    "City",
    "United",
    "Athletic",
    "Albion",
    "Rovers",
    "Wanderers",
    "FC",
    "Radio",
    "Television",
    "TV",
    "Standard",
    "Times",
    "Post",
    "Herald",
    "Telegraph",
    "Journal",
    "Tribune",
    "Gazette",
    "Chronicle",
    "News",
    "Newsroom",
    "Newsdesk",
    "Desk",
    "Commodities",
    "Telecom",
    "Stock",
];

/// Words before a place that make it a club's name: "Dynamo Moscow",
/// "Real Madrid", "Inter Milan"; the words and letters of clubs' names
/// across Europe ("FK Austria", "GKS Katowice", "IFK Gothenburg", "VfB
/// Stuttgart", "Hapoel Tel Aviv", "Slavia Prague", "Legia Warsaw"), and
/// the clubs that put their own name before their city's ("Ajax
/// Amsterdam", "PSV Eindhoven", "Bayern Munich", "Austria Vienna").
const CLUB_PREFIXES: &[&str] = &[
    "Dynamo",
    "Dinamo",
    "Spartak",
    "Lokomotiv",
    "Torpedo",
    "CSKA",
    "Sporting",
    "Real",
    "Atletico",
    "Inter",
    "AC",
    "AS",
    "FC",
    "F.C.",
    "SC",
    "FK",
    "NK",
    "SK",
    "GKS",
    "IFK",
    "AIK",
    "SV",
    "TSV",
    "MSV",
    "VfB",
    "VfL",
    "Olympique",
    "Racing",
    "Red Star",
    "Borussia",
    "Eintracht",
    "Hertha",
    "Fortuna",
    "Vitesse",
    "Hapoel",
    "Maccabi",
    "Beitar",
    "Betar",
    "Partizan",
    "Slavia",
    "Sparta",
    "Rapid",
    "Admira",
    "Levski",
    "Steaua",
    "Legia",
    "Lech",
    "Ruch",
    "Slask",
    "Widzew",
    "Hansa",
    "Werder",
    "Ajax",
    "PSV",
    "Feyenoord",
    "Bayern",
    "Bayer",
    "Austria",
];

/// Plurals after a place that name land or people, not a club.
const NOT_CLUBS: &[&str] = &[
    "Islands",
    "Isles",
    "States",
    "Mountains",
    "Hills",
    "Lakes",
    "Falls",
    "Heights",
    "Highlands",
    "Territories",
    "Emirates",
    "Provinces",
    "Keys",
    "Plains",
    "Alps",
    "Serbs",
    "Croats",
    "Kurds",
    "Arabs",
    "Jews",
    "Muslims",
    "Christians",
    "Sunnis",
    "Shiites",
    "Tamils",
    "Talks",
    "Accords",
    "Conventions",
    "Agreements",
    "Games",
    "Olympics",
];

/// Turns "Texas Rangers" from a place and a word into one organization.
pub fn named_after_places(text: &str, mentions: &mut Vec<Mention>) {
    // Mentions that a club's name took in (the place "Ajax" of "Ajax
    // Amsterdam"), left empty and dropped at the end.
    let mut merged = false;
    // The line last looked at, and whether it is a Title Case headline.
    let mut line: Option<(usize, usize, bool)> = None;
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let is_place =
            matches!(m.kind, EntityKind::Location | EntityKind::Country);
        let place = is_place && matches!(m.form, Form::Name | Form::Alias);
        // A country's initials start a desk's or a medium's name ("U.S.
        // Municipal Desk"), not a club's: only before a word of them.
        let initials = is_place && m.form == Form::Acronym;
        let (floor, limit) = free_around(text, mentions, i);
        let prefix = place
            .then(|| {
                club_prefix(text, m.start, floor)
                    .or_else(|| prefix_mention(text, mentions, i))
            })
            .flatten()
            // In capitals a club's letters are words too: "AS ENGLAND".
            .filter(|&p| {
                let caps =
                    |s: &str| !s.bytes().any(|b| b.is_ascii_lowercase());
                !(caps(&text[p..m.start]) && caps(&text[m.start..m.end]))
            });
        let end = (place || initials)
            .then(|| club_name_end(text, m.end, limit))
            .flatten()
            .filter(|e| place || e.1);
        if prefix.is_none() && end.is_none() {
            continue;
        }
        let tail = end.is_some_and(|e| e.1);
        let (start, end) =
            (prefix.unwrap_or(m.start), end.map_or(m.end, |e| e.0));
        // In a Title Case headline every word is capitalized, verbs too
        // ("Paris Summit Pushes NATO Troops"): a plural there is no
        // evidence, but a word of clubs and media is ("-- Jane Doe ,
        // London Newsroom", whose words are all capitalized too), and so
        // is a club's word before the place (a squad's "( Widzew Lodz )").
        let (ls, le, headline) = match line {
            Some(l) if l.0 <= m.start && m.start <= l.1 => l,
            _ => {
                let (ls, le) = line_of(text, m.start);
                (ls, le, title_case_line(&text[ls..le]))
            }
        };
        line = Some((ls, le, headline));
        if headline && !tail && prefix.is_none() {
            continue;
        }
        if i > 0 && start < mentions[i - 1].end {
            let before = &mut mentions[i - 1];
            before.end = before.start;
            merged = true;
        }
        let m = &mut mentions[i];
        m.start = start;
        m.end = end;
        m.kind = EntityKind::Organization;
        m.form = Form::Pattern;
        m.entry = Mention::NO_ENTRY;
        m.label = text[start..end].to_string();
        m.rule = Rule::Pattern("organization:named-after-place");
    }
    if merged {
        mentions.retain(|m| m.start < m.end);
    }
}

/// Where a club's name starts whose first word is the mention before
/// mention `i`, one space before it: "Ajax Amsterdam" (the town of
/// Ontario), "Austria Vienna" (the country).
fn prefix_mention(
    text: &str,
    mentions: &[Mention],
    i: usize,
) -> Option<usize> {
    let before = mentions.get(i.checked_sub(1)?)?;
    let gap = text.get(before.end..mentions[i].start)?;
    // The place a city ("Austria Vienna"), not a country: "Austria
    // Hungary" and "Germany Austria Switzerland" are no clubs.
    (gap == " "
        && mentions[i].kind == EntityKind::Location
        && before.kind != EntityKind::Date
        && CLUB_PREFIXES.contains(&&text[before.start..before.end]))
    .then_some(before.start)
}

/// Where a club's name starts that ends with the place starting at `at`:
/// "Dynamo Moscow", if a word of [`CLUB_PREFIXES`] stands right before it,
/// after `floor`.
fn club_prefix(text: &str, at: usize, floor: usize) -> Option<usize> {
    // The word before: letters, digits and dots ("F.C."). Most places
    // follow a word in lower case or none, passed over on its first byte
    // (this runs at every place).
    let word_at = word_start_before(text, floor, at, |b| {
        b.is_ascii_alphanumeric() || b == b'.'
    })?;
    let word = &text[word_at..at - 1];
    if !word.as_bytes().first()?.is_ascii_uppercase() {
        return None;
    }
    let start = if CLUB_PREFIXES.contains(&word) {
        word_at
    } else {
        // The prefixes of two words ("Red Star").
        let first_at = word_start_before(text, floor, word_at, |b| {
            b.is_ascii_alphanumeric()
        })?;
        if !CLUB_PREFIXES.contains(&&text[first_at..at - 1]) {
            return None;
        }
        first_at
    };
    at_word_boundaries(text, start, at - 1).then_some(start)
}

/// Where the name of a club or medium that starts with a place ending at
/// `from` ends, if one does before `limit`: up to three capitalized words,
/// the last a plural or a word of [`TAILS`]; and whether it is the latter.
fn club_name_end(
    text: &str,
    from: usize,
    limit: usize,
) -> Option<(usize, bool)> {
    let mut found = None;
    for (word, at) in capitalized_after(text, from, limit).take(3) {
        // A plural that is a common word ("Principles", "Leaders",
        // "Refugees") names no club: nicknames are rare words ("Rangers").
        let plural = word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("ians")
            && !NOT_CLUBS.contains(&word)
            && !is_common_word(word);
        let tail = TAILS.contains(&word);
        if plural || tail {
            found = Some((at, tail));
        }
    }
    found
}

/// Whether every word of `line` but the small ones is capitalized, and
/// there are three or more.
fn title_case_line(line: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
        "with", "by", "from", "as", "vs",
    ];
    let words: Vec<&str> = line
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    words.len() >= 3
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || SMALL.contains(w))
}
