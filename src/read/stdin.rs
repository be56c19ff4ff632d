//! Standard input: a text, records, or files sent whole in envelopes.

use std::io::{self, BufRead, BufReader, Read};
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
            Format::Auto => {
                let mut input = BufReader::new(io::stdin());
                let (bytes, jsonl) =
                    match sniff(&mut input, self.max_doc_bytes) {
                        Ok(head) => head,
                        Err(e) => {
                            return Some(failed_named(&name, &e.to_string()));
                        }
                    };
                if jsonl {
                    self.notice(
                        "standard input read as JSON Lines: its first line \
                         is a JSON object (--format text reads it as one text)",
                    );
                    let head = io::Cursor::new(bytes);
                    let input = Box::new(head.chain(input));
                    return self.start_records(
                        name,
                        input,
                        Format::Jsonl,
                        false,
                        None,
                    );
                }
                Some(whole_text(name, &mut input, bytes))
            }
            Format::Text => {
                Some(whole_text(name, &mut io::stdin(), Vec::new()))
            }
        }
    }
}

/// The document of standard input read as one text: `bytes`, read
/// already, then the rest of `input`.
fn whole_text(name: String, input: &mut dyn Read, mut bytes: Vec<u8>) -> Job {
    if let Err(e) = input.read_to_end(&mut bytes) {
        return failed_named(&name, &e.to_string());
    }
    from_bytes("stdin".into(), name, bytes, DocMeta::default())
}

/// Reads the head of standard input up to its first line that is not
/// blank (or `max` bytes, or all of it), and tells whether that line is
/// a JSON object: then the input is JSON Lines. The bytes read are
/// given back, a byte order mark dropped where it is JSON Lines.
fn sniff(input: &mut dyn BufRead, max: usize) -> io::Result<(Vec<u8>, bool)> {
    let mut head = Vec::new();
    // Where the line being looked for starts.
    let mut from = 0;
    loop {
        let chunk = input.fill_buf()?;
        let end = chunk.is_empty();
        let n = chunk.len();
        head.extend_from_slice(chunk);
        input.consume(n);
        while let Some(i) = memchr::memchr(b'\n', &head[from..]) {
            let line = &head[from..from + i];
            if !line.trim_ascii().is_empty() {
                let jsonl = json_object(line);
                return Ok(drop_bom(head, jsonl));
            }
            from += i + 1;
        }
        if end || head.len() > max {
            // At the end, the last line has no line feed; past `max`,
            // the line would be too long for a record anyway.
            let jsonl = end && json_object(&head[from..]);
            return Ok(drop_bom(head, jsonl));
        }
    }
}

/// Whether `line` is one JSON object (after a byte order mark).
fn json_object(line: &[u8]) -> bool {
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line).trim_ascii();
    line.starts_with(b"{")
        && serde_json::from_slice::<serde::de::IgnoredAny>(line).is_ok()
}

fn drop_bom(mut head: Vec<u8>, jsonl: bool) -> (Vec<u8>, bool) {
    if jsonl && head.starts_with(b"\xEF\xBB\xBF") {
        head.drain(..3);
    }
    (head, jsonl)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_are_told_by_their_first_line_that_is_not_blank() {
        // (input, max, JSON Lines?)
        let cases: &[(&str, usize, bool)] = &[
            ("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", 99, true),
            ("\n  \n{\"text\": \"a\"}\r\nnot json\n", 99, true),
            ("{\"text\": \"a\"}", 99, true),
            ("\u{FEFF}{\"text\": \"a\"}\n", 99, true),
            ("Kenya said {\"a\": 1}\n{\"text\": \"a\"}\n", 99, false),
            ("{not json}\n", 99, false),
            ("[{\"text\": \"a\"}]\n", 99, false),
            ("{\"text\": \"a\",\n \"id\": 1}\n", 99, false),
            ("", 99, false),
            ("\n\n", 99, false),
            ("{\"text\": \"longer than the bound\"}\n", 8, false),
        ];
        for &(input, max, want) in cases {
            // Four bytes a read, so that lines come in pieces.
            let bytes = io::Cursor::new(input.as_bytes().to_vec());
            let mut r = BufReader::with_capacity(4, bytes);
            let (mut head, jsonl) = sniff(&mut r, max).unwrap();
            assert_eq!(jsonl, want, "{input:?}");
            // Nothing is lost: the head and the rest are the input (less a
            // byte order mark before JSON Lines).
            r.read_to_end(&mut head).unwrap();
            let kept = match jsonl {
                true => input.strip_prefix('\u{FEFF}').unwrap_or(input),
                false => input,
            };
            assert_eq!(String::from_utf8(head).unwrap(), kept, "{input:?}");
        }
    }
}
