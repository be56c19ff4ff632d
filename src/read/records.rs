//! Records: the lines of JSON Lines files and the rows of CSV files, read
//! one at a time and never more than `--max-doc-bytes` of one (the
//! elements of JSON files are `json`'s).

use std::io::{self, BufRead, BufReader, Read};

use super::json::JsonFile;
use super::text::from_bytes;
use super::{
    Body, Columns, DocMeta, Fields, Format, Job, Reader, Records, failed_named,
};

pub(super) fn next_json(
    name: &str,
    lines: &mut Box<dyn BufRead + Send>,
    line: &mut usize,
    fields: &Fields,
    max: usize,
    leave: Option<&str>,
) -> Option<Job> {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        *line += 1;
        let at = format!("{name}:{line}");
        match read_line_bounded(lines, &mut buf, max) {
            Ok(Line::End) => return None,
            Ok(Line::Whole) => {}
            Ok(Line::TooLong) => {
                let msg = format!(
                    "a line longer than {max} bytes (--max-doc-bytes), skipped"
                );
                return Some(failed_named(&at, &msg));
            }
            Err(e) => {
                // A read error (a truncated archive) ends the file: what
                // came before it is kept, the rest is reported here.
                *lines = Box::new(io::empty());
                let msg = format!("cannot read further: {e}");
                return Some(failed_named(&at, &msg));
            }
        }
        let raw = String::from_utf8_lossy(&buf);
        if raw.trim().is_empty() {
            continue;
        }
        let lossy = std::str::from_utf8(&buf).is_err();
        let value: serde_json::Value = match serde_json::from_str(&raw) {
            Ok(v) => v,
            Err(e) => {
                return Some(failed_named(&at, &format!("invalid JSON: {e}")));
            }
        };
        let mut job = json_job(&value, &at, fields, leave);
        if lossy && job.warning.is_none() {
            job.warning = Some("invalid UTF-8, decoded lossily".into());
        }
        return Some(job);
    }
}

/// Looks up a dotted field: `body.text`.
pub(super) fn lookup<'v>(
    value: &'v serde_json::Value,
    field: &str,
) -> Option<&'v serde_json::Value> {
    value
        .get(field)
        .or_else(|| field.split('.').try_fold(value, |v, part| v.get(part)))
}

/// The job of a JSON record; `leave` says how to leave its file out of
/// the run, for the message of a record with no text field.
pub(super) fn json_job(
    value: &serde_json::Value,
    at: &str,
    fields: &Fields,
    leave: Option<&str>,
) -> Job {
    let Some(object) = value.as_object() else {
        let msg =
            format!("{} where a JSON object should be", json_kind(value));
        return failed_named(at, &msg);
    };
    let id = match lookup(value, &fields.id) {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => at.to_string(),
    };
    let text = match lookup(value, &fields.text) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => {
            let msg = format!("field `{}` is not a string", fields.text);
            return Job { id, ..failed_named(at, &msg) };
        }
        None => {
            let found: Vec<&str> = object.keys().map(String::as_str).collect();
            let msg = no_text("field", &fields.text, &found, leave);
            return Job { id, ..failed_named(at, &msg) };
        }
    };
    let string = |field: &str| lookup(value, field).and_then(|v| v.as_str());
    let meta = DocMeta::from_fields(
        string(&fields.date),
        string(&fields.speaker),
        string(&fields.country),
    );
    Job {
        id,
        source: at.to_string(),
        body: Body::Text(text),
        meta,
        warning: None,
    }
}

/// What a JSON value is, for messages: "a string", "an array", ….
pub(super) fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// The message of a record file with no field (or column) `field`: what
/// it has instead (the first twelve), and the ways out: name the field,
/// or `leave` the file out of the run.
pub(super) fn no_text(
    what: &str,
    field: &str,
    found: &[&str],
    leave: Option<&str>,
) -> String {
    let mut has: Vec<String> =
        found.iter().take(12).map(|f| format!("`{f}`")).collect();
    if found.len() > 12 {
        has.push(format!("… ({} in all)", found.len()));
    }
    let has = match has.is_empty() {
        true => "it has none".to_string(),
        false => format!("it has {}", has.join(", ")),
    };
    let mut msg = format!(
        "no {what} `{field}` ({has}): name the text's {what} with --text-field"
    );
    if let Some(leave) = leave {
        msg.push_str(", or ");
        msg.push_str(leave);
    }
    msg
}

