//! Spreadsheet safety for CSV and TSV cells.
//!
//! A text cell that begins with `=`, `+`, `-`, `@`, a tab, a carriage
//! return or a line feed gets a leading `'`, so that a spreadsheet shows
//! it rather than running it as a formula (OWASP's advice); control
//! characters other than tab, CR and LF are removed; a cell longer than
//! Excel's 32,767 characters is cut. Numbers are never touched. JSON
//! Lines and Parquet output are never changed.

use std::borrow::Cow;

use super::DocumentRow;

/// Excel's limit on the characters of a cell.
pub const MAX_CELL_CHARS: usize = 32_767;

/// What cleaning a cell did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// The cell was longer than [`MAX_CELL_CHARS`] and was cut.
    pub cut: bool,
}

/// The cell to write for text `s`.
pub fn clean(s: &str) -> (Cow<'_, str>, Cleaned) {
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r', '\n']);
    let control = has_removed(s);
    let long = s.len() > MAX_CELL_CHARS && s.chars().count() > MAX_CELL_CHARS;
    if !formula && !control && !long {
        return (Cow::Borrowed(s), Cleaned::default());
    }
    let mut out = String::with_capacity(s.len() + 1);
    if formula {
        out.push('\'');
    }
    out.extend(s.chars().filter(|&c| !is_removed(c)));
    let cut = out.chars().count() > MAX_CELL_CHARS;
    if cut {
        let end = out
            .char_indices()
            .nth(MAX_CELL_CHARS)
            .map_or(out.len(), |(i, _)| i);
        out.truncate(end);
    }
    (Cow::Owned(out), Cleaned { cut })
}

/// Document row `doc`, with `cut` cells of its rows cut recorded: its
/// status `warning` (where it was `ok`) and a note in its message. As it
/// is where nothing was cut.
pub fn note_cuts(doc: &DocumentRow, cut: usize) -> Cow<'_, DocumentRow> {
    if cut == 0 {
        return Cow::Borrowed(doc);
    }
    let mut doc = doc.clone();
    if doc.status == "ok" {
        doc.status = "warning";
    }
    let note = format!("{cut} cell(s) cut to {MAX_CELL_CHARS} characters");
    doc.message = if doc.message.is_empty() {
        note
    } else {
        format!("{}; {note}", doc.message)
    };
    Cow::Owned(doc)
}

/// Whether text cell `s` is written as it stands: [`clean`] leaves it as
/// it is, and it holds no `"` for a CSV writer to double. One pass over
/// its bytes, eight at a time; a cell with a byte that may need either
/// (below 0x20, DEL, 0xC2 or `"`) is not plain, though `clean` may still
/// leave it (a tab, a no-break space).
pub fn plain(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() > MAX_CELL_CHARS
        || matches!(
            b.first(),
            Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r' | b'\n')
        )
    {
        return false;
    }
    let (words, rest) = b.as_chunks::<8>();
    // The last bytes as one more word: the last eight of a longer cell
    // (read twice, which changes nothing), a shorter one padded with
    // spaces (neither removed nor doubled). One word's test takes fewer
    // branches than a byte's each, and most cells are short.
    let last = match b.last_chunk::<8>() {
        Some(tail) => *tail,
        None => {
            let mut pad = [b' '; 8];
            pad[..rest.len()].copy_from_slice(rest);
            pad
        }
    };
    words.iter().chain([&last]).all(|w| {
        let x = u64::from_le_bytes(*w);
        !may_remove(x) && byte_flags(x, b'"') == 0
    })
}

/// Whether `s` holds a character [`is_removed`] removes, by its bytes:
/// C0 controls but tab, CR and LF, DEL, and C1 controls (`C2 80`–`C2 9F`).
/// Most cells hold no byte below 0x20, no DEL and no 0xC2: that is tested
/// first, eight bytes at a time.
fn has_removed(s: &str) -> bool {
    let b = s.as_bytes();
    let mut chunks = b.chunks_exact(8);
    let clear = chunks.by_ref().all(|c| {
        let mut word = [0; 8];
        word.copy_from_slice(c);
        !may_remove(u64::from_le_bytes(word))
    });
    let odd = |x: u8| x < 0x20 || x == 0x7F || x == 0xC2;
    if clear && !chunks.remainder().iter().any(|&x| odd(x)) {
        return false;
    }
    b.iter().enumerate().any(|(i, &x)| {
        (x < 0x20 && !matches!(x, b'\t' | b'\r' | b'\n'))
            || x == 0x7F
            || (x == 0xC2
                && b.get(i + 1).is_some_and(|y| (0x80..0xA0).contains(y)))
    })
}

