//! Line breaks that end a sentence: blank lines, list items, indented
//! paragraph starts, headings, salutations and speaker labels.
//!
//! A single line break inside a sentence is a hard wrap and ends nothing.
//! The cues that tell a heading or a salutation from a wrapped line are
//! read off the layout: a heading is a whole line that starts a sentence,
//! has no final stop and does not end in a word that needs another
//! ("and", "the", "Mr"), and is shorter than the document's usual line or
//! written like a title; a salutation ends in a comma after an address
//! ("Mr. President,", "Dear leaders,"). A line indented more than the one
//! before starts a paragraph; one indented less goes on with it.

use memchr::{memchr, memrchr};

use super::trim_start_ascii;

/// Words that address an audience: a short line of them ending in a
/// comma or colon is a salutation ("Excellencies,", "Dear leaders,").
#[rustfmt::skip]
const ADDRESS: [&str; 41] = [
    "ambassador", "ambassadors", "brothers", "chair", "chairman",
    "chairperson", "citizens", "colleagues", "dear", "delegates",
    "delegation", "delegations", "distinguished", "esteemed", "excellences",
    "excellencies", "excellency", "fellow", "fellow-citizens", "friends",
    "gentlemen", "heads", "highness", "honorable", "honourable", "ladies",
    "leaders", "madam", "madame", "majesty", "members", "ministers",
    "president", "representatives", "secretary", "secretary-general",
    "senate", "sir", "sisters", "speaker", "vice-president",
];

/// Honorifics: they may stand in an address, but they address nobody
/// alone ("Ms. Smith (Jamaica)," names someone).
const HONORIFICS: [&str; 4] = ["mister", "mr", "mrs", "ms"];

/// Small words a title or an address leaves in lower case.
const SMALL: [&str; 24] = [
    "a", "all", "an", "and", "at", "by", "de", "del", "des", "du", "for",
    "from", "in", "la", "le", "my", "of", "on", "or", "the", "to", "vs",
    "with", "your",
];

/// Words that need the next word: a line ending in one is wrapped.
const JOINERS: [&str; 70] = [
    "a", "against", "among", "an", "and", "are", "as", "at", "be", "because",
    "been", "between", "both", "but", "by", "can", "could", "each", "for",
    "from", "had", "has", "have", "her", "his", "if", "in", "into", "is",
    "its", "may", "mr", "mrs", "ms", "must", "my", "nor", "not", "of", "on",
    "or", "our", "shall", "should", "such", "than", "that", "the", "their",
    "these", "this", "those", "through", "to", "under", "upon", "was", "were",
    "when", "where", "which", "while", "who", "whom", "whose", "will", "with",
    "within", "would", "your",
];

/// Pronouns and auxiliary verbs: a line holding one is a clause.
const CLAUSE_WORDS: [&str; 26] = [
    "am", "are", "be", "can", "could", "do", "does", "had", "has", "have",
    "he", "i", "is", "it", "may", "must", "shall", "she", "should", "they",
    "was", "we", "were", "will", "would", "you",
];

/// What a document's lines are like, measured once when first asked.
#[derive(Default)]
pub(super) struct Layout {
    usual: Option<usize>,
}

impl Layout {
    /// The usual length of a non-blank line in bytes: the longest of the
    /// shortest three quarters, which is the wrap width of a hard-wrapped
    /// text and a paragraph's length where a line is a paragraph.
    fn usual(&mut self, text: &str) -> usize {
        *self.usual.get_or_insert_with(|| {
            // White space at a line's ends changes a length by a few
            // bytes: it is left in.
            let mut lens = Vec::new();
            let mut start = 0;
            for end in
                memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()])
            {
                if end - start > 1 {
                    lens.push(end - start);
                }
                start = end + 1;
            }
            if lens.is_empty() {
                return 0;
            }
            let k = lens.len() * 3 / 4;
            *lens.select_nth_unstable(k).1
        })
    }
}

