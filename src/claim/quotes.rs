//! Quotations: their marks paired, and the claims a quotation makes
//! with no cue verb: after a colon, and after a dash.

use super::*;

/// Quotations: spans from the opening mark to the end of the closing one,
/// for “…”, «…», „…“, "…" and ''…'' (two apostrophes, as some
/// newspapers write). A quotation of a single word is a scare quote ("a
/// “reassurance” force") and is left out.
pub(super) fn find_quotes(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let bytes = text.as_bytes();
    // Every mark is '"', two apostrophes, or starts with byte 0xC2 («, »)
    // or 0xE2 (“, ”, „): memchr finds those, and the bytes between are
    // not read. Pairs of apostrophes are found apart and merged in.
    let mut marks = memchr::memchr3_iter(b'"', 0xC2, 0xE2, bytes).peekable();
    let mut pairs = memchr::memmem::find_iter(bytes, b"''").peekable();
    // Paragraph breaks: a quotation open at one goes on only where the
    // next paragraph opens with a quotation mark (the way a quotation of
    // several paragraphs is written); else it was never closed, and is
    // dropped, so that it does not pair with the next paragraph's mark.
    // Only the breaks while a quotation is open are read: those after the
    // mark before (`read`) and before the next.
    let mut read = 0;
    let mut go_on: Option<usize> = None;
    loop {
        let mark_first = match (marks.peek(), pairs.peek()) {
            (Some(m), Some(p)) => m < p,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let (i, c, len) = if mark_first {
            let Some(m) = marks.next() else { break };
            let Some(c) = text[m..].chars().next() else { break };
            (m, c, c.len_utf8())
        } else {
            let Some(p) = pairs.next() else { break };
            (p, '\u{1}', 2)
        };
        let between = if open.is_some() { &bytes[read..i] } else { &[] };
        for b in memchr::memchr_iter(b'\n', between).map(|b| read + b) {
            if open.is_none() || !blank_after(bytes, b) {
                continue;
            }
            let next = b
                + 1
                + bytes[b + 1..]
                    .iter()
                    .take_while(|x| x.is_ascii_whitespace())
                    .count();
            if next == i && matches!(c, '“' | '"' | '«' | '\u{1}') {
                go_on = Some(i);
            } else {
                open = None;
            }
        }
        read = i;
        if go_on == Some(i) {
            continue;
        }
        let side = side(text, i, len);
        match (open, c) {
            (None, '“' | '«' | '„' | '\u{1}') => open = Some((i, c)),
            (None, '"') if side != Side::Closes => open = Some((i, c)),
            (Some((s, o)), _) if closes(o, c, side) => {
                let end = i + len;
                if text[s..end].split_whitespace().nth(1).is_some() {
                    out.push((s, end));
                }
                open = None;
            }
            // A mark that can only open, while one is open: the one open
            // was never closed (a typo, or a mark of another style).
            (Some(_), '“' | '«') | (Some(_), '"') if side == Side::Opens => {
                open = Some((i, c))
            }
            _ => {}
        }
    }
    out
}

/// Which way a quotation mark faces, read off its neighbours: one with
/// white space (or the text's start, or an opening bracket) before it and
/// a word after it opens; one with a word or a stop before it and white
/// space or a stop after it closes.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Side {
    Opens,
    Closes,
    Either,
}

pub(super) fn side(text: &str, i: usize, len: usize) -> Side {
    let before = text[..i].chars().next_back();
    let after = text[i + len..].chars().next();
    let space_before = before.is_none_or(|c| {
        c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–')
    });
    let space_after = after.is_none_or(|c| {
        c.is_whitespace()
            || matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']')
    });
    match (space_before, space_after) {
        (true, false) => Side::Opens,
        (false, true) => Side::Closes,
        _ => Side::Either,
    }
}

/// Whether the line break at `b` is followed by a blank line.
pub(super) fn blank_after(bytes: &[u8], b: usize) -> bool {
    let rest = &bytes[b + 1..];
    let skip = rest
        .iter()
        .take_while(|&&x| x == b' ' || x == b'\t' || x == b'\r')
        .count();
    rest.get(skip) == Some(&b'\n')
}

/// Whether `c` closes a quotation opened by `open`. Marks of the two
/// styles pair where the closing one faces the right way (a text typed
/// in two editors: “…" or "…”).
pub(super) fn closes(open: char, c: char, side: Side) -> bool {
    matches!(
        (open, c),
        ('“', '”')
            | ('«', '»')
            | ('„', '“' | '”')
            | ('"', '"' | '”')
            | ('\u{1}', '\u{1}')
    ) || (open == '“' && c == '"' && side == Side::Closes)
}

/// A speaker's name and a colon before a quotation, as in transcripts:
/// `Sanders: “We need a political revolution.”`
pub(super) fn colon_quote(
    text: &str,
    sent: (usize, usize),
    quotes: &[(usize, usize)],
    out: &mut Vec<Claim>,
) {
    let Some(colon) = text[sent.0..sent.1].find(':').map(|i| sent.0 + i)
    else {
        return;
    };
    let name = text[sent.0..colon].trim();
    let after = colon + 1 + text[colon + 1..].len()
        - text[colon + 1..].trim_start().len();
    let Some(&q) = quotes
        .binary_search_by_key(&after, |&(a, _)| a)
        .ok()
        .map(|k| &quotes[k])
    else {
        return;
    };
    let short = (1..=6).contains(&name.split_whitespace().count());
    if !short || !name.starts_with(char::is_uppercase) || !valid_source(name) {
        return;
    }
    let start = name.as_ptr() as usize - text.as_ptr() as usize;
    let mut c = Claim {
        kind: ClaimKind::Quote,
        content: inner(text, q),
        source: Some((start, start + name.len())),
        cue: Some((colon, colon + 1)),
        hedges: vec![],
        negated: false,
        generic_source: false,
    };
    finish(text, sent, None, &mut c);
    out.push(c);
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
    // Most sentences start with no dash: their line is not looked for.
    if !text[s..e].starts_with(['—', '–', '―', '-']) {
        return;
    }
    let line = text[s..e].lines().next().unwrap_or("");
    let Some(dash) =
        line.chars().next().filter(|c| matches!(c, '—' | '–' | '―' | '-'))
    else {
        return;
    };
    let name = line[dash.len_utf8()..].trim();
    if si == 0
        || !attribution(name)
        || dash_item(text, sentences, si - 1)
        || si + 1 < sentences.len() && dash_item(text, sentences, si + 1)
        || text[..sentences[si - 1].1].ends_with(':')
    {
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
    finish(text, (cs, prev_end), None, &mut c);
    out.push(c);
}

/// Whether the text after an opening dash reads as who is quoted ("—
/// Mellody Hobson", "– International security analyst"): at most eight
/// words, starting with a capital and ending in a letter, a digit or a
/// parenthesis, with no mark of a clause or of Markdown inside. A list
/// item ("- **Agriculture**,", "- peace and security;") or a sentence
/// ("— India will blame us.") is none.
pub(super) fn attribution(name: &str) -> bool {
    name.starts_with(char::is_uppercase)
        && name.ends_with(|c: char| c.is_alphanumeric() || c == ')')
        && !name.contains(['*', ';', ':', '?', '!', '“', '"'])
        && name.split_whitespace().count() <= 8
}

/// Whether sentence `k` starts with a dash: beside another, a dash line
/// is an item of a list, not an attribution.
pub(super) fn dash_item(
    text: &str,
    sentences: &[(usize, usize)],
    k: usize,
) -> bool {
    let (s, e) = sentences[k];
    text[s..e].starts_with(['—', '–', '―', '-'])
}
