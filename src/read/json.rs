//! JSON files: an array of objects, or one object, read as records (as
//! JSON Lines are) one element at a time, never more than
//! `--max-doc-bytes` of one, so that a large array streams through.
//!
//! Anything else (a scalar, an array of scalars or arrays, invalid JSON)
//! is refused with a message that says `--format text` reads the file as
//! text.

use std::io::{self, BufRead};

use super::records::{json_job, json_kind};
use super::{Body, Fields, Job, failed_named};

/// Where the reading of a JSON file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Before its first value.
    Start,
    /// In its array, before element `n` (after a `,`, unless `n` is 0).
    Array(usize),
    /// After its one object, where only white space may follow.
    Trailing,
    /// Done: the file is read, or what is left of it cannot be.
    Done,
}

/// How reading one value ended.
enum Value {
    /// Its bytes are in the buffer.
    Whole,
    /// It was longer than the bound: read past and dropped.
    TooLong,
    /// The file ended inside it.
    Eof,
}

/// An open JSON file.
pub(super) struct JsonFile {
    name: String,
    input: Box<dyn BufRead + Send>,
    state: State,
    /// The line of the next byte, from 1.
    line: usize,
    /// How to leave the file out of the run, for messages.
    leave: Option<String>,
}

impl JsonFile {
    pub(super) fn new(
        name: String,
        input: Box<dyn BufRead + Send>,
        leave: Option<String>,
    ) -> JsonFile {
        JsonFile { name, input, state: State::Start, line: 1, leave }
    }

    /// The next record of the file, or the next problem; `None` at its
    /// end.
    pub(super) fn next(&mut self, fields: &Fields, max: usize) -> Option<Job> {
        match self.step(fields, max) {
            Ok(job) => job,
            Err(e) => {
                // A read error (a truncated archive) ends the file: what
                // came before it is kept.
                self.state = State::Done;
                let at = format!("{}:{}", self.name, self.line);
                Some(failed_named(&at, &format!("cannot read further: {e}")))
            }
        }
    }

    fn step(
        &mut self,
        fields: &Fields,
        max: usize,
    ) -> io::Result<Option<Job>> {
        match self.state {
            State::Done => Ok(None),
            State::Start => self.start(fields, max),
            State::Array(n) => self.element(n, fields, max),
            State::Trailing => {
                self.state = State::Done;
                let found = self.skip_space()?;
                let at = format!("{}:{}", self.name, self.line);
                let msg = "more than one JSON value: --format jsonl reads \
                           a file of one JSON object a line";
                Ok(found.map(|_| failed_named(&at, msg)))
            }
        }
    }

    /// Reads the file's first value: an array is entered, an object is
    /// the file's one record, anything else refused.
    fn start(
        &mut self,
        fields: &Fields,
        max: usize,
    ) -> io::Result<Option<Job>> {
        // A UTF-8 byte order mark is passed over.
        if self.input.fill_buf()?.starts_with(b"\xEF\xBB\xBF") {
            self.input.consume(3);
        }
        match self.skip_space()? {
            Some(b'[') => {
                self.bump();
                self.state = State::Array(0);
                self.element(0, fields, max)
            }
            Some(b'{') => {
                self.state = State::Trailing;
                let mut buf = Vec::new();
                let name = self.name.clone();
                Ok(Some(match self.value(&mut buf, max)? {
                    Value::Whole => match self.record(&buf, &name, fields) {
                        Job { body: Body::Failed(m), .. }
                            if m.starts_with("invalid JSON") =>
                        {
                            self.state = State::Done;
                            failed_named(&name, &self.refused(&m))
                        }
                        job => job,
                    },
                    Value::TooLong => too_long(&name, max),
                    Value::Eof => {
                        self.state = State::Done;
                        let what =
                            "invalid JSON: the file ends inside its object";
                        failed_named(&name, &self.refused(what))
                    }
                }))
            }
            first => {
                self.state = State::Done;
                let what = match first {
                    None => "no JSON value (an empty file)".to_string(),
                    Some(_) => {
                        let mut buf = Vec::new();
                        self.value(&mut buf, max)?;
                        match serde_json::from_slice::<serde_json::Value>(&buf)
                        {
                            Ok(v) => format!(
                                "{} where a JSON array of objects or an object should be",
                                json_kind(&v)
                            ),
                            Err(_) => "invalid JSON".to_string(),
                        }
                    }
                };
                Ok(Some(failed_named(&self.name, &self.refused(&what))))
            }
        }
    }

