//! Byte classes of ASCII text without a branch per byte: where words
//! start in 64 bytes and where capitals stand (the dictionary's walks;
//! sixteen bytes at a time with SSE2 on x86-64, eight at a time with
//! arithmetic, SWAR, elsewhere), the head of a word (its walks' filter),
//! whether eight bytes hold a capital (`next_capital`). Scanning prose
//! byte by byte costs a mispredicted branch at nearly every word's end.

#[cfg(target_arch = "x86_64")]
use std::arch::x86_64::{
    __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8,
    _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
};

const ONES: u64 = u64::MAX / 255;
/// The high bit of every byte.
pub(crate) const HIGH: u64 = ONES * 128;

/// The classes of the bytes of a block of 64, one bit per byte (bit `i`
/// for byte `i`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    /// ASCII letters, digits and the underscore.
    pub(crate) word: u64,
    /// Spaces.
    pub(crate) space: u64,
    /// Capital letters.
    pub(crate) upper: u64,
}

/// The classes of `block`, or `None` if a byte of it is outside ASCII:
/// sixteen bytes at a time with SSE2, which every x86-64 processor has.
#[cfg(target_arch = "x86_64")]
#[inline]
pub(crate) fn classify(block: &[u8; 64]) -> Option<Block> {
    // SAFETY: SSE2 is part of x86-64: every processor that runs this
    // build has it.
    unsafe { classify_sse2(block) }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn classify_sse2(block: &[u8; 64]) -> Option<Block> {
    // The sixteen bytes' flags as sixteen bits.
    let bits = |v: __m128i| u64::from(_mm_movemask_epi8(v) as u16);
    let (mut word, mut space, mut upper, mut high) = (0, 0, 0, 0);
    for (k, chunk) in block.as_chunks::<16>().0.iter().enumerate() {
        let x = load16(chunk);
        high |= bits(x);
        word |= bits(word_bytes16(x)) << (16 * k);
        space |=
            bits(_mm_cmpeq_epi8(x, _mm_set1_epi8(b' ' as i8))) << (16 * k);
        upper |= bits(within(x, b'A', b'Z')) << (16 * k);
    }
    (high == 0).then_some(Block { word, space, upper })
}

/// Sixteen bytes, loaded as they lie.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn load16(chunk: &[u8; 16]) -> __m128i {
    // SAFETY: the sixteen bytes read are those of `chunk`, and the load
    // needs no alignment.
    unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) }
}

/// The bytes of `x` from `lo` to `hi`, compared as signed bytes: exact for
/// ASCII bounds and bytes; bytes from 0x80 on (negative) are never in.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn within(x: __m128i, lo: u8, hi: u8) -> __m128i {
    let above = _mm_cmpgt_epi8(x, _mm_set1_epi8(lo as i8 - 1));
    _mm_and_si128(above, _mm_cmplt_epi8(x, _mm_set1_epi8(hi as i8 + 1)))
}

/// The ASCII word bytes of `x`: letters, digits and the underscore
/// ([`word_bytes`] eight at a time).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn word_bytes16(x: __m128i) -> __m128i {
    let digit = within(x, b'0', b'9');
    let underscore = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'_' as i8));
    _mm_or_si128(_mm_or_si128(letters(x), digit), underscore)
}

/// The ASCII letters of `x`, in either case.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn letters(x: __m128i) -> __m128i {
    within(_mm_or_si128(x, _mm_set1_epi8(0x20)), b'a', b'z')
}

/// The number of ASCII letters from `bytes[s]` on: sixteen bytes at a
/// time with SSE2 on x86-64 (most words are read in one step), one at a
/// time elsewhere and near the text's end.
#[inline]
pub(crate) fn letter_run(bytes: &[u8], s: usize) -> usize {
    let mut n = 0;
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes.get(s + n..s + n + 16) {
        // SAFETY: SSE2 is part of x86-64 (see `classify`).
        let letters = unsafe { letters_sse2(chunk.try_into().unwrap()) };
        let run = (!letters).trailing_zeros() as usize;
        n += run;
        if run < 16 {
            return n;
        }
    }
    let rest = bytes.get(s + n..).unwrap_or_default();
    n + rest.iter().take_while(|b| b.is_ascii_alphabetic()).count()
}

