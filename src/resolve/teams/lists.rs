//! Teams in the lists of sports pages, where a place stands for a club:
//!
//! - an entrant's row of a race's results, a rank, a rider or driver, the
//!   country in parentheses, then the team and a time or points: "8.
//!   Anthony Gobert ( Australia ) Kawasaki 117", "9. Martin Brundle (
//!   Britain ) Jordan 1:55.385", "7. Marty Jemison ( U.S. ) U.S. Postal";
//! - a squad, each player with the club in parentheses, two or more on
//!   the line: "Defenders - Frank de Boer ( Ajax ) , Jaap Stam ( PSV )".
//!   Only a city is taken for a club, on a line of names alone: a
//!   country or a home nation in parentheses after a player is their
//!   nationality ("Alex Corretja ( Spain )", "Peter Nicol ( Scotland )"),
//!   and "Haneda ( Tokyo ) and Itami ( Osaka ) airports" is prose;
//! - a list of fixtures, pairs of names around `v` split by commas, after
//!   a heading ("English division three - Brighton v Scunthorpe ,
//!   Cambridge v"), its first name the end of a pair begun on the line
//!   before ("Ipswich , Port Vale v Oxford"), its last one's partner on
//!   the next. A city of a pair is the team of the whole name; a country
//!   stays a country ("Germany v Russia"), as in [`super::mark`].

use super::{become_team, capitalized_after, line_of, without_asides};
use crate::dictionary::Dictionary;
use crate::resolve::{free_around, is_city};
use crate::span::{EntityKind, Mention};

/// Turns the places of entrants' rows and squads into teams.
pub fn in_lists(dict: &Dictionary, text: &str, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        // A team's name reaches into no other mention ("Rapid v Austria
        // Vienna": the country is its own, and its club word is read by
        // `named_after_places`; "Leeds Monday" holds a date).
        let (lo, hi) = free_around(text, mentions, i);
        let m = &mut mentions[i];
        if !matches!(m.kind, EntityKind::Location | EntityKind::Country) {
            continue;
        }
        // The shapes have a parenthesis right before the place, or a `v`
        // near it: most places are passed over on that.
        let closes_before = text[..m.start].ends_with(") ");
        let opens_before =
            text[..m.start].ends_with("( ") || text[..m.start].ends_with('(');
        let near = &text.as_bytes()
            [m.start.saturating_sub(48)..(m.end + 48).min(text.len())];
        // A `v` alone as a word: " v " or " v" at a line's end.
        let near_v = m.kind == EntityKind::Location
            && memchr::memchr_iter(b'v', near).any(|i| {
                i > 0
                    && near[i - 1] == b' '
                    && near.get(i + 1).is_none_or(|&b| b == b' ' || b == b'\n')
            });
        if !closes_before && !opens_before && !near_v {
            continue;
        }
        let (ls, le) = line_of(text, m.start);
        if m.end > le {
            continue;
        }
        if near_v
            && let Some(span) = fixture_name(text, ls, le, m)
                .filter(|&(start, end)| lo <= start && end <= hi)
        {
            become_team(dict, text, m, span);
            continue;
        }
        if closes_before {
            if let Some(end) =
                entrant_team(text, ls, le, m).filter(|&end| end <= hi)
            {
                become_team(dict, text, m, (m.start, end));
            }
        } else if is_city(dict, m) && in_squad(text, ls, le, m) {
            become_team(dict, text, m, (m.start, m.end));
        }
    }
}

