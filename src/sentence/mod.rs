//! Sentence boundaries, which mentions are counted in and claims are found
//! in.
//!
//! A blank line ends a sentence, so headings, datelines and list items
//! stand alone, unless the text goes on in lower case after a line with no
//! stop (a page break in a PDF's text); a line that starts with a list
//! marker or a speaker label starts one. A single line break inside a
//! paragraph does not end a sentence, unless the layout says the line
//! stands alone: the next line is indented as a paragraph's start, or this
//! one is a heading or a salutation (see `lines`). Within a line, `.`,
//! `!`, `?` and `…` (and closing quotes, brackets, emphasis marks and a
//! footnote number after them) end a sentence when the next word, on this
//! line or the next, starts with a capital, a digit or a quote, unless the
//! period closes an abbreviation (Mr., Jan., U.S.), an initial or an item
//! number. A run longer than [`MAX_SENTENCE_BYTES`] with no sentence end
//! is cut at white space; a run with no letter or digit ("---") is none.

mod lines;
#[cfg(test)]
mod tests;

use lines::Layout;

/// Byte spans of the sentences of `text`, in order, trimmed of white
/// space. Text that is all white space has none.
pub fn split(text: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut start = 0;
    let bytes = text.as_bytes();
    // The line breaks, the sentence marks and the ellipses (found by the
    // last byte of '…', E2 80 A6), in order: the bytes between are passed
    // over by memchr's vector search.
    let mut breaks = memchr::memchr_iter(b'\n', bytes);
    let mut marks = memchr::memchr3_iter(b'.', b'!', b'?', bytes);
    let mut ellipses = memchr::memchr_iter(0xA6, bytes)
        .filter(|&j| j >= 2 && bytes[j - 2..j] == [0xE2, 0x80])
        .map(|j| j - 2);
    // The next of each, past the text's end (`NONE`) when there is none:
    // plain offsets, compared as they are.
    const NONE: usize = usize::MAX;
    let mut brk = breaks.next().unwrap_or(NONE);
    let mut mark = marks.next().unwrap_or(NONE);
    let mut ellipsis = ellipses.next().unwrap_or(NONE);
    let mut from = 0;
    let mut layout = Layout::default();
    // Where the line of the next break starts.
    let mut line_start = 0;
    loop {
        while brk < from {
            line_start = brk + 1;
            brk = breaks.next().unwrap_or(NONE);
        }
        while mark < from {
            mark = marks.next().unwrap_or(NONE);
        }
        while ellipsis < from {
            ellipsis = ellipses.next().unwrap_or(NONE);
        }
        let i = brk.min(mark).min(ellipsis);
        if i == NONE {
            break;
        }
        from = i + 1;
        if bytes[i] == b'\n' {
            if lines::ends_at(text, start, (line_start, i), &mut layout) {
                push(text, start, i, out);
                start = i + 1;
            }
            continue;
        }
        let len = if bytes[i] == 0xE2 { 3 } else { 1 };
        if !item_number_only(text, start, i)
            && let Some(end) = sentence_end(text, i, len)
        {
            push(text, start, end, out);
            start = end;
            from = end;
        }
    }
    push(text, start, text.len(), out);
}

/// Whether nothing but white space and an item number ("1", "IV",
/// "**2") stand between `start` and the period at `i`: its period is
/// the item's, not a sentence's.
fn item_number_only(text: &str, start: usize, i: usize) -> bool {
    let item = text[start..i].trim().trim_start_matches(['*', '_', '#']);
    let b = item.as_bytes();
    b.is_empty()
        || b.len() <= 3 && b.iter().all(u8::is_ascii_digit)
        || b.len() <= 5 && b.iter().all(|b| b"IVXLC".contains(b))
}
/// Marks that close a sentence after its terminal mark: quotes,
/// brackets, and Markdown's and footnotes' asterisks.
const CLOSERS: [char; 12] =
    ['.', '!', '?', '"', '\'', '”', '’', ')', ']', '»', '*', '_'];

