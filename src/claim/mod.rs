//! Claim detection: statements that a text attributes to a source.
//!
//! Four shapes are found, each in one sentence unless a quotation spans
//! several:
//!
//! - reported speech: a source, a cue verb, a content ("Britain has made
//!   it clear it's ready"; "supporters argue it's …"), and "according to X";
//! - direct quotations attributed before or after ("…," she said; X said:
//!   "…"), whose content is the quotation;
//! - block quotations attributed on the next line by a dash ("— Name");
//! - reports with no named source: a generic source ("Reports suggest",
//!   "officials say") or "reportedly" with no cue beside it.
//!
//! Hedges and boosters are recorded as found; negation sets `negated`.

mod lexicon;
mod parts;

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::matcher::{
    FastMap, WEEKDAYS, WordSet, is_ascii_word, is_word_char,
};
use lexicon::*;
use parts::*;

/// What kind of attribution a claim is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimKind {
    /// A direct quotation.
    Quote,
    /// Reported speech with a named source.
    Reported,
    /// A report with no named source.
    Unattributed,
}

impl ClaimKind {
    /// The name used in tables.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quote => "quote",
            ClaimKind::Reported => "reported",
            ClaimKind::Unattributed => "unattributed",
        }
    }
}

/// A claim found in a document; spans are byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// What kind of attribution it is.
    pub kind: ClaimKind,
    /// The content.
    pub content: (usize, usize),
    /// The source, where one is named.
    pub source: Option<(usize, usize)>,
    /// The attributing word or phrase.
    pub cue: Option<(usize, usize)>,
    /// Hedging and boosting words, lowercased, in text order.
    pub hedges: Vec<String>,
    /// Whether the claim is negated.
    pub negated: bool,
    /// Whether the source is a generic noun ("officials", "reports"): the
    /// claim is unattributed unless the source names an entity.
    pub generic_source: bool,
}

/// Whom a source in the first person stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstPerson {
    /// "I", "me": the speaker.
    Speaker,
    /// "we", "my government", "our country", "this delegation": the
    /// speaker's country.
    Country,
}

/// Whether `source` is a first-person source, and whom it stands for.
pub fn first_person(source: &str) -> Option<FirstPerson> {
    let source = source.trim();
    let is = |w: &str| source.eq_ignore_ascii_case(w);
    if is("I") || is("me") || is("myself") {
        return Some(FirstPerson::Speaker);
    }
    if is("we") || is("us") || is("ourselves") {
        return Some(FirstPerson::Country);
    }
    let (det, noun) = source.split_once(' ')?;
    let det =
        ["my", "our", "this"].iter().any(|d| det.eq_ignore_ascii_case(d));
    let noun = [
        "government",
        "country",
        "nation",
        "delegation",
        "administration",
        "state",
        "people",
    ]
    .iter()
    .any(|n| noun.eq_ignore_ascii_case(n));
    (det && noun).then_some(FirstPerson::Country)
}

/// Finds claims.
#[derive(Clone, Debug, Default)]
pub struct ClaimDetector {}

/// A word of a sentence: its byte span and its text lowercased (borrowed
/// from the text when it is lower case already, as most words are).
pub(super) struct Word<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) lower: Cow<'a, str>,
    pub(super) capital: bool,
}

impl ClaimDetector {
    /// A detector with the built-in lexicons.
    pub fn new() -> ClaimDetector {
        ClaimDetector {}
    }

    /// Appends the claims of `text`, whose sentences are `sentences`.
    pub fn find(
        &self,
        text: &str,
        sentences: &[(usize, usize)],
        out: &mut Vec<Claim>,
    ) {
        let mut triggers = Vec::new();
        let starts = trigger_set();
        for (s, e) in
            sentences.iter().flat_map(|&(s, e)| word_spans(text, s, e))
        {
            if starts
                .binary_search(&text[s..e].to_lowercase().as_str())
                .is_ok()
            {
                triggers.push(s);
            }
        }
        self.find_with(text, sentences, &triggers, out);
    }