    /// Reads element `n` of the array, or its end.
    fn element(
        &mut self,
        n: usize,
        fields: &Fields,
        max: usize,
    ) -> io::Result<Option<Job>> {
        let name = self.name.clone();
        let at = format!("{name}[{n}]");
        // A `,` before each element but the first; a `]` at the end (one
        // after a last `,` too, which JSON does not allow but people write).
        let mut next = self.skip_space()?;
        if n > 0 && next == Some(b',') {
            self.bump();
            next = self.skip_space()?;
        } else if n > 0 && next != Some(b']') {
            self.state = State::Done;
            let msg = match next {
                None => "invalid JSON: the file ends inside the array".into(),
                Some(_) => format!(
                    "invalid JSON: `,` or `]` expected after element {}",
                    n - 1
                ),
            };
            let at = format!("{name}:{}", self.line);
            return Ok(Some(failed_named(&at, &msg)));
        }
        if next == Some(b']') {
            self.bump();
            self.state = State::Done;
            let found = self.skip_space()?;
            let at = format!("{name}:{}", self.line);
            let msg = "invalid JSON: something after the array's end";
            return Ok(found.map(|_| failed_named(&at, msg)));
        }
        let line = self.line;
        let mut buf = Vec::new();
        let job = match self.value(&mut buf, max)? {
            Value::Whole => {
                self.state = State::Array(n + 1);
                if n == 0 && !buf.starts_with(b"{") {
                    // An array of strings or numbers is no table.
                    self.state = State::Done;
                    let what = match serde_json::from_slice::<serde_json::Value>(
                        &buf,
                    ) {
                        Ok(v) => format!(
                            "a JSON array whose first element is {}, not an object",
                            json_kind(&v)
                        ),
                        Err(_) => "invalid JSON in the array's first element"
                            .to_string(),
                    };
                    return Ok(Some(failed_named(
                        &name,
                        &self.refused(&what),
                    )));
                }
                self.record(&buf, &at, fields)
            }
            Value::TooLong => {
                self.state = State::Array(n + 1);
                too_long(&at, max)
            }
            Value::Eof => {
                self.state = State::Done;
                let msg = format!(
                    "invalid JSON: the file ends inside the element that starts on line {line}"
                );
                failed_named(&at, &msg)
            }
        };
        Ok(Some(job))
    }

    /// The message of a file refused: what it is, how to read it, and
    /// how to leave it out.
    fn refused(&self, what: &str) -> String {
        let mut msg = format!("{what}: --format text reads the file as text");
        if let Some(leave) = &self.leave {
            msg.push_str(", or ");
            msg.push_str(leave);
        }
        msg
    }

    /// The job of one record's bytes, known as `at`.
    fn record(&self, buf: &[u8], at: &str, fields: &Fields) -> Job {
        let raw = String::from_utf8_lossy(buf);
        let value: serde_json::Value = match serde_json::from_str(&raw) {
            Ok(v) => v,
            Err(e) => {
                return failed_named(at, &format!("invalid JSON: {e}"));
            }
        };
        let mut job = json_job(&value, at, fields, self.leave.as_deref());
        if std::str::from_utf8(buf).is_err() && job.warning.is_none() {
            job.warning = Some("invalid UTF-8, decoded lossily".into());
        }
        job
    }

