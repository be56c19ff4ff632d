//! Text: a text file read by the worker that processes it, and the text
//! of a record, decoded.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::{Body, DocMeta, Job, compress};
use crate::normalize::{Decoded, decode};

/// A job for text read with its record.
pub(super) fn from_bytes(
    id: String,
    source: String,
    bytes: Vec<u8>,
    meta: DocMeta,
) -> Job {
    let (body, warning) = match decode(bytes) {
        Decoded::Text(t) => (Body::Text(t), None),
        Decoded::Repaired(t, w) => (Body::Text(t), Some(w)),
        Decoded::Binary => {
            (Body::Failed("binary data (NUL bytes)".into()), None)
        }
    };
    Job { id, source, body, meta, warning }
}

/// Reads a text file's job: its bytes, decompressed and decoded, cut
/// (with a warning) to `max` bytes.
///
/// # Errors
///
/// When the file cannot be read, its archive is broken, or it is binary.
pub fn read_file(
    path: &Path,
    max: usize,
) -> Result<(String, Option<String>), String> {
    let (_, codec) = compress::split(path);
    let file = fs::File::open(path).map_err(|e| e.to_string())?;
    // Room for the file as it is on disk: all of it when not compressed.
    let size = file.metadata().map_or(0, |m| m.len() as usize);
    let size = size.min(max) + 1;
    let input =
        compress::decoder(Box::new(file), codec).map_err(|e| e.to_string())?;
    let mut bytes =
        compress::read_all(Box::new(input.take(max as u64 + 1)), None, size)?;
    let cut = bytes.len() > max;
    if cut {
        bytes.truncate(max);
        // A character the cut splits is left out whole, so that it does
        // not read as a stray byte.
        let lead = bytes.iter().rev().take(4).position(|b| b & 0xC0 != 0x80);
        if let Some(back) = lead {
            let at = bytes.len() - 1 - back;
            let len = match bytes[at] {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            };
            if at + len > bytes.len() {
                bytes.truncate(at);
            }
        }
    }
    let (mut text, mut warning) = match decode(bytes) {
        Decoded::Text(t) => (t, None),
        Decoded::Repaired(t, w) => (t, Some(w)),
        Decoded::Binary => return Err("binary data (NUL bytes)".into()),
    };
    if cut {
        let mut end = max.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        let note = format!("cut to {max} bytes (--max-doc-bytes)");
        warning =
            Some(warning.map_or(note.clone(), |w| format!("{w}; {note}")));
    }
    Ok((text, warning))
}