/// Whether one of the eight bytes of `x` is below 0x20, DEL or 0xC2
/// (exact, with Sean Anderson's "hasless" and "haszero" tests; a zero
/// byte counts as below 0x20, so a word padded with zeros must not be
/// passed).
fn may_remove(x: u64) -> bool {
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    (below_space | byte_flags(x, 0x7F) | byte_flags(x, 0xC2)) != 0
}

const ONES: u64 = u64::MAX / 255;
const HIGH: u64 = ONES * 128;

/// Not zero exactly when one of the eight bytes of `x` is `b`.
fn byte_flags(x: u64, b: u8) -> u64 {
    let v = x ^ (ONES * u64::from(b));
    v.wrapping_sub(ONES) & !v & HIGH
}

fn is_removed(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\r' | '\n')) && (c as u32) < 0xA0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_made_safe() {
        let cases = [
            ("plain", "plain"),
            ("=1+2", "'=1+2"),
            ("+44 20", "'+44 20"),
            ("-5 points", "'-5 points"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tindented", "'\tindented"),
            ("a\u{7}bell\u{0}", "abell"),
            ("keeps\ttab\r\nand newline", "keeps\ttab\r\nand newline"),
            ("e=mc2", "e=mc2"),
            ("del\u{7f}and c1\u{85}gone, é kept", "deland c1gone, é kept"),
        ];
        for (input, want) in cases {
            assert_eq!(clean(input).0, want, "{input:?}");
        }
    }

    /// The eight-byte test flags a word exactly when one of its bytes is
    /// below 0x20, DEL or 0xC2: every byte value at every place, among
    /// bytes that are flagged and bytes that are not.
    #[test]
    fn words_are_flagged_as_their_bytes_are() {
        let odd = |x: u8| x < 0x20 || x == 0x7F || x == 0xC2;
        for fill in [b'a', 0xC3, 0x20, 0x7E, 0xFF, 0x80] {
            for at in 0..8 {
                for b in 0..=255u8 {
                    let mut word = [fill; 8];
                    word[at] = b;
                    let want = word.iter().any(|&x| odd(x));
                    let got = may_remove(u64::from_le_bytes(word));
                    assert_eq!(got, want, "{word:?}");
                }
            }
        }
    }

    /// A plain cell is one `clean` leaves and that holds no quote; at
    /// each length around the eight-byte steps, with the odd byte at
    /// each place.
    #[test]
    fn plain_cells_are_those_written_as_they_stand() {
        let cases = [
            ("Kenya", true),
            ("", true),
            ("dictionaries/countries.tsv:12", true),
            ("Côte d'Ivoire", true),
            ("say \"hi\"", false),
            ("=1+2", false),
            ("-5 points", false),
            ("\tindented", false),
            ("a\u{7}bell", false),
            ("del\u{7f}", false),
            ("c1\u{85}", false),
            // Left by `clean`, but not told apart by the byte test.
            ("tab\tinside", false),
            ("no-break\u{a0}space", false),
        ];
        for (cell, want) in cases {
            assert_eq!(plain(cell), want, "{cell:?}");
        }
        for odd in ["\"", "\u{1}", "\u{7f}", "\u{85}", "\n", "x"] {
            for len in 0..20 {
                for at in 0..=len {
                    let mut cell = "a".repeat(len);
                    cell.insert_str(at, odd);
                    let is_plain = plain(&cell);
                    assert_eq!(is_plain, odd == "x", "{cell:?}");
                    if is_plain {
                        assert_eq!(clean(&cell).0, cell.as_str());
                    }
                }
            }
        }
        let long = "x".repeat(MAX_CELL_CHARS + 1);
        assert!(!plain(&long));
        assert!(plain(&long[1..]));
    }

    #[test]
    fn long_cells_are_cut_at_a_character() {
        let long = "é".repeat(MAX_CELL_CHARS + 10);
        let (cell, how) = clean(&long);
        assert!(how.cut);
        assert_eq!(cell.chars().count(), MAX_CELL_CHARS);
        let fits = "x".repeat(MAX_CELL_CHARS);
        assert_eq!(
            clean(&fits),
            (Cow::Borrowed(fits.as_str()), Cleaned::default())
        );
    }
}
