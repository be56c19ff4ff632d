//! A document's rows: its entities and claims as the tables have them.

use super::*;

impl Pipeline {
    pub(super) fn entity_rows(
        &self,
        doc_id: &str,
        text: &str,
        mentions: &[Mention],
        sentences: &[(usize, usize)],
        chars: &mut CharCursor,
    ) -> Vec<EntityRow> {
        let mut number = itoa::Buffer::new();
        // The cells that rows repeat are shared, not copied: the document's
        // id, each entry's id and name, each rule ("file:line" of a
        // dictionary line), made once a document (an allocation a row
        // was about a tenth of the time of a run).
        let doc_id: Arc<str> = Arc::from(doc_id);
        let empty: Arc<str> = Arc::from("");
        let mut entries: FastMap<u32, (Arc<str>, Arc<str>)> =
            FastMap::default();
        let mut rules: FastMap<(u32, u32), Arc<str>> = FastMap::default();
        let mut patterns: FastMap<&'static str, Arc<str>> = FastMap::default();
        // Mentions come in order: each one's sentence is found by walking
        // on from the last one's.
        let mut sentence_of = sentence::Cursor::new(sentences);
        mentions
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let (entity_id, name) = match m.entry {
                    Mention::NO_ENTRY if m.label.is_empty() => {
                        (empty.clone(), empty.clone())
                    }
                    // A name found by pattern, its white space made one
                    // space ("António    Guterres" across a wrap).
                    Mention::NO_ENTRY => {
                        let name = if m.label.contains(['\n', '\t', '\r'])
                            || m.label.contains("  ")
                        {
                            m.label
                                .split_whitespace()
                                .collect::<Vec<_>>()
                                .join(" ")
                        } else {
                            m.label.clone()
                        };
                        (Arc::from(person_id(&m.label)), Arc::from(name))
                    }
                    e => entries
                        .entry(e)
                        .or_insert_with(|| {
                            let entry = self.dict.entry(e);
                            (Arc::from(&*entry.id), Arc::from(&*entry.name))
                        })
                        .clone(),
                };
                let rule = match m.rule {
                    Rule::Dictionary { file, line } => rules
                        .entry((file, line))
                        .or_insert_with(|| {
                            let file = &self.dict.files()[file as usize];
                            Arc::from(
                                [file, ":", number.format(line)].concat(),
                            )
                        })
                        .clone(),
                    Rule::Date(name) | Rule::Pattern(name) => patterns
                        .entry(name)
                        .or_insert_with(|| Arc::from(name))
                        .clone(),
                };
                EntityRow {
                    doc_id: doc_id.clone(),
                    mention_id: MentionId { doc_id: doc_id.clone(), n: i + 1 },
                    kind: m.kind.as_str(),
                    form: m.form.as_str(),
                    entity_id,
                    name,
                    text: text[m.start..m.end].to_string(),
                    start: m.start,
                    end: m.end,
                    char_start: chars.get(m.start),
                    char_end: chars.get(m.end),
                    sentence: sentence_of.index_of(m.start),
                    value: m.value.clone(),
                    rule,
                }
            })
            .collect()
    }

    /// The document's speaker and the country they speak for, as ids.
    pub(super) fn speaker(&self, doc: &Document, day: Option<Ymd>) -> Speaker {
        if doc.speaker.is_none() && doc.country.is_none() {
            return Speaker::default();
        }
        let index =
            self.speakers.get_or_init(|| SpeakerIndex::new(&self.dict));
        index.resolve(&self.dict, doc.speaker, doc.country, day)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn claim_rows(
        &self,
        doc: &Document,
        mentions: &[Mention],
        rows: &[EntityRow],
        claims: &[Claim],
        sentences: &[(usize, usize)],
        chars: &mut CharCursor,
        doc_date: &str,
        speaker: &Speaker,
    ) -> Vec<ClaimRow> {
        let text = doc.text;
        let mut number = itoa::Buffer::new();
        // Mentions are sorted by start: those within a span are found from
        // the first that starts in it, not by a scan of all.
        let within = |(s, e): (usize, usize)| {
            let first = mentions.partition_point(|m| m.start < s);
            mentions[first..]
                .iter()
                .zip(&rows[first..])
                .take_while(move |(m, _)| m.start < e)
                .filter(move |(m, _)| m.end <= e)
        };
        claims
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let sent = sentence::index_of(sentences, c.content.0);
                // The entities its head names, all where it coordinates
                // them ("France and Britain": FRA;GBR), people first
                // ("Russian President Vladimir Putin" is Putin).
                let source_entity_id = c
                    .source
                    .map(|s| {
                        let named: Vec<(&Mention, &EntityRow)> =
                            within(source_head(text, s))
                                .filter(|(m, _)| m.kind != EntityKind::Date)
                                .collect();
                        let people = named
                            .iter()
                            .any(|(m, _)| m.kind == EntityKind::Person);
                        let mut ids: Vec<&str> = Vec::new();
                        for (m, r) in &named {
                            let fits = !people || m.kind == EntityKind::Person;
                            if fits && !ids.contains(&&*r.entity_id) {
                                ids.push(&r.entity_id);
                            }
                        }
                        ids.join(";")
                    })
                    .filter(|ids| !ids.is_empty())
                    .or_else(|| {
                        // "I" is the speaker; "we", the speaker's country.
                        let (a, b) = c.source?;
                        let id = match first_person(&text[a..b])? {
                            FirstPerson::Speaker => &speaker.id,
                            FirstPerson::Country => &speaker.country,
                        };
                        Some(id.clone())
                    })
                    .unwrap_or_default();
                let mut ids: Vec<&str> = Vec::new();
                for (m, r) in within(c.content) {
                    if m.kind != EntityKind::Date
                        && !ids.contains(&&*r.entity_id)
                    {
                        ids.push(&r.entity_id);
                    }
                }
                let kind = if c.generic_source && source_entity_id.is_empty() {
                    ClaimKind::Unattributed
                } else {
                    c.kind
                };
                let span_text = |s: Option<(usize, usize)>| {
                    s.map_or(String::new(), |(a, b)| text[a..b].to_string())
                };
                ClaimRow {
                    doc_id: doc.id.to_string(),
                    claim_id: numbered(doc.id, "#c", number.format(i + 1)),
                    sentence: sent,
                    start: c.content.0,
                    end: c.content.1,
                    char_start: chars.get(c.content.0),
                    char_end: chars.get(c.content.1),
                    kind: kind.as_str(),
                    source: span_text(c.source),
                    source_entity_id,
                    source_start: c.source.map(|s| s.0),
                    source_end: c.source.map(|s| s.1),
                    cue: span_text(c.cue),
                    cue_start: c.cue.map(|s| s.0),
                    cue_end: c.cue.map(|s| s.1),
                    cue_class: cue_class(c.cue.map(|(a, b)| &text[a..b]))
                        .as_str(),
                    text: text[c.content.0..c.content.1].to_string(),
                    hedge: c.hedges.join(";"),
                    negated: c.negated,
                    entity_ids: ids.join(";"),
                    date: claim_date(mentions, sentences, sent)
                        .unwrap_or(doc_date)
                        .to_string(),
                }
            })
            .collect()
    }
}

