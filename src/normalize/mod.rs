//! Normalization: from a file's bytes to a document's text.
//!
//! Offsets in every table are into the decoded text, so the decoding is
//! the one place where bytes become text: a UTF-8 byte order mark is
//! dropped, UTF-16 with a byte order mark is decoded, NUL bytes mark a
//! binary file, and a text that is not valid UTF-8 is decoded with a
//! warning: lossily where it is UTF-8 with a few stray bytes, else in the
//! legacy encoding detected (Windows-1252, Latin-1, Shift_JIS, …; the
//! rule is `legacy::not_utf8`'s: invalid UTF-8 sequences outnumber valid
//! non-ASCII characters).
//!
//! Line ends are the one thing the stages see otherwise than the tables
//! show it: [`LfText`] gives them a text whose lines all end in LF (CRLF
//! and a lone CR made LF), and its offsets are taken back to the text's
//! own, so that a document with CRLF line ends gives the rows the same
//! document with LF gives, at its own offsets.

mod legacy;
mod lines;

pub use lines::LfText;

/// The outcome of decoding one document.
#[derive(Debug, PartialEq, Eq)]
pub enum Decoded {
    /// Clean text.
    Text(String),
    /// Text that needed repair; the message says what.
    Repaired(String, String),
    /// No text: a binary file.
    Binary,
}

/// Decodes the bytes of a document.
pub fn decode(bytes: Vec<u8>) -> Decoded {
    if let Some(text) = utf16(&bytes) {
        return text;
    }
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    if bytes.contains(&0) {
        return Decoded::Binary;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Decoded::Text(text),
        // Only a text that is not valid UTF-8 is looked at again.
        Err(e) if legacy::not_utf8(e.as_bytes()) => {
            let at = e.utf8_error().valid_up_to();
            let (text, name, errors) = legacy::decode(e.as_bytes());
            let mut msg = format!(
                "not UTF-8 (invalid UTF-8 at byte {at}): decoded as {name}, the encoding detected"
            );
            if errors {
                msg.push_str(", with bytes invalid in it too replaced");
            }
            Decoded::Repaired(text, msg)
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let msg = format!("invalid UTF-8 at byte {at}, decoded lossily");
            Decoded::Repaired(text, msg)
        }
    }
}

fn utf16(bytes: &[u8]) -> Option<Decoded> {
    let le = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks(2).map(|c| match (c, le) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        _ => 0xFFFD,
    });
    let text: String =
        char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')).collect();
    Some(if bytes.len() % 2 == 1 || text.contains('\u{FFFD}') {
        Decoded::Repaired(text, "invalid UTF-16, decoded lossily".into())
    } else {
        Decoded::Text(text)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes() {
        let text = |s: &str| Decoded::Text(s.to_string());
        let cases: Vec<(Vec<u8>, Decoded)> = vec![
            (b"plain".to_vec(), text("plain")),
            (b"\xEF\xBB\xBFbom".to_vec(), text("bom")),
            (vec![0xFF, 0xFE, b'h', 0, b'i', 0], text("hi")),
            (vec![0xFE, 0xFF, 0, b'h', 0, b'i'], text("hi")),
            (b"bin\0ary".to_vec(), Decoded::Binary),
            (
                b"caf\xC3\xA9 \xFF!".to_vec(),
                Decoded::Repaired(
                    "café \u{FFFD}!".into(),
                    "invalid UTF-8 at byte 6, decoded lossily".into(),
                ),
            ),
            (
                b"caf\xE9!".to_vec(),
                Decoded::Repaired(
                    "café!".into(),
                    "not UTF-8 (invalid UTF-8 at byte 3): decoded as \
                     windows-1252, the encoding detected"
                        .into(),
                ),
            ),
        ];
        for (bytes, want) in cases {
            assert_eq!(decode(bytes.clone()), want, "{bytes:?}");
        }
    }
}