/// Where the sentence whose terminal mark (`len` bytes) is at `i` ends,
/// if it does.
fn sentence_end(text: &str, i: usize, len: usize) -> Option<usize> {
    let mut end = i + len;
    let rest = &text[end..];
    // Most marks are followed by a space or a letter: nothing to read.
    if !rest
        .as_bytes()
        .first()
        .is_none_or(|b| b.is_ascii_whitespace() || b.is_ascii_alphanumeric())
    {
        end += rest.len() - rest.trim_start_matches(CLOSERS).len();
    }
    end += footnote(text, i, end);
    let after = &text[end..];
    // White space, line breaks and indentation included, stands between
    // two sentences.
    let mut next = after.trim_start();
    if next.len() == after.len() {
        return None; // "3.5", "U.S.-led", "e.g."
    }
    // A note marker after the space belongs to the sentence it follows.
    let note = bracket_note(next);
    if note > 0 && next[note..].starts_with(char::is_whitespace) {
        end = text.len() - next.len() + note;
        next = next[note..].trim_start();
    }
    let next = trim_start_ascii(next, b"*_");
    let first = next.chars().next()?;
    // A dash after a quotation starts its attribution: "…bully.” ― Name".
    let dash = matches!(first, '—' | '–' | '―')
        && next[first.len_utf8()..].starts_with(' ');
    let starts = dash
        || first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '“' | '‘' | '\'' | '(' | '«' | '„' | '[');
    // The abbreviations are looked up only where a sentence may end.
    if !starts
        || text.as_bytes()[i] == b'.'
            && is_abbreviation(&text[..i], first.is_ascii_digit())
    {
        return None;
    }
    Some(end)
}

/// The length of a footnote marker stuck to the sentence end at `i`
/// whose closers end at `end` ("peace.12 The", "peace.[3] The"): a
/// number of one to three digits, in brackets or not, between a word in
/// lower case (or a closer) and white space, then a capital or a quote.
/// A number after an abbreviation that takes one ("No.5") or a code
/// ("A/70/PV.25") is no footnote.
fn footnote(text: &str, i: usize, end: usize) -> usize {
    let rest = &text[end..];
    let note = match bracket_note(rest) {
        0 => rest.bytes().take_while(u8::is_ascii_digit).count(),
        n => n,
    };
    // Most sentence ends have none: nothing more to read.
    if !(1..=5).contains(&note) {
        return 0;
    }
    let next = rest[note..].trim_start();
    let spaced = next.len() < rest.len() - note;
    let after_word = end
        > i + text[i..].chars().next().map_or(1, char::len_utf8)
        || text[..i]
            .ends_with(|c: char| c.is_lowercase() || ")”’".contains(c));
    let capital =
        next.starts_with(|c: char| c.is_uppercase() || "“\"".contains(c));
    if spaced && after_word && capital && !is_abbreviation(&text[..i], true) {
        note
    } else {
        0
    }
}

/// The length of a bracketed note number that opens `s` ("[3]", "[12]"),
/// or 0.
fn bracket_note(s: &str) -> usize {
    let Some(inner) = s.strip_prefix('[') else { return 0 };
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) && inner[digits..].starts_with(']') {
        digits + 2
    } else {
        0
    }
}

/// Whether the word before a period is an abbreviation or an initial.
/// "No." and "Nos." abbreviate only before a number.
fn is_abbreviation(before: &str, digit_next: bool) -> bool {
    // The text after the last white space, parenthesis, quotation mark or
    // period ("U.S." gives "S"), read backwards a byte at a time: no
    // abbreviation is longer than "approx", so no more than seven bytes.
    let b = before.as_bytes();
    let mut i = b.len();
    while i > 0 && b.len() - i <= 6 {
        let c = b[i - 1];
        if c < 0x80 {
            if c.is_ascii_whitespace()
                || matches!(c, b'\x0b' | b'(' | b'"' | b'.')
            {
                break;
            }
            i -= 1;
            continue;
        }
        let Some(ch) = before[..i].chars().next_back() else { break };
        if ch.is_whitespace() || ch == '“' {
            break;
        }
        i -= ch.len_utf8();
    }
    if b.len() - i > 6 {
        return false;
    }
    let last = &before[i..];
    let one_letter =
        last.chars().count() == 1 && last.chars().all(char::is_alphabetic);
    if one_letter {
        return true;
    }
    // The word in lower case, as a number, looked up by binary search:
    // fewer branches to guess than comparing words.
    let mut buf = [0u8; 8];
    let Some(word) = buf.get_mut(..last.len()) else { return false };
    word.copy_from_slice(last.as_bytes());
    word.make_ascii_lowercase();
    match &*word {
        b"no" | b"nos" => digit_next,
        _ => abbreviations().binary_search(&u64::from_le_bytes(buf)).is_ok(),
    }
}

