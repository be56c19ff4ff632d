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

use crate::matcher::is_word_char;

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

/// Single-word cues, with their inflections.
const CUES: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "stated",
    "announce",
    "announces",
    "announced",
    "agree",
    "agrees",
    "agreed",
    "warn",
    "warns",
    "warned",
    "warning",
    "argue",
    "argues",
    "argued",
    "arguing",
    "claim",
    "claims",
    "claimed",
    "deny",
    "denies",
    "denied",
    "denying",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "stress",
    "stresses",
    "stressed",
    "stressing",
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasizing",
    "emphasise",
    "emphasised",
    "signal",
    "signals",
    "signaled",
    "signalled",
    "confirm",
    "confirms",
    "confirmed",
    "accuse",
    "accuses",
    "accused",
    "promise",
    "promises",
    "promised",
    "add",
    "added",
    "adds",
    "noted",
    "explain",
    "explained",
    "explains",
    "suggest",
    "suggests",
    "suggested",
    "report",
    "reports",
    "reported",
    "declare",
    "declared",
    "declares",
    "acknowledge",
    "acknowledged",
    "admit",
    "admitted",
    "admits",
    "predict",
    "predicted",
    "vow",
    "vowed",
    "vows",
    "pledge",
    "pledged",
    "pledges",
    "believe",
    "believes",
    "believed",
    "assert",
    "asserted",
    "asserts",
    "maintain",
    "maintained",
    "maintains",
    "urge",
    "urged",
    "urges",
    "threaten",
    "threatened",
    "threatens",
    "reiterate",
    "reiterated",
    "reiterates",
];

/// Multi-word cues: the words after a first word.
const PHRASE_CUES: &[(&str, &[&str])] = &[
    ("make", &["it", "clear"]),
    ("makes", &["it", "clear"]),
    ("made", &["it", "clear"]),
    ("making", &["it", "clear"]),
    ("described", &["as"]),
    ("describes", &["as"]),
    ("according", &["to"]),
];

const HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "perhaps",
    "likely",
    "unlikely",
    "could",
    "may",
    "might",
    "would",
    "appear",
    "appears",
    "appeared",
    "seem",
    "seems",
    "seemed",
    "suggest",
    "suggests",
    "suggested",
    "potentially",
    "possibly",
    "probably",
    "apparently",
    "clearly",
    "certainly",
    "definitely",
    "surely",
    "undoubtedly",
];

const NEGATIONS: &[&str] =
    &["not", "never", "no", "without", "deny", "denies", "denied", "nor"];

/// Words skipped between a source and its cue: "Britain has made it clear".
const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "been",
    "be",
    "will",
    "would",
    "also",
    "already",
    "repeatedly",
    "reportedly",
    "allegedly",
    "often",
    "publicly",
    "previously",
    "later",
    "again",
    "recently",
    "just",
    "once",
    "firmly",
    "strongly",
    "has",
    "did",
    "does",
    "do",
    "openly",
];

/// Words that open a sentence without being part of its subject.
const OPENERS: &[&str] = &[
    "yet",
    "but",
    "and",
    "so",
    "however",
    "meanwhile",
    "now",
    "still",
    "instead",
    "also",
    "then",
    "moreover",
];

/// Words that end a subject: the source starts after the last of them.
const BOUNDARIES: &[&str] = &[
    "that", "but", "while", "as", "because", "if", "when", "so", "although",
    "though", "since", "whereas", "which", "where", "after", "before", "than",
];

/// Heads of sources that name nobody: "officials say".
const GENERIC: &[&str] = &[
    "reports",
    "report",
    "sources",
    "source",
    "officials",
    "official",
    "analysts",
    "observers",
    "experts",
    "critics",
    "diplomats",
    "insiders",
    "people",
    "media",
    "some",
    "many",
    "others",
];

/// Words before a cue word that make it a noun or an infinitive: "a
/// major say", "heads of state", "to agree".
const NOUN_BEFORE: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "to",
    "this",
    "that",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "no",
    "any",
    "some",
    "every",
    "major",
    "powerful",
    "strong",
    "clear",
    "final",
    "first",
    "last",
    "big",
    "key",
    "important",
    "public",
    "official",
    "joint",
    "formal",
    "weekly",
    "annual",
    "new",
    "latest",
    "recent",
    "whose",
];

