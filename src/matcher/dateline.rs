//! Datelines: the place at the top of a news story, before its date.
//!
//! "LONDON 1996-08-30", "KYIV, Jan 7 (Reuters) -", "AL-AIN , United Arab
//! Emirates 1996-12-06": a line among the first four that starts with one
//! to four words in capitals, then, after an optional comma and region,
//! a date (ISO, or a month and a day) or an agency in brackets. The
//! capitals are a place (kind `location`, form `pattern`), whether or not
//! a dictionary knows it; where one does, its entry wins the tie.
//!
//! A headline in capitals ("SOCCER - JAPAN GET LUCKY WIN") has no date
//! after its first words, and a by-line ("NADIM LADKI") nothing at all.

use crate::calendar::is_month_name;
use crate::span::{EntityKind, Form, Mention, Rule};

/// Appends the place of the document's dateline, if it has one.
pub fn find(text: &str, out: &mut Vec<Mention>) {
    let mut at = 0;
    for line in text.split_inclusive('\n').take(4) {
        if let Some((start, end)) = place(line) {
            out.push(Mention {
                start: at + start,
                end: at + end,
                kind: EntityKind::Location,
                form: Form::Pattern,
                entry: Mention::NO_ENTRY,
                value: String::new(),
                label: title_case(&line[start..end]),
                rule: Rule::Pattern("location:dateline"),
            });
            return;
        }
        at += line.len();
    }
}

/// The span of the place of a dateline `line`.
fn place(line: &str) -> Option<(usize, usize)> {
    let start = line.len() - line.trim_start().len();
    // One to four words in capitals, separated by single spaces.
    let mut end = start;
    for (i, word) in line[start..].split(' ').enumerate() {
        // "KYIV," ends the place at its comma.
        let bare = word.strip_suffix(',').unwrap_or(word);
        let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
        let caps = letters >= 2
            && bare.starts_with(char::is_uppercase)
            && bare
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '-' | '.' | '\''));
        if !caps || i == 4 {
            break;
        }
        end += usize::from(i > 0) + bare.len();
        if bare.len() < word.len() {
            break;
        }
    }
    if end == start {
        return None;
    }
    let mut rest = line[end..].trim_start();
    if let Some(r) = rest.strip_prefix(',') {
        // A region: words up to the date ("United Arab Emirates").
        rest = r.trim_start();
        let mut skipped = 0;
        while !starts_with_date(rest) && skipped < 4 {
            let next = rest.find(' ')?;
            if !rest.starts_with(char::is_uppercase) {
                return None;
            }
            rest = rest[next..].trim_start();
            skipped += 1;
        }
    }
    starts_with_date(rest).then_some((start, end))
}

/// Whether `s` starts with an ISO date, a month and a day, or an agency
/// in brackets.
fn starts_with_date(s: &str) -> bool {
    let b = s.as_bytes();
    let iso = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[7] == b'-';
    let len = s.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(s.len());
    let (word, r) = s.split_at(len);
    let r = r.strip_prefix('.').unwrap_or(r);
    let month_day = is_month_name(word, true)
        && r.strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let agency = s.starts_with('(') && s[1..].starts_with(char::is_uppercase);
    iso || month_day || agency
}

/// "AL-AIN" as "Al-Ain", "NEW DELHI" as "New Delhi".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_give_their_place() {
        let cases: &[(&str, Option<&str>)] = &[
            ("LONDON 1996-08-30\nText.", Some("LONDON")),
            ("KYIV, Jan 7 (Reuters) - Text.", Some("KYIV")),
            ("NEW DELHI, Sept. 3 (AP) -", Some("NEW DELHI")),
            (
                "SOCCER - JAPAN WIN\nAL-AIN , United Arab Emirates 1996-12-06\n",
                Some("AL-AIN"),
            ),
            ("WASHINGTON (Reuters) - The", Some("WASHINGTON")),
            // Headlines, by-lines and prose are no datelines.
            (
                "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
                None,
            ),
            ("NADIM LADKI\n", None),
            ("London 1996-08-30", None),
            ("UN 2024 report", None),
            ("\n\n\n\nPARIS 2026-01-07", None),
        ];
        for (text, want) in cases {
            let mut out = Vec::new();
            find(text, &mut out);
            let got = out.first().map(|m| &text[m.start..m.end]);
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn dateline_labels_are_title_case() {
        let mut out = Vec::new();
        find("AL-AIN , United Arab Emirates 1996-12-06", &mut out);
        assert_eq!(out[0].label, "Al-Ain");
    }
}
