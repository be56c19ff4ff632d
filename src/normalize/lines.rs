//! Line ends: CRLF and CR made LF for the stages, and the rows' offsets
//! taken back to the document's own text.

use crate::sink::DocOutput;

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

    /// Takes the rows found in the LF text back to `original`, the text
    /// it was made from: offsets move past the CRs taken out, and the
    /// text of every span is the original's (CRs and all), so that it is
    /// still the text at its offsets.
    pub fn restore(&self, original: &str, out: &mut DocOutput) {
        let map = |at: &mut usize, chars: &mut usize| {
            let k = self.shift(*at);
            *at += k;
            *chars += k;
        };
        for e in &mut out.entities {
            map(&mut e.start, &mut e.char_start);
            map(&mut e.end, &mut e.char_end);
            e.text = original[e.start..e.end].to_string();
        }
        let span = |s: &mut Option<usize>, e: &mut Option<usize>| {
            let (Some(a), Some(b)) = (s.as_mut(), e.as_mut()) else {
                return None;
            };
            *a += self.shift(*a);
            *b += self.shift(*b);
            Some(original[*a..*b].to_string())
        };
        for c in &mut out.claims {
            map(&mut c.start, &mut c.char_start);
            map(&mut c.end, &mut c.char_end);
            c.text = original[c.start..c.end].to_string();
            if let Some(s) = span(&mut c.source_start, &mut c.source_end) {
                c.source = s;
            }
            if let Some(s) = span(&mut c.cue_start, &mut c.cue_end) {
                c.cue = s;
            }
        }
        out.document.bytes = original.len();
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
