//! Cities that stand for their clubs in running prose: "league champions
//! Milan could only draw", "Hamburg beat Hansa Rostock 1-0", "Groningen
//! striker Romano Sion", "a 3-2 victory over Montpellier".
//!
//! A place (kind `location`) becomes the club it names where a word next
//! to it says so: before it, a word that only games put there ("beat",
//! "champions", "v"); after it, a verb of winning or a player's post
//! ("beat", "striker", "coach"). Where the sentence reports a game (a
//! score such as "2-1", or a word of games: "goal", "league", "season"),
//! weaker words say so too: a word that sets two sides apart before it
//! ("against", "over", "to", "with") or a side's verb after it ("won",
//! "drew", "are"). Countries stay countries (a national team is named for
//! its country, as on results lines: see [`super::mark`]); "at" names the
//! ground. The club's name goes on over the capitalized words right after
//! the place, up to two ("Chicago White Sox").

use super::{become_team, capitalized_after};
use crate::calendar::{is_month_name, is_weekday_name};
use crate::dictionary::Dictionary;
use crate::resolve::{free_around, is_city};
use crate::span::{EntityKind, Form, Mention};

/// Words before a place that make it a club in any sentence.
const BEFORE: &[&str] = &["champions", "holders"];

/// Words after a place that make it a club in any sentence: a player's
/// post ("coach" and "manager" are also a bus's and a port's).
const AFTER: &[&str] =
    &["striker", "defender", "midfielder", "goalkeeper", "winger"];

/// Words before a place that make it a club in a game's report ("beat"
/// and "v" are also a siege's and a court case's: "Aleppo beat back an
/// attack", "Case 12 v Chicago").
const BEFORE_IN_GAMES: &[&str] = &[
    "against", "over", "with", "beat", "beating", "defeated", "thrashed",
    "routed", "v", "vs", "vs.",
];

/// Words after a place that make it a club in a game's report.
const AFTER_IN_GAMES: &[&str] = &[
    "won", "drew", "lost", "are", "has", "had", "'s", "lead", "scored",
    "beat", "defeated", "thrashed", "routed", "manager", "coach", "v", "vs",
    "vs.",
];

/// Words that make two numbers joined by a hyphen a score, in the same
/// sentence ("voted 13-2", "20-30 soldiers", "shelled the city 24-7" are
/// no game).
const SCORE_WORDS: &[&str] = &[
    "won",
    "win",
    "wins",
    "beat",
    "beats",
    "beating",
    "drew",
    "draw",
    "drawn",
    "lost",
    "lose",
    "loses",
    "defeat",
    "defeated",
    "victory",
    "lead",
    "led",
    "leads",
    "trail",
    "trailed",
    "scored",
    "goal",
    "goals",
    "half-time",
    "halftime",
    "match",
    "game",
    "final",
    "semi-final",
    "quarter-final",
    "aggregate",
];

/// Words that only a game's report holds ("goal", "season", "match",
/// "league", "penalty" are also the words of policy and politics).
const GAME_WORDS: &[&str] = &[
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "scorer",
    "scorers",
    "innings",
    "inning",
    "wicket",
    "wickets",
    "touchdown",
    "half-time",
    "halftime",
    "playoff",
    "playoffs",
    "play-off",
    "play-offs",
    "relegation",
    "tournament",
    "championship",
];

/// Words after two numbers joined by a hyphen that make them a range, not
/// a score: "2-3 percent", "10-15 km", "a 2-3 week delay" (and months:
/// "2-3 June").
const UNITS: &[&str] = &[
    "percent",
    "per",
    "pct",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "km",
    "kilometres",
    "kilometers",
    "mile",
    "miles",
    "metres",
    "meters",
    "feet",
    "foot",
    "million",
    "billion",
    "times",
    "people",
    "degrees",
    "cents",
    "dollars",
    "tonnes",
    "tons",
    "year-old",
];

