//! Spreadsheet safety for CSV and TSV cells.
//!
//! A text cell that begins with `=`, `+`, `-`, `@`, a tab, a carriage
//! return or a line feed gets a leading `'`, so that a spreadsheet shows
//! it rather than running it as a formula (OWASP's advice); control
//! characters other than tab, CR and LF are removed; a cell longer than
//! Excel's 32,767 characters is cut. Numbers are never touched. JSON
//! Lines and Parquet output are never changed.

use std::borrow::Cow;

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

/// Whether `s` holds a character [`is_removed`] removes, by its bytes:
/// C0 controls but tab, CR and LF, DEL, and C1 controls (`C2 80`–`C2 9F`).
fn has_removed(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &x)| {
        (x < 0x20 && !matches!(x, b'\t' | b'\r' | b'\n'))
            || x == 0x7F
            || (x == 0xC2
                && b.get(i + 1).is_some_and(|y| (0x80..0xA0).contains(y)))
    })
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