/// The value of the first date in sentence `sent` that names a time
/// rather than a vague reference.
pub(super) fn claim_date<'m>(
    mentions: &'m [Mention],
    sentences: &[(usize, usize)],
    sent: usize,
) -> Option<&'m str> {
    let (s, e) = sentences.get(sent).copied()?;
    let first = mentions.partition_point(|m| m.start < s);
    mentions[first..]
        .iter()
        .take_while(|m| m.start < e)
        .filter(|m| m.kind == EntityKind::Date && m.end <= e)
        .map(|m| m.value.as_str())
        .find(|v| !v.ends_with("_REF") && !v.starts_with('X'))
}

/// `id`, `mark` and `n` in one string ("doc.txt#12", "doc.txt#c3"), made
/// at its size.
pub(super) fn numbered(id: &str, mark: &str, n: &str) -> String {
    let mut out = String::with_capacity(id.len() + mark.len() + n.len());
    out.push_str(id);
    out.push_str(mark);
    out.push_str(n);
    out
}

/// Byte offsets to offsets in Unicode scalar values, counted from the
/// last offset asked for: rows ask in order (mentions do not overlap), so
/// each stretch of the text is counted about once.
pub(super) struct CharCursor<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCursor<'a> {
    pub(super) fn new(text: &'a str) -> CharCursor<'a> {
        CharCursor { text, byte: 0, chars: 0 }
    }

    /// The offset in characters of byte offset `byte`, a character
    /// boundary. Counted from where the cursor stands, or from the start
    /// where that is nearer: the claims' offsets come after the last
    /// entity's, back at the head of the text.
    pub(super) fn get(&mut self, byte: usize) -> usize {
        let bytes = self.text.as_bytes();
        if byte >= self.byte {
            self.chars += scalars(&bytes[self.byte..byte]);
        } else if byte < self.byte - byte {
            self.chars = scalars(&bytes[..byte]);
        } else {
            self.chars -= scalars(&bytes[byte..self.byte]);
        }
        self.byte = byte;
        self.chars
    }
}

