//! Cities in sports results are teams: "Chicago 11 TORONTO 2",
//! "BALTIMORE 70 63 .526 4", "BOSTON AT OAKLAND".
//!
//! A place (kind `location`) on a line shaped like a results table
//! becomes an organization, with the place's name as its label. Countries
//! stay countries: a national team is named for its country, and
//! annotation guides (CoNLL-2003's among them) mark it as the place. The
//! line shapes, each tested:
//!
//! - a result: two or more capitalized words on the line each followed by
//!   a whole number, the place among them ("Saracens 25 Leicester 23");
//! - a standings row: the line starts with the name, and only numbers
//!   follow it, four or more (wins, losses, ".526", "1/2");
//! - a fixture: the line is just two names around `at`, `v` or `vs`;
//!   the name after `at` is where they play, and stays a place.
//!
//! A line in running prose has lower-case words, and a table of cities
//! with figures (temperatures, prices) has one name per line and
//! decimals or units, so neither takes these shapes.
//!
//! [`named_after_places`] (in `named`) does the same for names that start with a place
//! and go on in capitals to a plural or to a word of clubs and media, or
//! that put a club's word before it: "Texas Rangers", "Manchester City",
//! "Damascus Radio", "Bangladesh Lamps", "Dynamo Moscow" are
//! organizations, not the places in them; "Baltic States", "Canary
//! Islands" and "Kosovo Albanians" are not.

use crate::calendar::{is_month_name, is_weekday_name};
use crate::dictionary::Dictionary;
use crate::matcher::{is_common_word, unsure_lines};
use crate::span::{EntityKind, Form, Mention, Rule};

mod lists;
mod named;
mod prose;

pub use lists::in_lists;
pub use named::named_after_places;
pub use prose::clubs_in_prose;

/// Turns the places of results lines in `mentions` into teams.
pub fn mark(dict: &Dictionary, text: &str, mentions: &mut [Mention]) {
    // Only a line with a place can be a results line: the lines are
    // found from the places (mentions come in order), and the lines
    // between them are never read.
    let mut i = 0;
    while let Some(k) =
        mentions[i..].iter().position(|m| m.kind == EntityKind::Location)
    {
        let at = mentions[i + k].start;
        let (ls, le) = line_of(text, at);
        let from = i + mentions[i..].partition_point(|m| m.start < ls);
        let j = from + mentions[from..].partition_point(|m| m.start < le);
        if is_results_line(text, ls, le, &mentions[from..j]) {
            for m in &mut mentions[from..j] {
                // "KANSAS CITY AT DETROIT": the second is where they play.
                let venue = text[ls..m.start].trim_end().ends_with(" AT")
                    || text[ls..m.start].trim_end().ends_with(" at");
                if m.kind != EntityKind::Location || venue {
                    continue;
                }
                let span = (m.start, m.end);
                become_team(dict, text, m, span);
            }
        }
        i = j.max(i + k + 1);
    }
}