/// Where the team's name ends, if place `m` starts the team of an
/// entrant's row: the line up to it is a rank, capitalized words and one
/// parenthesized aside; after the name (the place and the capitalized
/// words that follow it) come only figures.
fn entrant_team(
    text: &str,
    ls: usize,
    le: usize,
    m: &Mention,
) -> Option<usize> {
    let before = &text[ls..m.start];
    let (rank, rest) = before.trim_start().split_once(' ')?;
    let rank = rank.trim_end_matches(['.', ')']);
    if rank.is_empty()
        || rank.len() > 3
        || !rank.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let (name, aside) = rest.split_once('(')?;
    let aside = aside.strip_suffix(") ")?;
    let name_words = name.split_whitespace();
    if name.trim().is_empty()
        || aside.contains(['(', ')'])
        || aside.trim().is_empty()
        || !name_words.clone().all(|w| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    let end = capitalized_after(text, m.end, le).last().map_or(m.end, |w| w.1);
    // Figures or nothing: the winner's row may end with the team ("1.
    // Sebastien Tortelli ( France ) Kawasaki", the others' gaps below).
    let figures = text[end..le].split_whitespace().all(|t| {
        t.bytes().any(|b| b.is_ascii_digit())
            && t.bytes().all(|b| b.is_ascii_digit() || b".:+-'\"".contains(&b))
    });
    figures.then_some(end)
}

/// Whether city `m`, in parentheses, is a club of a squad: alone in its
/// parentheses after a capitalized word, on a line of two or more such.
fn in_squad(text: &str, ls: usize, le: usize, m: &Mention) -> bool {
    let after = text[m.end..le].trim_start_matches(' ');
    let before = text[ls..m.start].trim_end_matches(['(', ' ']);
    if !after.starts_with(')') || before.len() == text[ls..m.start].len() {
        return false;
    }
    let player = before
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let line = &text[ls..le];
    // Each "( Club )" after a capitalized word, outside other brackets.
    let asides = line
        .match_indices('(')
        .filter(|&(i, _)| {
            line[..i]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && line[i + 1..].find(')').is_some_and(|j| {
                    let inside = line[i + 1..i + 1 + j].trim();
                    !inside.is_empty()
                        && inside.starts_with(char::is_uppercase)
                        && !inside.bytes().any(|b| b.is_ascii_digit())
                })
        })
        .count();
    player && asides >= 2 && names_only(line)
}

/// Whether the words of `line` outside parentheses are names: none in
/// lower case but the particles of names ("de Boer", "van der Sar").
fn names_only(line: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "da", "di", "do", "dos", "das", "del", "della", "du", "van",
        "der", "den", "von", "le", "la", "y", "bin", "al",
    ];
    without_asides(line)
        .split_whitespace()
        .all(|w| !w.starts_with(char::is_lowercase) || PARTICLES.contains(&w))
}

/// The name of a fixture that place `m` is in, if line `ls..le` is a list
/// of fixtures (see the module's notes): the name's span.
fn fixture_name(
    text: &str,
    ls: usize,
    le: usize,
    m: &Mention,
) -> Option<(usize, usize)> {
    let line = &text[ls..le];
    let first_v =
        line.find(" v ").or_else(|| line.strip_suffix(" v").map(str::len))?;
    // A heading ends at the last " - " or " : " before the first `v`.
    let body_at = ["- ", ": "]
        .iter()
        .filter_map(|sep| line[..first_v].rfind(sep).map(|i| i + sep.len()))
        .max()
        .unwrap_or(0);
    let body = line[body_at..].trim_end();
    let body = body.strip_suffix('.').unwrap_or(body).trim_end();
    let body = body.strip_suffix(',').unwrap_or(body);
    let items: Vec<&str> = body.split(',').collect();
    let mut at = ls + body_at;
    let mut pairs = 0;
    let mut found = None;
    for (k, item) in items.iter().enumerate() {
        let names: Vec<&str> = item.split(" v").collect();
        let dangling = names.len() == 2 && names[1].trim().is_empty();
        // A lone name only first, a name without its partner only last.
        if names.len() > 2
            || (names.len() == 1 && k != 0)
            || (dangling && k + 1 != items.len())
        {
            return None;
        }
        pairs += usize::from(names.len() == 2 && !dangling);
        let mut name_at = at;
        for name in &names {
            let trimmed = name.trim();
            let start = name_at + (name.len() - name.trim_start().len());
            let end = start + trimmed.len();
            let capitalized = trimmed.split(' ').all(|w| {
                w.starts_with(char::is_uppercase)
                    && !w.bytes().any(|b| b.is_ascii_digit())
            });
            if !trimmed.is_empty() && !capitalized {
                return None;
            }
            if start <= m.start && m.end <= end {
                found = Some((start, end));
            }
            name_at += name.len() + " v".len();
        }
        at += item.len() + 1;
    }
    if pairs == 0 {
        return None;
    }
    found
}
