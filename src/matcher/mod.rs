//! Matchers: the stage that finds candidate mentions in a document.
//!
//! [`LiteralMatcher`] finds dictionary aliases, and the trigger words
//! the later stages give it (those of dates and claims), in one pass of
//! tries walked from the word starts;
//! [`PersonMatcher`] and [`OrgMatcher`] find people and organizations by
//! pattern, and [`dateline`] the place
//! of a news story's dateline. Candidates may overlap: `resolve` picks
//! among them.

pub(crate) mod block;
pub mod dateline;
mod literal;
mod orgs;
mod person;
mod trie;

pub(crate) use block::unsure_lines;
pub use literal::{LiteralMatcher, Triggers};
pub use orgs::OrgMatcher;
pub(crate) use person::is_common_word;
pub use person::{PersonMatcher, person_id};

/// A set of 64-bit keys as a bitmap of their hashes, about 32 bits a
/// key: it may say a key is there that is not (one time in 30 or so),
/// never the reverse. Most words of prose are in none of the big lists
/// (aliases, names); one bit, likely in the cache, tells so for most of
/// them, before a walk or a look-up that would read memory that is not.
#[derive(Clone, Debug)]
pub(crate) struct HashBits {
    bits: Vec<u64>,
    /// 64 less the number of bits of a hash.
    shift: u32,
}

impl HashBits {
    pub(crate) fn new(keys: impl ExactSizeIterator<Item = u64>) -> HashBits {
        // About 32 bits a key, at least 2^12.
        let log2 = (keys.len() * 32).next_power_of_two().ilog2().max(12);
        let mut set =
            HashBits { bits: vec![0; 1 << (log2 - 6)], shift: 64 - log2 };
        for k in keys {
            let i = set.index(k);
            set.bits[i / 64] |= 1 << (i % 64);
        }
        set
    }

    #[inline(always)]
    fn index(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline(always)]
    pub(crate) fn may_hold(&self, key: u64) -> bool {
        let i = self.index(key);
        self.bits[i / 64] & 1 << (i % 64) != 0
    }
}

/// Whether one of the spans of `known` (sorted by start) covers byte `at`.
pub(crate) fn covered(known: &[(usize, usize)], at: usize) -> bool {
    let i = known.partition_point(|k| k.0 <= at);
    known[..i].iter().rev().take(8).any(|k| k.1 > at)
}

/// Whether `known` (sorted by start) holds exactly the span `start..end`.
pub(crate) fn same_span(
    known: &[(usize, usize)],
    start: usize,
    end: usize,
) -> bool {
    let i = known.partition_point(|k| k.0 < start);
    known[i..].iter().take_while(|k| k.0 == start).any(|k| k.1 == end)
}

/// The length of the white space at `at` if it reads as the one space
/// between two words of a name: one or two spaces, or one line break with
/// spaces around it that wraps a line of prose, whose part before the
/// break holds [`WRAPPED_LINE`] bytes or more. A tab, more spaces (the
/// columns of a table), a blank line, or a break after a short line (a
/// heading, a list's item, a label: "Members:\nWorld Bank") is no such
/// space.
pub(crate) fn wrap_len(bytes: &[u8], at: usize) -> Option<usize> {
    let mut breaks = 0;
    let mut len = 0;
    for &b in &bytes[at..] {
        match b {
            b' ' => {}
            b'\n' => breaks += 1,
            b'\t' => return None,
            _ => break,
        }
        len += 1;
    }
    match breaks {
        0 => (1..=2).contains(&len).then_some(len),
        1 => {
            let start =
                memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
            let line = &bytes[start..at];
            let indent = line.iter().take_while(|&&b| b == b' ').count();
            (line.len() - indent >= WRAPPED_LINE).then_some(len)
        }
        _ => None,
    }
}

/// The shortest line, without its indent, that a break after it wraps:
/// speeches wrapped by hand run 45–55 bytes a line (97 % of the UN
/// speeches' lines that go on with a capitalized word hold 40 or more).
pub(crate) const WRAPPED_LINE: usize = 40;

/// Whether `c` continues a word: letters, digits and the underscore.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `b` is an ASCII letter, digit or underscore: a word byte
/// (`is_word_char` of an ASCII byte), by a table.
#[inline]
pub(crate) fn is_ascii_word(b: u8) -> bool {
    const WORD: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 128 {
            t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
            b += 1;
        }
        t
    };
    WORD[usize::from(b)]
}

/// The word at or after byte `from` of `text` (an offset where no word
/// goes on) as its start and end: a character for which `first` holds
/// and those after it for which `rest` holds. `rest` must hold for every
/// ASCII letter: runs of them are passed over without calling it.
pub(crate) fn word_from(
    text: &str,
    from: usize,
    first: impl Fn(char) -> bool,
    rest: impl Fn(char) -> bool,
) -> Option<(usize, usize)> {
    let start = from + find_char(&text[from..], first)?;
    let go_on = start + block::letter_run(text.as_bytes(), start);
    let end = find_char(&text[go_on..], |c| !rest(c))
        .map_or(text.len(), |k| go_on + k);
    Some((start, end))
}

/// The offset of the first character of `s` for which `f` holds. An
/// ASCII byte is tested as it is, without decoding: most text is ASCII,
/// and the words of the rule matchers are read this way.
#[inline]
fn find_char(s: &str, f: impl Fn(char) -> bool) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if f(char::from(b)) {
                return Some(i);
            }
            i += 1;
        } else {
            // `i` is at a character's first byte.
            let c = s[i..].chars().next()?;
            if f(c) {
                return Some(i);
            }
            i += c.len_utf8();
        }
    }
    None
}

