//! Tokens of the date grammar, and the windows of text it reads.

use super::super::trigger_words;
use crate::matcher::block;
use crate::matcher::is_word_char;

/// Bytes of context a window keeps before its trigger, and after it.
/// Every expression holds a trigger word or a digit, each of which opens
/// a window of its own, so a window need reach after its trigger only as
/// far as an expression goes on past its last one ("ago", "from now",
/// "before last"); the future cues around a date are read past the
/// window (`before`, `after`).
const BEFORE: usize = 40;
const AFTER: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum TokKind {
    Num,
    Word,
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: TokKind,
    /// White space before it: 0 none, 1 on the same line, 2 a line break.
    pub(super) gap: u8,
}

/// The offsets of trigger words in `text`, for callers without the
/// dictionary automaton.
pub(in crate::date) fn find_trigger_words(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if c.is_alphabetic() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take()
            && !is_word_char(c)
            && trigger_words().any(|w| text[s..i].eq_ignore_ascii_case(w))
        {
            out.push(s);
        }
    }
    out
}

/// The windows of `text` to parse: around every digit run and every
/// trigger word (`triggers`, sorted), merged where they meet.
pub(in crate::date) fn windows(
    text: &str,
    triggers: &[usize],
) -> Vec<(usize, usize)> {
    let mut points = digit_runs(text.as_bytes());
    points.extend_from_slice(triggers);
    points.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for p in points {
        let (s, e) = (window_start(text, p), window_end(text, p));
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// The offsets where runs of ASCII digits start. Thirty-two bytes are
/// tested for a digit at once (four words of eight, one branch), and only
/// those that hold one are read byte by byte: prose has few digits.
fn digit_runs(bytes: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let (blocks, _) = bytes.as_chunks::<32>();
    for (k, block) in blocks.iter().enumerate() {
        let (words, _) = block.as_chunks::<8>();
        // Whether a byte is '0'..='9': the range test is exact on bytes
        // below 0x80, so bytes from 0x80 on are masked to their low bits
        // first and their own flags cleared after.
        let any = words.iter().fold(0, |acc, w| {
            let x = u64::from_le_bytes(*w);
            acc | block::between(x & !block::HIGH, b'0' - 1, b'9' + 1) & !x
        });
        if any != 0 {
            runs_in(bytes, k * 32, k * 32 + 32, &mut out);
        }
    }
    runs_in(bytes, blocks.len() * 32, bytes.len(), &mut out);
    out
}

/// Appends the starts of digit runs among `bytes[from..to]`.
fn runs_in(bytes: &[u8], from: usize, to: usize, out: &mut Vec<usize>) {
    for i in from..to {
        let previous = i.checked_sub(1).map(|p| bytes[p]);
        if bytes[i].is_ascii_digit()
            && !previous.is_some_and(|b| b.is_ascii_digit())
        {
            out.push(i);
        }
    }
}

fn window_start(text: &str, p: usize) -> usize {
    let mut s = p.saturating_sub(BEFORE);
    while !text.is_char_boundary(s) {
        s += 1;
    }
    if s == 0 {
        return 0;
    }
    // Start after a white space, so that no token is cut.
    match text[s..p].find(char::is_whitespace) {
        Some(i) => s + i,
        None => p,
    }
}

fn window_end(text: &str, p: usize) -> usize {
    let mut e = (p + AFTER).min(text.len());
    while !text.is_char_boundary(e) {
        e += 1;
    }
    e + text[e..].find(char::is_whitespace).unwrap_or(text.len() - e)
}

/// Bytes a token takes at most when a line is read on past a window's
/// end for a few tokens (`before`, `after`).
const TOKEN_BYTES: usize = 32;

/// Up to `n` tokens of the line that end at or before byte `at`, where a
/// token starts (and after a white space, or at the line's start), last
/// ones first.
pub(super) fn before(text: &str, at: usize, n: usize) -> Vec<Tok> {
    let mut from = at.saturating_sub(n * TOKEN_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    if !text[..from].is_empty() && !text[..from].ends_with(char::is_whitespace)
    {
        // Start after a white space, so that no token is cut.
        from =
            text[from..at].find(char::is_whitespace).map_or(at, |i| from + i);
    }
    if let Some(i) = text[from..at].rfind('\n') {
        from += i + 1;
    }
    let mut toks = tokenize(text, from, at);
    toks.reverse();
    toks.truncate(n);
    toks
}

/// Up to `n` tokens of the line from byte `at` on, where a token may
/// start.
pub(super) fn after(text: &str, at: usize, n: usize) -> Vec<Tok> {
    let mut to = (at + n * TOKEN_BYTES).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    to += text[to..].find(char::is_whitespace).unwrap_or(text.len() - to);
    if let Some(i) = text[at..to].find('\n') {
        to = at + i;
    }
    let mut toks = tokenize(text, at, to);
    toks.truncate(n);
    toks
}

/// The tokens of `text[start..end]`: runs of ASCII digits, runs of other
/// word characters, and single other characters, each with the white
/// space before it. ASCII bytes are classified by a table, without
/// decoding; other characters are decoded.
pub(super) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    // About one token in four bytes of prose: room made once.
    let mut toks = Vec::with_capacity((end - start) / 4);
    let bytes = &text.as_bytes()[..end];
    let mut gap = 2;
    let mut i = start;
    while i < end {
        let b = bytes[i];
        let (class, len) = match CLASS[usize::from(b)] {
            OTHER => {
                let c = text[i..].chars().next().unwrap_or(' ');
                (char_class(c), c.len_utf8())
            }
            class => (class, 1),
        };
        match class {
            SPACE => {
                gap = gap.max(1);
                i += len;
                continue;
            }
            NEWLINE => {
                gap = 2;
                i += len;
                continue;
            }
            _ => {}
        }
        let s = i;
        i += len;
        let kind = match class {
            DIGIT => {
                while i < end && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                TokKind::Num
            }
            WORD => {
                // Word characters but digits: runs of ASCII letters
                // sixteen bytes at a time, underscores by the table,
                // others decoded.
                while i < end {
                    i += block::letter_run(bytes, i);
                    let Some(&b) = bytes.get(i) else { break };
                    match CLASS[usize::from(b)] {
                        WORD => i += 1,
                        OTHER => {
                            let c = text[i..].chars().next().unwrap_or(' ');
                            if char_class(c) != WORD {
                                break;
                            }
                            i += c.len_utf8();
                        }
                        _ => break,
                    }
                }
                TokKind::Word
            }
            _ => TokKind::Punct(text[s..].chars().next().unwrap_or(' ')),
        };
        toks.push(Tok { start: s, end: i, kind, gap });
        gap = 0;
    }
    toks
}

/// Classes of characters for `tokenize`.
const SPACE: u8 = 0;
const NEWLINE: u8 = 1;
const DIGIT: u8 = 2;
const WORD: u8 = 3;
const PUNCT: u8 = 4;
/// A byte outside ASCII: its character is decoded and classified.
const OTHER: u8 = 5;

/// The class of each byte: ASCII ones by what they are, the others
/// [`OTHER`].
const CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8 as char;
        t[b] = if c == '\n' {
            NEWLINE
        } else if c.is_ascii_whitespace() || b == 0x0B {
            SPACE
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() || c == '_' {
            WORD
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

/// The class of a character, as `tokenize` reads it.
fn char_class(c: char) -> u8 {
    if c == '\n' {
        NEWLINE
    } else if c.is_whitespace() {
        SPACE
    } else if c.is_ascii_digit() {
        DIGIT
    } else if is_word_char(c) {
        WORD
    } else {
        PUNCT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens a reading character by character gives.
    fn tokenize_chars(text: &str, start: usize, end: usize) -> Vec<Tok> {
        let mut toks = Vec::new();
        let mut gap = 2;
        let mut chars = text[start..end]
            .char_indices()
            .map(|(i, c)| (i + start, c))
            .peekable();
        while let Some((s, c)) = chars.next() {
            if c.is_whitespace() {
                gap = gap.max(if c == '\n' { 2 } else { 1 });
                continue;
            }
            let kind = if c.is_ascii_digit() {
                TokKind::Num
            } else if is_word_char(c) {
                TokKind::Word
            } else {
                TokKind::Punct(c)
            };
            let mut e = s + c.len_utf8();
            while let Some(&(i, n)) = chars.peek() {
                let same = match kind {
                    TokKind::Num => n.is_ascii_digit(),
                    TokKind::Word => is_word_char(n) && !n.is_ascii_digit(),
                    TokKind::Punct(_) => false,
                };
                if !same {
                    break;
                }
                e = i + n.len_utf8();
                chars.next();
            }
            toks.push(Tok { start: s, end: e, kind, gap });
            gap = 0;
        }
        toks
    }

    /// Tokens read byte by byte are those read character by character,
    /// for every ASCII byte and characters of each class outside ASCII,
    /// from every character boundary.
    #[test]
    fn tokens_are_read_as_characters_are() {
        let mut text: String = (0u8..128).map(char::from).collect();
        text.push_str(
            "in 2026, 07/01 x9y Jan. 7th\n\n Ça va—à\u{a0}Ⅻ ٣ ½ São_Paulo's \
             \u{2028}İstanbul 12\u{301}3 ŁÓDŹ… “quoted” 🙂x",
        );
        let key = |t: &[Tok]| -> Vec<(usize, usize, String, u8)> {
            t.iter()
                .map(|t| (t.start, t.end, format!("{:?}", t.kind), t.gap))
                .collect()
        };
        let bounds: Vec<usize> =
            text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for &s in &bounds {
            for &e in bounds.iter().filter(|&&e| e >= s).step_by(7) {
                assert_eq!(
                    key(&tokenize(&text, s, e)),
                    key(&tokenize_chars(&text, s, e)),
                    "{:?}",
                    &text[s..e]
                );
            }
        }
    }

    /// The word-at-a-time scan finds the runs a byte-by-byte scan finds,
    /// at every alignment and with every byte value around.
    #[test]
    fn digit_runs_are_found_eight_bytes_at_a_time() {
        let mut bytes: Vec<u8> = (0..=255u8).collect();
        bytes.extend(b"in 2026, 07/01 x9y 123456789 a0");
        bytes.extend((0..=255u8).rev());
        for skip in 0..9 {
            let b = &bytes[skip..];
            let want: Vec<usize> = (0..b.len())
                .filter(|&i| {
                    b[i].is_ascii_digit()
                        && (i == 0 || !b[i - 1].is_ascii_digit())
                })
                .collect();
            assert_eq!(digit_runs(b), want, "from {skip}");
        }
    }
}
