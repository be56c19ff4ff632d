//! Readers of gold annotations: each gives documents with labelled spans.
//!
//! Offsets are turned into byte offsets of the document's text, which is
//! what factscan's own rows use. A span that does not fit its text is an
//! error naming the file and line, never a panic.

use std::fs;
use std::path::{Path, PathBuf};

use crate::calendar::Ymd;
use crate::error::{Error, Result};

/// A gold document.
#[derive(Clone, Debug, Default)]
pub struct GoldDoc {
    /// Its id.
    pub id: String,
    /// Its text.
    pub text: String,
    /// Its date, where the gold gives one.
    pub date: Option<Ymd>,
    /// The labelled spans.
    pub spans: Vec<GoldSpan>,
}

/// A labelled span of a gold document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldSpan {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end, exclusive.
    pub end: usize,
    /// The type: `LOC`, `cue`, `DATE`, …
    pub label: String,
    /// A normalized value, for dates.
    pub value: Option<String>,
}

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// Files below `path` (or `path` itself) whose names end in `ext`, sorted:
/// none for a file of another name (the caller reports that it found
/// nothing to score).
///
/// # Errors
///
/// When a folder cannot be listed.
pub fn files(path: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    if path.is_file() {
        if !path.to_string_lossy().ends_with(ext) {
            return Ok(Vec::new());
        }
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))? {
            let p = e.map_err(|e| Error::io(&dir, e))?.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// CoNLL-2003: a token a line (token first, NER tag last), sentences
/// separated by blank lines, documents by `-DOCSTART-`. IOB1 and IOB2 are
/// both read: a span starts at `B-`, or at `I-` after another type or `O`.
pub fn conll(path: &Path) -> Result<Vec<GoldDoc>> {
    let name = path.display().to_string();
    if path.is_dir() {
        return Ok(Vec::new()); // the caller reports that it found nothing
    }
    let text = read(path)?;
    let mut docs = Vec::new();
    let mut doc = GoldDoc::default();
    let mut open: Option<(usize, String)> = None;
    let mut last_end = 0;
    let mut line_start = true;
    let close =
        |doc: &mut GoldDoc, open: &mut Option<(usize, String)>, end: usize| {
            if let Some((start, label)) = open.take() {
                doc.spans.push(GoldSpan { start, end, label, value: None });
            }
        };
    for (n, line) in text.lines().enumerate() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.first() == Some(&"-DOCSTART-") {
            close(&mut doc, &mut open, last_end);
            if !doc.text.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            doc.id = format!("{name}#{}", docs.len() + 1);
            line_start = true;
            continue;
        }
        if fields.is_empty() {
            close(&mut doc, &mut open, last_end);
            if !line_start {
                doc.text.push('\n');
                line_start = true;
            }
            continue;
        }
        if fields.len() < 2 {
            return Err(Error::gold(
                format!("{name}:{}", n + 1),
                "a token line needs a token and a tag",
            ));
        }
        if !line_start {
            doc.text.push(' ');
        }
        let start = doc.text.len();
        doc.text.push_str(fields[0]);
        let tag = fields[fields.len() - 1];
        let (prefix, label) = match tag.split_once('-') {
            Some((p, l)) if p == "B" || p == "I" => (p, l),
            None if tag == "O" => ("O", ""),
            _ => {
                return Err(Error::gold(
                    format!("{name}:{}", n + 1),
                    format!("bad tag `{tag}`"),
                ));
            }
        };
        let continues =
            prefix == "I" && open.as_ref().is_some_and(|(_, l)| l == label);
        if !continues {
            close(&mut doc, &mut open, last_end);
            if prefix != "O" {
                open = Some((start, label.to_string()));
            }
        }
        last_end = doc.text.len();
        line_start = false;
    }
    close(&mut doc, &mut open, last_end);
    if !doc.text.is_empty() {
        docs.push(doc);
    }
    for (i, d) in docs.iter_mut().enumerate() {
        if d.id.is_empty() {
            d.id = format!("{name}#{}", i + 1);
        }
    }
    Ok(docs)
}

