//! The reports that need no cue verb: "according to X", a noun that
//! attributes ("his warning that …") and reports with no source ("it is
//! understood that …", "reportedly").

use super::lexicon::*;
use super::parts::*;
use super::source_words::*;
use super::{Claim, ClaimKind, Word, finish};

/// "According to X, …" and "…, according to X."
pub(super) fn according_to(
    text: &str,
    sent: (usize, usize),
    cue: (usize, usize),
    quotes: &[(usize, usize)],
) -> Option<Claim> {
    let rest = &text[cue.1..sent.1];
    // The source runs to a comma, a semicolon or the sentence's end (a
    // period there; "A.F.L.-C.I.O." keeps its own).
    // Inside parentheses it ends at the closing one.
    let bracketed = text[sent.0..cue.0].trim_end().ends_with('(');
    let np_len = rest
        .find([',', ';', ':', '“', '"', '—', '–'])
        .into_iter()
        .chain(rest.find(" - "))
        .chain(rest.find(')').filter(|_| bracketed))
        .min()
        .unwrap_or(rest.len());
    let np = rest[..np_len].trim().trim_end_matches('.');
    // "multiple intelligence sources who have seen the correspondence":
    // the source without its relative clause.
    let np = [" who ", " which ", " that "]
        .iter()
        .filter_map(|r| np.find(r))
        .min()
        .map_or(np, |i| &np[..i]);
    // Names of institutions run long: "the Roper Center for Public
    // Opinion Research at Cornell University in New York".
    // The first ten words, without the small words the cut leaves at
    // their end ("… for Latin America and the").
    let mut first: Vec<&str> = np.split_whitespace().take(10).collect();
    while first.len() > 1
        && first.last().is_some_and(|w| {
            NOT_SOURCE_STARTS.contains(w) || ARTICLES.contains(w)
        })
    {
        first.pop();
    }
    let long = np.split_whitespace().count() <= 16
        && source_shape(&first.join(" "), true);
    // "according to plan": how, not who.
    let lower = np.to_ascii_lowercase();
    let manner = MANNERS.contains(&lower.as_str())
        || RULE_HEADS.iter().any(|r| {
            lower
                .strip_prefix(r)
                .is_some_and(|t| t.is_empty() || t.starts_with([' ', '\n']))
        });
    if !(source_shape(np, true) || long) || manner {
        return None;
    }
    let src_start = np.as_ptr() as usize - text.as_ptr() as usize;
    let source = (src_start, src_start + np.len());
    // "According to X, …", also after an opener ("But, according to").
    let head = text[sent.0..cue.0].trim().trim_end_matches([',', '(']);
    let opens = head.is_empty()
        || OPENERS.iter().any(|o| head.eq_ignore_ascii_case(o));
    // "each should contribute according to their means": right after
    // the words it qualifies, with no comma, dash or parenthesis, it says
    // how (2 % of PolNeAR's attributions by "according to" stand so).
    let set_off = text[sent.0..cue.0]
        .trim_end()
        .ends_with([',', '(', '—', '–', '-', ':', ';', '"', '”', '\'', '’']);
    if !opens && !set_off {
        return None;
    }
    // "Fundraising, according to the campaign, has surged": an aside in
    // its sentence attributes the whole sentence.
    let aside = !opens
        && rest[np_len..].starts_with([',', '—', '–', ' ', ')'])
        && two_words(
            rest[np_len..].trim_start_matches([',', '—', '–', ' ', '-', ')']),
        );
    let content = if aside {
        let s = sent.0 + text[sent.0..cue.0].len()
            - text[sent.0..cue.0].trim_start_matches(['(', ' ']).len();
        (s, trim_end(text, s, sent.1))
    } else if opens {
        // Past the comma, semicolon or colon that ends the source; a
        // quotation mark opens the content.
        let mark = rest[np_len..].chars().next();
        let s = cue.1
            + np_len
            + mark
                .filter(|c| [',', ';', ':'].contains(c))
                .map_or(0, char::len_utf8);
        let s = s + text[s.min(sent.1)..sent.1].len()
            - text[s.min(sent.1)..sent.1].trim_start().len();
        (s.min(sent.1), trim_end(text, s.min(sent.1), sent.1))
    } else {
        (sent.0, trim_end(text, sent.0, cue.0))
    };
    if !two_words(&text[content.0..content.1]) {
        return None;
    }
    // "In the words of X: “…”": the quotation, whole.
    if let Some(&q) = quotes.iter().find(|&&(a, _)| a == content.0) {
        return Some(attributed(
            text,
            ClaimKind::Quote,
            inner(text, q),
            source,
            cue,
        ));
    }
    Some(attributed(text, ClaimKind::Reported, content, source, cue))
}