/// Whether the line break at `i`, which ends the line starting at
/// `line_start`, ends the sentence that starts at `start`.
pub(super) fn ends_at(
    text: &str,
    start: usize,
    (line_start, i): (usize, usize),
    layout: &mut Layout,
) -> bool {
    let next = next_line_start(text, i + 1);
    // Most breaks of hard-wrapped prose: the next line goes on with a
    // word in lower case, which starts no sentence, list item or label.
    let b = &text.as_bytes()[next..];
    let word = b.iter().take_while(|b| b.is_ascii_lowercase()).count();
    if word > 0 && b.get(word) == Some(&b' ') {
        return false;
    }
    let line = text[line_start..i].trim_end();
    // In a run of blank lines, the first line break decided.
    if line.trim_start().is_empty() {
        return false;
    }
    if blank_line(text, i + 1) {
        return !page_break(text, line, next);
    }
    if starts_list_item(&text[next..], line) {
        return true;
    }
    // A line that ends in a stop is left to the sentence marks, and a
    // line that starts no sentence goes on with this one.
    if line.ends_with(['.', '!', '?']) {
        return false;
    }
    let bare_line = bare(line);
    if bare_line.is_empty()
        || bare_line.ends_with(['.', '!', '?'])
        || !starts_sentence(&text[next..])
    {
        return false;
    }
    if starts_label(&text[next..]) {
        return true;
    }
    let indent = indent_of(line);
    let next_indent = next - i - 1;
    let joined = ends_joined(bare_line);
    if next_indent > indent && !joined {
        return true;
    }
    // An address may run over lines ("…, Ladies and\nGentlemen,").
    if bare_line.ends_with([',', ':', ';'])
        && salutation(bare(&text[start..i]))
    {
        return true;
    }
    // The cues of headings hold for a whole sentence on one line only.
    if start > line_start || !text[start..line_start].trim().is_empty() {
        return false;
    }
    parenthetical(bare_line)
        || !joined
            && next_indent >= indent
            && heading(text, line_start, bare_line, layout)
}

/// Whether a whole line with no stop, the line starting at `line_start`
/// (`bare_line` without its marks), reads as a heading: a title shorter
/// than the usual line, or in a document of long lines a phrase much
/// shorter than it. The usual line is measured only for such a line.
fn heading(
    text: &str,
    line_start: usize,
    bare_line: &str,
    layout: &mut Layout,
) -> bool {
    let len = bare_line.len();
    // Among lines in capitals (a speech written in them), a line in
    // capitals is a title only if it is no clause.
    let shouted = |l: &str| !l.contains(char::is_lowercase);
    (title(bare_line)
        && (!shouted(bare_line)
            || !shouted(line_before(text, line_start))
            || phrase(bare_line))
        && len * 10 <= layout.usual(text) * 7)
        || (phrase(bare_line) && {
            let usual = layout.usual(text);
            usual >= 120 && len * 3 <= usual
        })
}

/// The line before the one that starts at `line_start`, or "".
fn line_before(text: &str, line_start: usize) -> &str {
    let Some(end) = line_start.checked_sub(1) else { return "" };
    let start = memrchr(b'\n', &text.as_bytes()[..end]).map_or(0, |j| j + 1);
    &text[start..end]
}

/// Whether blank lines after `line` only break a sentence across a page,
/// as a PDF's text has them: `line` has no final stop and the text goes
/// on in lower case ("For\n\nus in Brunei"). `next` is the first
/// non-blank byte of the line after `line`.
fn page_break(text: &str, line: &str, next: usize) -> bool {
    let bare_line = bare(line);
    let rest = text[next..].trim_start();
    !bare_line.is_empty()
        && !bare_line.ends_with(['.', '!', '?', ':', ';'])
        && rest.starts_with(char::is_lowercase)
}