/// Whether a word of [`word_from`]'s kind starts at byte `p`: no
/// character for which `first` holds stands before it, with at most
/// characters for which `rest` holds between.
pub(crate) fn word_starts_at(
    text: &str,
    p: usize,
    first: impl Fn(char) -> bool,
    rest: impl Fn(char) -> bool,
) -> bool {
    for c in text[..p].chars().rev() {
        if first(c) {
            return false;
        }
        if !rest(c) {
            return true;
        }
    }
    true
}

/// The offsets of the capital letters of `text` (ASCII and others), for
/// callers without the dictionary's pass, which finds them on its way
/// (`Triggers::capitals`).
pub fn capitals(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(p) = next_capital(text, at) {
        out.push(p);
        at = p + 1;
    }
    out
}

/// The offset of the next capital letter of `text` at or after byte
/// `from`: eight bytes at a time are passed over while they hold no
/// ASCII capital and no byte outside ASCII; the others are tested as
/// bytes, and only characters outside ASCII are decoded.
pub(crate) fn next_capital(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8)
            && let Ok(word) = <[u8; 8]>::try_from(chunk)
        {
            let x = u64::from_le_bytes(word);
            if x & block::HIGH == 0
                && block::between(x, b'A' - 1, b'Z' + 1) == 0
            {
                i += 8;
                continue;
            }
        }
        let end = (i + 8).min(bytes.len());
        for (j, &b) in bytes.iter().enumerate().take(end).skip(i) {
            if b.is_ascii_uppercase() {
                return Some(j);
            }
            // A character's first byte outside ASCII (0xC0 and above).
            if b >= 0xC0 && text[j..].starts_with(char::is_uppercase) {
                return Some(j);
            }
        }
        i = end;
    }
    None
}

/// Whether `start..end` of `text` stands at word boundaries: no letter or
/// digit glued to either end.
pub fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    // Most edges are ASCII: read as bytes, by the table of word bytes.
    let b = text.as_bytes();
    if start < end {
        let edge = |i: usize| b.get(i).copied().filter(u8::is_ascii);
        let (first, last) = (edge(start), edge(end - 1));
        let before = if start == 0 { Some(b' ') } else { edge(start - 1) };
        let after = if end == b.len() { Some(b' ') } else { edge(end) };
        if let (Some(f), Some(l), Some(p), Some(n)) =
            (first, last, before, after)
        {
            let glued = |x: u8, y: u8| is_ascii_word(x) && is_ascii_word(y);
            return !glued(f, p) && !glued(l, n);
        }
    }
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let open = |edge: Option<char>, side: Option<char>| {
        !(edge.is_some_and(is_word_char) && side.is_some_and(is_word_char))
    };
    open(first, before) && open(last, after)
}

/// Whether one of the `|`-separated `words` stands, as a word, within 300
/// bytes of the mention.
pub(crate) fn near(text: &str, start: usize, end: usize, words: &str) -> bool {
    near_where(text, start, end, words, |_, _| true)
}

/// As [`near`], counting only the words whose span `(start, end)` `keep`
/// holds for.
pub(crate) fn near_where(
    text: &str,
    start: usize,
    end: usize,
    words: &str,
    keep: impl Fn(usize, usize) -> bool,
) -> bool {
    let mut from = start.saturating_sub(300);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (end + 300).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let window = &text.as_bytes()[from..to];
    // memchr's searcher finds a short word in a window of 600 bytes with
    // a third of the branches of the standard library's Two-Way one.
    words.split('|').filter(|w| !w.is_empty()).any(|w| {
        memchr::memmem::find_iter(window, w).any(|i| {
            let (a, b) = (from + i, from + i + w.len());
            at_word_boundaries(text, a, b) && keep(a, b)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// From every offset, the capital a character-by-character search
    /// finds: ASCII capitals, capitals outside ASCII, lower-case letters
    /// outside ASCII, at every place in the eight-byte steps.
    #[test]
    fn next_capital_finds_the_next_capital_letter() {
        let text = "the summit in paris: Élysée talks, then Moscow; \
                    ñandú and éclair, ŁÓDŹ, x Y z and more text here";
        for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let want = text[from..]
                .char_indices()
                .find(|(_, c)| c.is_uppercase())
                .map(|(i, _)| from + i);
            assert_eq!(next_capital(text, from), want, "from {from}");
        }
    }

    #[test]
    fn word_boundaries() {
        let cases = [
            ("mali", "Somalia", 2, false),
            ("Mali", "in Mali.", 3, true),
            ("Russian", "pro-Russian", 4, true),
            ("Russia", "Russia’s", 0, true),
            ("Kyiv", "Kyiv-based", 0, true),
            ("U.S.", "the U.S.-led", 4, true),
            ("iran", "Tirana", 1, false),
            ("Côte", "Côte d’Ivoire", 0, true),
            ("Chad", "Chadian", 0, false),
            // The text's own ends, letters outside ASCII beside, the
            // underscore and digits as word characters.
            ("Mali", "Mali", 0, true),
            ("Mali", "éMali", 2, false),
            ("Mali", "Maliç", 0, false),
            ("Mali", "«Mali»", 2, true),
            ("al", "al_Qaeda", 0, false),
            ("9", "19", 1, false),
        ];
        for (needle, hay, start, want) in cases {
            let end = start + needle.len();
            assert_eq!(&hay[start..end], needle);
            assert_eq!(at_word_boundaries(hay, start, end), want, "{hay}");
        }
    }
}