/// Sources that are no source: "It's been described as".
const NOT_SOURCES: &[&str] =
    &["it", "this", "that", "there", "which", "what", "who", "here"];

/// Finds claims.
#[derive(Clone, Debug, Default)]
pub struct ClaimDetector {}

/// A word of a sentence: its byte span and its text lowercased.
struct Word {
    start: usize,
    end: usize,
    lower: String,
    capital: bool,
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
        let quotes = find_quotes(text);
        for (si, &(s, e)) in sentences.iter().enumerate() {
            let words = words(text, s, e);
            let before = out.len();
            self.reported(text, (s, e), &words, &quotes, out);
            if out.len() == before {
                unattributed(text, (s, e), &words, out);
            }
            if out.len() == before {
                dash_quote(text, sentences, si, out);
            }
        }
    }

    fn reported(
        &self,
        text: &str,
        sent: (usize, usize),
        words: &[Word],
        quotes: &[(usize, usize)],
        out: &mut Vec<Claim>,
    ) {
        let mut last_source = None;
        let mut j = 0;
        while j < words.len() {
            let Some(n) = cue_len(words, j) else {
                j += 1;
                continue;
            };
            let cue = (words[j].start, words[j + n - 1].end);
            let in_quote =
                quotes.iter().any(|&(a, b)| a < cue.0 && cue.1 <= b);
            if in_quote {
                j += n;
                continue;
            }
            let claim = if words[j].lower == "according" {
                according_to(text, sent, cue)
            } else {
                let participle = words[j].lower.ends_with("ing");
                let source = source_before(text, sent.0, cue.0)
                    .or(if participle { last_source } else { None })
                    .or_else(|| source_after_quote(text, sent, cue, quotes));
                let limit = next_cue_comma(text, words, j + n, cue.1)
                    .unwrap_or(sent.1);
                source.and_then(|src| {
                    with_content(text, (sent.0, limit), src, cue, quotes)
                })
            };
            if let Some(mut c) = claim {
                last_source = c.source;
                finish(text, sent, &mut c);
                out.push(c);
            }
            j += n;
        }
    }
}

/// Where the content of a cue ends when another cue follows in its
/// sentence: at the last comma before that cue ("…, often stressing").
fn next_cue_comma(
    text: &str,
    words: &[Word],
    from: usize,
    after: usize,
) -> Option<usize> {
    let next = (from..words.len()).find(|&k| cue_len(words, k).is_some())?;
    text[after..words[next].start].rfind(',').map(|i| after + i)
}

/// The words of `text[s..e]`, with apostrophes inside words kept.
fn words(text: &str, s: usize, e: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[s..e].char_indices() {
        let i = s + i;
        let inner = (c == '\'' || c == '’') && start.is_some();
        if is_word_char(c) || inner {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            out.push(word(text, st, i));
        }
    }
    if let Some(st) = start {
        out.push(word(text, st, e));
    }
    out
}

fn word(text: &str, start: usize, end: usize) -> Word {
    let end = start + text[start..end].trim_end_matches(['\'', '’']).len();
    let capital = text[start..end].starts_with(char::is_uppercase);
    Word { start, end, lower: text[start..end].to_lowercase(), capital }
}

/// The number of words of the cue starting at word `j`, if one does.
fn cue_len(words: &[Word], j: usize) -> Option<usize> {
    let w = words[j].lower.as_str();
    // "The United States has": a capitalized cue word is a name, unless
    // it opens the sentence.
    if j > 0
        && (words[j].capital
            || NOUN_BEFORE.contains(&words[j - 1].lower.as_str()))
    {
        return None;
    }
    for (first, rest) in PHRASE_CUES {
        let fits = *first == w
            && rest.iter().enumerate().all(|(k, r)| {
                words.get(j + 1 + k).is_some_and(|x| x.lower == *r)
            });
        if fits {
            return Some(1 + rest.len());
        }
    }
    CUES.contains(&w).then_some(1)
}