/// Whether a speaker label or an address opens a line, before a colon
/// and a sentence on the same line ("The President: I now call on …",
/// "Mr. President: Costa Rica …"): it starts a sentence, which goes on
/// past the colon.
fn starts_label(rest: &str) -> bool {
    let b = trim_start_ascii(rest, b"*_").as_bytes();
    // Most lines are passed over at their first byte.
    if !b.first().is_some_and(|b| b.is_ascii_uppercase() || *b >= 0x80) {
        return false;
    }
    let Some(colon) = memchr(b':', &rest.as_bytes()[..rest.len().min(80)])
    else {
        return false;
    };
    let label = &rest[..colon];
    let after = trim_start_ascii(&rest[colon + 1..], b" \t");
    !label.contains('\n') && salutation(bare(label)) && starts_sentence(after)
}

/// Index of the first non-blank byte of the line starting at `i`.
pub(super) fn next_line_start(text: &str, i: usize) -> usize {
    i + text[i..].len() - trim_start_ascii(&text[i..], b" \t").len()
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

/// Whether a line (from its first non-blank byte) starts with a bullet,
/// an item number ("1. ", "(a) ", "iv) ") or a Markdown heading's
/// hashes. `before` is the line above: a dash starts an item
/// only after a line that ends a sentence or a clause, or another item,
/// since in wrapped prose it goes on with a parenthesis ("home\n— the
/// Balkans").
pub(super) fn starts_list_item(line: &str, before: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('•' | '*' | '·' | '▪' | '◦' | '‣') => true,
        Some('-') => chars.next() == Some(' '),
        Some(d @ ('–' | '—' | '―')) => {
            let before = before.trim_start();
            chars.next() == Some(' ')
                && (before.is_empty()
                    || before.starts_with(d)
                    || before.ends_with(['.', '!', '?', ':', ';']))
        }
        Some('#') => {
            let rest = line.trim_start_matches('#');
            line.len() - rest.len() <= 6 && rest.starts_with(' ')
        }
        Some('(') => {
            let rest = &line[1..];
            let n = item_number(rest);
            n > 0 && spaced(&rest[n..], ")")
        }
        Some(_) => {
            let n = item_number(line);
            let digits = line.as_bytes()[0].is_ascii_digit();
            n > 0
                && (spaced(&line[n..], ")")
                    || digits && spaced(&line[n..], "."))
        }
        None => false,
    }
}

/// The length of the item number that opens `s`: one to three digits, a
/// lower-case letter, or a lower-case Roman numeral; 0 if none does.
fn item_number(s: &str) -> usize {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 {
        return if digits <= 3 { digits } else { 0 };
    }
    let roman = b.iter().take_while(|b| b"ivxlc".contains(b)).count();
    if (1..=5).contains(&roman) {
        return roman;
    }
    usize::from(b.first().is_some_and(u8::is_ascii_lowercase))
}

/// Whether `s` starts with `mark` and then a space or a tab.
fn spaced(s: &str, mark: &str) -> bool {
    s.strip_prefix(mark).is_some_and(|r| r.starts_with([' ', '\t']))
}

/// Whether a line's text starts a sentence: a capital or a digit, after
/// Markdown's emphasis marks.
fn starts_sentence(s: &str) -> bool {
    let s = trim_start_ascii(s, b"*_");
    s.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// The number of spaces and tabs that indent a line.
fn indent_of(line: &str) -> usize {
    line.len() - trim_start_ascii(line, b" \t").len()
}

/// A line without its indentation, a byte order mark and Markdown's marks
/// around it ("**Mr President,**", "## Aims").
fn bare(line: &str) -> &str {
    // Most lines start with a letter and end with one or a stop: nothing
    // to trim.
    let b = line.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last()
            .is_some_and(|&l| l.is_ascii_graphic() && l != b'*' && l != b'_')
    {
        return line;
    }
    line.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '*' | '_' | '\u{feff}')
    })
    .trim_start_matches(['#', '>', ' '])
}