/// The number of characters (Unicode scalar values) of UTF-8 `bytes`
/// that start and end at character boundaries: the bytes less the
/// continuation bytes (`10xxxxxx`), counted eight at a time, each word's
/// flags added into one byte per lane (summed every 255 words).
/// `str::chars().count()` takes about five instructions a byte on the
/// short stretches between mentions (1.9 % of a run's instructions).
fn scalars(bytes: &[u8]) -> usize {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    let (words, rest) = bytes.as_chunks::<8>();
    let mut continuations = 0;
    for run in words.chunks(255) {
        let mut lanes = 0u64;
        for w in run {
            let x = u64::from_le_bytes(*w);
            lanes += (x & !(x << 1) & HIGH) >> 7;
        }
        // Lanes of up to 255 each, summed in pairs of 16 bits first.
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF)
            + (lanes >> 8 & 0x00FF_00FF_00FF_00FF);
        continuations +=
            (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize;
    }
    continuations += rest.iter().filter(|&&b| b & 0xC0 == 0x80).count();
    bytes.len() - continuations
}

/// Takes the rows found in the LF text `lf` back to `original`, the text
/// it was made from: offsets move past the CRs taken out, and the
/// text of every span is the original's (CRs and all), so that it is
/// still the text at its offsets.
pub(super) fn restore(lf: &LfText, original: &str, out: &mut DocOutput) {
    let map = |at: &mut usize, chars: &mut usize| {
        let k = lf.shift(*at);
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
        *a += lf.shift(*a);
        *b += lf.shift(*b);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_count_what_chars_count() {
        let long = "é".repeat(2100) + &"a—".repeat(700);
        let cases = [
            "",
            "a",
            "abcdefgh",
            "Côte d’Ivoire",
            "日本語のテキスト, and ASCII after it",
            "🙂🙂🙂🙂🙂🙂🙂🙂🙂",
            long.as_str(),
        ];
        for text in cases {
            for from in 0..text.len().min(9) {
                if !text.is_char_boundary(from) {
                    continue;
                }
                let s = &text[from..];
                assert_eq!(scalars(s.as_bytes()), s.chars().count(), "{s:?}");
            }
        }
    }

    #[test]
    fn the_cursor_counts_characters_in_any_order_of_offsets() {
        let text = "Côte d’Ivoire, 日本, and “Kenya” — é".repeat(5);
        let bounds: Vec<usize> =
            (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        let n = bounds.len();
        // Forward, then back a little, then back near the start (counted
        // from the start), then forward again, then every other order.
        let mut order = vec![0, n / 2, n - 1, n - 3, 2, 1, n / 3, n - 1, 0];
        order.extend((0..n).rev().step_by(7));
        order.extend((0..n).step_by(5));
        let mut cursor = CharCursor::new(&text);
        for k in order {
            let b = bounds[k];
            assert_eq!(cursor.get(b), text[..b].chars().count(), "at {b}");
        }
    }
}
