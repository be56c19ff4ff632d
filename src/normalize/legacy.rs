//! Texts in legacy encodings (Windows-1252, Latin-1, Shift_JIS, …): told
//! from UTF-8 with stray bytes, and decoded in the encoding detected.
//!
//! Only bytes that failed UTF-8 validation come here, so a UTF-8 text
//! costs nothing.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};

/// Whether bytes that are not valid UTF-8 are not UTF-8 at all, rather
/// than UTF-8 with a few stray bytes: their invalid UTF-8 sequences
/// outnumber their valid non-ASCII characters. A Windows-1252 or Latin-1
/// text has no valid non-ASCII UTF-8 character but by chance ("Ã©"), so
/// each of its accented letters counts against; a UTF-8 text with a
/// stray byte has many more valid characters than stray bytes, or as
/// many (one "é", one stray byte), and stays UTF-8.
pub(super) fn not_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        // Each character of two bytes or more has one lead byte, 0xC2
        // or over; continuation bytes are 0x80 to 0xBF.
        valid += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    invalid > valid
}

/// `bytes` decoded in the encoding chardetng detects (never UTF-8 nor
/// ISO-2022-JP): the text, the encoding's WHATWG name (`windows-1252`,
/// which Latin-1 is read as too, `ISO-8859-2`, `Shift_JIS`, …), and
/// whether some bytes were invalid in it too (replaced by U+FFFD).
pub(super) fn decode(bytes: &[u8]) -> (String, &'static str, bool) {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, Utf8Detection::Deny);
    let (text, errors) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), encoding.name(), errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_stray_bytes_is_told_from_legacy_encodings() {
        // (bytes, not UTF-8 at all)
        let cases: &[(&[u8], bool)] = &[
            (b"Citro\xEBn", true),                     // Windows-1252
            (b"S\xE3o Paulo and Citro\xEBn", true),    // Latin-1
            (b"\x93Quoted,\x94 he said", true),        // 1252 quotes
            (b"plain ASCII and one stray \xFF", true), // nothing says UTF-8
            ("São Paulo, Zürich\u{2014}".as_bytes(), false),
            (b"S\xC3\xA3o Paulo and a stray \xFF", false), // one each
            (b"\xE2\x80\x9CQuoted\xE2\x80\x9D \xFF \xFE", false),
            (b"\xC3\xA9 Latin-1 \xE9 \xE8", true), // "Ã©" is UTF-8 "é"
        ];
        for &(bytes, want) in cases {
            assert_eq!(not_utf8(bytes), want, "{}", bytes.escape_ascii());
        }
    }

    #[test]
    fn legacy_texts_decode_in_the_encoding_detected() {
        // (bytes, text, encoding)
        let cases: &[(&[u8], &str, &str)] = &[
            (
                b"Citro\xEBn said on Monday that its plant in S\xE3o Paulo would close.",
                "Citroën said on Monday that its plant in São Paulo would close.",
                "windows-1252",
            ),
            (
                b"\x93We will not,\x94 the minister said \x96 twice.",
                "“We will not,” the minister said – twice.",
                "windows-1252",
            ),
            (
                b"Na\xEFve caf\xE9 owners in Gen\xE8ve",
                "Naïve café owners in Genève",
                "windows-1252",
            ),
        ];
        for &(bytes, text, encoding) in cases {
            let (got, name, errors) = decode(bytes);
            assert_eq!((got.as_str(), name, errors), (text, encoding, false));
        }
    }
}