/// Byte offset of character `c` of `text`.
fn byte_of(text: &str, c: usize) -> Option<usize> {
    if c == text.chars().count() {
        return Some(text.len());
    }
    text.char_indices().nth(c).map(|(b, _)| b)
}

/// A span given in characters, checked against its text.
fn char_span(
    text: &str,
    at: &str,
    start: usize,
    end: usize,
) -> Result<(usize, usize)> {
    match (byte_of(text, start), byte_of(text, end)) {
        (Some(s), Some(e)) if s <= e => Ok((s, e)),
        _ => Err(Error::gold(
            at,
            format!(
                "span {start}..{end} does not fit the text ({} characters)",
                text.chars().count()
            ),
        )),
    }
}

/// brat standoff: `NAME.ann` beside `NAME.txt` (or, as in PolNeAR, in a
/// folder `attributions/` beside `text/`, the `.ann` name carrying a
/// suffix). Text-bound lines `T1<TAB>Type START END<TAB>text` give spans;
/// their types are lowercased (`Cue` → `cue`). Attribution triggers
/// (type `Attribution`) are left out.
pub fn brat(path: &Path) -> Result<Vec<GoldDoc>> {
    let mut docs = Vec::new();
    for ann in files(path, ".ann")? {
        let txt = text_for(&ann).ok_or_else(|| {
            Error::gold(
                ann.display().to_string(),
                "no .txt file for this .ann file",
            )
        })?;
        let text = read(&txt)?;
        let mut doc = GoldDoc {
            id: txt.display().to_string(),
            text,
            ..GoldDoc::default()
        };
        let name = ann.display().to_string();
        for (n, line) in read(&ann)?.lines().enumerate() {
            // Text-bound annotations are `T<number><TAB>…`; other lines
            // (relations, notes, a text field's stray line break) are not.
            let id = line.split('\t').next().unwrap_or("");
            let text_bound = id.len() > 1
                && id.starts_with('T')
                && id[1..].bytes().all(|b| b.is_ascii_digit());
            if !text_bound {
                continue;
            }
            let at = format!("{name}:{}", n + 1);
            let mid = line
                .split('\t')
                .nth(1)
                .ok_or_else(|| Error::gold(&at, "no type and offsets"))?;
            let mut parts = mid.split([' ', ';']);
            let label = parts.next().unwrap_or("").to_lowercase();
            let nums: Vec<usize> = parts
                .map(|p| {
                    p.parse().map_err(|_| {
                        Error::gold(&at, format!("bad offset `{p}`"))
                    })
                })
                .collect::<Result<_>>()?;
            if label == "attribution" {
                continue;
            }
            // Discontinuous spans ("S1 E1;S2 E2") are scored as their hull.
            let starts = nums.iter().step_by(2);
            let ends = nums.iter().skip(1).step_by(2);
            let (Some(&s), Some(&e)) = (starts.min(), ends.max()) else {
                return Err(Error::gold(&at, "no offsets"));
            };
            let (start, end) = char_span(&doc.text, &at, s, e)?;
            doc.spans.push(GoldSpan { start, end, label, value: None });
        }
        docs.push(doc);
    }
    Ok(docs)
}

fn text_for(ann: &Path) -> Option<PathBuf> {
    let beside = ann.with_extension("txt");
    if beside.exists() {
        return Some(beside);
    }
    let stem = ann.file_stem()?.to_str()?;
    let base = stem.rsplit_once('_').map_or(stem, |(b, _)| b);
    let dir = ann.parent()?.parent()?.join("text");
    let cand = dir.join(format!("{base}.txt"));
    cand.exists().then_some(cand)
}