/// The number of ASCII word bytes (letters, digits, underscores) and
/// apostrophes from `bytes[s]` on, and whether a capital is among them:
/// the ASCII part of a word as the claims read words ("Assembly's").
/// Sixteen bytes at a time with SSE2 on x86-64, where a word's end costs
/// no mispredicted branch; one at a time elsewhere and near the end.
#[inline]
pub(crate) fn word_run(bytes: &[u8], s: usize) -> (usize, bool) {
    let (mut n, mut upper) = (0, false);
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes.get(s + n..s + n + 16) {
        // SAFETY: SSE2 is part of x86-64 (see `classify`).
        let (word, capitals) =
            unsafe { word_run_sse2(chunk.try_into().unwrap()) };
        let run = (!word).trailing_zeros() as usize;
        upper |= capitals & ((1 << run) - 1) != 0;
        n += run;
        if run < 16 {
            return (n, upper);
        }
    }
    for &b in bytes.get(s + n..).unwrap_or_default() {
        if !(super::is_ascii_word(b) || b == b'\'') {
            break;
        }
        upper |= b.is_ascii_uppercase();
        n += 1;
    }
    (n, upper)
}

/// The word bytes and apostrophes of sixteen bytes, and their capitals,
/// byte `i`'s as bit `i`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn word_run_sse2(chunk: &[u8; 16]) -> (u32, u32) {
    let x = load16(chunk);
    let apostrophe = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'\'' as i8));
    let w = _mm_or_si128(word_bytes16(x), apostrophe);
    let capitals = within(x, b'A', b'Z');
    (_mm_movemask_epi8(w) as u32, _mm_movemask_epi8(capitals) as u32)
}

/// The ASCII letters of sixteen bytes, byte `i`'s as bit `i`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn letters_sse2(chunk: &[u8; 16]) -> u32 {
    _mm_movemask_epi8(letters(load16(chunk))) as u32
}

/// The classes of `block`, or `None` if a byte of it is outside ASCII:
/// eight bytes at a time with arithmetic.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
#[inline]
fn classify_swar(block: &[u8; 64]) -> Option<Block> {
    let mut word = 0;
    let mut space = 0;
    let mut upper = 0;
    let mut high = 0;
    for (k, chunk) in block.chunks_exact(8).enumerate() {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(chunk);
        let x = u64::from_le_bytes(bytes);
        high |= x & HIGH;
        word |= gather(word_bytes(x)) << (8 * k);
        space |= gather(between(x, b' ' - 1, b' ' + 1)) << (8 * k);
        upper |= gather(between(x, b'A' - 1, b'Z' + 1)) << (8 * k);
    }
    (high == 0).then_some(Block { word, space, upper })
}

/// The classes of `block`, or `None` if a byte of it is outside ASCII.
#[cfg(not(target_arch = "x86_64"))]
#[inline]
pub(crate) fn classify(block: &[u8; 64]) -> Option<Block> {
    classify_swar(block)
}

/// The high bit of each byte of `x` set where it is an ASCII letter, digit
/// or underscore: exact for bytes below 0x80 (see [`between`]).
#[inline(always)]
fn word_bytes(x: u64) -> u64 {
    let letter = between(x | (ONES * 0x20), b'a' - 1, b'z' + 1);
    let digit = between(x, b'0' - 1, b'9' + 1);
    let underscore = between(x, b'_' - 1, b'_' + 1);
    letter | digit | underscore
}

/// The high bit of each byte of `x` set where `lo < byte < hi`: exact
/// for bytes below 0x80 and bounds up to 0x80 (no carry crosses a byte).
/// Bytes from 0x80 on make carries (hence the wrapping arithmetic): the
/// caller discards such a word.
#[inline(always)]
pub(crate) fn between(x: u64, lo: u8, hi: u8) -> u64 {
    let (lo, hi) = (u64::from(lo), u64::from(hi));
    let below_hi = (ONES * (127 + hi)).wrapping_sub(x);
    let above_lo = x.wrapping_add(ONES * (127 - lo));
    below_hi & !x & above_lo & HIGH
}

/// The first eight bytes of `bytes[s..]` (zeros past its end) in ASCII
/// lower case, with every byte from the first that is no ASCII word byte
/// (letter, digit, underscore) on set to zero: "Kremlin," gives
/// "kremlin\0", "al-Qaeda" gives "al". A text found at `s` with word
/// boundaries has the head of the text it is: the heads of a set of
/// texts tell cheaply where none of them can be (`literal::Heads`).
#[inline(always)]
pub(crate) fn head(bytes: &[u8], s: usize) -> u64 {
    let mut eight = [0; 8];
    match bytes.get(s..s + 8) {
        Some(b) => eight.copy_from_slice(b),
        None => {
            let rest = &bytes[s.min(bytes.len())..];
            eight[..rest.len()].copy_from_slice(rest);
        }
    }
    let x = u64::from_le_bytes(eight);
    // Classified on the low seven bits, bytes from 0x80 on cleared after.
    let low = x & !HIGH;
    let upper = between(low, b'A' - 1, b'Z' + 1) & !x;
    let lower = low | upper >> 2;
    let other = !word_bytes(low) & HIGH | x & HIGH;
    // Bytes below the lowest flagged byte are kept.
    let first = other & other.wrapping_neg();
    let keep = (first >> 7).wrapping_sub(1);
    lower & keep
}