/// A noun that attributes the clause after "that" (word `j`): "his
/// warning that …" (source "his"), "Trump's claim that …" (source
/// "Trump"), "the assessment that …" (no source).
pub(super) fn nominal(
    text: &str,
    sent: (usize, usize),
    words: &[Word],
    j: usize,
) -> Option<Claim> {
    let cue = (words[j].start, words[j].end);
    let prev = &words[j - 1];
    let source = if POSSESSIVES.contains(&prev.lower.as_ref()) {
        Some((prev.start, prev.end))
    } else {
        let owner = text[prev.start..prev.end]
            .strip_suffix("'s")
            .or_else(|| text[prev.start..prev.end].strip_suffix("’s"));
        // The owner's name: the capitalized words up to "'s".
        owner.filter(|_| prev.capital).map(|o| {
            let mut k = j - 1;
            while k > 0 && words[k - 1].capital && words[k - 1].start >= sent.0
            {
                k -= 1;
            }
            (words[k].start, prev.start + o.len())
        })
    };
    let s = skip_intro(text, cue.1, sent.1);
    let content = (s, trim_end(text, s, sent.1));
    if !two_words(&text[content.0..content.1]) {
        return None;
    }
    let c = Claim {
        kind: if source.is_some() {
            ClaimKind::Reported
        } else {
            ClaimKind::Unattributed
        },
        content,
        source,
        cue: Some(cue),
        hedges: vec![],
        negated: false,
        generic_source: false,
    };
    Some(c)
}

/// "reportedly" and "it is understood that", with no cue beside them.
pub(super) fn unattributed(
    text: &str,
    sent: (usize, usize),
    words: &[Word],
    at: &[usize],
    out: &mut Vec<Claim>,
) {
    // Each report ends in a trigger word (`REPORT_WORDS`): only the words
    // at trigger words (`at`) are looked at, in order.
    for &k in at {
        let (j, n) = if words[k].lower == "reportedly"
            || words[k].lower == "allegedly"
        {
            (k, 1)
        } else if let Some(j) = it_passive(words, k) {
            // "It is understood that", "It should be recalled that".
            (j, k + 1 - j)
        } else if k >= 1
            && EXPECTATIONS.contains(&words[k].lower.as_ref())
            && ["is", "are", "was", "were"]
                .contains(&words[k - 1].lower.as_ref())
            && words.get(k + 1).is_some_and(|w| w.lower == "to")
        {
            // "Trump is expected to win", "growth is projected to":
            // an expectation nobody is named for.
            (k - 1, 2)
        } else {
            continue;
        };
        let cue = (words[j].start, words[j + n - 1].end);
        let passive = words[j].lower == "it";
        let s = if passive { skip_intro(text, cue.1, sent.1) } else { sent.0 };
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
        finish(text, sent, Some(words), &mut c);
        out.push(c);
        return;
    }
}

/// The index of "it" where the words up to `k` read as an impersonal
/// passive report: "it is understood", "it is believed", and, before
/// "that", "it should be recalled", "it is widely known", "it must be
/// noted".
fn it_passive(words: &[Word], k: usize) -> Option<usize> {
    const AUX: [&str; 12] = [
        "is",
        "was",
        "be",
        "been",
        "should",
        "must",
        "has",
        "can",
        "will",
        "may",
        "widely",
        "generally",
    ];
    let w = words[k].lower.as_ref();
    let bare = w == "understood" || w == "believed";
    let that = words.get(k + 1).is_some_and(|x| x.lower == "that");
    if !(bare || that && PASSIVE_REPORTS.contains(&w)) {
        return None;
    }
    let j =
        (k.saturating_sub(4)..k).rev().find(|&j| words[j].lower == "it")?;
    let aux = (j + 1..k).all(|i| AUX.contains(&words[i].lower.as_ref()));
    (aux && j + 1 < k).then_some(j)
}
