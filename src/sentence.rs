//! Sentence boundaries, which mentions are counted in and claims are found
//! in.
//!
//! A blank line always ends a sentence, so headings, datelines and list
//! items stand alone; a line that starts with a list marker starts one. A
//! single line break inside a paragraph does not end a sentence. Within a
//! line, `.`, `!`, `?` (and closing quotes after them) end a sentence when
//! the next word starts with a capital, a digit or a quote, unless the
//! period closes an abbreviation (Mr., Jan., U.S.) or an initial. A run
//! longer than [`MAX_SENTENCE_BYTES`] with no sentence end is cut at white
//! space.

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: [&str; 40] = [
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "gen", "sen", "rep", "gov",
    "lt", "col", "capt", "sgt", "prof", "rev", "hon", "jr", "sr", "inc",
    "ltd", "co", "corp", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept",
];

/// Byte spans of the sentences of `text`, in order, trimmed of white
/// space. Text that is all white space has none.
pub fn split(text: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut start = 0;
    let bytes = text.as_bytes();
    // The line breaks and the sentence marks, in order: the bytes between
    // are passed over by memchr's vector search.
    let mut breaks = memchr::memchr_iter(b'\n', bytes).peekable();
    let mut marks = memchr::memchr3_iter(b'.', b'!', b'?', bytes).peekable();
    let mut from = 0;
    loop {
        while breaks.next_if(|&i| i < from).is_some() {}
        while marks.next_if(|&i| i < from).is_some() {}
        let i = match (breaks.peek(), marks.peek()) {
            (Some(&b), Some(&m)) => b.min(m),
            (Some(&i), None) | (None, Some(&i)) => i,
            (None, None) => break,
        };
        from = i + 1;
        if bytes[i] == b'\n' {
            let next = next_line_start(text, i + 1);
            if blank_line(text, i + 1) || starts_list_item(&text[next..]) {
                push(text, start, i, out);
                start = i + 1;
            }
        } else if !line_start_only(text, start, i)
            && let Some(end) = sentence_end(text, i)
        {
            push(text, start, end, out);
            start = end;
            from = end;
        }
    }
    push(text, start, text.len(), out);
}

/// Index of the first non-blank byte of the line starting at `i`.
fn next_line_start(text: &str, i: usize) -> usize {
    i + text[i..].len() - text[i..].trim_start_matches([' ', '\t']).len()
}

/// Whether the line starting at `i` is blank (white space only).
fn blank_line(text: &str, i: usize) -> bool {
    // Read up to the first character that is not white space, not to the
    // line's end: most lines are long and not blank.
    i < text.len()
        && text[i..]
            .chars()
            .take_while(|&c| c != '\n')
            .all(char::is_whitespace)
}

/// Whether a line starts with a bullet or an item number.
fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('•' | '*' | '·' | '▪' | '◦' | '‣') => true,
        Some('-' | '–' | '—' | '―') => chars.next() == Some(' '),
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            (rest.starts_with(". ") || rest.starts_with(") "))
                && line.len() - rest.len() <= 3
        }
        _ => false,
    }
}

/// Whether nothing but white space stands between `start` and `i`.
fn line_start_only(text: &str, start: usize, i: usize) -> bool {
    text[start..i].trim().is_empty()
}

/// Where the sentence whose terminal mark is at `i` ends, if it does.
fn sentence_end(text: &str, i: usize) -> Option<usize> {
    let mut end = i + 1;
    let rest = &text[end..];
    let closers = rest.len()
        - rest
            .trim_start_matches([
                '.', '!', '?', '"', '\'', '”', '’', ')', ']', '»',
            ])
            .len();
    end += closers;
    let after = &text[end..];
    let next =
        after.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
    if next.len() == after.len() && !next.is_empty() && !next.starts_with('\n')
    {
        return None; // "3.5", "U.S.-led", "e.g."
    }
    let next = next.trim_start_matches('\n');
    let first = next.chars().next()?;
    // A dash after a quotation starts its attribution: "…bully.” ― Name".
    let dash =
        "—–―".contains(first) && next[first.len_utf8()..].starts_with(' ');
    let starts = dash
        || first.is_uppercase()
        || first.is_ascii_digit()
        || "\"“‘'(«„[".contains(first);
    let abbreviation = text.as_bytes()[i] == b'.'
        && is_abbreviation(&text[..i], first.is_ascii_digit());
    if !starts || abbreviation {
        return None;
    }
    Some(end)
}