/// Turns the places of `mentions` that stand for clubs into the clubs.
pub fn clubs_in_prose(
    dict: &Dictionary,
    text: &str,
    sentences: &[(usize, usize)],
    mentions: &mut [Mention],
) {
    // Whether the sentence last read reports a game, by its span.
    let mut game: Option<(usize, usize, bool)> = None;
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if m.kind != EntityKind::Location
            || !matches!(m.form, Form::Name | Form::Alias)
        {
            continue;
        }
        let (before, after) =
            (word_before(text, m.start), word_after(text, m.end));
        let strong = one_of(BEFORE, before) || one_of(AFTER, after);
        let weak = !strong
            && (one_of(BEFORE_IN_GAMES, before)
                || one_of(AFTER_IN_GAMES, after));
        if !(strong || weak) || !is_city(dict, m) {
            continue;
        }
        if !strong {
            let (ss, se, reports) = match game {
                Some(g) if g.0 <= m.start && m.start < g.1 => g,
                _ => {
                    let k = sentences.partition_point(|s| s.1 <= m.start);
                    let (ss, se) =
                        sentences.get(k).copied().unwrap_or((0, text.len()));
                    (ss, se, reports_a_game(&text[ss..se]))
                }
            };
            game = Some((ss, se, reports));
            if !reports {
                continue;
            }
        }
        let (_, limit) = free_around(text, mentions, i);
        let end = name_end(text, mentions[i].end, limit);
        let m = &mut mentions[i];
        become_team(dict, text, m, (m.start, end));
    }
}

/// Whether `word` is one of `words`, in any case.
fn one_of(words: &[&str], word: &str) -> bool {
    words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The word right before `at`, on its line ("" if none).
fn word_before(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end_matches(' ');
    if before.len() + 3 < at {
        return "";
    }
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.' || c == '-')
        .last()
        .map_or(before.len(), |(i, _)| i);
    &before[start..]
}

/// The word right after `at`, on its line ("" if none): "'s" is read as
/// a word ("Parma 's Alessandro Melli", "Parma's").
fn word_after(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let after = rest.trim_start_matches(' ');
    if rest.len() - after.len() > 3 {
        return "";
    }
    if after.starts_with("'s ") || after.starts_with("’s ") {
        return "'s";
    }
    let end = after
        .find(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(after.len());
    after[..end].trim_end_matches('.')
}

/// Whether a sentence reports a game: a score ("2-1", "3-2", not a
/// range: "2-3 percent", "1996-08-25", "4-1/2") or a word of games.
fn reports_a_game(sentence: &str) -> bool {
    let words = || {
        sentence
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| w.len() >= 3)
    };
    if words().any(|w| GAME_WORDS.contains(&w)) {
        return true;
    }
    let b = sentence.as_bytes();
    // A hyphen or an en dash ("1–1") between the numbers.
    let dashes = memchr::memchr_iter(b'-', b)
        .map(|i| (i, 1))
        .chain(sentence.match_indices('–').map(|(i, d)| (i, d.len())));
    let score = dashes.into_iter().any(|(i, dash)| {
        let before = b[..i].iter().rev().take_while(|c| c.is_ascii_digit());
        let (digits_before, digits_after) = (
            before.count(),
            b[i + dash..].iter().take_while(|c| c.is_ascii_digit()).count(),
        );
        if !(1..=3).contains(&digits_before)
            || !(1..=3).contains(&digits_after)
        {
            return false;
        }
        let end = i + dash + digits_after;
        // Not a date, a fraction, a sum or a decimal: "1996-08-25",
        // "4-1/2", "$2-3", "2-3.5", "2-3%".
        let lead = b.get(i.wrapping_sub(digits_before + 1));
        if lead.is_some_and(|c| matches!(c, b'-' | b'.' | b'/' | b'$')) {
            return false;
        }
        match b.get(end) {
            Some(b'-' | b'/' | b'%') => return false,
            Some(c) if c.is_ascii_alphanumeric() => return false,
            Some(b'.') if b.get(end + 1).is_some_and(u8::is_ascii_digit) => {
                return false;
            }
            _ => {}
        }
        let unit = sentence[end..]
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches(|c: char| c.is_ascii_punctuation()));
        !unit.is_some_and(|w| UNITS.contains(&w) || is_month_name(w, false))
    });
    score && words().any(|w| one_of(SCORE_WORDS, w))
}

/// Where a club's name that starts with a place ending at `from` ends:
/// over up to two capitalized words right after it, before `limit`, that
/// are no month or weekday ("Chicago White Sox").
fn name_end(text: &str, from: usize, limit: usize) -> usize {
    capitalized_after(text, from, limit)
        .take(2)
        .take_while(|&(w, _)| !is_month_name(w, true) && !is_weekday_name(w))
        .last()
        .map_or(from, |(_, at)| at)
}