/// The high bits of the eight bytes of `x` as eight bits, byte `i`'s as
/// bit `i`.
#[inline(always)]
fn gather(x: u64) -> u64 {
    ((x >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The lines of `bytes` (split at `\n`, without it) that may hold no
/// word in lower case: all but those that surely do, which have no
/// parenthesis and a word that starts, at the line's start or after a
/// space, with a lower-case ASCII letter other than `a` and `v` (so that
/// it is none of "at", "v", "vs"). Read sixty-four bytes at a time, a
/// line break a few instructions: the teams' results lines are looked for
/// only in the lines left, a few in a document of prose.
pub(crate) fn unsure_lines(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut line_start, mut sure, mut paren) = (0, false, false);
    // Whether the byte before the block is a space or a line break (the
    // text's start counts as one).
    let mut after_gap = true;
    let mut pad = [0u8; 64];
    for base in (0..bytes.len()).step_by(64) {
        let block: &[u8; 64] = match bytes.get(base..base + 64) {
            Some(b) => b.try_into().unwrap(),
            None => {
                let rest = &bytes[base..];
                pad[..rest.len()].copy_from_slice(rest);
                &pad
            }
        };
        let m = line_classes(block);
        let starts = m.lower & (m.gap << 1 | u64::from(after_gap));
        after_gap = m.gap >> 63 == 1;
        let mut breaks = m.newline;
        let mut from = 0;
        while breaks != 0 {
            let j = breaks.trailing_zeros();
            sure |= starts & bit_span(from, j) != 0;
            paren |= m.paren & bit_span(from, j) != 0;
            let end = base + j as usize;
            if !sure || paren {
                out.push((line_start, end));
            }
            (line_start, sure, paren) = (end + 1, false, false);
            from = j + 1;
            breaks &= breaks - 1;
        }
        sure |= starts & bit_span(from, 64) != 0;
        paren |= m.paren & bit_span(from, 64) != 0;
    }
    if line_start < bytes.len() && (!sure || paren) {
        out.push((line_start, bytes.len()));
    }
    out
}

/// The bits `from..to` of a word (`to` up to 64).
fn bit_span(from: u32, to: u32) -> u64 {
    let below = |k: u32| 1u64.checked_shl(k).map_or(u64::MAX, |b| b - 1);
    below(to) & !below(from)
}

/// What [`unsure_lines`] reads of a block, one bit per byte.
#[derive(Debug, PartialEq, Eq)]
struct LineClasses {
    /// Lower-case ASCII letters other than `a` and `v`.
    lower: u64,
    /// Spaces and line breaks.
    gap: u64,
    newline: u64,
    /// Opening parentheses.
    paren: u64,
}

#[cfg(target_arch = "x86_64")]
fn line_classes(block: &[u8; 64]) -> LineClasses {
    // SAFETY: SSE2 is part of x86-64 (see `classify`).
    unsafe { line_classes_sse2(block) }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn line_classes_sse2(block: &[u8; 64]) -> LineClasses {
    let bits = |v: __m128i| u64::from(_mm_movemask_epi8(v) as u16);
    let is = |x: __m128i, b: u8| _mm_cmpeq_epi8(x, _mm_set1_epi8(b as i8));
    let mut m = LineClasses { lower: 0, gap: 0, newline: 0, paren: 0 };
    for (k, chunk) in block.as_chunks::<16>().0.iter().enumerate() {
        let x = load16(chunk);
        let lower = _mm_or_si128(within(x, b'b', b'u'), within(x, b'w', b'z'));
        let newline = is(x, b'\n');
        m.lower |= bits(lower) << (16 * k);
        m.gap |= bits(_mm_or_si128(is(x, b' '), newline)) << (16 * k);
        m.newline |= bits(newline) << (16 * k);
        m.paren |= bits(is(x, b'(')) << (16 * k);
    }
    m
}

#[cfg(not(target_arch = "x86_64"))]
fn line_classes(block: &[u8; 64]) -> LineClasses {
    line_classes_bytes(block)
}

/// [`LineClasses`] a byte at a time: where SSE2 is not, and the measure
/// of the vector version in the tests.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn line_classes_bytes(block: &[u8; 64]) -> LineClasses {
    let mut m = LineClasses { lower: 0, gap: 0, newline: 0, paren: 0 };
    for (i, &b) in block.iter().enumerate() {
        let bit = 1u64 << i;
        if matches!(b, b'b'..=b'u' | b'w'..=b'z') {
            m.lower |= bit;
        }
        if matches!(b, b' ' | b'\n') {
            m.gap |= bit;
        }
        if b == b'\n' {
            m.newline |= bit;
        }
        if b == b'(' {
            m.paren |= bit;
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The head of eight bytes is what a byte-by-byte reading gives, for
    /// each byte value at each place among bytes of each class, and
    /// near the end of the text.
    #[test]
    fn heads_are_lower_case_words_cut_at_the_first_other_byte() {
        let reference = |bytes: &[u8], s: usize| {
            let mut out = [0u8; 8];
            for (k, &b) in bytes[s..].iter().take(8).enumerate() {
                if !(b.is_ascii_alphanumeric() || b == b'_') {
                    break;
                }
                out[k] = b.to_ascii_lowercase();
            }
            u64::from_le_bytes(out)
        };
        for fill in [b'a', b'Q', b'7', b'_', b' ', b'-', 0x7F, 0xC3, 0] {
            for at in 0..9 {
                for b in 0..=255u8 {
                    let mut bytes = [fill; 12];
                    if at < 8 {
                        bytes[at] = b;
                    }
                    for s in [0, 3, 4, 11, 12] {
                        let (got, want) =
                            (head(&bytes, s), reference(&bytes, s));
                        assert_eq!(
                            got, want,
                            "{b:#x} at {at} among {fill:#x}, from {s}"
                        );
                    }
                }
            }
        }
    }

    /// Runs of letters end where a byte-by-byte reading ends them: each
    /// byte value at each place of a run, from each start, near the end.
    #[test]
    fn letter_runs_end_at_the_first_other_byte() {
        let reference = |bytes: &[u8], s: usize| {
            bytes[s..].iter().take_while(|b| b.is_ascii_alphabetic()).count()
        };
        for len in [0, 5, 15, 16, 17, 31, 40] {
            for at in 0..len {
                for b in 0..=255u8 {
                    let mut bytes = vec![b'k'; len];
                    bytes[at] = b;
                    for s in [0, 1, at, len] {
                        let (got, want) =
                            (letter_run(&bytes, s), reference(&bytes, s));
                        assert_eq!(
                            got, want,
                            "{b:#x} at {at} of {len}, from {s}"
                        );
                    }
                }
            }
        }
    }

    /// Each byte value at each place of a block, among bytes of each
    /// class: the line classes are those a byte-by-byte test gives.
    #[test]
    fn line_classes_are_those_of_the_bytes() {
        for fill in [b'a', b'b', b'v', b' ', b'\n', b'(', b'Z', 0xE2, 0] {
            for at in [0, 1, 15, 16, 31, 48, 63] {
                for b in 0..=255u8 {
                    let mut block = [fill; 64];
                    block[at] = b;
                    assert_eq!(
                        line_classes(&block),
                        line_classes_bytes(&block),
                        "{b:#x} at {at} in {fill:#x}"
                    );
                }
            }
        }
    }

    /// Each byte value at each place of a block, among bytes of each
    /// class: the bits are those a byte-by-byte test gives.
    #[test]
    fn blocks_are_classified_as_their_bytes_are() {
        let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        for fill in [b'a', b' ', b'Z', b'_', b'.', b'9', 0x7F, 0] {
            for at in [0, 1, 7, 8, 31, 56, 63] {
                for b in 0..=255u8 {
                    let mut block = [fill; 64];
                    block[at] = b;
                    let got = classify(&block);
                    assert_eq!(got, classify_swar(&block));
                    if !b.is_ascii() {
                        assert_eq!(got, None);
                        continue;
                    }
                    let bits = |f: &dyn Fn(u8) -> bool| {
                        (0..64)
                            .filter(|&i| f(block[i]))
                            .fold(0, |m, i| m | 1 << i)
                    };
                    let want = Block {
                        word: bits(&word),
                        space: bits(&|b| b == b' '),
                        upper: bits(&|b| b.is_ascii_uppercase()),
                    };
                    assert_eq!(
                        got,
                        Some(want),
                        "{b:#x} at {at} among {fill:#x}"
                    );
                }
            }
        }
    }
}