/// Abbreviations whose period does not end a sentence, in lower case;
/// none is longer than six bytes.
const ABBREVIATIONS: [&str; 40] = [
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "gen", "sen", "rep", "gov",
    "lt", "col", "capt", "sgt", "prof", "rev", "hon", "jr", "sr", "inc",
    "ltd", "co", "corp", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept",
];

/// [`ABBREVIATIONS`], each as the number its bytes make (zeros after),
/// sorted.
fn abbreviations() -> &'static [u64] {
    static KEYS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<u64> = ABBREVIATIONS
            .iter()
            .map(|a| {
                let mut buf = [0u8; 8];
                buf[..a.len()].copy_from_slice(a.as_bytes());
                u64::from_le_bytes(buf)
            })
            .collect();
        keys.sort_unstable();
        keys
    })
}

/// `s` without the bytes of `set` (ASCII) at its start: what
/// `trim_start_matches` with those characters gives, read a byte at a
/// time.
pub(crate) fn trim_start_ascii<'s>(s: &'s str, set: &[u8]) -> &'s str {
    let n = s.bytes().take_while(|b| set.contains(b)).count();
    &s[n..]
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    // A rule ("---", "* * *") or a lone mark is no sentence.
    if !trimmed.contains(char::is_alphanumeric) {
        return;
    }
    let (mut from, to) = (start + lead, start + lead + trimmed.len());
    // A run of text with no sentence end (a table, a list run together, a
    // text without punctuation) is cut at white space every
    // MAX_SENTENCE_BYTES, so that the work per sentence stays bounded.
    while to - from > MAX_SENTENCE_BYTES {
        let mut cut = from + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let space = text[from..cut].rfind(char::is_whitespace);
        let cut = match space {
            Some(i) if i > 0 => from + i,
            _ => cut,
        };
        let piece = text[from..cut].trim_end();
        out.push((from, from + piece.len()));
        from = cut + text[cut..to].len() - text[cut..to].trim_start().len();
    }
    if from < to {
        out.push((from, to));
    }
}

/// The longest sentence: longer runs are cut at white space.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// The index of the sentence that holds byte `pos`: the last that starts
/// at or before it.
pub fn index_of(sentences: &[(usize, usize)], pos: usize) -> usize {
    sentences.partition_point(|&(s, _)| s <= pos).saturating_sub(1)
}

/// [`index_of`] for positions asked mostly in order, as a document's
/// mentions are: it walks on from the sentence it found last, and
/// searches only where a position goes back.
pub struct Cursor<'s> {
    sentences: &'s [(usize, usize)],
    at: usize,
}

impl<'s> Cursor<'s> {
    /// A cursor at the first of `sentences`.
    pub fn new(sentences: &'s [(usize, usize)]) -> Cursor<'s> {
        Cursor { sentences, at: 0 }
    }

    /// What `index_of(sentences, pos)` gives.
    pub fn index_of(&mut self, pos: usize) -> usize {
        let s = self.sentences;
        if s.get(self.at).is_some_and(|&(start, _)| start > pos) {
            self.at = index_of(s, pos);
            return self.at;
        }
        while s.get(self.at + 1).is_some_and(|&(start, _)| start <= pos) {
            self.at += 1;
        }
        self.at
    }
}
