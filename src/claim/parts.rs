//! The parts of a claim: quotations, sources, contents, and the shapes
//! that need no cue verb (unattributed reports, dash attributions).

use super::lexicon::*;
use super::{Claim, ClaimKind, Word, finish};
use crate::matcher::is_word_char;

pub(super) fn find_quotes(text: &str) -> Vec<(usize, usize)> {
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

pub(super) fn closes(open: char, c: char) -> bool {
    matches!(
        (open, c),
        ('“', '”') | ('«', '»') | ('„', '“' | '”') | ('"', '"')
    )
}

/// The source before a cue: the subject of its clause.
pub(super) fn source_before(
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
pub(super) fn last_boundary_word(np: &str) -> Option<usize> {
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

pub(super) fn strip_openers(mut np: &str) -> &str {
    while let Some((first, rest)) = np.split_once(' ') {
        let first = first.trim_end_matches(',');
        if !OPENERS.iter().any(|o| first.eq_ignore_ascii_case(o)) {
            break;
        }
        np = rest.trim_start();
    }
    np
}

pub(super) fn valid_source(np: &str) -> bool {
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
pub(super) fn source_after_quote(
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
pub(super) fn with_content(
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
pub(super) fn skip_intro(text: &str, from: usize, end: usize) -> usize {
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
pub(super) fn inner(text: &str, (a, b): (usize, usize)) -> (usize, usize) {
    let open = text[a..].chars().next().map_or(1, char::len_utf8);
    let close = text[..b].chars().next_back().map_or(1, char::len_utf8);
    let (s, e) = (a + open, b - close);
    let e = trim_end(text, s, e);
    (s, e)
}

/// Ends a content before trailing white space and punctuation.
pub(super) fn trim_end(text: &str, s: usize, e: usize) -> usize {
    s + text[s..e]
        .trim_end_matches(|c: char| c.is_whitespace() || ".,;:".contains(c))
        .len()
}

pub(super) fn is_generic(text: &str, (s, e): (usize, usize)) -> bool {
    let head = text[s..e].split_whitespace().last().unwrap_or("");
    GENERIC.iter().any(|g| head.eq_ignore_ascii_case(g))
}

/// "According to X, …" and "…, according to X."
pub(super) fn according_to(
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
pub(super) fn unattributed(
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
pub(super) fn dash_quote(
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
