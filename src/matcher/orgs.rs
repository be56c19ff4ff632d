//! Organizations no dictionary lists, found by the word that heads their
//! name: "Kurdistan Democratic Party", "New York Mercantile Exchange",
//! "Bank of England", "Russian Defence Ministry".
//!
//! The rule: two to eight capitalized words in a row (with "of", "for",
//! "the", "de" and "&" between them, never at an end) that end in a
//! head word such as Party, Ministry, Bank or Exchange, or start with one
//! and go on with "of" ("Bank of England"). A leading "The" is left out,
//! as annotation guides do. Runs in capitals only (headlines) are left
//! alone: in them every word is capitalized, so the rule would have no
//! evidence. A dictionary entry of the same span wins the tie, and a
//! longer run beats the places inside it (`resolve`).

use std::sync::OnceLock;

use super::{capitals, covered, same_span, word_from, word_starts_at};

use crate::hash::WordSet;

use crate::calendar::{is_month_name, is_weekday_name};
use crate::span::{EntityKind, Form, Mention, Rule};

/// Words that head an organization's name, singular and plural, sorted
/// and distinct, so that a reader finds a word or its place (looked up in
/// [`head_words`]).
const HEADS: &[&str] = &[
    "Academy",
    "Agency",
    "Airlines",
    "Airways",
    "Alliance",
    "Army",
    "Assembly",
    "Association",
    "Authority",
    "Bancorp",
    "Bank",
    "Board",
    "Brigade",
    "Brigades",
    "Bureau",
    "Club",
    "Coalition",
    "College",
    "Commission",
    "Committee",
    "Company",
    "Confederation",
    "Congress",
    "Corp",
    "Corporation",
    "Council",
    "Court",
    "Department",
    "Directorate",
    "Exchange",
    "Federation",
    "Forces",
    "Forum",
    "Foundation",
    "Front",
    "Fund",
    "Group",
    "Guard",
    "Holdings",
    "Inc",
    "Industries",
    "Institute",
    "Ltd",
    "Mechanism",
    "Ministry",
    "Mission",
    "Motors",
    "Movement",
    "Navy",
    "Office",
    "Organisation",
    "Organization",
    "Parliament",
    "Party",
    "Police",
    "Railways",
    "School",
    "Secretariat",
    "Senate",
    "Service",
    "Society",
    "Tribunal",
    "Trust",
    "Union",
    "University",
];

/// Heads that start a name before "of": "Bank of England".
const HEADS_BEFORE_OF: &[&str] = &[
    "Bank",
    "Ministry",
    "Department",
    "University",
    "Council",
    "Court",
    "Commission",
    "Committee",
    "Federation",
    "Association",
    "Union",
    "Institute",
    "Academy",
    "Office",
    "Party",
    "League",
    "Church",
];

/// Lower-case words allowed inside a name.
/// "and" is one only between words no dictionary knows (see `run_end`).
const CONNECTORS: &[&str] = &["of", "for", "the", "de", "&"];

/// The length of the longest of [`CONNECTORS`].
const LONGEST_CONNECTOR: usize = {
    let (mut n, mut i) = (0, 0);
    while i < CONNECTORS.len() {
        if CONNECTORS[i].len() > n {
            n = CONNECTORS[i].len();
        }
        i += 1;
    }
    n
};

/// Capitalized words that start sentences rather than names (and months
/// and weekdays, see `name_in_run`).
const NOT_FIRST: &[&str] = &[
    "The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Its",
    "Their", "Our", "Your", "My", "In", "At", "On", "For", "From", "By",
    "With", "But", "And", "Or", "If", "When", "While", "After", "Before",
    "As", "Under", "Both", "Each", "Every", "No", "Some", "Any", "All",
    "Former",
];

/// Finds organizations by their head word.
#[derive(Clone, Copy, Debug, Default)]
pub struct OrgMatcher;

impl OrgMatcher {
    /// Appends organization candidates found by pattern in `text`;
    /// `known` are the dictionary's spans, sorted by start.
    pub fn find(
        &self,
        text: &str,
        known: &[(usize, usize)],
        out: &mut Vec<Mention>,
    ) {
        self.find_with(text, known, &capitals(text), out);
    }

