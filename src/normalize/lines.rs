//! Line ends: CRLF and CR made LF for the stages, and the rows' offsets
//! taken back to the document's own text.

/// A text with every line end made LF, for the stages to read: CRLF
/// loses its CR, a lone CR (old Mac files) becomes LF. The stages look
/// for line and paragraph breaks as `\n` and `\n\n`; reading this text
/// instead of the document's own, they find the same breaks in a CRLF
/// document as in its LF twin.
#[derive(Debug)]
pub struct LfText {
    /// The text, its lines ending in LF.
    pub text: String,
    /// The offsets in `text` before which a CR was taken out, in order.
    cuts: Vec<usize>,
}

impl LfText {
    /// The text of `text` with LF line ends; `None` where it holds no
    /// CR, as most texts do: then it is read as it is, at the cost of
    /// one `memchr`.
    pub fn of(text: &str) -> Option<LfText> {
        let bytes = text.as_bytes();
        let first = memchr::memchr(b'\r', bytes)?;
        let mut out = Vec::with_capacity(bytes.len());
        let mut cuts = Vec::new();
        let mut from = 0;
        for i in memchr::memchr_iter(b'\r', &bytes[first..]).map(|i| first + i)
        {
            out.extend_from_slice(&bytes[from..i]);
            if bytes.get(i + 1) == Some(&b'\n') {
                cuts.push(out.len());
            } else {
                out.push(b'\n');
            }
            from = i + 1;
        }
        out.extend_from_slice(&bytes[from..]);
        // Only ASCII bytes were taken out or replaced: still UTF-8.
        let text = String::from_utf8(out).ok()?;
        Some(LfText { text, cuts })
    }

    /// How many CRs were taken out before offset `at` of the LF text: the
    /// offset in the document's own text, in bytes and in characters, is
    /// this much further. An offset at a line end maps to before its CR,
    /// so a span keeps to its line as it does in the LF text.
    pub fn shift(&self, at: usize) -> usize {
        self.cuts.partition_point(|&c| c < at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_are_made_lf_and_offsets_taken_back() {
        // (text, LF text, an offset in the LF text and its original)
        type Case<'a> = (&'a str, Option<&'a str>, &'a [(usize, usize)]);
        let cases: &[Case] = &[
            ("no CR\nat all", None, &[]),
            (
                "a\r\nb\r\n\r\nc",
                Some("a\nb\n\nc"),
                &[(0, 0), (1, 1), (2, 3), (4, 6), (5, 8)],
            ),
            ("old\rmac\r", Some("old\nmac\n"), &[(4, 4), (8, 8)]),
            ("é\r\n\r", Some("é\n\n"), &[(2, 2), (3, 4), (4, 5)]),
        ];
        for &(text, want, offsets) in cases {
            let lf = LfText::of(text);
            assert_eq!(lf.as_ref().map(|l| l.text.as_str()), want, "{text:?}");
            for &(at, original) in offsets {
                let lf = lf.as_ref().unwrap();
                assert_eq!(at + lf.shift(at), original, "{text:?} at {at}");
            }
        }
    }
}