/// Quotations: spans from the opening mark to the end of the closing one.
/// Only quotations of four words or more count: shorter ones are scare
/// quotes ("a “reassurance” force").
fn find_quotes(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '“' | '«' | '„' | '"') => open = Some((i, c)),
            (Some((s, o)), _) if closes(o, c) => {
                let end = i + c.len_utf8();
                if text[s..end].split_whitespace().count() >= 4 {
                    out.push((s, end));
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

fn closes(open: char, c: char) -> bool {
    matches!(
        (open, c),
        ('“', '”') | ('«', '»') | ('„', '“' | '”') | ('"', '"')
    )
}

/// The source before a cue: the subject of its clause.
fn source_before(
    text: &str,
    sent_start: usize,
    cue: usize,
) -> Option<(usize, usize)> {
    let mut pre = &text[sent_start..cue];
    loop {
        let t = pre.trim_end();
        let last = t
            .rsplit(|c: char| !is_word_char(c) && c != '\'' && c != '’')
            .next()?;
        if BETWEEN.iter().any(|b| last.eq_ignore_ascii_case(b))
            && !last.is_empty()
        {
            pre = &t[..t.len() - last.len()];
            continue;
        }
        pre = t;
        break;
    }
    // Drop a parenthetical that ends right before the cue.
    if let Some(body) = pre.strip_suffix(',')
        && let Some(comma) = body.rfind(',')
        && body[comma + 1..].split_whitespace().count() <= 5
    {
        pre = body[..comma].trim_end();
    }
    let cut = pre
        .rfind([',', ';', ':', '—', '–', '(', '"', '“', '”'])
        .map_or(0, |i| i + pre[i..].chars().next().map_or(1, char::len_utf8));
    let mut np = &pre[cut..];
    if let Some(i) = last_boundary_word(np) {
        np = &np[i..];
    }
    let np = strip_openers(np.trim());
    valid_source(np).then(|| {
        let start = np.as_ptr() as usize - text.as_ptr() as usize;
        (start, start + np.len())
    })
}

/// Byte index just past the last boundary word in `np`.
fn last_boundary_word(np: &str) -> Option<usize> {
    let mut found = None;
    let mut offset = 0;
    for w in np.split(' ') {
        if BOUNDARIES.iter().any(|b| w.eq_ignore_ascii_case(b)) {
            found = Some(offset + w.len());
        }
        offset += w.len() + 1;
    }
    found
}

fn strip_openers(mut np: &str) -> &str {
    while let Some((first, rest)) = np.split_once(' ') {
        let first = first.trim_end_matches(',');
        if !OPENERS.iter().any(|o| first.eq_ignore_ascii_case(o)) {
            break;
        }
        np = rest.trim_start();
    }
    np
}

fn valid_source(np: &str) -> bool {
    let n = np.split_whitespace().count();
    let first = np.split_whitespace().next().unwrap_or("");
    let bare = first.trim_end_matches(['’', '\'', 's']);
    let contraction = first.contains('’') || first.contains('\'');
    (1..=10).contains(&n)
        && !(n == 1
            && NOT_SOURCES.iter().any(|w| bare.eq_ignore_ascii_case(w)))
        && !(n == 1 && contraction)
        && np.chars().next().is_some_and(|c| c.is_alphanumeric())
}

/// The source after a cue that follows a quotation: `"…," said X.`
fn source_after_quote(
    text: &str,
    sent: (usize, usize),
    cue: (usize, usize),
    quotes: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let q = quotes.iter().find(|&&(_, b)| b <= cue.0 && b >= sent.0)?;
    if !text[q.1..cue.0].trim_matches([',', ' ']).is_empty() {
        return None;
    }
    let rest = &text[cue.1..sent.1];
    let np = rest.split([',', '.', ';', '!', '?']).next()?.trim();
    valid_source(np).then(|| {
        let start = np.as_ptr() as usize - text.as_ptr() as usize;
        (start, start + np.len())
    })
}

/// Builds a claim for source and cue: the content is a quotation that
/// ends just before the source, a quotation that opens the content, or
/// the rest of the sentence.
fn with_content(
    text: &str,
    sent: (usize, usize),
    source: (usize, usize),
    cue: (usize, usize),
    quotes: &[(usize, usize)],
) -> Option<Claim> {
    let first = source.0.min(cue.0);
    let before = quotes.iter().rev().find(|&&(a, b)| {
        b <= first
            && text[b..first].trim_matches([',', ' ', '\n']).is_empty()
            && a < first
    });
    let after = skip_intro(text, cue.1, sent.1);
    let opening = quotes.iter().find(|&&(a, _)| a == after);
    let (kind, content) = match (before, opening) {
        (Some(&q), _) | (None, Some(&q)) => (ClaimKind::Quote, inner(text, q)),
        (None, None) if trim_end(text, after, sent.1.max(after)) == after => {
            // "…, officials said.": the content is what stands before.
            let comma = text[sent.0..first].trim_end().strip_suffix(',')?;
            (
                ClaimKind::Reported,
                (sent.0, trim_end(text, sent.0, sent.0 + comma.len())),
            )
        }
        (None, None) => {
            let end = trim_end(text, after, sent.1.max(after));
            (ClaimKind::Reported, (after, end))
        }
    };
    if text[content.0..content.1].split_whitespace().count() < 2 {
        return None;
    }
    let generic_source = is_generic(text, source);
    Some(Claim {
        kind,
        content,
        source: Some(source),
        cue: Some(cue),
        hedges: vec![],
        negated: false,
        generic_source,
    })
}

/// Skips what stands between a cue and its content: "that", a colon,
/// the object of "told" ("told reporters that").
fn skip_intro(text: &str, from: usize, end: usize) -> usize {
    let rest = &text[from..end];
    let mut i =
        rest.len() - rest.trim_start_matches([' ', ',', ':', '\n']).len();
    let window: Vec<&str> = rest[i..].split(' ').take(4).collect();
    if let Some(k) = window.iter().position(|w| *w == "that") {
        i += window[..=k].iter().map(|w| w.len() + 1).sum::<usize>();
    }
    let r = &rest[i.min(rest.len())..];
    from + i.min(rest.len()) + (r.len() - r.trim_start().len())
}

/// The content of a quotation, without its marks.
fn inner(text: &str, (a, b): (usize, usize)) -> (usize, usize) {
    let open = text[a..].chars().next().map_or(1, char::len_utf8);
    let close = text[..b].chars().next_back().map_or(1, char::len_utf8);
    let (s, e) = (a + open, b - close);
    let e = trim_end(text, s, e);
    (s, e)
}

/// Ends a content before trailing white space and punctuation.
fn trim_end(text: &str, s: usize, e: usize) -> usize {
    s + text[s..e]
        .trim_end_matches(|c: char| c.is_whitespace() || ".,;:".contains(c))
        .len()
}

fn is_generic(text: &str, (s, e): (usize, usize)) -> bool {
    let head = text[s..e].split_whitespace().last().unwrap_or("");
    GENERIC.iter().any(|g| head.eq_ignore_ascii_case(g))
}

/// "According to X, …" and "…, according to X."
fn according_to(
    text: &str,
    sent: (usize, usize),
    cue: (usize, usize),
) -> Option<Claim> {
    let rest = &text[cue.1..sent.1];
    let np_len = rest.find([',', '.', ';']).unwrap_or(rest.len());
    let np = rest[..np_len].trim();
    if !valid_source(np) {
        return None;
    }
    let src_start = np.as_ptr() as usize - text.as_ptr() as usize;
    let source = (src_start, src_start + np.len());
    let content = if text[sent.0..cue.0].trim().is_empty() {
        let s = cue.1 + np_len + 1;
        let s = s + text[s.min(sent.1)..sent.1].len()
            - text[s.min(sent.1)..sent.1].trim_start().len();
        (s.min(sent.1), trim_end(text, s.min(sent.1), sent.1))
    } else {
        (sent.0, trim_end(text, sent.0, cue.0))
    };
    if text[content.0..content.1].split_whitespace().count() < 2 {
        return None;
    }
    let generic_source = is_generic(text, source);
    Some(Claim {
        kind: ClaimKind::Reported,
        content,
        source: Some(source),
        cue: Some(cue),
        hedges: vec![],
        negated: false,
        generic_source,
    })
}

/// "reportedly" and "it is understood that", with no cue beside them.
fn unattributed(
    text: &str,
    sent: (usize, usize),
    words: &[Word],
    out: &mut Vec<Claim>,
) {
    let phrase = |j: usize, p: &[&str]| {
        p.iter()
            .enumerate()
            .all(|(k, w)| words.get(j + k).is_some_and(|x| x.lower == *w))
    };
    for j in 0..words.len() {
        let n = if words[j].lower == "reportedly"
            || words[j].lower == "allegedly"
        {
            1
        } else if phrase(j, &["it", "is", "understood"])
            || phrase(j, &["it", "is", "believed"])
        {
            3
        } else {
            continue;
        };
        let cue = (words[j].start, words[j + n - 1].end);
        let s = if n == 3 { skip_intro(text, cue.1, sent.1) } else { sent.0 };
        let content = (s, trim_end(text, s, sent.1));
        let mut c = Claim {
            kind: ClaimKind::Unattributed,
            content,
            source: None,
            cue: Some(cue),
            hedges: vec![],
            negated: false,
            generic_source: false,
        };
        finish(text, sent, &mut c);
        out.push(c);
        return;
    }
}

/// A sentence that starts with a dash attributes the text before it:
/// the rest of its paragraph's lines above, or the paragraph above.
fn dash_quote(
    text: &str,
    sentences: &[(usize, usize)],
    si: usize,
    out: &mut Vec<Claim>,
) {
    let (s, e) = sentences[si];
    let line = text[s..e].lines().next().unwrap_or("");
    let Some(dash) =
        line.chars().next().filter(|c| matches!(c, '—' | '–' | '-'))
    else {
        return;
    };
    let name = line[dash.len_utf8()..].trim();
    if si == 0 || name.is_empty() || name.split_whitespace().count() > 8 {
        return;
    }
    let src_start =
        s + line.len() - line[dash.len_utf8()..].trim_start().len();
    let source = (src_start, src_start + name.len());
    let cue = (s, s + dash.len_utf8());
    let prev_end = sentences[si - 1].1;
    let para_start = text[..prev_end].rfind("\n\n").map_or(0, |i| i + 2);
    let mut cs = sentences[si - 1].0;
    for &(ps, _) in sentences[..si].iter().rev() {
        if ps < para_start {
            break;
        }
        cs = ps;
    }
    let content = (cs, trim_end(text, cs, prev_end));
    let mut c = Claim {
        kind: ClaimKind::Quote,
        content,
        source: Some(source),
        cue: Some(cue),
        hedges: vec![],
        negated: false,
        generic_source: false,
    };
    finish(text, (cs, prev_end), &mut c);
    out.push(c);
}

/// Fills in hedges and negation from the claim's words: from its source
/// or cue, whichever comes first, to the end of its content.
fn finish(text: &str, sent: (usize, usize), c: &mut Claim) {
    let mut from = c.content.0;
    for span in [c.source, c.cue].into_iter().flatten() {
        from = from.min(span.0);
    }
    let from = from.max(sent.0.min(c.content.0));
    let to = c.content.1.max(c.cue.map_or(0, |x| x.1));
    for w in words(text, from, to) {
        if HEDGES.contains(&w.lower.as_str())
            && !text[w.start..w.end].starts_with("May")
        {
            c.hedges.push(w.lower.clone());
        }
        let negation = NEGATIONS.contains(&w.lower.as_str())
            || w.lower.ends_with("n't")
            || w.lower.ends_with("n’t");
        c.negated |= negation;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentence;

    struct Got {
        kind: String,
        source: String,
        cue: String,
        content: String,
        hedges: String,
        negated: bool,
    }

    fn claims(text: &str) -> Vec<Got> {
        let mut sents = Vec::new();
        sentence::split(text, &mut sents);
        let mut out = Vec::new();
        ClaimDetector::new().find(text, &sents, &mut out);
        let span = |s: Option<(usize, usize)>| {
            s.map_or(String::new(), |(a, b)| text[a..b].to_string())
        };
        out.iter()
            .map(|c| Got {
                kind: format!(
                    "{}{}",
                    c.kind.as_str(),
                    if c.generic_source { "/generic" } else { "" }
                ),
                source: span(c.source),
                cue: span(c.cue),
                content: span(Some(c.content)),
                hedges: c.hedges.join(";"),
                negated: c.negated,
            })
            .collect()
    }

    /// (text, kind, source, cue, content, hedges, negated) of the first
    /// claim found.
    const FORMS: &[(&str, &str, &str, &str, &str, &str, bool)] = &[
        (
            "Britain, for instance, has made it clear it’s ready to contribute personnel.",
            "reported",
            "Britain",
            "made it clear",
            "it’s ready to contribute personnel",
            "",
            false,
        ),
        (
            "The United States has reportedly agreed to take a leading role here.",
            "reported",
            "The United States",
            "agreed",
            "to take a leading role here",
            "reportedly",
            false,
        ),
        (
            "Reports suggest a willingness to support monitoring efforts and perhaps more.",
            "reported/generic",
            "Reports",
            "suggest",
            "a willingness to support monitoring efforts and perhaps more",
            "suggest;perhaps",
            false,
        ),
        (
            "Officials said the talks would resume.",
            "reported/generic",
            "Officials",
            "said",
            "the talks would resume",
            "would",
            false,
        ),
        (
            "Russian officials said the talks would not resume.",
            "reported/generic",
            "Russian officials",
            "said",
            "the talks would not resume",
            "would",
            true,
        ),
        (
            "Yet supporters of the idea argue it’s precisely this effect that matters.",
            "reported",
            "supporters of the idea",
            "argue",
            "it’s precisely this effect that matters",
            "",
            false,
        ),
        (
            "“We will not send troops to fight,” she said.",
            "quote",
            "she",
            "said",
            "We will not send troops to fight",
            "",
            true,
        ),
        (
            "“We will send monitors to the border,” said Jones, the minister.",
            "quote",
            "Jones",
            "said",
            "We will send monitors to the border",
            "",
            false,
        ),
        (
            "Macron told reporters that “the force is ready to deploy.”",
            "quote",
            "Macron",
            "told",
            "the force is ready to deploy",
            "",
            false,
        ),
        (
            "China and the European Union agreed to extend the talks.",
            "reported",
            "China and the European Union",
            "agreed",
            "to extend the talks",
            "",
            false,
        ),
        (
            "The talks will be extended until July, officials said.",
            "reported/generic",
            "officials",
            "said",
            "The talks will be extended until July",
            "",
            false,
        ),
        (
            "Peace is possible, according to the French president.",
            "reported",
            "the French president",
            "according to",
            "Peace is possible",
            "",
            false,
        ),
        (
            "According to diplomats, the deal is close.",
            "reported/generic",
            "diplomats",
            "According to",
            "the deal is close",
            "",
            false,
        ),
        (
            "The plan will reportedly cost billions.",
            "unattributed",
            "",
            "reportedly",
            "The plan will reportedly cost billions",
            "reportedly",
            false,
        ),
        (
            "It is understood that the summit will be delayed.",
            "unattributed",
            "",
            "It is understood",
            "the summit will be delayed",
            "",
            false,
        ),
        (
            "The biggest risk of all is not taking one.\n— Mellody Hobson\nAuthor",
            "quote",
            "Mellody Hobson",
            "—",
            "The biggest risk of all is not taking one",
            "",
            true,
        ),
        (
            "Security guarantees sound great in theory.\n\n– International security analyst",
            "quote",
            "International security analyst",
            "–",
            "Security guarantees sound great in theory",
            "",
            false,
        ),
    ];

    #[test]
    fn forms() {
        for &(text, kind, source, cue, content, hedges, negated) in FORMS {
            let got = claims(text);
            assert!(!got.is_empty(), "no claim in {text:?}");
            let g = &got[0];
            let fields = (
                g.kind.as_str(),
                g.source.as_str(),
                g.cue.as_str(),
                g.content.as_str(),
            );
            assert_eq!(fields, (kind, source, cue, content), "{text}");
            assert_eq!(
                (g.hedges.as_str(), g.negated),
                (hedges, negated),
                "{text}"
            );
        }
    }

    #[test]
    fn participle_cue_takes_the_subject_of_its_sentence() {
        let text = "The current U.S. administration has emphasized ending the conflict quickly, \
                    often stressing that American troops should never be committed to fighting.";
        let got = claims(text);
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].source, "The current U.S. administration");
        assert_eq!(got[1].cue, "stressing");
        assert!(got[1].negated);
        assert!(!got[0].negated);
    }

    #[test]
    fn no_claims() {
        let cases = [
            "The meeting brought together dozens of heads of state and ministers.",
            "It’s only natural they’d want a major say in shaping the outcome.",
            "Having them ready sends a powerful signal about resolve.",
            "Getting everyone to agree on the details won’t be easy.",
            "We call on every member state to support the proposal.",
            "It’s been described repeatedly as crossing a fundamental red line.",
            "Even a “reassurance” force could find itself in harm’s way.",
            "The meeting brought together an impressive crowd.",
            "“This is a quotation with nobody to say it.”",
        ];
        for text in cases {
            assert!(claims(text).is_empty(), "{text}");
        }
    }
}