    /// Appends organization candidates like [`OrgMatcher::find`], given
    /// the offsets of the text's capital letters (see [`capitals`];
    /// `Triggers::capitals` from the dictionary's pass).
    pub fn find_with(
        &self,
        text: &str,
        known: &[(usize, usize)],
        capitals: &[usize],
        out: &mut Vec<Mention>,
    ) {
        let mut run = Vec::new();
        let mut at = 0;
        // A country's initials alone in their run, with their period
        // ("U.S."): they open the name of the run right after them.
        let mut initials: Option<(usize, usize)> = None;
        // A run starts at a capitalized word: the text is read from one
        // capital letter to the next, and tokenized only from there.
        for &p in capitals {
            if p < at {
                continue;
            }
            at = p + 1;
            if !word_starts_at(text, p, first, rest) {
                continue;
            }
            at = run_from(text, known, p, &mut run);
            let before = initials.take();
            if let [(s, e)] = run[..]
                && text.as_bytes().get(e) == Some(&b'.')
                && are_initials(&text[s..e])
            {
                initials = Some((s, e + 1));
            }
            let Some((from, to)) = name_in_run(text, known, &run) else {
                continue;
            };
            let (mut start, mut stop) = (run[from].0, run[to - 1].1);
            // "the U.S. District Court": the initials right before a name
            // that starts its run open it, unless the dictionaries know
            // the name ("U.S. Department of State" is the country and the
            // department they list).
            if let Some((s, e)) = before
                && from == 0
                && super::wrap_len(text.as_bytes(), e) == Some(start - e)
                && !covered(known, start)
            {
                start = s;
            }
            // "First Albany Corp.": the period of the abbreviation.
            let last = &text[run[to - 1].0..stop];
            if matches!(last, "Corp" | "Inc" | "Ltd" | "Co" | "Bros")
                && text[stop..].starts_with('.')
            {
                stop += 1;
            }
            out.push(Mention {
                start,
                end: stop,
                kind: EntityKind::Organization,
                form: Form::Pattern,
                entry: Mention::NO_ENTRY,
                value: String::new(),
                label: text[start..stop].to_string(),
                rule: Rule::Pattern("organization:head-word"),
            });
        }
    }
}

/// Whether `c` starts a word: letters, digits and "&".
fn first(c: char) -> bool {
    c.is_alphanumeric() || c == '&'
}

/// Whether `c` goes on with a word: those, and inner hyphens,
/// apostrophes and dots.
fn rest(c: char) -> bool {
    first(c) || matches!(c, '-' | '\'' | '’' | '.')
}

/// The word at or after byte `from` (where no word goes on): its start,
/// its end without trailing hyphens, apostrophes and dots, and the end of
/// the scan, where the next word is looked for.
#[inline]
fn next_word(text: &str, from: usize) -> Option<(usize, usize, usize)> {
    let (start, scan) = word_from(text, from, first, rest)?;
    // A possessive ends the name before it: "the Court of Justice’s".
    let word = &text[start..scan];
    let last = text.as_bytes()[scan - 1];
    if last == b's'
        && let Some(w) =
            word.strip_suffix("’s").or_else(|| word.strip_suffix("'s"))
    {
        return Some((start, start + w.len(), scan));
    }
    // Most words end in a letter: nothing to trim.
    if last.is_ascii_alphanumeric() {
        return Some((start, scan, scan));
    }
    let w = text[start..scan].trim_end_matches(['.', '-', '\'', '’']);
    Some((start, start + w.len(), scan))
}

/// The run of name words that starts with the capitalized word at `p`,
/// joined by single spaces, into `run` as (start, end) pairs; gives where
/// the scan goes on.
fn run_from(
    text: &str,
    known: &[(usize, usize)],
    p: usize,
    run: &mut Vec<(usize, usize)>,
) -> usize {
    run.clear();
    let Some((s, e, mut scan)) = next_word(text, p) else {
        return p + 1;
    };
    run.push((s, e));
    while let Some((s, e, after)) = next_word(text, scan) {
        let prev = run[run.len() - 1];
        if super::wrap_len(text.as_bytes(), prev.1) != Some(s - prev.1) {
            break;
        }
        let word = &text[s..e];
        // "Economic and Social Council", "Relief and Works Agency": "and"
        // between two capitalized words that no dictionary knows (not
        // "Russia and the European Union", not "ACME and Acme Corp").
        let and = word == "and"
            && next_word(text, after).is_some_and(|(s2, e2, _)| {
                capitalized(&text[s2..e2]) && !covered(known, s2)
            })
            && !text[prev.0..prev.1].chars().all(|c| !c.is_lowercase())
            && !covered(known, prev.0);
        // "United Nations Mission in South Sudan": a mission's place.
        let place = word == "in"
            && &text[prev.0..prev.1] == "Mission"
            && next_word(text, after).is_some_and(|(s2, e2, _)| {
                capitalized(&text[s2..e2]) || &text[s2..e2] == "the"
            });
        if !(capitalized(word) || is_connector(word) || and || place) {
            break;
        }
        run.push((s, e));
        scan = after;
    }
    scan
}