/// TimeML: the text inside `<TEXT>`, tags removed, with `<TIMEX3>` spans
/// labelled by their type and carrying their value; the `<DCT>` is the
/// document's date.
pub fn timeml(path: &Path) -> Result<Vec<GoldDoc>> {
    let mut docs = Vec::new();
    for file in files(path, ".tml")? {
        let name = file.display().to_string();
        let xml = read(&file)?;
        let date = xml
            .find("<DCT>")
            .and_then(|i| attr(&xml[i..], "value"))
            .and_then(|v| Ymd::parse(&v).or_else(|| compact_date(&v)));
        let (Some(a), Some(b)) = (xml.find("<TEXT>"), xml.find("</TEXT>"))
        else {
            return Err(Error::gold(name, "no <TEXT> element"));
        };
        let mut doc = GoldDoc { id: name.clone(), date, ..GoldDoc::default() };
        strip_tags(&xml[a + 6..b], &mut doc, &name)?;
        docs.push(doc);
    }
    Ok(docs)
}

fn compact_date(v: &str) -> Option<Ymd> {
    let d = v.get(..8)?;
    Ymd::new(
        d[..4].parse().ok()?,
        d[4..6].parse().ok()?,
        d[6..8].parse().ok()?,
    )
}

fn attr(tag: &str, key: &str) -> Option<String> {
    let i = tag.find(&format!(" {key}=\""))? + key.len() + 3;
    let end = tag[i..].find('"')?;
    Some(tag[i..i + end].to_string())
}

fn strip_tags(src: &str, doc: &mut GoldDoc, name: &str) -> Result<()> {
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = src;
    while let Some(lt) = rest.find('<') {
        push_text(&mut doc.text, &rest[..lt]);
        let gt = rest[lt..]
            .find('>')
            .ok_or_else(|| Error::gold(name, "unclosed tag"))?
            + lt;
        let tag = &rest[lt..=gt];
        if tag.starts_with("<TIMEX3") {
            let ty = attr(tag, "type").unwrap_or_default();
            open = Some((
                doc.text.len(),
                ty,
                attr(tag, "value").unwrap_or_default(),
            ));
        } else if tag.starts_with("</TIMEX3")
            && let Some((start, label, value)) = open.take()
        {
            let end = doc.text.len();
            doc.spans.push(GoldSpan { start, end, label, value: Some(value) });
        }
        rest = &rest[gt + 1..];
    }
    push_text(&mut doc.text, rest);
    Ok(())
}

fn push_text(out: &mut String, s: &str) {
    out.push_str(
        &s.replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'"),
    );
}

/// re3d: folders holding `documents.json` and `entities.json` (a JSON
/// object a line, offsets in characters). Types map to CoNLL's: Location
/// → LOC, Organisation → ORG, Person → PER, Nationality → MISC; others
/// are left out.
pub fn re3d(path: &Path) -> Result<Vec<GoldDoc>> {
    let mut docs = Vec::new();
    for file in files(path, "documents.json")? {
        let dir = file.parent().unwrap_or(Path::new("."));
        let mut batch: Vec<GoldDoc> = Vec::new();
        for (n, line) in read(&file)?
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let v: serde_json::Value =
                serde_json::from_str(line).map_err(|e| {
                    Error::gold(
                        format!("{}:{}", file.display(), n + 1),
                        e.to_string(),
                    )
                })?;
            let id = v["_id"].as_str().unwrap_or_default().to_string();
            let text = v["text"].as_str().unwrap_or_default().to_string();
            batch.push(GoldDoc { id, text, ..GoldDoc::default() });
        }
        let ents = dir.join("entities.json");
        for (n, line) in read(&ents)?
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let at = format!("{}:{}", ents.display(), n + 1);
            let v: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| Error::gold(&at, e.to_string()))?;
            let label = match v["type"].as_str().unwrap_or("") {
                "Location" => "LOC",
                "Organisation" => "ORG",
                "Person" => "PER",
                "Nationality" => "MISC",
                _ => continue,
            };
            let doc_id = v["documentId"].as_str().unwrap_or("");
            let Some(doc) = batch.iter_mut().find(|d| d.id == doc_id) else {
                return Err(Error::gold(
                    &at,
                    format!("no document `{doc_id}`"),
                ));
            };
            let (s, e) = (
                v["begin"].as_u64().unwrap_or(0) as usize,
                v["end"].as_u64().unwrap_or(0) as usize,
            );
            let (start, end) = char_span(&doc.text, &at, s, e)?;
            let span =
                GoldSpan { start, end, label: label.into(), value: None };
            if !doc.spans.contains(&span) {
                doc.spans.push(span);
            }
        }
        docs.extend(batch);
    }
    Ok(docs)
}