    /// Appends the claims of `text` like [`ClaimDetector::find`], looking
    /// only at the sentences that hold a trigger word at one of the sorted
    /// offsets `triggers` (see [`trigger_words`]), a quotation mark after
    /// a colon, or an opening dash: every shape needs one.
    pub fn find_with(
        &self,
        text: &str,
        sentences: &[(usize, usize)],
        triggers: &[usize],
        out: &mut Vec<Claim>,
    ) {
        let quotes = find_quotes(text);
        for (si, &(s, e)) in sentences.iter().enumerate() {
            let first = triggers.partition_point(|&t| t < s);
            let last = first + triggers[first..].partition_point(|&t| t < e);
            let cues = &triggers[first..last];
            let sentence = &text[s..e];
            // Only a dash or a colon makes a claim with no cue or report,
            // and most trigger words ("made", "call") are cues only
            // before others ("made it clear", "call for").
            let cue = cues.iter().any(|&t| may_cue(text, t, e));
            if !cue
                && !sentence.starts_with(['—', '–', '―', '-'])
                && memchr::memchr(b':', sentence.as_bytes()).is_none()
            {
                continue;
            }
            let before = out.len();
            // No cue or report can start here without a word `may_cue`
            // holds for: the sentence's words are read only with one.
            if cue {
                let words = words(text, s, e);
                let at = at_triggers(&words, cues);
                self.reported(text, (s, e), &words, &at, &quotes, out);
                if out.len() == before {
                    unattributed(text, (s, e), &words, &at, out);
                }
            }
            if out.len() == before {
                dash_quote(text, sentences, si, out);
            }
            if out.len() == before {
                colon_quote(text, (s, e), &quotes, out);
            }
        }
    }

    /// Reported speech and quotations attributed by a cue, in the
    /// sentence `sent`: a cue starts only at a trigger word, and `at` are
    /// the indexes of the words that are one (see [`at_triggers`]).
    fn reported(
        &self,
        text: &str,
        sent: (usize, usize),
        words: &[Word],
        at: &[usize],
        quotes: &[(usize, usize)],
        out: &mut Vec<Claim>,
    ) {
        let mut last_source = None;
        // The words before `after` belong to a cue read already.
        let mut after = 0;
        for &j in at {
            if j < after {
                continue;
            }
            let Some(n) = cue_len(words, j) else { continue };
            after = j + n;
            let cue = (words[j].start, words[j + n - 1].end);
            // Quotations are sorted and apart: only the last to open
            // before the cue may hold it.
            let k = quotes.partition_point(|&(a, _)| a < cue.0);
            let in_quote = k > 0 && cue.1 <= quotes[k - 1].1;
            if in_quote {
                continue;
            }
            let claim = if words[j].lower == "according" {
                according_to(text, sent, cue)
            } else {
                let participle = words[j].lower.ends_with("ing");
                let source = source_before(text, sent.0, cue.0)
                    .or(if participle { last_source } else { None })
                    .or_else(|| source_after(text, sent, cue));
                let limit = next_cue_comma(text, words, at, j + n, cue.1)
                    .unwrap_or(sent.1);
                source.and_then(|src| {
                    let cue = cue_phrase(words, j, n, src);
                    with_content(text, (sent.0, limit), src, cue, quotes)
                })
            };
            if let Some(mut c) = claim {
                last_source = c.source;
                finish(text, sent, &mut c);
                out.push(c);
            }
        }
    }
}

/// The indexes of the `words` that start where a trigger word does
/// (`triggers`, sorted offsets): only there may a cue or a report start.
fn at_triggers(words: &[Word], triggers: &[usize]) -> Vec<usize> {
    let mut at = Vec::with_capacity(triggers.len());
    let mut k = 0;
    for &t in triggers {
        k += words[k..].partition_point(|w| w.start < t);
        if words.get(k).is_some_and(|w| w.start == t) {
            at.push(k);
        }
    }
    at
}

/// The whole cue phrase around cue word `j` (`n` words long): the
/// auxiliaries and adverbs between it and a source before it ("has
/// repeatedly said", "also told"), and a manner or day after it ("said in
/// a statement", "said Sunday", "wrote on Twitter").
fn cue_phrase(
    words: &[Word],
    j: usize,
    n: usize,
    source: (usize, usize),
) -> (usize, usize) {
    let mut first = j;
    while first > 0
        && words[first - 1].start >= source.1
        && BETWEEN.contains(&words[first - 1].lower.as_ref())
    {
        first -= 1;
    }
    let mut last = j + n - 1;
    let word = |k: usize| words.get(k).map_or("", |w| w.lower.as_ref());
    if WEEKDAYS.contains(&word(last + 1)) {
        last += 1;
    } else if word(last + 1) == "on"
        && (WEEKDAYS.contains(&word(last + 2))
            || MEDIA.contains(&word(last + 2)))
    {
        last += 2;
    } else if word(last + 1) == "in"
        && let Some(k) = (last + 2..(last + 6).min(words.len()))
            .find(|&k| MANNER.contains(&word(k)))
        && (last + 2..k).all(|m| !CUES.contains(&word(m)))
    {
        last = k;
    }
    (words[first].start, words[last].end)
}