/// Whether `w` is initials with periods between them, the last period
/// left out ("U.S", "U.K", "U.S.A"): two to four capitals.
fn are_initials(w: &str) -> bool {
    let b = w.as_bytes();
    (3..=7).contains(&b.len())
        && b.len() % 2 == 1
        && b.iter().enumerate().all(|(i, &c)| {
            if i % 2 == 0 { c.is_ascii_uppercase() } else { c == b'.' }
        })
}

/// [`HEADS`] as a set: every word of a run is looked up, and a hash
/// reads a short word in fewer steps than a search among a hundred.
fn head_words() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| HEADS.iter().copied().collect())
}

/// [`NOT_FIRST`] as a set, for the same reason: the first word of every
/// run of two or more is looked up.
fn not_first() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| NOT_FIRST.iter().copied().collect())
}

/// Whether `w` is one of [`CONNECTORS`], by its length first: the word
/// after every capitalized word is tested.
fn is_connector(w: &str) -> bool {
    w.len() <= LONGEST_CONNECTOR && CONNECTORS.contains(&w)
}

fn capitalized(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
}

/// Whether `w` is a compound that modifies the name after it, not part of
/// it: "Minneapolis-based", "state-owned", "U.S.-led".
fn modifier(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(_, tail)| {
        matches!(tail, "based" | "owned" | "led" | "backed" | "run" | "listed")
    })
}