/// Adds the teams no dictionary names, on lines whose words alone make
/// them a results table: "Ghent 3 Aalst 2", "Volendam 1 0 1 0 1 1 1",
/// "1. Ujpest TE 3 3 - - 10 2 9", "Crewe v Watford , Gillingham v
/// Chesterfield". A name of such a line (capitalized words, outside
/// parentheses, up to a comma) that no mention touches becomes an
/// organization, rule `organization:team`; a place alone inside it, or
/// the team [`mark`] made of one, becomes the team of the whole name
/// ("Hansa Rostock", "Ajax Amsterdam"); any other mention keeps its name
/// (the person of "Carl Suneson 65 66", the country of "Togo 1 Congo 0").
/// The shapes are [`mark`]'s, read from the words: every name followed by
/// one whole number, two or more of them; one name, at the line's start
/// or after its rank, then four or more figures; pairs of names around
/// `v` or `vs` and nothing else. Not a name: a month or weekday ("Jul 31
/// , Jan 31"), or common words only ("Net Income 821 512 565 301").
pub fn unnamed(dict: &Dictionary, text: &str, mentions: &mut Vec<Mention>) {
    let mut added = Vec::new();
    let bytes = text.as_bytes();
    // The lines that are surely prose are passed over without a look.
    for (ls, le) in unsure_lines(bytes) {
        if !is_prose(&bytes[ls..le]) {
            for (start, end) in table_names(text, ls, le) {
                let first = mentions.partition_point(|m| m.end <= start);
                let touching = mentions[first..]
                    .iter()
                    .take_while(|m| m.start < end)
                    .count();
                if touching == 0 {
                    if is_team_name(&text[start..end]) {
                        added.push(Mention {
                            start,
                            end,
                            kind: EntityKind::Organization,
                            form: Form::Pattern,
                            entry: Mention::NO_ENTRY,
                            value: String::new(),
                            label: text[start..end].to_string(),
                            rule: Rule::Pattern("organization:team"),
                        });
                    }
                    continue;
                }
                // A place alone in a name of the line, or a team `mark`
                // made of it, with more of the name around it: the team
                // is the whole name ("Hansa Rostock", "Ajax Amsterdam").
                let m = &mut mentions[first];
                let team = m.rule == Rule::Pattern("organization:team");
                if touching == 1
                    && (team || m.kind == EntityKind::Location)
                    && start <= m.start
                    && m.end <= end
                {
                    become_team(dict, text, m, (start, end));
                }
            }
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.start);
    }
}

/// Makes `m` a team spanning `span`: named by the text where the span is
/// more than the place ("Ajax Amsterdam"), by the place's dictionary name
/// where it is the place ("CHICAGO" is Chicago).
fn become_team(
    dict: &Dictionary,
    text: &str,
    m: &mut Mention,
    (start, end): (usize, usize),
) {
    if (m.start, m.end) != (start, end) {
        m.label = text[start..end].to_string();
    } else if m.entry != Mention::NO_ENTRY {
        m.label = dict.entry(m.entry).name.clone();
    }
    m.start = start;
    m.end = end;
    m.kind = EntityKind::Organization;
    m.form = Form::Pattern;
    m.entry = Mention::NO_ENTRY;
    m.rule = Rule::Pattern("organization:team");
}