/// Where the content of a cue ends when another cue follows in its
/// sentence: at the last comma before that cue ("…, often stressing");
/// `at` are the words at trigger words.
fn next_cue_comma(
    text: &str,
    words: &[Word],
    at: &[usize],
    from: usize,
    after: usize,
) -> Option<usize> {
    let later = &at[at.partition_point(|&k| k < from)..];
    let &next = later.iter().find(|&&k| cue_len(words, k).is_some())?;
    text[after..words[next].start].rfind(',').map(|i| after + i)
}

/// The spans of the words of `text[s..e]`.
fn word_spans(
    text: &str,
    s: usize,
    e: usize,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    words(text, s, e).into_iter().map(|w| (w.start, w.end))
}

/// The words of `text[s..e]`, with apostrophes inside words kept: a word
/// starts at a word character (`is_word_char`) and goes on over those and
/// apostrophes. ASCII bytes are classified as they are, without decoding,
/// and a word's capitals are noted on the way.
pub(super) fn words(text: &str, s: usize, e: usize) -> Vec<Word<'_>> {
    // About one word in six bytes of prose: room made once.
    let mut out = Vec::with_capacity((e - s) / 6 + 1);
    let bytes = &text.as_bytes()[..e];
    let char_at = |i: usize| text[i..e].chars().next().unwrap_or(' ');
    let mut i = s;
    while i < e {
        let b = bytes[i];
        if b < 0x80 && !is_ascii_word(b) {
            i += 1;
            continue;
        }
        if b >= 0x80 {
            let c = char_at(i);
            if !is_word_char(c) {
                i += c.len_utf8();
                continue;
            }
        }
        let start = i;
        // Whether the word has an ASCII capital, and a character outside
        // ASCII (then it is lower-cased as Unicode says).
        let (mut upper, mut other) = (false, false);
        while i < e {
            let b = bytes[i];
            if b < 0x80 {
                if !is_ascii_word(b) && b != b'\'' {
                    break;
                }
                upper |= b.is_ascii_uppercase();
                i += 1;
                continue;
            }
            let c = char_at(i);
            if !(is_word_char(c) || c == '’') {
                break;
            }
            other = true;
            i += c.len_utf8();
        }
        out.push(word(text, start, i, upper, other));
    }
    out
}

fn word(
    text: &str,
    start: usize,
    end: usize,
    upper: bool,
    other: bool,
) -> Word<'_> {
    // Trailing apostrophes are no part of the word ("the leaders'").
    let s = &text[start..end];
    let s = if s.ends_with('\'') || s.ends_with('’') {
        s.trim_end_matches(['\'', '’'])
    } else {
        s
    };
    let end = start + s.len();
    let capital = match s.as_bytes()[0] {
        b if b.is_ascii() => b.is_ascii_uppercase(),
        _ => s.starts_with(char::is_uppercase),
    };
    let lower = if !other {
        if upper {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        }
    } else if s.chars().any(char::is_uppercase) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    };
    Word { start, end, lower, capital }
}

/// The words that start a cue or an unattributed report, sorted: the
/// dictionary automaton reports where they stand, so that claim detection
/// looks only at the sentences that hold one.
pub fn trigger_words() -> Vec<&'static str> {
    trigger_set().to_vec()
}

/// The cue starts and the words of unattributed reports, sorted.
fn trigger_set() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        sorted(
            cue_starts().iter().copied().chain(REPORT_WORDS.iter().copied()),
        )
    })
}

/// The words a cue may start with: a quick test that rejects most words.
fn cue_starts() -> &'static [&'static str] {
    static STARTS: OnceLock<Vec<&'static str>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let phrases = PHRASE_CUES.iter().map(|(first, _)| *first);
        sorted(CUES.iter().chain(THAT_CUES).copied().chain(phrases))
    })
}

/// The words a cue may start with, to look up one by one.
fn cue_start_set() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| cue_starts().iter().copied().collect())
}