    /// Passes over white space; the next byte, if any.
    fn skip_space(&mut self) -> io::Result<Option<u8>> {
        loop {
            let chunk = self.input.fill_buf()?;
            let Some(&b) = chunk.first() else { return Ok(None) };
            if !b.is_ascii_whitespace() {
                return Ok(Some(b));
            }
            self.bump();
        }
    }

    /// Takes the next byte, counting lines.
    fn bump(&mut self) {
        if self.input.fill_buf().ok().and_then(|c| c.first().copied())
            == Some(b'\n')
        {
            self.line += 1;
        }
        self.input.consume(1);
    }

    /// Reads one JSON value's bytes into `buf` (its first byte is next):
    /// an object or array to its closing bracket, a string to its closing
    /// quote, anything else to the next `,`, `]`, `}` or white space. The
    /// value is not parsed here, only delimited; past `max` bytes it is
    /// read on but not kept.
    fn value(&mut self, buf: &mut Vec<u8>, max: usize) -> io::Result<Value> {
        let (mut depth, mut string, mut escape) = (0usize, false, false);
        let mut started = false;
        let mut too_long = false;
        loop {
            let chunk = self.input.fill_buf()?;
            if chunk.is_empty() {
                // A bare scalar may end the file.
                let scalar = started && depth == 0 && !string;
                return Ok(match (scalar, too_long) {
                    (true, false) => Value::Whole,
                    (true, true) => Value::TooLong,
                    (false, _) => Value::Eof,
                });
            }
            let mut end = None;
            for (i, &b) in chunk.iter().enumerate() {
                if !started {
                    started = true;
                    match b {
                        b'{' | b'[' => depth = 1,
                        b'"' => string = true,
                        _ => {}
                    }
                    continue;
                }
                if string {
                    if escape {
                        escape = false;
                    } else if b == b'\\' {
                        escape = true;
                    } else if b == b'"' {
                        string = false;
                        if depth == 0 {
                            end = Some(i + 1);
                            break;
                        }
                    }
                    continue;
                }
                if depth == 0 {
                    // A bare scalar ends before its delimiter.
                    if matches!(b, b',' | b']' | b'}')
                        || b.is_ascii_whitespace()
                    {
                        end = Some(i);
                        break;
                    }
                    continue;
                }
                match b {
                    b'"' => string = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(i + 1);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let take = end.unwrap_or(chunk.len());
            let taken = &chunk[..take];
            self.line += memchr::memchr_iter(b'\n', taken).count();
            if !too_long && buf.len() + take > max {
                too_long = true;
                buf.clear();
            }
            if !too_long {
                buf.extend_from_slice(taken);
            }
            self.input.consume(take);
            if end.is_some() {
                return Ok(if too_long {
                    Value::TooLong
                } else {
                    Value::Whole
                });
            }
        }
    }
}

fn too_long(at: &str, max: usize) -> Job {
    let msg = format!(
        "a JSON value longer than {max} bytes (--max-doc-bytes), skipped"
    );
    failed_named(at, &msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The (id, text or "failed: message") of each job of `bytes` read
    /// as the JSON file `f.json`, with records of at most `max` bytes.
    fn jobs(bytes: &str, max: usize) -> Vec<(String, String)> {
        let input = Box::new(io::Cursor::new(bytes.as_bytes().to_vec()));
        let mut file = JsonFile::new("f.json".into(), input, None);
        let mut out = Vec::new();
        while let Some(job) = file.next(&Fields::default(), max) {
            let body = match job.body {
                Body::Text(t) => t,
                Body::Failed(m) => format!("failed: {m}"),
                Body::File(_) => unreachable!(),
            };
            out.push((job.id, body));
        }
        out
    }

    #[test]
    fn arrays_of_objects_and_one_object_are_records() {
        let ok = |id: &str, t: &str| (id.to_string(), t.to_string());
        let cases: Vec<(&str, Vec<(String, String)>)> = vec![
            (
                r#"[{"id":"a","text":"one"},{"text":"two"}]"#,
                vec![ok("a", "one"), ok("f.json[1]", "two")],
            ),
            (
                "\u{FEFF}[\n  {\"text\": \"a ] } \\\" [\", \"x\": {\"y\": [1, {}]}},\n  {\"text\": \"b\"},\n]\n",
                vec![ok("f.json[0]", "a ] } \" ["), ok("f.json[1]", "b")],
            ),
            (r#"{"text": "x", "id": 7}"#, vec![ok("7", "x")]),
            (r#" {"text": "x"} "#, vec![ok("f.json", "x")]),
            ("[]", vec![]),
            (" [ ] \n", vec![]),
        ];
        for (json, want) in cases {
            assert_eq!(jobs(json, 1 << 20), want, "{json}");
        }
    }

    #[test]
    fn anything_else_is_refused_or_reported_where_it_is() {
        let text = "--format text reads the file as text";
        // (the file, the bound on a record, its jobs)
        type Case<'a> = (&'a str, usize, Vec<(&'a str, String)>);
        let cases: Vec<Case> = vec![
            (
                r#""a string""#,
                99,
                vec![("f.json", format!("failed: a string where a JSON array of objects or an object should be: {text}"))],
            ),
            (
                "42",
                99,
                vec![("f.json", format!("failed: a number where a JSON array of objects or an object should be: {text}"))],
            ),
            (
                "[1, 2]",
                99,
                vec![("f.json", format!("failed: a JSON array whose first element is a number, not an object: {text}"))],
            ),
            (
                r#"[["text", "a"]]"#,
                99,
                vec![("f.json", format!("failed: a JSON array whose first element is an array, not an object: {text}"))],
            ),
            ("", 99, vec![("f.json", format!("failed: no JSON value (an empty file): {text}"))]),
            (
                "Dear all,\nthe minutes.",
                99,
                vec![("f.json", format!("failed: invalid JSON: {text}"))],
            ),
            (
                r#"{"text": }"#,
                99,
                vec![("f.json", format!("failed: invalid JSON: expected value at line 1 column 10: {text}"))],
            ),
            (
                "{\"text\": \"a\"}\n{\"text\": \"b\"}\n",
                99,
                vec![
                    ("f.json", "a".into()),
                    ("f.json:2", "failed: more than one JSON value: --format jsonl reads a file of one JSON object a line".into()),
                ],
            ),
            (
                r#"[{"text": "a"}, 3, {"no": "text"}, {"text": "b"}]"#,
                99,
                vec![
                    ("f.json[0]", "a".into()),
                    ("f.json[1]", "failed: a number where a JSON object should be".into()),
                    ("f.json[2]", "failed: no field `text` (it has `no`): name the text's field with --text-field".into()),
                    ("f.json[3]", "b".into()),
                ],
            ),
            (
                "[{\"text\": \"a\"}\n {\"text\": \"b\"}]",
                99,
                vec![
                    ("f.json[0]", "a".into()),
                    ("f.json:2", "failed: invalid JSON: `,` or `]` expected after element 0".into()),
                ],
            ),
            (
                "[{\"text\": \"a\"},\n {\"text\": \"b",
                99,
                vec![
                    ("f.json[0]", "a".into()),
                    ("f.json[1]", "failed: invalid JSON: the file ends inside the element that starts on line 2".into()),
                ],
            ),
            (
                r#"[{"text": "a"}] x"#,
                99,
                vec![
                    ("f.json[0]", "a".into()),
                    ("f.json:1", "failed: invalid JSON: something after the array's end".into()),
                ],
            ),
            (
                r#"[{"text": "a long one"}, {"text": "b"}]"#,
                20,
                vec![
                    ("f.json[0]", "failed: a JSON value longer than 20 bytes (--max-doc-bytes), skipped".into()),
                    ("f.json[1]", "b".into()),
                ],
            ),
        ];
        for (json, max, want) in cases {
            let want: Vec<(String, String)> =
                want.into_iter().map(|(a, b)| (a.to_string(), b)).collect();
            assert_eq!(jobs(json, max), want, "{json}");
        }
    }
}