/// Whether the word before a period is an abbreviation or an initial.
/// "No." and "Nos." abbreviate only before a number.
fn is_abbreviation(before: &str, digit_next: bool) -> bool {
    // The text after the last white space, parenthesis or quotation
    // mark, and of it what follows its last period ("U.S." gives "S").
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let last = match word.bytes().rposition(|b| b == b'.') {
        Some(i) => &word[i + 1..],
        None => word,
    };
    let one_letter =
        last.chars().count() == 1 && last.chars().all(char::is_alphabetic);
    let numbered =
        last.eq_ignore_ascii_case("no") || last.eq_ignore_ascii_case("nos");
    // No abbreviation is longer than "approx": most words are passed over
    // without reading the list.
    one_letter
        || (numbered && digit_next)
        || (!numbered
            && last.len() <= 6
            && ABBREVIATIONS.iter().any(|a| last.eq_ignore_ascii_case(a)))
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return;
    }
    let (mut from, to) = (start + lead, start + lead + trimmed.len());
    // A run of text with no sentence end (a table, a list run together, a
    // text without punctuation) is cut at white space every
    // MAX_SENTENCE_BYTES, so that the work per sentence stays bounded.
    while to - from > MAX_SENTENCE_BYTES {
        let mut cut = from + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let space = text[from..cut].rfind(char::is_whitespace);
        let cut = match space {
            Some(i) if i > 0 => from + i,
            _ => cut,
        };
        let piece = text[from..cut].trim_end();
        out.push((from, from + piece.len()));
        from = cut + text[cut..to].len() - text[cut..to].trim_start().len();
    }
    if from < to {
        out.push((from, to));
    }
}

/// The longest sentence: longer runs are cut at white space.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// The index of the sentence that holds byte `pos`: the last that starts
/// at or before it.
pub fn index_of(sentences: &[(usize, usize)], pos: usize) -> usize {
    sentences.partition_point(|&(s, _)| s <= pos).saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word before a period, after white space, a parenthesis or a
    /// quotation mark, and after its own last period.
    #[test]
    fn words_before_a_period_are_told_abbreviations() {
        let cases = [
            ("said Mr", false, true),
            ("the U.S", false, true),
            ("e.g", false, true),
            ("(Dr", false, true),
            ("“St", false, true),
            ("a\u{a0}Gen", false, true),
            ("approx", false, true),
            ("approxim", false, false),
            ("the world", false, false),
            ("No", true, true),
            ("No", false, false),
            ("Nos", true, true),
            ("", false, false),
            ("Côte d’Ivoire", false, false),
            ("é", false, true),
        ];
        for (before, digit_next, want) in cases {
            assert_eq!(
                is_abbreviation(before, digit_next),
                want,
                "{before:?}"
            );
        }
    }

    /// `is_abbreviation` passes over words longer than six bytes.
    #[test]
    fn abbreviations_are_short_lower_case_words() {
        for a in ABBREVIATIONS {
            assert!(a.len() <= 6 && a.bytes().all(|b| b.is_ascii_lowercase()));
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, &mut out);
        out.iter().map(|&(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn splits() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            ("Heading\n\nBody text.", &["Heading", "Body text."]),
            (
                "6 min read\n2 views\nJan 7, 2026",
                &["6 min read\n2 views\nJan 7, 2026"],
            ),
            (
                "a line\nwraps here. Next one.",
                &["a line\nwraps here.", "Next one."],
            ),
            (
                "Mr. Smith met Dr. Jones. Then left.",
                &["Mr. Smith met Dr. Jones.", "Then left."],
            ),
            ("The U.S. said no. It did.", &["The U.S. said no.", "It did."]),
            ("It grew 3.5 percent. Yes.", &["It grew 3.5 percent.", "Yes."]),
            ("On Jan. 7 they met.", &["On Jan. 7 they met."]),
            ("J. R. R. Tolkien wrote.", &["J. R. R. Tolkien wrote."]),
            ("\"Go now.\" She left.", &["\"Go now.\"", "She left."]),
            ("Items:\n  • one\n  • two", &["Items:", "• one", "• two"]),
            ("Steps\n1. mix\n2. bake", &["Steps", "1. mix", "2. bake"]),
            ("Why? Because.", &["Why?", "Because."]),
            (
                "He lives in St. Louis. She does not.",
                &["He lives in St. Louis.", "She does not."],
            ),
            (
                "At No. 10 Downing Street, May spoke.",
                &["At No. 10 Downing Street, May spoke."],
            ),
            ("He said no. Then yes.", &["He said no.", "Then yes."]),
            ("He was 2.5 m tall. True.", &["He was 2.5 m tall.", "True."]),
            (
                "“It’s over.” ― Veronica Cruz",
                &["“It’s over.”", "― Veronica Cruz"],
            ),
            ("end.\u{a0}\nNext one.", &["end.", "Next one."]),
            (
                "quote.\n— Mellody Hobson\nAuthor",
                &["quote.", "— Mellody Hobson\nAuthor"],
            ),
            ("  \n\n ", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "{text:?}");
        }
    }

    #[test]
    fn index_of_finds_the_holding_sentence() {
        let s = [(0, 4), (6, 10), (12, 20)];
        assert_eq!(index_of(&s, 0), 0);
        assert_eq!(index_of(&s, 7), 1);
        assert_eq!(index_of(&s, 19), 2);
    }

    #[test]
    fn runs_without_an_end_are_cut_at_white_space() {
        let text = "word ".repeat(3000);
        let mut out = Vec::new();
        split(&text, &mut out);
        assert!(out.len() >= 3, "{}", out.len());
        assert!(out.iter().all(|&(s, e)| e - s <= MAX_SENTENCE_BYTES));
        // Every word is in one piece, and nothing is lost.
        let joined: Vec<&str> =
            out.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(joined.join(" "), text.trim_end());
        let one = "x".repeat(10_000);
        split(&one, &mut out);
        assert_eq!(out.len(), 3);
    }
}