/// factscan's own tables as gold: `entities.csv` (label: the kind) and
/// `claims.csv` (labels `cue`, `source`, `content`) in a folder, with the
/// texts of the documents, named by their `doc_id`, in `texts/` beside
/// them or at the `doc_id` path itself.
pub fn own_csv(path: &Path) -> Result<Vec<GoldDoc>> {
    let mut docs: Vec<GoldDoc> = Vec::new();
    let doc_for = |docs: &mut Vec<GoldDoc>,
                   id: &str,
                   at: &str|
     -> Result<usize> {
        if let Some(i) = docs.iter().position(|d| d.id == id) {
            return Ok(i);
        }
        let cands =
            [path.join("texts").join(id), PathBuf::from(id), path.join(id)];
        let file = cands.iter().find(|p| p.is_file()).ok_or_else(|| {
            Error::gold(at, format!("no text for document `{id}`"))
        })?;
        docs.push(GoldDoc {
            id: id.to_string(),
            text: read(file)?,
            ..GoldDoc::default()
        });
        Ok(docs.len() - 1)
    };
    for (table, cols) in [
        ("entities.csv", vec![("kind", "start", "end")]),
        (
            "claims.csv",
            vec![
                ("cue", "cue_start", "cue_end"),
                ("source", "source_start", "source_end"),
                ("content", "start", "end"),
            ],
        ),
    ] {
        let file = path.join(table);
        if !file.exists() {
            continue;
        }
        let mut rdr = csv::Reader::from_path(&file).map_err(|e| {
            Error::gold(file.display().to_string(), e.to_string())
        })?;
        let headers = rdr
            .headers()
            .map_err(|e| {
                Error::gold(file.display().to_string(), e.to_string())
            })?
            .clone();
        let col = |name: &str| headers.iter().position(|h| h == name);
        for (n, rec) in rdr.records().enumerate() {
            let at = format!("{}:{}", file.display(), n + 2);
            let rec = rec.map_err(|e| Error::gold(&at, e.to_string()))?;
            let get =
                |name: &str| col(name).and_then(|i| rec.get(i)).unwrap_or("");
            let i = doc_for(&mut docs, get("doc_id"), &at)?;
            for (label_col, s, e) in &cols {
                let (s, e) = (get(s), get(e));
                if s.is_empty() {
                    continue;
                }
                let parse = |v: &str| {
                    v.parse::<usize>().map_err(|_| {
                        Error::gold(&at, format!("bad offset `{v}`"))
                    })
                };
                let (start, end) = (parse(s)?, parse(e)?);
                let text = &docs[i].text;
                if start > end
                    || end > text.len()
                    || !text.is_char_boundary(start)
                    || !text.is_char_boundary(end)
                {
                    return Err(Error::gold(
                        &at,
                        format!("span {start}..{end} does not fit the text"),
                    ));
                }
                let label = if table == "entities.csv" {
                    get(label_col).to_string()
                } else {
                    label_col.to_string()
                };
                let value = (table == "entities.csv"
                    && !get("value").is_empty())
                .then(|| get("value").to_string());
                docs[i].spans.push(GoldSpan { start, end, label, value });
            }
        }
    }
    Ok(docs)
}
