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
//!
//! Here: the detector and the reported speech of a sentence; in `cues`,
//! a sentence's words and where a cue starts; in `parts`, sources and
//! contents; in `quotes`, quotation marks paired and the claims of a
//! colon or a dash; in `lexicon`, the word lists.

mod cues;
mod lexicon;
mod parts;
mod quotes;
mod reports;
mod source_words;

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::matcher::block::word_run;
use crate::matcher::{is_ascii_word, is_word_char};

use crate::hash::{FastMap, WordSet};

use crate::calendar::WEEKDAYS;
pub use cues::trigger_words;
use cues::*;
use lexicon::*;
use parts::*;
use quotes::*;
use reports::*;
use source_words::*;

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

/// What a claim's cue is, whatever its kind: so that users can keep
/// what they count as a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// Speech: say, tell, warn; a speech verb before a colon or beside a
    /// quotation; "reportedly".
    Speech,
    /// Thought, belief, expectation, knowledge: believe, think, expect,
    /// fear, know, realize, be convinced.
    Thought,
    /// Documents and data: a report found, a study shows, the data show.
    Document,
    /// "according to", "in the words of".
    According,
    /// No cue word: a quotation attributed by a dash or a colon alone.
    None,
}

impl CueClass {
    /// The name used in tables.
    pub fn as_str(self) -> &'static str {
        match self {
            CueClass::Speech => "speech",
            CueClass::Thought => "thought",
            CueClass::Document => "document",
            CueClass::According => "according",
            CueClass::None => "none",
        }
    }
}

/// The class of a cue, from its words: `None` for no cue, or a dash or
/// colon alone.
pub fn cue_class(cue: Option<&str>) -> CueClass {
    let Some(cue) = cue else { return CueClass::None };
    if cue.is_ascii() { ascii_cue_class(cue) } else { any_cue_class(cue) }
}

/// [`cue_class`] of any cue: its words lowered one by one.
fn any_cue_class(cue: &str) -> CueClass {
    let words: Vec<String> = cue
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if words.is_empty() {
        CueClass::None
    } else if has(&["according"]) || cue.to_lowercase().contains("words of") {
        CueClass::According
    } else if has(&THOUGHT) {
        CueClass::Thought
    } else if has(&DOCUMENT) {
        CueClass::Document
    } else {
        CueClass::Speech
    }
}

/// [`cue_class`] of an ASCII cue (nearly all), read without allocating:
/// its words lowered on the stack, "words of" found ignoring case.
fn ascii_cue_class(cue: &str) -> CueClass {
    let (mut any, mut according, mut thought, mut document) =
        (false, false, false, false);
    for w in cue.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut buf = [0u8; 32];
        let Some(low) = buf.get_mut(..w.len()) else {
            // No word of the lists is this long.
            any = true;
            continue;
        };
        if low.is_empty() {
            continue;
        }
        any = true;
        low.copy_from_slice(w.as_bytes());
        low.make_ascii_lowercase();
        let Ok(low) = std::str::from_utf8(low) else { continue };
        according |= low == "according";
        thought |= THOUGHT.contains(&low);
        document |= DOCUMENT.contains(&low);
    }
    let words_of = || {
        cue.as_bytes().windows(8).any(|w| w.eq_ignore_ascii_case(b"words of"))
    };
    if !any {
        CueClass::None
    } else if according || words_of() {
        CueClass::According
    } else if thought {
        CueClass::Thought
    } else if document {
        CueClass::Document
    } else {
        CueClass::Speech
    }
}

