//! Standard input: a text, records, or files sent whole in envelopes.

use std::io::{self, BufReader, Read};
use std::path::PathBuf;

use super::Job;
use super::records::{Line, read_line_bounded};
use super::text::from_bytes;
use super::{
    DocMeta, Format, Reader, compress, failed, failed_named,
    format_by_extension, is_tsv,
};

impl Reader {
    pub(super) fn stdin(&mut self) -> Option<Job> {
        let name = "<stdin>".to_string();
        match self.format {
            Format::Files => {
                self.envelopes =
                    Some((Box::new(BufReader::new(io::stdin())), 0));
                None
            }
            Format::Jsonl | Format::Csv | Format::Json => self.start_records(
                name,
                Box::new(io::stdin()),
                self.format,
                false,
                None,
            ),
            Format::Auto | Format::Text => {
                let mut bytes = Vec::new();
                if let Err(e) = io::stdin().read_to_end(&mut bytes) {
                    return Some(failed_named(&name, &e.to_string()));
                }
                Some(from_bytes(
                    "stdin".into(),
                    name,
                    bytes,
                    DocMeta::default(),
                ))
            }
        }
    }
}

impl Reader {
    /// Reads the next envelope: a job for a text file, or the records of a
    /// JSON Lines or CSV file started; `None` at the end of the stream,
    /// or for a file skipped for its extension.
    pub(super) fn next_envelope(&mut self) -> Option<Job> {
        let (lines, line) = self.envelopes.as_mut()?;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            *line += 1;
            let at = format!("<stdin>:{line}");
            // A file of `max_doc_bytes` takes 4/3 as much in base64.
            let max = self.max_doc_bytes / 3 * 4 + 4096;
            match read_line_bounded(lines, &mut buf, max) {
                Ok(Line::End) => {
                    self.envelopes = None;
                    return None;
                }
                Ok(Line::Whole) if buf.trim_ascii().is_empty() => continue,
                Ok(Line::Whole) => {}
                Ok(Line::TooLong) => {
                    let msg = format!(
                        "a file envelope longer than {max} bytes (--max-doc-bytes), skipped"
                    );
                    return Some(failed_named(&at, &msg));
                }
                Err(e) => return Some(failed_named(&at, &e.to_string())),
            }
            return match parse_envelope(&buf) {
                Ok((path, bytes)) => self.open_bytes(path, bytes),
                Err(msg) => Some(failed_named(
                    &at,
                    &format!("invalid file envelope: {msg}"),
                )),
            };
        }
    }

    /// Reads the bytes of a file as if they had been read from `path`.
    pub(super) fn open_bytes(
        &mut self,
        path: PathBuf,
        bytes: Vec<u8>,
    ) -> Option<Job> {
        let (inner, codec) = compress::split(&path);
        let Some(format) = format_by_extension(&inner, false) else {
            self.skipped += 1;
            return None;
        };
        let name = path.display().to_string();
        let size = bytes.len();
        let input = Box::new(io::Cursor::new(bytes));
        match format {
            Format::Jsonl | Format::Csv | Format::Json => {
                let input = match compress::decoder(input, codec) {
                    Ok(r) => r,
                    Err(e) => return Some(failed(&path, &e.to_string())),
                };
                let leave = Some("leave the file out".to_string());
                self.start_records(name, input, format, is_tsv(&inner), leave)
            }
            _ => Some(match compress::read_all(input, codec, size) {
                Ok(bytes) => {
                    from_bytes(name.clone(), name, bytes, DocMeta::default())
                }
                Err(message) => failed_named(&name, &message),
            }),
        }
    }
}

/// `{"path": …, "data": base64}` → the path and the bytes.
fn parse_envelope(line: &[u8]) -> Result<(PathBuf, Vec<u8>), String> {
    use base64::Engine;
    let value: serde_json::Value =
        serde_json::from_slice(line).map_err(|e| e.to_string())?;
    let path = value["path"].as_str().ok_or("no string field `path`")?;
    let data = value["data"].as_str().ok_or("no string field `data`")?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data)
        .map_err(|e| format!("field `data` is not base64: {e}"))?;
    Ok((PathBuf::from(path), bytes))
}