pub(super) fn next_csv(
    name: &str,
    reader: &mut csv::Reader<Box<dyn Read + Send>>,
    columns: Columns,
) -> Option<Job> {
    let mut record = csv::ByteRecord::new();
    let line = reader.position().line();
    let at = format!("{name}:{line}");
    match reader.read_byte_record(&mut record) {
        Ok(false) => None,
        Ok(true) => {
            let width = reader.byte_headers().map(|h| h.len()).unwrap_or(0);
            if record.len() != width {
                let msg = format!(
                    "{} fields, but the header has {width}",
                    record.len()
                );
                return Some(failed_named(&at, &msg));
            }
            let field = |i: Option<usize>| {
                i.and_then(|i| record.get(i))
                    .map(|b| String::from_utf8_lossy(b).into_owned())
            };
            let id = field(columns.id)
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| at.clone());
            let meta = DocMeta::from_fields(
                field(columns.date).as_deref(),
                field(columns.speaker).as_deref(),
                field(columns.country).as_deref(),
            );
            let bytes = record.get(columns.text).unwrap_or_default().to_vec();
            Some(from_bytes(id, at, bytes, meta))
        }
        Err(e) => {
            // An I/O error ends the file; a malformed row is skipped.
            if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                *reader = csv::Reader::from_reader(Box::new(io::empty()));
            }
            Some(failed_named(&at, &format!("invalid CSV: {e}")))
        }
    }
}

/// How a bounded line read ended.
pub(super) enum Line {
    /// A whole line (or the last, without its line feed) is in the buffer.
    Whole,
    /// The line was longer than the bound: it was read past and dropped.
    TooLong,
    /// Nothing was left.
    End,
}

/// Reads one line into `buf`, holding no more than `max` bytes of it.
pub(super) fn read_line_bounded(
    r: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<Line> {
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        if !too_long && buf.len() + take > max + 1 {
            too_long = true;
            buf.clear();
        }
        if !too_long {
            buf.extend_from_slice(&chunk[..take]);
        }
        r.consume(take);
        if done {
            break;
        }
    }
    Ok(match (any, too_long) {
        (false, _) => Line::End,
        (true, true) => Line::TooLong,
        (true, false) => Line::Whole,
    })
}

/// Fails a read when a line runs past `max` bytes, so that a CSV reader
/// never buffers more than that for one record.
pub(super) struct LineLimit {
    pub(super) inner: Box<dyn Read + Send>,
    pub(super) max: usize,
    pub(super) run: usize,
}

impl Read for LineLimit {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(out)?;
        for &b in &out[..n] {
            self.run = if b == b'\n' { 0 } else { self.run + 1 };
            if self.run > self.max {
                let msg = format!(
                    "a line longer than {} bytes (--max-doc-bytes)",
                    self.max
                );
                return Err(io::Error::new(io::ErrorKind::InvalidData, msg));
            }
        }
        Ok(n)
    }
}

impl Reader {
    pub(super) fn start_records(
        &mut self,
        name: String,
        input: Box<dyn Read + Send>,
        format: Format,
        tsv: bool,
        leave: Option<String>,
    ) -> Option<Job> {
        if format == Format::Jsonl {
            let lines = Box::new(BufReader::new(input));
            self.records =
                Some(Records::Jsonl { name, lines, line: 0, leave });
            return None;
        }
        if format == Format::Json {
            let input = Box::new(BufReader::new(input));
            self.records =
                Some(Records::Json(JsonFile::new(name, input, leave)));
            return None;
        }
        let input: Box<dyn Read + Send> = Box::new(LineLimit {
            inner: input,
            max: self.max_doc_bytes,
            run: 0,
        });
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(if tsv { b'\t' } else { b',' })
            .flexible(true)
            .from_reader(input);
        let headers = match reader.byte_headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                return Some(failed_named(
                    &name,
                    &format!("cannot read header: {e}"),
                ));
            }
        };
        let find = |f: &str| headers.iter().position(|h| h == f.as_bytes());
        let Some(text) = find(&self.fields.text) else {
            let found: Vec<String> = headers
                .iter()
                .map(|h| String::from_utf8_lossy(h).into_owned())
                .collect();
            let found: Vec<&str> = found.iter().map(String::as_str).collect();
            let msg =
                no_text("column", &self.fields.text, &found, leave.as_deref());
            return Some(failed_named(&name, &msg));
        };
        let columns = Columns {
            text,
            id: find(&self.fields.id),
            date: find(&self.fields.date),
            speaker: find(&self.fields.speaker),
            country: find(&self.fields.country),
        };
        self.records = Some(Records::Csv { name, reader, columns });
        None
    }

    /// The next record of the open record file, if any is left.
    pub(super) fn next_record(&mut self) -> Option<Job> {
        let records = self.records.as_mut()?;
        let job = match records {
            Records::Jsonl { name, lines, line, leave } => next_json(
                name,
                lines,
                line,
                &self.fields,
                self.max_doc_bytes,
                leave.as_deref(),
            ),
            Records::Csv { name, reader, columns } => {
                next_csv(name, reader, *columns)
            }
            Records::Json(file) => file.next(&self.fields, self.max_doc_bytes),
        };
        if job.is_none() {
            self.records = None;
        }
        job
    }
}