fn sorted(words: impl Iterator<Item = &'static str>) -> Vec<&'static str> {
    let mut words: Vec<&'static str> = words.collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Whether a cue or a report may start at the trigger word at byte `t`
/// of a sentence ending at `e`: read on the text, before the sentence's
/// words are, it holds wherever [`cue_len`] finds a cue or
/// `parts::unattributed` a report, and then some. A cue word or a report
/// word may; a word that is a cue only before another ("made it clear",
/// "call for", "reports that") may if the next word begins as one of
/// those does.
fn may_cue(text: &str, t: usize, e: usize) -> bool {
    /// For each trigger word, the words one of which must follow it; no
    /// words for a cue or a report word, which need none.
    static NEXT: OnceLock<FastMap<&'static str, Vec<&'static str>>> =
        OnceLock::new();
    let next = NEXT.get_or_init(|| {
        let mut next: FastMap<&str, Vec<&str>> = FastMap::default();
        for &(first, rest) in PHRASE_CUES {
            next.entry(first).or_default().push(rest[0]);
        }
        for &w in THAT_CUES {
            next.entry(w).or_default().push("that");
        }
        for &w in CUES.iter().chain(REPORT_WORDS) {
            next.insert(w, Vec::new());
        }
        next
    });
    let bytes = &text.as_bytes()[..e];
    let len =
        bytes[t..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let mut word = [0u8; 16];
    let Some(buf) = word.get_mut(..len) else { return true };
    buf.copy_from_slice(&bytes[t..t + len]);
    buf.make_ascii_lowercase();
    let Some(needs) = std::str::from_utf8(buf).ok().and_then(|w| next.get(w))
    else {
        return true;
    };
    if needs.is_empty() {
        return true;
    }
    // The next word, as `words` reads them: past the rest of this one
    // (word characters and apostrophes), then past what is no word.
    let rest = &text[t..e];
    let after = rest
        .find(|c: char| !(is_word_char(c) || c == '\'' || c == '’'))
        .map_or("", |i| &rest[i..]);
    let Some(i) = after.find(is_word_char) else { return false };
    let following = &after.as_bytes()[i..];
    needs.iter().any(|w| {
        following
            .get(..w.len())
            .is_some_and(|f| f.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// The number of words of the cue starting at word `j`, if one does.
pub(super) fn cue_len(words: &[Word], j: usize) -> Option<usize> {
    let w = words[j].lower.as_ref();
    if !cue_start_set().contains(w) {
        return None;
    }
    let prev = j.checked_sub(1).map(|p| words[p].lower.as_ref());
    // "The United States has": a capitalized cue word is a name, unless
    // it opens the sentence; "a major say" is a noun; "let's say" is no
    // attribution.
    if j > 0 && (words[j].capital || NOUN_BEFORE.contains(&prev.unwrap_or("")))
        || matches!(prev, Some("let's" | "let’s" | "lets"))
    {
        return None;
    }
    let n = PHRASE_CUES
        .iter()
        .find(|(first, rest)| {
            *first == w
                && rest.iter().enumerate().all(|(k, r)| {
                    words.get(j + 1 + k).is_some_and(|x| x.lower == *r)
                })
        })
        .map(|(_, rest)| 1 + rest.len());
    let n = n.or_else(|| {
        let needs_that = THAT_CUES.contains(&w);
        let next = words.get(j + 1).map(|x| x.lower.as_ref());
        (CUES.contains(&w) || needs_that && next == Some("that")).then_some(1)
    })?;
    // "people accused of rape": a participle before "of" or "by" is no
    // cue.
    let next = words.get(j + n).map(|x| x.lower.as_ref());
    if w.ends_with("ed") && matches!(next, Some("of" | "by")) {
        return None;
    }
    Some(n)
}

/// Fills in hedges and negation from the claim's words: from its source
/// or cue, whichever comes first, to the end of its content.
pub(super) fn finish(text: &str, sent: (usize, usize), c: &mut Claim) {
    let mut from = c.content.0;
    for span in [c.source, c.cue].into_iter().flatten() {
        from = from.min(span.0);
    }
    let from = from.max(sent.0.min(c.content.0));
    let to = c.content.1.max(c.cue.map_or(0, |x| x.1));
    for w in words(text, from, to) {
        if HEDGES.contains(&w.lower.as_ref())
            && !text[w.start..w.end].starts_with("May")
        {
            c.hedges.push(w.lower.to_string());
        }
        let negation = NEGATIONS.contains(&w.lower.as_ref())
            || w.lower.ends_with("n't")
            || w.lower.ends_with("n’t");
        c.negated |= negation;
    }
}

#[cfg(test)]
mod tests;