/// Whether a line ends where a sentence cannot: in a comma or other mark
/// that joins, a word that needs the next ("and", "the", "Mr"), or inside
/// a quotation or a parenthesis it opened.
fn ends_joined(line: &str) -> bool {
    if line.ends_with([',', ':', ';', '-', '–', '—', '(', '/', '&']) {
        return true;
    }
    let last = line.rsplit([' ', '\t']).next().unwrap_or("");
    // Most lines hold neither mark: the searches backwards are spared.
    let open = |o: char, c: char| line.rfind(o) > line.rfind(c);
    let b = line.as_bytes();
    is_one_of(last, &JOINERS)
        || memchr(0xE2, b).is_some() && open('“', '”')
        || memchr(b'(', b).is_some() && open('(', ')')
}

/// Whether a short text is an address: at most ten words, each
/// capitalised, small or of address, one of them of address and more
/// than an honorific ("Mr. President", not "Ms. Smith (Jamaica)").
fn salutation(line: &str) -> bool {
    // Ten words of address are rarely longer than this.
    if line.len() > 160 {
        return false;
    }
    let line = line.trim_end_matches([',', ':', ';']);
    let words = || {
        line.split_whitespace().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        })
    };
    // Most lines of prose are refused at their first word in lower case.
    let fits = |w: &str| {
        capitalised(w)
            || is_one_of(w, &SMALL)
            || is_one_of(w, &ADDRESS)
            || is_one_of(w, &HONORIFICS)
    };
    line.starts_with(char::is_uppercase)
        && words().all(fits)
        && words().nth(10).is_none()
        && words().any(|w| is_one_of(w, &ADDRESS))
}

/// Whether a line is written like a title: at most twelve words, each
/// capitalised or small, the first and the last not small.
fn title(line: &str) -> bool {
    let words = line.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '&')
    });
    let mut n = 0;
    let mut last_small = true;
    for w in words {
        n += 1;
        let small = is_one_of(w, &SMALL) && !capitalised(w);
        if n > 12
            || n == 1 && small
            || !(small || capitalised(w) || w.is_empty())
        {
            return false;
        }
        last_small = small;
    }
    n > 0 && !last_small
}

/// Whether a line reads as a heading's phrase, not a clause: at most
/// ten words, none of them a pronoun or an auxiliary verb ("Recovering
/// from COVID-19", not "This is the sixth occasion on which I have").
fn phrase(line: &str) -> bool {
    let mut n = 0;
    for w in line.split_whitespace() {
        n += 1;
        if n > 10 || is_one_of(w, &CLAUSE_WORDS) {
            return false;
        }
    }
    true
}

/// Whether a line is all in parentheses: "(spoke in English)".
fn parenthetical(line: &str) -> bool {
    line.starts_with('(') && line.ends_with(')') && !line[1..].contains('(')
}

/// Whether a word starts with a capital or a digit.
fn capitalised(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether `w`, in any case, is one of `words` (lower case, sorted):
/// its ASCII letters lowered in a buffer, then a binary search (a line's
/// last word is looked up at many line breaks, in seventy joiners).
fn is_one_of(w: &str, words: &[&str]) -> bool {
    let mut buf = [0u8; 17];
    let Some(low) = buf.get_mut(..w.len()) else { return false };
    low.copy_from_slice(w.as_bytes());
    low.make_ascii_lowercase();
    // Only ASCII bytes were changed: still UTF-8.
    std::str::from_utf8(low).is_ok_and(|low| words.binary_search(&low).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_are_sorted_for_their_binary_search() {
        for list in
            [&ADDRESS[..], &HONORIFICS, &SMALL, &JOINERS, &CLAUSE_WORDS]
        {
            assert!(list.is_sorted(), "{list:?}");
        }
    }

    #[test]
    fn a_word_is_one_of_a_list_in_any_case() {
        // (word, in JOINERS)
        let cases = [
            ("the", true),
            ("The", true),
            ("THE", true),
            ("mr", true),
            ("Mr", true),
            ("them", false),
            ("", false),
            ("é", false),
            ("betweenbetweenbetween", false),
        ];
        for (w, is) in cases {
            assert_eq!(is_one_of(w, &JOINERS), is, "{w}");
        }
    }
}
