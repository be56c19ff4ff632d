//! Acronyms a document defines: "the Kurdistan Democratic Party ( KDP )"
//! makes every later "KDP" of that document the same organization.
//!
//! A definition is a mention of an organization, country or place
//! followed by an acronym in brackets: two to eight capitals (digits, "&"
//! and "-" inside) whose letters stand in order in the name, the first at
//! its start (so that "Germany (UTC)" and "Rwanda (RDR)" define nothing). The acronym in the
//! brackets and its later uses, in that exact case and as whole words,
//! become mentions of the same entity, of form `acronym`. A document
//! defines at most [`MAX_DEFINED`] acronyms: the first ones count.

use crate::matcher::at_word_boundaries;
use crate::span::{EntityKind, Form, Mention, Rule};

/// The most acronyms one document may define: each costs a search of the
/// whole text.
pub const MAX_DEFINED: usize = 256;

/// Adds to `mentions` (sorted by start, not overlapping) the acronyms the
/// document defines and their later uses.
pub fn add(text: &str, mentions: &mut Vec<Mention>) {
    let mut defined: Vec<(&str, Mention)> = Vec::new();
    for m in mentions.iter() {
        if !matches!(
            m.kind,
            EntityKind::Organization
                | EntityKind::Country
                | EntityKind::Location
        ) {
            continue;
        }
        let Some((start, end)) = bracketed_acronym(text, m.end) else {
            continue;
        };
        let acronym = &text[start..end];
        if defined.len() == MAX_DEFINED {
            break;
        }
        if !abbreviates(acronym, &text[m.start..m.end])
            || defined.iter().any(|d| d.0 == acronym)
        {
            continue;
        }
        let mut template = m.clone();
        template.form = Form::Acronym;
        template.rule = Rule::Pattern("acronym:defined");
        if template.entry == Mention::NO_ENTRY && template.label.is_empty() {
            template.label = text[m.start..m.end].to_string();
        }
        defined.push((acronym, template));
    }
    if defined.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for (acronym, template) in &defined {
        for (at, _) in text.match_indices(acronym) {
            let end = at + acronym.len();
            if at < template.end || !at_word_boundaries(text, at, end) {
                continue;
            }
            let mut m = template.clone();
            m.start = at;
            m.end = end;
            found.push(m);
        }
    }
    found.sort_by_key(|m| m.start);
    super::insert_where_free(mentions, found);
}

/// Whether the letters of `acronym` stand in order in `name`, the first at
/// the start of its first word (Schwartz and Hearst's test): "KDP" for
/// "Kurdistan Democratic Party", not "RDR" for "Rwanda".
fn abbreviates(acronym: &str, name: &str) -> bool {
    let name = name.strip_prefix("the ").unwrap_or(name);
    let mut letters = acronym.chars().filter(char::is_ascii_alphabetic);
    let Some(first) = letters.next() else { return false };
    let mut rest = name.chars();
    if rest.next().map(|c| c.to_ascii_uppercase()) != Some(first) {
        return false;
    }
    letters.all(|l| rest.any(|c| c.to_ascii_uppercase() == l))
}

/// The span of an acronym in brackets right after byte `at`: " ( KDP )",
/// " (KDP)".
fn bracketed_acronym(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let inner = rest.trim_start_matches(' ').strip_prefix('(')?;
    let start = text.len() - inner.trim_start_matches(' ').len();
    let len = text[start..]
        .find(|c: char| {
            !(c.is_ascii_uppercase()
                || c.is_ascii_digit()
                || c == '&'
                || c == '-')
        })
        .unwrap_or(text.len() - start);
    let end = start + len;
    let closes = text[end..].trim_start_matches(' ').starts_with(')');
    let letters =
        text[start..end].chars().filter(char::is_ascii_uppercase).count();
    let ok = closes
        && (2..=8).contains(&len)
        && letters >= 2
        && text[start..].starts_with(|c: char| c.is_ascii_uppercase())
        && start - at <= 4;
    ok.then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(text: &str, name: &str) -> Mention {
        let start = text.find(name).unwrap();
        Mention {
            start,
            end: start + name.len(),
            kind: EntityKind::Organization,
            form: Form::Pattern,
            entry: Mention::NO_ENTRY,
            value: String::new(),
            label: name.to_string(),
            rule: Rule::Pattern("test"),
        }
    }

    fn spans(text: &str, name: &str) -> Vec<(String, String)> {
        let mut mentions = vec![org(text, name)];
        add(text, &mut mentions);
        mentions
            .iter()
            .map(|m| (text[m.start..m.end].to_string(), m.label.clone()))
            .collect()
    }

    #[test]
    fn defined_acronyms_name_their_entity_later() {
        let text = "the Kurdistan Democratic Party ( KDP ) said. Later the KDP and KDP-led forces";
        let got = spans(text, "Kurdistan Democratic Party");
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Kurdistan Democratic Party", "KDP", "KDP", "KDP"]);
        assert!(got.iter().all(|g| g.1 == "Kurdistan Democratic Party"));
    }

    #[test]
    fn brackets_that_hold_no_acronym_define_nothing() {
        let cases = [
            ("Acme Corp (UTC) said", "Acme Corp"),
            ("Acme Corp (ACX) said", "Acme Corp"),
            ("Acme Corp (a unit of Beta) said", "Acme Corp"),
            ("Acme Corp (A) said", "Acme Corp"),
            ("Acme Corp said (AC)", "Acme Corp"),
            ("Acme Corp (ACME", "Acme Corp"),
        ];
        for (text, name) in cases {
            assert_eq!(spans(text, name).len(), 1, "{text}");
        }
    }
}