/// The part of a run of capitalized words that names an organization, as
/// word indexes `from..to` into the run.
fn name_in_run(
    text: &str,
    known: &[(usize, usize)],
    run: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let w = |k: usize| &text[run[k].0..run[k].1];
    if run.len() < 2 {
        return None;
    }
    let all_caps = run.iter().all(|&(s, e)| {
        let t = &text[s..e];
        !t.chars().any(char::is_lowercase)
    });
    if all_caps {
        return None;
    }
    let mut from = 0;
    while from < run.len()
        && (not_first().contains(w(from))
            || is_month_name(w(from), false)
            || is_weekday_name(w(from))
            || modifier(w(from)))
    {
        from += 1;
    }
    // "... Democratic Party": the last head word ends the name.
    let head =
        (from + 1..run.len()).rev().find(|&k| head_words().contains(w(k)));
    if let Some(h) = head {
        // "Results of Major League Baseball": the name starts after the
        // last "of" or "for" before its head.
        if let Some(c) =
            (from..h).rev().find(|&k| matches!(w(k), "of" | "for"))
        {
            from = c + 1;
        }
        let mut to = h + 1;
        // "National Bank of Poland", "Warsaw International Mechanism for
        // Loss and Damage", "United Nations Mission in South Sudan": "of",
        // "for" (or a mission's "in") and capitalized words go on, with
        // the run's small words between them.
        let on = |k: usize| {
            matches!(w(k), "of" | "for") || (w(k) == "in" && w(h) == "Mission")
        };
        let the = usize::from(to + 1 < run.len() && w(to + 1) == "the");
        let next = to + 1 + the;
        // Not a time ("Apollo Mission in July", "the World Bank for
        // Monday's grant"), nor "for" after a body the dictionaries know
        // by the name up to the head: what it is thanked or blamed for
        // ("the Security Council for Russia's veto", "the Asian
        // Development Bank for Sri Lanka projects"), where a name no
        // dictionary holds goes on ("Special Tribunal for Lebanon").
        let goes_on = next < run.len()
            && on(to)
            && capitalized(w(next))
            && !is_month_name(w(next), false)
            && !is_weekday_name(w(next))
            && !(w(to) == "for"
                && same_span(known, run[from].0, run[to - 1].1));
        if goes_on {
            let head_end = to;
            to = next + 1;
            while to < run.len() && to - from < 8 {
                let joins = to + 1 < run.len()
                    && capitalized(w(to + 1))
                    && !capitalized(w(to));
                if !capitalized(w(to)) && !joins {
                    break;
                }
                to += 1;
            }
            // Cut short by the bound of eight words, or in the middle of
            // a name the dictionaries know ("the UN Mission in the
            // Democratic Republic of the Congo"): the name ends at its
            // head.
            let cut = |k: usize| {
                k < run.len()
                    && covered(known, run[k].0)
                    && covered(known, run[k - 1].0)
            };
            if (to < run.len() && capitalized(w(to))) || cut(to) {
                to = head_end;
            }
        }
        let fine = to - from >= 2
            && to - from <= 8
            && !is_connector(w(from))
            && capitalized(w(from));
        return fine.then_some((from, to));
    }
    // "Bank of England": a head, "of", capitalized words.
    let h = from;
    if h + 2 < run.len() && HEADS_BEFORE_OF.contains(&w(h)) && w(h + 1) == "of"
    {
        let mut to = run.len().min(h + 8);
        while to > h + 2 && !capitalized(w(to - 1)) {
            to -= 1;
        }
        return capitalized(w(to - 1)).then_some((h, to));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<&str> {
        find_knowing(text, &[])
    }

    /// The organizations of `text`, where the dictionaries know the
    /// names `known` (each at its first place in it).
    fn find_knowing<'t>(text: &'t str, known: &[&str]) -> Vec<&'t str> {
        let known: Vec<(usize, usize)> = known
            .iter()
            .map(|k| {
                let s = text.find(k).unwrap();
                (s, s + k.len())
            })
            .collect();
        let mut out = Vec::new();
        OrgMatcher.find(text, &known, &mut out);
        out.iter().map(|m| &text[m.start..m.end]).collect()
    }

    #[test]
    fn names_ending_in_a_head_word_are_organizations() {
        let cases: &[(&str, &[&str])] = &[
            (
                "the Kurdistan Democratic Party said",
                &["Kurdistan Democratic Party"],
            ),
            (
                "on the New York Mercantile Exchange closed",
                &["New York Mercantile Exchange"],
            ),
            ("The Bank of England raised rates", &["Bank of England"]),
            (
                "the Russian Defence Ministry said",
                &["Russian Defence Ministry"],
            ),
            ("The Supreme Court ruled", &["Supreme Court"]),
            ("Tata Motors and Air India", &["Tata Motors"]),
            ("ACME and Acme Corp", &["Acme Corp"]),
            (
                "the Economic and Social Council met",
                &["Economic and Social Council"],
            ),
            ("shares of First Albany Corp. rose", &["First Albany Corp."]),
            ("the National Bank of Poland said", &["National Bank of Poland"]),
            (
                "the Minneapolis-based First Bank System Inc. said",
                &["First Bank System Inc."],
            ),
            ("on August National Association data", &["National Association"]),
            (
                "Results of Major Banks Association",
                &["Major Banks Association"],
            ),
            (
                "the Ministry of Foreign Affairs of Japan",
                &["Ministry of Foreign Affairs of Japan"],
            ),
            ("said Smith & Wesson Holdings", &["Smith & Wesson Holdings"]),
            ("the Pacific Islands Forum met", &["Pacific Islands Forum"]),
            ("the Paris Club agreed", &["Paris Club"]),
            (
                "at the London School of Economics",
                &["London School of Economics"],
            ),
            (
                "the Commonwealth Secretariat said",
                &["Commonwealth Secretariat"],
            ),
            // "for" goes on as "of" does, with the run's small words.
            (
                "the Warsaw International Mechanism for Loss and Damage",
                &["Warsaw International Mechanism for Loss and Damage"],
            ),
            (
                "the International Fund for Saving the Aral Sea",
                &["International Fund for Saving the Aral Sea"],
            ),
            // A mission's place.
            (
                "the United Nations Mission in South Sudan",
                &["United Nations Mission in South Sudan"],
            ),
            (
                "the United Nations Mission in the Sudan",
                &["United Nations Mission in the Sudan"],
            ),
            ("the Labour Party in Power", &["Labour Party"]),
            (
                "The Apollo Mission in July reached the Moon",
                &["Apollo Mission"],
            ),
            ("thanked the World Bank for Monday's grant", &["World Bank"]),
            // A hard-wrapped line of prose goes on; a blank line, or a
            // short line (a list's item, a label), does not.
            (
                "We thank the troops who serve the African Union Mission in \nSomalia",
                &["African Union Mission in \nSomalia"],
            ),
            (
                "The time has come at last for us all to reform the Security\nCouncil now",
                &["Security\nCouncil"],
            ),
            (
                "Members:\nWorld Bank\nAsian Development Bank\n",
                &["World Bank", "Asian Development Bank"],
            ),
            ("Contact: Maria Lopez\nForeign Ministry", &["Foreign Ministry"]),
        ];
        for (text, want) in cases {
            assert_eq!(find(text), *want, "{text}");
        }
    }

    #[test]
    fn a_countrys_initials_open_a_name_that_starts_right_after_them() {
        // (text, the names the dictionaries know in it, the
        // organizations): only initials alone in their run, before a name
        // that starts its own and that no dictionary holds.
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "the U.S. District Court ruled",
                &["U.S."],
                &["U.S. District Court"],
            ),
            (
                "a U.K. Foreign Office official",
                &["U.K."],
                &["U.K. Foreign Office"],
            ),
            (
                "the U.S. Court of Appeals for the Sixth Circuit ruled",
                &["U.S."],
                &["U.S. Court of Appeals for the Sixth Circuit"],
            ),
            // The initials end a longer run: the name keeps to itself.
            (
                "In the U.S. District Court, he ruled",
                &["U.S."],
                &["District Court"],
            ),
            (
                "Yesterday the U.S. District Court ruled",
                &["U.S."],
                &["District Court"],
            ),
            (
                "But the U.S. Court of Appeals for the Sixth Circuit ruled",
                &["U.S."],
                &["Court of Appeals for the Sixth Circuit"],
            ),
            // A sentence, a blank line, a name the dictionaries know.
            (
                "in the U.S. The Central Bank held",
                &["U.S."],
                &["Central Bank"],
            ),
            ("the U.S.\n\nDistrict Court", &["U.S."], &["District Court"]),
            (
                "the U.S. Department of State said",
                &["U.S.", "Department of State"],
                &["Department of State"],
            ),
            // As a name written without periods was already.
            ("the US District Court ruled", &["US"], &["US District Court"]),
        ];
        for &(text, known, want) in cases {
            assert_eq!(find_knowing(text, known), want, "{text}");
        }
    }

    #[test]
    fn a_name_goes_on_over_no_known_name_after_for_nor_cuts_one() {
        // (text, the names the dictionaries know in it, the organizations).
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "He criticized the Security Council for Russia's veto.",
                &["Security Council", "Russia"],
                &["Security Council"],
            ),
            (
                "They paid the Asian Development Bank for Sri Lanka projects.",
                &["Asian Development Bank", "Sri Lanka"],
                &["Asian Development Bank"],
            ),
            (
                "The UN Mission in the Democratic Republic of the Congo (MONUSCO) said.",
                &["UN", "Democratic Republic of the Congo"],
                &["UN Mission"],
            ),
            (
                "the African Union Mission in Somalia said",
                &["African Union", "Somalia"],
                &["African Union Mission in Somalia"],
            ),
            (
                "the International Organization for Migration said",
                &[],
                &["International Organization for Migration"],
            ),
            (
                "the Special Tribunal for Lebanon said",
                &["Lebanon"],
                &["Special Tribunal for Lebanon"],
            ),
            (
                "the United Nations Office for West Africa said",
                &["United Nations", "West Africa"],
                &["United Nations Office for West Africa"],
            ),
        ];
        for &(text, known, want) in cases {
            assert_eq!(find_knowing(text, known), want, "{text}");
        }
    }

    #[test]
    fn other_capitalized_runs_are_not() {
        let cases = [
            "Paris Summit Pushes NATO Troops",
            "The American Angle",
            "RUSSIAN ARMY ADVANCES ON GROZNY",
            "The Party said",
            "the party of the left",
            "Bank officials said",
            "Former Army officers",
            "In Parliament, members voted",
            // Events and plans, not bodies.
            "the Global Leadership Conference",
            "the Trans-Pacific Partnership",
            "the Istanbul Programme of Action",
            "reform the Security\n\nCouncil now",
            "the Security \n \nCouncil",
        ];
        for text in cases {
            assert_eq!(find(text), Vec::<&str>::new(), "{text}");
        }
    }

    /// `word_from` passes over ASCII letters without asking `rest`.
    #[test]
    fn words_go_on_at_every_ascii_letter() {
        assert!((b'a'..=b'z').chain(b'A'..=b'Z').all(|b| rest(b.into())));
    }

    #[test]
    fn the_head_words_are_sorted() {
        assert!(HEADS.windows(2).all(|w| w[0] < w[1]));
    }
}
