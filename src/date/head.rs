//! Whether a date stands at the head of a document, as a dateline does.
//!
//! A dateline is a date on one of a document's first lines, alone or in
//! the shapes news and statements give it: "Jan 7, 2026" on its own line,
//! "PARIS, Jan. 7, 2026 (Reuters) – The leaders…", "Published 7 January
//! 2026", "Updated: Jan 7, 2026, 10:32 a.m. ET", "New York, 25 September
//! 2015", "By Jane Doe | Jan 7, 2026". A date inside a sentence ("On 11
//! September 2001, …", "the attack of 11 September 2001") or a headline
//! about it ("March 4, 2022: the night …") is no dateline.

use crate::calendar::is_weekday_name;

/// The lines of the head: a dateline stands on one of the first
/// `HEAD_LINES` lines that are not blank.
const HEAD_LINES: usize = 8;

/// Words that may label a dateline's date, in lower case.
const LABELS: [&str; 12] = [
    "published",
    "updated",
    "posted",
    "last",
    "first",
    "date",
    "dated",
    "on",
    "issued",
    "released",
    "delivered",
    "modified",
];

/// Whether the date at `start..end` of `text` stands at the document's
/// head in a dateline's shape.
pub(super) fn at_head(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    // The line is read first: most dates stand in prose, and the lines
    // before are counted only up to the head's.
    let head = || {
        let mut earlier =
            text[..line_start].lines().filter(|l| !l.trim().is_empty());
        // A page break ends the head: what follows is a page's header.
        earlier.nth(HEAD_LINES - 1).is_none()
            && !text.as_bytes()[..start].contains(&b'\x0c')
    };
    match before(text[line_start..start].trim()) {
        Before::No => false,
        // "Delivered on 23 September 2020, at the 6th meeting": a label
        // makes the date the document's, whatever follows.
        Before::Label => head(),
        Before::Plain => after_ok(text[end..line_end].trim()) && head(),
    }
}

/// What stands before a date on its line.
enum Before {
    /// Nothing a dateline has: prose.
    No,
    /// A label ("Published", "Updated:", "Delivered on").
    Label,
    /// Nothing, a place, a weekday or a by-line.
    Plain,
}

/// What may stand before a dateline's date on its line: nothing, a place
/// and a comma ("PARIS,", "New York,", "AL-AIN , United Arab Emirates"),
/// a label ("Published", "Updated:", "Last updated on"), a weekday, or a
/// by-line ended by a separator ("By Jane Doe |").
fn before(before: &str) -> Before {
    let plain = |yes: bool| if yes { Before::Plain } else { Before::No };
    if before.is_empty() {
        return Before::Plain;
    }
    if let Some(by) = before.strip_suffix(['|', '·', '•', '—', '–']) {
        return plain(by.split_whitespace().nth(8).is_none());
    }
    // Read up to the seventh word only: most dates stand after a long
    // run of prose.
    let mut words: Vec<&str> = Vec::with_capacity(6);
    for w in before
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
    {
        if words.len() == 6 {
            return Before::No;
        }
        words.push(w);
    }
    let label = |w: &str| {
        let w = w.trim_end_matches(':');
        LABELS.iter().any(|l| w.eq_ignore_ascii_case(l))
    };
    // "By" is no label: "By 31 December 2025, the Council shall …" opens
    // a sentence (a by-line ends with a separator, above).
    let labelled = words.iter().all(|w| label(w) || is_weekday_name(w));
    if labelled && !words.is_empty() {
        // A weekday alone ("Wednesday, January 7, 2026") is part of the
        // date; "On" with no label opens a sentence ("On 11 September
        // 2001, …").
        if words.iter().all(|w| is_weekday_name(w)) {
            return Before::Plain;
        }
        let on = |w: &&str| w.eq_ignore_ascii_case("on") || is_weekday_name(w);
        return if words.iter().all(on) { Before::No } else { Before::Label };
    }
    // A place: capitalized words, then a comma (a weekday may follow), or
    // with a region after a comma ("AL-AIN , United Arab Emirates"), or
    // in capitals ("LONDON 1996-08-30").
    let place =
        before.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    let place = match place.rsplit_once(',') {
        Some((p, day)) if is_weekday_name(day.trim()) => p,
        _ => place,
    };
    let capitals = place
        .split(|c: char| c.is_whitespace() || c == ',')
        .find(|w| !w.is_empty())
        .is_some_and(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        });
    plain(
        (before.contains(',') || capitals)
            && !place.is_empty()
            && place
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .all(|w| {
                    let name = w.starts_with(char::is_uppercase)
                        && !w.contains(|c: char| {
                            c.is_ascii_digit() || c == '/'
                        });
                    name || matches!(
                        w,
                        "de" | "of" | "the" | "du" | "la" | "al"
                    )
                }),
    )
}