/// The part of a source span `(s, e)` of `text` that names who speaks:
/// up to an appositive or a modifier of place, purpose or a relative
/// clause ("one trader in Amsterdam" is "one trader"; "Phil Smith, a
/// spokesman for the union" is "Phil Smith"), but with what follows "of"
/// ("the Government of Mali").
pub fn source_head(text: &str, (s, e): (usize, usize)) -> (usize, usize) {
    const CUTS: [&str; 11] = [
        "in", "at", "from", "for", "with", "near", "on", "by", "who", "which",
        "that",
    ];
    let src = &text[s..e];
    // An appositive starts in lower case after its comma ("Phil Smith, a
    // spokesman"); a list of names does not ("Germany, France and
    // Italy").
    let appositive = src
        .match_indices(',')
        .map(|(i, _)| i)
        .find(|&i| !src[i + 1..].trim_start().starts_with(char::is_uppercase));
    let mut end = src
        .find(['(', ';'])
        .into_iter()
        .chain(appositive)
        .min()
        .unwrap_or(src.len());
    let mut at = 0;
    for word in src[..end].split(' ') {
        if at > 0 && CUTS.contains(&word) {
            end = at - 1;
            break;
        }
        at += word.len() + 1;
    }
    (s, s + src[..end].trim_end().len())
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
    /// a colon, or an opening dash: every shape needs one. `sentences`
    /// are in order of their start, as [`crate::sentence::split`] gives
    /// them.
    pub fn find_with(
        &self,
        text: &str,
        sentences: &[(usize, usize)],
        triggers: &[usize],
        out: &mut Vec<Claim>,
    ) {
        let quotes = find_quotes(text);
        // Sentences and triggers are both in order: each sentence's
        // triggers start where the last one's search stopped.
        let mut first = 0;
        for (si, &(s, e)) in sentences.iter().enumerate() {
            first += triggers[first..].iter().take_while(|&&t| t < s).count();
            let last = first
                + triggers[first..].iter().take_while(|&&t| t < e).count();
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
                let para = (sentences, si);
                self.reported(text, (s, e), para, &words, &at, &quotes, out);
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
    #[allow(clippy::too_many_arguments)]
    fn reported(
        &self,
        text: &str,
        sent: (usize, usize),
        (sentences, si): (&[(usize, usize)], usize),
        words: &[Word],
        at: &[usize],
        quotes: &[(usize, usize)],
        out: &mut Vec<Claim>,
    ) {
        let mut last_source = None;
        // The words before `after` belong to a cue read already; a source
        // starts after the cue before it ("I believe President Biden said").
        let mut after = 0;
        let mut source_from = sent.0;
        // A question attributes nothing, but in its quotations.
        let question = text[sent.0..sent.1]
            .trim_end_matches(['"', '”', '’', '\'', ')', ' '])
            .ends_with('?');
        for &j in at {
            if j < after {
                continue;
            }
            let Some(n) = cue_len(words, j) else { continue };
            if n == 1
                && OBJECT_CUES.contains(&words[j].lower.as_ref())
                && !object_cue_speaks(text, words, j)
                || words[j].lower == "claimed" && claims_a_toll(words, j)
            {
                continue;
            }
            after = j + n;
            let cue = (words[j].start, words[j + n - 1].end);
            let from = std::mem::replace(&mut source_from, cue.1);
            // Quotations are sorted and apart: only the last to open
            // before the cue may hold it.
            let k = quotes.partition_point(|&(a, _)| a < cue.0);
            let in_quote = k > 0 && cue.1 <= quotes[k - 1].1;
            if in_quote {
                continue;
            }
            let claim = if words[j].lower == "according" {
                according_to(text, sent, cue, quotes)
            } else if words[j].lower == "words" {
                // "in the words of X": the cue from "in".
                according_to(text, sent, (words[j - 2].start, cue.1), quotes)
            } else if NOMINAL.contains(&words[j].lower.as_ref()) && j > 0 {
                nominal(text, sent, words, j)
            } else {
                let participle = words[j].lower.ends_with("ing");
                // "…, adding that": the source of the clause before.
                let joined = ends_with_comma(&text[from..cue.0]);
                let subject = || subject(text, sent, words);
                // "Podesta said …, and said …": the source of the cue
                // before, in its sentence.
                let and_again = from > sent.0
                    && CUES.contains(&words[j].lower.as_ref())
                    && joint_before(&text[from..cue.0]).is_some();
                let source = source_before(text, from, cue.0)
                    .or(if participle && joined {
                        last_source.or_else(subject)
                    } else {
                        None
                    })
                    .or(if and_again { last_source } else { None })
                    .or_else(|| coordinated(text, sent, words, from, cue.0))
                    .or_else(|| source_after(text, sent, cue))
                    .or_else(|| document_it(text, (sentences, si), from, cue));
                let limit =
                    next_cue_comma(text, words, at, j + n, cue.1, quotes)
                        .unwrap_or(sent.1);
                source
                    .filter(|&src| !appeal_or_condition(text, sent, src, cue))
                    .and_then(|src| {
                        let (cue, reach) = cue_phrase(text, words, j, n, src);
                        let limit =
                            relative_end(text, sent.0, src, cue, limit);
                        let mut c = with_content(
                            text,
                            (sent.0, limit),
                            src,
                            (cue.0, reach),
                            quotes,
                        )?;
                        // The manner or day after the verb is passed
                        // over, but is no part of the cue.
                        if c.cue == Some((cue.0, reach)) {
                            c.cue = Some(cue);
                        }
                        Some(c)
                    })
            };
            let quote_only = QUOTE_ONLY.contains(&words[j].lower.as_ref());
            let claim = claim.filter(|c| {
                c.kind == ClaimKind::Quote || !(question || quote_only)
            });
            if let Some(mut c) = claim {
                last_source = c.source;
                colon_paragraph(text, &sentences[si + 1..], &mut c);
                finish(text, sent, Some(words), &mut c);
                out.push(c);
            }
        }
    }
}

/// "It" as the source of a cue when the sentence before names a paper
/// ("The ministry released its report on Monday. It said exports had
/// doubled."): the report's words, with "It" as their source. A lone
/// "it" names nobody anywhere else.
fn document_it(
    text: &str,
    (sentences, si): (&[(usize, usize)], usize),
    from: usize,
    cue: (usize, usize),
) -> Option<(usize, usize)> {
    // Only as the sentence's first word, before any other cue.
    if from != sentences[si].0 {
        return None;
    }
    let pre = &text[from..cue.0];
    let mut ws = pre.split_whitespace();
    let it = ws.next().filter(|w| *w == "It")?;
    // Only adverbs and "has" between: "It is said", "It should be
    // recalled" have no source at all (`unattributed`).
    let between = ws.all(|w| {
        matches!(w, "also" | "has" | "had" | "further" | "then" | "again")
            || ly_adverb(w)
    });
    let before = si.checked_sub(1).map(|p| sentences[p])?;
    // The sentence right before, in the same paragraph.
    let gap = &text[before.1..sentences[si].0];
    let paper = gap.matches('\n').count() < 2
        && text[before.0..before.1]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| DOCUMENT_HEADS.contains(&w) || PAPERS.contains(&w));
    (between && paper).then(|| {
        let start = it.as_ptr() as usize - text.as_ptr() as usize;
        (start, start + 2)
    })
}

/// Whether the source and cue stand in a condition ("if you believe
/// that …"), an appeal ("let us recall that", "we must acknowledge
/// that") or an order: no claim is made there.
fn appeal_or_condition(
    text: &str,
    sent: (usize, usize),
    source: (usize, usize),
    cue: (usize, usize),
) -> bool {
    let before = text[sent.0..source.0.min(cue.0)].trim_end();
    let last = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if ["if", "unless", "whether", "suppose", "supposing"].contains(&&*last) {
        return true;
    }
    let src = text[source.0..source.1].to_ascii_lowercase();
    if src == "us" && last == "let" || src.starts_with("let us") {
        return true;
    }
    // "we must acknowledge", "you should know": a modal between a first
    // or second person and the cue.
    let person = ["we", "you", "us", "i"].contains(&src.as_str());
    person
        && source.1 <= cue.0
        && text[source.1..cue.0]
            .split_whitespace()
            .any(|w| APPEAL_MODALS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// Whether `s` ends with a comma, but for the adverbs and auxiliaries
/// that may stand before a cue ("…, often stressing").
fn ends_with_comma(s: &str) -> bool {
    let mut s = s.trim_end();
    loop {
        let last = s.rsplit(' ').next().unwrap_or("");
        if last.is_empty() || !(ly_adverb(last) || BETWEEN.contains(&last)) {
            return s.ends_with(',');
        }
        s = s[..s.len() - last.len()].trim_end();
    }
}

/// A content introduced by its cue and a colon ("He warned: the talks
/// have failed. Nobody will …") runs on over the sentences after it
/// (`next`), to the end of its paragraph (a blank line, or a line that
/// starts indented), and no more than [`COLON_SENTENCES`] of them.
fn colon_paragraph(text: &str, next: &[(usize, usize)], c: &mut Claim) {
    let Some(cue) = c.cue else { return };
    let between = &text[cue.1.min(c.content.0)..c.content.0];
    let colon = cue.1 <= c.content.0
        && between.trim_start().starts_with(':')
        && !between.contains(['"', '“', '«', '‘']);
    if !colon || c.kind != ClaimKind::Reported {
        return;
    }
    for &(s, e) in next.iter().take(COLON_SENTENCES) {
        let Some(gap) = text.get(c.content.1..s) else { break };
        let new_paragraph = gap.matches('\n').count() > 1
            || gap.rsplit('\n').next().is_some_and(|l| {
                gap.contains('\n') && l.starts_with([' ', '\t'])
            });
        if new_paragraph {
            break;
        }
        c.content.1 = trim_end(text, s, e);
    }
}

/// The most sentences a content after a colon runs on over.
const COLON_SENTENCES: usize = 5;

/// The subject of sentence `sent`: what stands before its first verb
/// (an auxiliary, or a word in -ed), as a source before a cue would be.
fn subject(
    text: &str,
    sent: (usize, usize),
    words: &[Word],
) -> Option<(usize, usize)> {
    clause_subject(text, words, sent.0, sent.1)
}

/// What stands before the first verb of the clause `from..to` (an
/// auxiliary, a common irregular past or a word in -ed, after its first
/// word), as a source before a cue would be.
fn clause_subject(
    text: &str,
    words: &[Word],
    from: usize,
    to: usize,
) -> Option<(usize, usize)> {
    let verb =
        words.iter().filter(|w| w.start >= from && w.end <= to).skip(1).find(
            |w| {
                let l = w.lower.as_ref();
                !w.capital
                    && (CLAUSE_VERBS.contains(&l)
                        || IRREGULAR_PAST.contains(&l)
                        || l.len() > 4 && l.ends_with("ed"))
            },
        )?;
    source_before(text, from, verb.start)
}

/// The subject of a clause whose verbs are joined: "He called the actions
/// lawful, and said there was …", "Mackler issued a statement … and said
/// …": what stands before the clause's first verb, where the cue follows
/// "and" or "but".
fn coordinated(
    text: &str,
    sent: (usize, usize),
    words: &[Word],
    from: usize,
    cue: usize,
) -> Option<(usize, usize)> {
    let pre = text[from..cue].trim_end();
    let joined = [" and", " but", ",and"].iter().any(|j| pre.ends_with(j));
    if !joined || from != sent.0 {
        return None;
    }
    // "were mocked and criticized": a passive's second participle ("was
    // pleased and said" is a subject's two verbs).
    let mut before = pre.rsplit(' ').skip(1).filter(|w| !w.is_empty());
    let (last, aux) =
        (before.next().unwrap_or(""), before.next().unwrap_or(""));
    let cue_word =
        text[cue..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if last.ends_with("ed")
        && cue_word.ends_with("ed")
        && ["was", "were", "been", "be", "is", "are"].contains(&aux)
    {
        return None;
    }
    // The clause starts after the last dash, colon or semicolon.
    let head = &text[sent.0..cue];
    let clause = head.rfind([';', ':', '—', '–']).map_or(sent.0, |i| {
        sent.0 + i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let clause = match head.rfind(" - ") {
        Some(i) if sent.0 + i + 3 > clause => sent.0 + i + 3,
        _ => clause,
    };
    clause_subject(text, words, clause, cue)
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

/// Whether `w` reads as an adverb in -ly ("firmly", "repeatedly"; not
/// "fly", "only").
pub(super) fn ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly")
}

/// The whole cue phrase around cue word `j` (`n` words long): the
/// auxiliaries and adverbs between it and a source before it ("has
/// repeatedly said", "also told"); and where the content may start after
/// it, past a manner or day ("said in a statement", "said Sunday", "wrote
/// on Twitter").
fn cue_phrase(
    text: &str,
    words: &[Word],
    j: usize,
    n: usize,
    source: (usize, usize),
) -> ((usize, usize), usize) {
    let mut first = j;
    // Auxiliaries and adverbs ("has long", "rightly", "firmly").
    loop {
        if first > 0
            && words[first - 1].start >= source.1
            && (BETWEEN.contains(&words[first - 1].lower.as_ref())
                || ly_adverb(&words[first - 1].lower)
                    && words[first].start == words[first - 1].end + 1)
        {
            first -= 1;
        } else if first > 1
            && words[first - 2].start >= source.1
            && words[first - 1].lower == "to"
            && FRAMES.contains(&words[first - 2].lower.as_ref())
        {
            // "would like to stress"
            first -= 2;
        } else {
            break;
        }
    }
    let mut last = j + n - 1;
    let word = |k: usize| words.get(k).map_or("", |w| w.lower.as_ref());
    // "added warily: “…”": an adverb right after the verb, before a
    // mark (a colon, a comma) or the sentence's end.
    let marked_adverb = ly_adverb(word(last + 1))
        && text[words[last].end..words[last + 1].start].trim().is_empty()
        && words.get(last + 2).is_none_or(|w| {
            !text[words[last + 1].end..w.start].trim().is_empty()
        });
    if WEEKDAYS.contains(&word(last + 1)) || marked_adverb {
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
    ((words[first].start, words[j + n - 1].end), words[last].end)
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
    quotes: &[(usize, usize)],
) -> Option<usize> {
    let later = &at[at.partition_point(|&k| k < from)..];
    // A cue inside a quotation is the quoted speaker's, not the next.
    let quoted = |k: usize| {
        let w = words[k].start;
        let q = quotes.partition_point(|&(a, _)| a < w);
        q > 0 && w < quotes[q - 1].1
    };
    let &next =
        later.iter().find(|&&k| !quoted(k) && cue_len(words, k).is_some())?;
    let between = &text[after..words[next].start];
    // "said Gates was not involved and said Manafort was": a speech
    // verb joined by "and" or "but" ends the content before the joint.
    if CUES.contains(&words[next].lower.as_ref())
        && let Some(joint) = joint_before(between)
    {
        return Some(after + joint);
    }
    // Right after the cue's own comma, a clause with a subject of its
    // own ("she said, her manager told her …") or a word that is a cue
    // only beside a quotation ("he said, continued struggles will …")
    // opens the content; "he said, adding that" is the next cue.
    let quote_only = QUOTE_ONLY.contains(&words[next].lower.as_ref());
    between
        .rfind(',')
        .filter(|&i| {
            let own_comma = between[..i].trim().is_empty();
            let subject = !between[i + 1..].trim().is_empty();
            !(own_comma && (subject || quote_only))
        })
        .map(|i| after + i)
}

/// Where a joining "and" or "but" ends `s`, past the auxiliaries and
/// adverbs that may stand before a cue (" and also said"): the offset of
/// the space before it.
fn joint_before(s: &str) -> Option<usize> {
    let mut t = s.trim_end();
    loop {
        let last = t.rsplit(' ').next().unwrap_or("");
        if ["and", "but"].contains(&last) {
            let rest = t[..t.len() - last.len()].trim_end_matches([' ', ',']);
            return (!rest.is_empty()).then_some(rest.len());
        }
        if last.is_empty() || !(ly_adverb(last) || BETWEEN.contains(&last)) {
            return None;
        }
        t = t[..t.len() - last.len()].trim_end();
    }
}

/// Fills in hedges and negation from the claim's words: from its source
/// or cue, whichever comes first, to the end of its content. "would" is
/// a hedge only where it is epistemic: not the tense of reported speech
/// ("I told them we would respond") nor a habit ("my dad would then
/// say"). A negation counts in the source and cue ("did not say",
/// "denied") and in the content's first clause, not in any "no" of a long
/// content. `sentence_words` are the words of `sent`, where read already:
/// a claim inside it takes its words from them.
pub(super) fn finish(
    text: &str,
    sent: (usize, usize),
    sentence_words: Option<&[Word]>,
    c: &mut Claim,
) {
    let mut from = c.content.0;
    for span in [c.source, c.cue].into_iter().flatten() {
        from = from.min(span.0);
    }
    let from = from.max(sent.0.min(c.content.0));
    let to = c.content.1.max(c.cue.map_or(0, |x| x.1));
    let cue = c.cue.map(|(a, b)| &text[a..b]).unwrap_or("");
    let cue_word = cue.rsplit(' ').next().unwrap_or("");
    let past = cue_word
        .as_bytes()
        .last_chunk::<2>()
        .is_some_and(|end| end.eq_ignore_ascii_case(b"ed"))
        || NOMINAL.contains_ignore_ascii_case(cue_word)
        || ["said", "told", "wrote", "thought", "knew", "felt", "found"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(cue_word));
    let cue_end = c.cue.map_or(c.content.0, |x| x.1);
    let content = &text[c.content.0..c.content.1];
    let first_clause = c.content.0
        + content.find([',', ';', '—', '–', ':']).unwrap_or(content.len());
    let read;
    let claim_words = match sentence_words.and_then(|ws| within(ws, from, to))
    {
        Some(ws) if sent.0 <= from && to <= sent.1 => ws,
        _ => {
            read = words(text, from, to);
            &read[..]
        }
    };
    for w in claim_words {
        let lower = w.lower.as_ref();
        let reported_tense = lower == "would" && (past || w.start < cue_end);
        if HEDGES.contains(&lower)
            && !text[w.start..w.end].starts_with("May")
            && !reported_tense
        {
            c.hedges.push(w.lower.to_string());
        }
        let negation = NEGATIONS.contains(&lower)
            || lower.ends_with("n't")
            || lower.ends_with("n’t");
        let in_content = w.start >= c.content.0;
        c.negated |= negation && (!in_content || w.start < first_clause);
    }
}

#[cfg(test)]
mod tests;