/// Whether a word outside parentheses on `line` starts with a lower-case
/// ASCII letter (`v`, `vs` and `at` aside): prose. Read by bytes, up to
/// the first such word, as every line of every document is.
fn is_prose(line: &[u8]) -> bool {
    let mut depth = 0u32;
    for (i, &b) in line.iter().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b'a'..=b'z' if depth == 0 && (i == 0 || line[i - 1] == b' ') => {
                let word =
                    line[i..].split(|&c| c == b' ').next().unwrap_or(&[]);
                if !matches!(word, b"v" | b"vs" | b"vs." | b"at") {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// The names of line `ls..le` if its words make it a results table (see
/// [`unnamed`]), as byte ranges of `text`.
fn table_names(text: &str, ls: usize, le: usize) -> Vec<(usize, usize)> {
    // Its words outside parentheses, without their trailing commas, and
    // whether a comma (or semicolon) follows each: a name ends there.
    let mut words: Vec<(usize, usize, bool)> = Vec::new();
    let mut depth = 0u32;
    let line = &text[ls..le];
    for (at, word) in line
        .split([' ', '\t', '\r'])
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
    {
        let outside = depth == 0 && !word.starts_with('(');
        for c in word.bytes() {
            match c {
                b'(' => depth += 1,
                // The end of an aside opened on a line above: a line of
                // prose or of a list ("Hansma 24 , Wouden 70 , 90 ) .").
                b')' if depth == 0 => return Vec::new(),
                b')' => depth -= 1,
                _ => {}
            }
        }
        let word = word.split('(').next().unwrap_or("");
        let bare = word.trim_end_matches([',', ';']);
        if !outside {
            continue;
        }
        if bare.is_empty() {
            if let Some(last) = words.last_mut() {
                last.2 |= !word.is_empty();
            }
        } else {
            words.push((
                ls + at,
                ls + at + bare.len(),
                bare.len() < word.len(),
            ));
        }
    }
    let is_name_word = |&(s, e, _): &(usize, usize, bool)| {
        let w = &text[s..e];
        w.starts_with(char::is_uppercase) && !matches!(w, "AT" | "VS" | "V")
    };
    // Runs of name words, as indexes into `words`; a comma ends one.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if is_name_word(&words[i]) {
            let mut j = i + 1;
            while j < words.len() && !words[j - 1].2 && is_name_word(&words[j])
            {
                j += 1;
            }
            runs.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    let word = |i: usize| words.get(i).map_or("", |&(s, e, _)| &text[s..e]);
    let whole =
        |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let span = |&(i, j): &(usize, usize)| (words[i].0, words[j - 1].1);
    // A score a name, not a round of golf: "Lyon 2 Nancy 0", not
    // "Couples 73 68 72 72 , Craig Stadler 73 72 67 73".
    let result = runs.len() >= 2
        && runs.iter().all(|&(_, j)| whole(word(j)) && !whole(word(j + 1)));
    let standings = runs.len() == 1 && {
        let (i, j) = runs[0];
        let ranked =
            i == 0 || (i == 1 && word(0).strip_suffix('.').is_some_and(whole));
        // Wins, losses, points and ".526"; a player's average ("15.00",
        // "48.4") makes it a table of players.
        let figure =
            |w: &str| is_number(w) && !w.trim_start_matches('.').contains('.');
        ranked
            && words.len() - j >= 4
            && (j..words.len()).all(|k| figure(word(k)))
    };
    // Pairs of names around `v`, one after the other, and nothing else:
    // "Crewe v Watford , Gillingham v Chesterfield". "Alex Corretja (
    // Spain ) vs. Byron Black ( Zimbabwe )" is a draw of players, "Das
    // Volk vs. The State." a heading in prose.
    let fixtures = runs.len().is_multiple_of(2)
        && !runs.is_empty()
        && !line.contains('(')
        && !line.trim_end().ends_with('.')
        && runs[0].0 == 0
        && runs.last().is_some_and(|r| r.1 == words.len())
        && runs.chunks(2).all(|pair| {
            pair[1].0 == pair[0].1 + 1
                && matches!(word(pair[0].1), "v" | "vs" | "vs." | "V" | "VS")
        })
        && runs.windows(2).skip(1).step_by(2).all(|w| w[0].1 == w[1].0);
    if result || standings || fixtures {
        runs.iter().map(span).collect()
    } else {
        Vec::new()
    }
}

/// Whether a name of a results line may be a team's: no month or weekday
/// in it, not common words only, two letters or more.
fn is_team_name(name: &str) -> bool {
    let words = || name.split(' ').filter(|w| !w.is_empty());
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !words().any(|w| {
            let w = w.trim_end_matches('.');
            is_month_name(w, true) || is_weekday_name(w)
        })
        && !words().all(is_common_word)
}

/// The offset of the first line break at or after `from`, or the text's
/// end.
fn next_break(text: &str, from: usize) -> usize {
    memchr::memchr(b'\n', &text.as_bytes()[from..])
        .map_or(text.len(), |i| from + i)
}

/// The words right after `from` that go on a name, before `limit`: each
/// after one space, capitalized and not all in capitals (a headline's);
/// each with the offset of its end. Clubs' and media's names after a
/// place read them ("Texas Rangers", "Chicago White Sox").
fn capitalized_after(
    text: &str,
    from: usize,
    limit: usize,
) -> impl Iterator<Item = (&str, usize)> {
    let mut at = from;
    std::iter::from_fn(move || {
        let rest = text[at..limit].strip_prefix(' ')?;
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        if !word.starts_with(char::is_uppercase)
            || word.chars().all(char::is_uppercase)
        {
            return None;
        }
        at += 1 + len;
        Some((word, at))
    })
}

/// The line holding byte `at`: its start and end, without the newline.
fn line_of(text: &str, at: usize) -> (usize, usize) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    (start, next_break(text, at))
}

/// A figure of a standings row: "75", ".560", "1/2", or "-" for none.
fn is_number(token: &str) -> bool {
    let t = token.trim_start_matches('.');
    matches!(token, "-" | "--")
        || (!t.is_empty()
            && t.chars().all(|c| c.is_ascii_digit() || c == '/' || c == '.'))
}

/// `s` without its parenthesized asides: "( 1st game )".
fn without_asides(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0u32;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether the words of line `ls..le` outside `on_line` and outside
/// parentheses hold a lower-case one ("at" and "v" aside), read as they
/// come: a mention stands for a space, an aside ("( 1st game )") for
/// nothing.
fn has_prose(text: &str, ls: usize, le: usize, on_line: &[Mention]) -> bool {
    let mut depth = 0u32;
    // The token being read: its first character, and its first bytes.
    let mut first: Option<char> = None;
    let mut head = String::new();
    let ends = |first: &mut Option<char>, head: &mut String| {
        let prose = first.is_some_and(char::is_lowercase)
            && !matches!(head.as_str(), "at" | "v" | "vs" | "vs.");
        *first = None;
        head.clear();
        prose
    };
    let mut at = ls;
    let pieces = on_line.iter().map(|m| (m.start, m.end)).chain([(le, le)]);
    for (start, end) in pieces {
        let gap = text[at..start].chars().chain([' ']);
        for c in gap {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth > 0 => {}
                c if c.is_whitespace() => {
                    if ends(&mut first, &mut head) {
                        return true;
                    }
                }
                c => {
                    first.get_or_insert(c);
                    if head.len() < 4 {
                        head.push(c);
                    }
                }
            }
        }
        at = end;
    }
    ends(&mut first, &mut head)
}

fn is_results_line(
    text: &str,
    ls: usize,
    le: usize,
    on_line: &[Mention],
) -> bool {
    // A mention running past the line's end ("General\nAssembly") makes
    // it no table row.
    if on_line.iter().any(|m| m.end > le) {
        return false;
    }
    let line = &text[ls..le];
    let followed_by_number = |m: &Mention| {
        let after = text[m.end..le].trim_start_matches(' ');
        after.len() < text[m.end..le].len()
            && after.split(' ').next().is_some_and(|t| {
                t.chars().all(|c| c.is_ascii_digit()) && !t.is_empty()
            })
    };
    // Words outside the mentions: a lower-case one means prose. Most
    // lines are prose and say so in their first words.
    if has_prose(text, ls, le, on_line) {
        return false;
    }
    let mut rest = String::with_capacity(line.len());
    let mut at = ls;
    for m in on_line {
        rest.push_str(&text[at..m.start]);
        rest.push(' ');
        at = m.end;
    }
    rest.push_str(&text[at..le]);
    let rest = without_asides(&rest);
    let tokens: Vec<&str> = rest.split_whitespace().collect();
    // Whole numbers right after a capitalized word: scores.
    let words: Vec<&str> = line.split_whitespace().collect();
    let scores = words
        .windows(2)
        .filter(|w| {
            w[0].starts_with(char::is_uppercase)
                && w[1].chars().all(|c| c.is_ascii_digit())
        })
        .count();
    let result = scores >= 2 && on_line.iter().any(followed_by_number);
    let standings = on_line.len() == 1
        && line[..on_line[0].start - ls].trim().is_empty()
        && tokens.len() >= 4
        && tokens.iter().all(|t| is_number(t));
    let fixture = on_line.len() == 2
        && tokens.len() == 1
        && matches!(tokens[0], "AT" | "at" | "v" | "vs" | "vs." | "VS");
    result || standings || fixture
}

#[cfg(test)]
mod tests;