/// What may follow a dateline's date on its line: nothing, a time, an
/// agency in brackets, then nothing, a dash before the story, or a
/// separator.
fn after_ok(after: &str) -> bool {
    let mut rest = after;
    loop {
        rest =
            rest.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
        if let Some(r) = rest.strip_prefix('(') {
            let Some(close) = r.find(')') else { return false };
            if close > 40 || !r.starts_with(char::is_uppercase) {
                return false;
            }
            rest = &r[close + 1..];
        } else if let Some(r) = time(rest) {
            rest = r;
        } else {
            break;
        }
    }
    rest.is_empty()
        || rest == "."
        || rest.starts_with(['—', '–', '―', '|', '·', '•', '/'])
        || rest.starts_with("- ")
        || rest.starts_with("--")
}

/// The text after a time at the start of `s` ("10:32", "at 10:32 a.m.
/// ET", "10:32 GMT+1"), if one is there.
fn time(s: &str) -> Option<&str> {
    let s = s.strip_prefix("at ").unwrap_or(s);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || s.as_bytes().get(digits) != Some(&b':') {
        return None;
    }
    let mut rest = s[digits + 1..]
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ':');
    rest = rest.trim_start();
    for marker in ["a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."] {
        if let Some(r) = rest.strip_prefix(marker) {
            rest = r.trim_start();
            break;
        }
    }
    // A time zone: a word of two to four capitals, with an offset.
    let zone = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    if (2..=4).contains(&zone)
        && rest[zone..].chars().next().is_none_or(|c| !c.is_alphanumeric())
    {
        rest = rest[zone..].trim_start_matches(|c: char| {
            c.is_ascii_digit() || "+-:".contains(c)
        });
    }
    Some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each case marks its date with `[` and `]`.
    #[test]
    fn datelines_stand_at_the_head_and_dates_in_prose_do_not() {
        let cases = [
            // Datelines.
            ("[Jan 7, 2026]\n\nLeaders met.", true),
            ("Title\n\n6 min read\n2 views\n[Jan 7, 2026]\n\nText.", true),
            ("PARIS, [Jan. 7, 2026] (Reuters) – Leaders met.", true),
            ("PARIS, [Jan. 7, 2026] (Reuters) - Leaders met.", true),
            ("AL-AIN , United Arab Emirates [1996-12-06]\n", true),
            ("LONDON [1996-08-30]\n", true),
            ("New York, [25 September 2015]\n\nMr. President,", true),
            ("Published [7 January 2026]\n", true),
            ("Updated: [Jan 7, 2026], 10:32 a.m. ET\n", true),
            ("Last updated on [7 January 2026] at 10:32 GMT\n", true),
            ("By Jane Doe | [Jan 7, 2026]\n", true),
            ("Wednesday, [January 7, 2026]\n", true),
            ("On Wednesday, [January 7, 2026], we met.\n", false),
            ("[07/01/2026] - Leaders met.", true),
            ("[2026-01-07]", true),
            ("[Jan 7, 2026].\n", true),
            (
                "Address by Mr. X\nDelivered on Wednesday, [23 September 2020], at the 6th meeting\n",
                true,
            ),
            // Dates in prose, headlines about the past, late lines.
            ("On [11 September 2001], the towers fell.", false),
            ("We recall the bloody attack of [11 September 2001].", false),
            ("[March 4, 2022]: the night of Zaporizhzhia\n", false),
            ("Remembering [11 September 2001]\n", false),
            ("[11 September 2001] changed the world.", false),
            ("Copyright [Jan 7, 2026] Reuters\n", false),
            ("a\nb\nc\nd\ne\nf\ng\nh\n[Jan 7, 2026]\n", false),
            ("In Paris, [Jan 7, 2026] was cold.", false),
            (
                "Speech text\n34/54 15-29562\n\x0c\n[30/09/2015] A/70/PV.19\n",
                false,
            ),
            ("A/70/PV.15 [28/09/2015]\n", false),
            ("Leaders met in Paris, [Jan 7, 2026]", false),
            ("By [31 December 2025], the Council shall report.\n", false),
        ];
        for (marked, want) in cases {
            let start = marked.find('[').unwrap();
            let end = marked.find(']').unwrap() - 1;
            let text = marked.replacen('[', "", 1).replacen(']', "", 1);
            assert_eq!(at_head(&text, start, end), want, "{marked:?}");
        }
    }
}
