//! Words and cues: a sentence's words as the rules read them, the
//! trigger words the dictionary pass reports, and where a cue starts
//! and how long it is.

use super::*;

/// The spans of the words of `text[s..e]`.
pub(super) fn word_spans(
    text: &str,
    s: usize,
    e: usize,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    words(text, s, e).into_iter().map(|w| (w.start, w.end))
}

/// The words of `text[s..e]`, with apostrophes inside words kept: a word
/// starts at a word character (`is_word_char`) and goes on over those and
/// apostrophes. ASCII bytes are classified as they are, without decoding,
/// and a word's capitals are noted on the way.
pub(super) fn words(text: &str, s: usize, e: usize) -> Vec<Word<'_>> {
    // About one word in six bytes of prose: room made once.
    let mut out = Vec::with_capacity((e - s) / 6 + 1);
    let bytes = &text.as_bytes()[..e];
    let char_at = |i: usize| text[i..e].chars().next().unwrap_or(' ');
    let mut i = s;
    while i < e {
        let b = bytes[i];
        if b < 0x80 && !is_ascii_word(b) {
            i += 1;
            continue;
        }
        if b >= 0x80 {
            let c = char_at(i);
            if !is_word_char(c) {
                i += c.len_utf8();
                continue;
            }
        }
        let start = i;
        // Whether the word has an ASCII capital, and a character outside
        // ASCII (then it is lower-cased as Unicode says).
        let (mut upper, mut other) = (false, false);
        loop {
            // The ASCII bytes of the word at once, then a character
            // outside ASCII that goes on with it, if one does.
            let (n, capital) = word_run(bytes, i);
            i += n;
            upper |= capital;
            if i >= e || bytes[i] < 0x80 {
                break;
            }
            let c = char_at(i);
            if !(is_word_char(c) || c == '’') {
                break;
            }
            other = true;
            i += c.len_utf8();
        }
        out.push(word(text, start, i, upper, other));
    }
    out
}

/// The words of `words` (a sentence's) from byte `from` to byte `to`:
/// those `words(text, from, to)` reads, where no word of the sentence
/// stands across either end.
pub(super) fn within<'w, 'a>(
    words: &'w [Word<'a>],
    from: usize,
    to: usize,
) -> Option<&'w [Word<'a>]> {
    let a = words.partition_point(|w| w.end <= from);
    let b = words.partition_point(|w| w.end <= to);
    let across = |k: usize, at: usize| {
        words.get(k).is_some_and(|w| w.start < at && at < w.end)
    };
    if across(a, from) || across(b, to) {
        return None;
    }
    Some(&words[a..b])
}

pub(super) fn word(
    text: &str,
    start: usize,
    end: usize,
    upper: bool,
    other: bool,
) -> Word<'_> {
    // Trailing apostrophes are no part of the word ("the leaders'").
    let s = &text[start..end];
    let s = if s.ends_with('\'') || s.ends_with('’') {
        s.trim_end_matches(['\'', '’'])
    } else {
        s
    };
    let end = start + s.len();
    let capital = match s.as_bytes()[0] {
        b if b.is_ascii() => b.is_ascii_uppercase(),
        _ => s.starts_with(char::is_uppercase),
    };
    let lower = if !other {
        if upper {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        }
    } else if s.chars().any(char::is_uppercase) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    };
    Word { start, end, lower, capital }
}

/// The words that start a cue or an unattributed report, sorted: the
/// dictionary automaton reports where they stand, so that claim detection
/// looks only at the sentences that hold one.
pub fn trigger_words() -> Vec<&'static str> {
    trigger_set().to_vec()
}

/// The cue starts and the words of unattributed reports, sorted.
pub(super) fn trigger_set() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let reports = REPORT_WORDS.iter().chain(PASSIVE_ONLY).copied();
        sorted(cue_starts().iter().copied().chain(reports))
    })
}

/// The words a cue may start with: a quick test that rejects most words.
pub(super) fn cue_starts() -> &'static [&'static str] {
    static STARTS: OnceLock<Vec<&'static str>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let phrases = PHRASE_CUES.iter().map(|(first, _)| *first);
        sorted(CUES.iter().copied().chain(that_cues()).chain(phrases))
    })
}

/// The words a cue may start with, to look up one by one.
pub(super) fn cue_start_set() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| cue_starts().iter().copied().collect())
}

pub(super) fn sorted(
    words: impl Iterator<Item = &'static str>,
) -> Vec<&'static str> {
    let mut words: Vec<&'static str> = words.collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Whether a cue or a report may start at the trigger word at byte `t`
/// of a sentence ending at `e`: read on the text, before the sentence's
/// words are, it holds wherever [`cue_len`] finds a cue or
/// `parts::unattributed` a report, and then some. A cue word or a report
/// word may; a word that is a cue only before another ("made it clear",
/// "call for", "reports that") may if the next word begins as one of
/// those does.
pub(super) fn may_cue(text: &str, t: usize, e: usize) -> bool {
    /// For each trigger word, what it needs: the words one of which must
    /// follow it (none for a cue or a report word), unless it is a
    /// document's cue after a document's name; or a quotation near it.
    #[derive(Default)]
    struct Needs {
        after: Vec<&'static str>,
        document: bool,
        quote: bool,
    }
    static NEXT: OnceLock<FastMap<&'static str, Needs>> = OnceLock::new();
    let next = NEXT.get_or_init(|| {
        let mut next: FastMap<&str, Needs> = FastMap::default();
        for &(first, rest) in PHRASE_CUES {
            next.entry(first).or_default().after.push(rest[0]);
        }
        for w in that_cues() {
            next.entry(w).or_default().after.push("that");
        }
        for &w in CUES.iter().chain(REPORT_WORDS) {
            next.insert(w, Needs::default());
        }
        // Reports with no source that need a word after them: "is
        // expected to", "it is known that".
        for &w in EXPECTATIONS {
            next.entry(w).or_default().after.push("to");
        }
        next.insert(
            "known",
            Needs { after: vec!["that"], ..Needs::default() },
        );
        for &w in DOCUMENT.iter() {
            next.entry(w).or_default().document = true;
        }
        for &w in QUOTE_ONLY {
            next.entry(w).or_default().quote = true;
        }
        next
    });
    let bytes = &text.as_bytes()[..e];
    let len =
        bytes[t..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let mut word = [0u8; 16];
    let Some(buf) = word.get_mut(..len) else { return true };
    buf.copy_from_slice(&bytes[t..t + len]);
    buf.make_ascii_lowercase();
    let Some(needs) = std::str::from_utf8(buf).ok().and_then(|w| next.get(w))
    else {
        return true;
    };
    if needs.quote {
        // `“…,” he continued`: a quotation mark in the 300 bytes before
        // it, or after it in its sentence.
        let near = &bytes[t.saturating_sub(300)..];
        return memchr::memchr(b'"', near).is_some()
            || memchr::memmem::find(near, "“".as_bytes()).is_some()
            || memchr::memmem::find(near, "”".as_bytes()).is_some();
    }
    if needs.after.is_empty() {
        return true;
    }
    // A document cue needs no "that" after a document ("the poll
    // shows"), as `cue_len` reads the word before.
    if needs.document {
        let before = text[..t].trim_end();
        let prev = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        if DOCUMENT_HEADS.contains(&prev.as_str()) {
            return true;
        }
    }
    // An aside ("as everyone knows, …"): "as" among the six words
    // before, as `cue_len` reads them, and a mark after.
    let marked = bytes.get(t + len).is_some_and(|b| {
        !b.is_ascii_alphanumeric() && !matches!(b, b' ' | b'\'')
    });
    if marked {
        let from =
            text[..t].char_indices().rev().nth(80).map_or(0, |(i, _)| i);
        let aside = text[from..t]
            .split(|c: char| !is_word_char(c) && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .rev()
            .take(6)
            .any(|w| w.eq_ignore_ascii_case("as"));
        if aside {
            return true;
        }
    }
    // The next word, as `words` reads them: past the rest of this one
    // (word characters and apostrophes), then past what is no word.
    let rest = &text[t..e];
    let after = rest
        .find(|c: char| !(is_word_char(c) || c == '\'' || c == '’'))
        .map_or("", |i| &rest[i..]);
    let Some(i) = after.find(is_word_char) else { return false };
    let following = &after.as_bytes()[i..];
    let next_is = needs.after.iter().any(|w| {
        following
            .get(..w.len())
            .is_some_and(|f| f.eq_ignore_ascii_case(w.as_bytes()))
    });
    // "that" a few words on, past adverbs or a listener, as `that_near`
    // reads it; or a clause with no "that", as `clause_next` does: a
    // pronoun, a name or a determiner, then a finite verb.
    if next_is || !needs.after.contains(&"that") {
        return next_is;
    }
    let mut next = after[i..].split(' ').take(6);
    let first = next.next().unwrap_or("");
    let subject = PRONOUNS.contains(&first)
        || SUBJECT_STARTS.contains(&first)
        || first.starts_with(|c: char| c.is_uppercase());
    let he = matches!(first, "he" | "she" | "it");
    next.enumerate().any(|(k, w)| {
        w == "that"
            || (subject || k == 0) && FINITE.contains(&w)
            || k == 0 && he && w.ends_with('s')
    })
}

/// The number of words of the cue starting at word `j`, if one does.
pub(super) fn cue_len(words: &[Word], j: usize) -> Option<usize> {
    let w = words[j].lower.as_ref();
    if !cue_start_set().contains(w) {
        return None;
    }
    let prev = j.checked_sub(1).map(|p| words[p].lower.as_ref());
    // "The United States has": a capitalized cue word is a name, unless
    // it opens the sentence; "a major say" is a noun, but a past tense
    // is none ("the official said", "an aide told"); "let's say" is no
    // attribution.
    let past = w.ends_with("ed") || matches!(w, "said" | "told" | "wrote");
    let that_next = words.get(j + 1).is_some_and(|x| x.lower == "that");
    // "his warning that", "the claim that": a noun that attributes.
    if NOMINAL.contains(&w) && that_next && !words[j].capital {
        return Some(1);
    }
    // "to stress" is an infinitive, but "would like to stress" a
    // speaker's frame.
    let framed = prev == Some("to")
        && j >= 2
        && FRAMES.contains(&words[j - 2].lower.as_ref());
    // Only right before it: "in first, according to" is no noun.
    let adjacent = j > 0 && words[j].start - words[j - 1].end == 1;
    let noun = !past
        && w != "words"
        && !framed
        && adjacent
        && NOUN_BEFORE.contains(&prev.unwrap_or(""));
    if j > 0 && (words[j].capital || noun)
        || matches!(prev, Some("let's" | "let’s" | "lets"))
        // "Having said that, …" turns to the next point.
        || prev == Some("having") && that_next
    {
        return None;
    }
    let after_in_the =
        j >= 2 && words[j - 2].lower == "in" && words[j - 1].lower == "the";
    if w == "words" && !after_in_the {
        return None;
    }
    let n = PHRASE_CUES
        .iter()
        .find(|(first, rest)| {
            *first == w
                && rest.iter().enumerate().all(|(k, r)| {
                    words.get(j + 1 + k).is_some_and(|x| x.lower == *r)
                })
        })
        .map(|(_, rest)| 1 + rest.len());
    let n = n.or_else(|| {
        let kind = cue_words().get(w).copied().unwrap_or_default();
        let next = words.get(j + 1).map(|x| x.lower.as_ref());
        // "the poll shows Trump ahead": a document needs no "that".
        let document =
            kind.document && prev.is_some_and(|p| DOCUMENT_HEADS.contains(&p));
        // "As everyone knows, …", "as the report noted, …": an aside
        // before a comma attributes the rest of its sentence.
        let aside = (j.saturating_sub(6)..j).any(|k| words[k].lower == "as")
            && words.get(j + 1).is_some_and(|x| x.start > words[j].end + 1);
        let that = next == Some("that")
            || document
            || aside
            || that_near(words, j, TAKES_LISTENER.contains(&w))
            || clause_next(words, j);
        (kind.plain || kind.that && that).then_some(1)
    })?;
    // "people accused of rape": a participle before "of" or "by" is no
    // cue.
    let next = words.get(j + n).map(|x| x.lower.as_ref());
    if w.ends_with("ed") && matches!(next, Some("of" | "by")) {
        return None;
    }
    Some(n)
}

/// Whether cue word `j`, one of `OBJECT_CUES`, introduces speech: where
/// a clause follows it ("that", a subject pronoun, or a subject and a
/// finite verb); where a comma follows it ("she added, Trump is…"); where a
/// colon or a quotation opens in the few words after it, before the
/// sentence goes on ("added warily: “…”", "added about Carson: “…”",
/// "adding of Mr. Trump, “…”"); where its sentence ends after it ("“…,”
/// he added."); or where a quotation's comma closes in the few words
/// before it ("“…,” added Gowdy", "“…,” Trump added during his
/// appearance"). Not where an object follows ("the plan will add 19
/// million jobs", "…, adding more than $10 trillion to our wealth").
pub(super) fn object_cue_speaks(text: &str, words: &[Word], j: usize) -> bool {
    const REACH: usize = 32;
    let w = &words[j];
    // The sentence's words bound both looks: its first word (less the
    // few bytes of a quotation's close before it) and its last.
    let (first, last) = (words[0].start, words[words.len() - 1].end);
    let rest = text[w.end..last.max(w.end)].trim_start();
    // A colon or an opening quotation a few words on, with no figure
    // before it ("added warily: “…”", "adding of Mr. Trump, ''He…''"; not
    // "added a 10:30 flight", "added 160 guards along the route, “…”").
    let mark = rest
        .match_indices([':', '“', '"', '«', '\''])
        .find(|&(k, m)| {
            let after = &rest[k + m.len()..];
            match m {
                ":" => after.starts_with(char::is_whitespace),
                "'" => after.starts_with('\''),
                _ => true,
            }
        })
        .map(|(k, _)| k);
    let opens = mark.is_some_and(|k| {
        k <= REACH && !rest[..k].contains(|c: char| c.is_ascii_digit())
    });
    // "she added, Donald Trump is…", "Mr. Biden added, noting…".
    let ends = rest.is_empty()
        || text[w.end..].trim_start().starts_with(['.', '!', '?', ';', ',']);
    // A quotation's close right before the source and cue, with no comma
    // between ("“…,” added Gowdy", "…good.” Trump added during his
    // appearance"; not "“…,” she said, and the plan added 19 million").
    let from = ceil_char(
        text,
        first.saturating_sub(5).max(w.start.saturating_sub(REACH)),
    );
    let behind = &text[from..w.start];
    // A closing mark, not an apostrophe ("China’s", "the country's").
    let close = behind
        .match_indices(['”', '"', '’', '\''])
        .filter(|&(k, m)| {
            let after = &behind[k + m.len()..];
            m == "”" || m == "\"" || !after.starts_with(char::is_alphanumeric)
        })
        .map(|(k, m)| k + m.len())
        .max();
    let closed = close.is_some_and(|k| {
        let between = &behind[k..];
        !between.contains([',', ';', ':'])
            && between.split_whitespace().count() <= 4
    });
    // "adding he intended to…": a subject pronoun is no object.
    // "adding he’s not backing anyone": the same with its verb.
    let subject = words.get(j + 1).is_some_and(|x| {
        let head = x.lower.split(['\'', '’']).next().unwrap_or("");
        matches!(head, "he" | "she" | "they" | "we" | "i")
    });
    // "I may add at this point that…": "that" after a preposition's
    // phrase (not "added provisions that criminalize", a relative).
    let aside_that =
        words.get(j + 1).is_some_and(|x| {
            matches!(x.lower.as_ref(), "at" | "in" | "here" | "also" | "only")
        }) && words[j + 1..].iter().take(5).any(|x| x.lower == "that");
    ends || opens
        || subject
        || closed && !w.lower.ends_with("ing")
        || aside_that
        || that_near(words, j, false)
        || words.get(j + 1).is_some_and(|x| x.lower == "that")
        || clause_next(words, j)
}

/// Whether "claimed" at word `j` takes a toll or a deed for its object
/// within four words ("has claimed thousands of innocent lives",
/// "claimed responsibility for the attack"), before any "that".
pub(super) fn claims_a_toll(words: &[Word], j: usize) -> bool {
    // Not where a verb follows it at once: "claimed the deaths were
    // faked" is a claim about them ("claimed thousands of lives, will
    // …" is none: a comma first).
    let end = (j + 5).min(words.len());
    (j + 1..end)
        .take_while(|&k| words[k].lower != "that")
        .find(|&k| CLAIMED_THINGS.contains(&words[k].lower.as_ref()))
        .is_some_and(|k| {
            !words.get(k + 1).is_some_and(|x| {
                x.start == words[k].end + 1
                    && FINITE.contains(&x.lower.as_ref())
            })
        })
}

/// Whether "that" follows cue word `j` past adverbs ("stress once again
/// that") or, where the cue takes one, a listener ("inform the Assembly
/// that"): a few words, with nothing but a space between them.
pub(super) fn that_near(words: &[Word], j: usize, listener: bool) -> bool {
    let reach = if listener { 5 } else { 3 };
    for k in j + 1..(j + 1 + reach).min(words.len()) {
        if words[k].start != words[k - 1].end + 1 {
            return false;
        }
        let w = words[k].lower.as_ref();
        if w == "that" {
            return k > j + 1;
        }
        let adverb = BEFORE_THAT.contains(&w) || ly_adverb(w);
        if !(adverb || listener && !CUES.contains(&w)) {
            return false;
        }
    }
    false
}

/// Whether a clause with no "that" follows cue word `j`: a short subject
/// (a pronoun, a name, or a determiner and up to three words) and a
/// finite auxiliary or modal ("knows he will lose", "announced the
/// Peace Corps would begin", "said Obama had"), with only spaces between.
pub(super) fn clause_next(words: &[Word], j: usize) -> bool {
    let Some(first) = words.get(j + 1) else { return false };
    let w = first.lower.as_ref();
    let second = words.get(j + 2).filter(|x| x.start == first.end + 1);
    // "announced it plans to": he, she or it and a verb in -s.
    if ["he", "she", "it"].contains(&w)
        && second.is_some_and(|x| x.lower.len() > 3 && x.lower.ends_with('s'))
    {
        return true;
    }
    let reach = if PRONOUNS.contains(&w) {
        1
    } else if SUBJECT_STARTS.contains(&w) || first.capital {
        4
    } else {
        // "know life can knock us down": a bare noun and a finite verb.
        return first.start == words[j].end + 1
            && w.len() > 2
            && !NOT_SOURCE_STARTS.contains(&w)
            && second.is_some_and(|x| FINITE.contains(&x.lower.as_ref()));
    };
    for k in j + 1..(j + 2 + reach).min(words.len()) {
        if words[k].start != words[k - 1].end + 1 {
            return false;
        }
        let w = words[k].lower.as_ref();
        if k > j + 1 && FINITE.contains(&w) {
            return true;
        }
        // Past the pronoun, a name goes on only in capitals.
        let name =
            first.capital && !SUBJECT_STARTS.contains(&first.lower.as_ref());
        if k > j + 1 && name && !words[k].capital {
            return false;
        }
    }
    false
}

/// What a single cue word needs to be a cue.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct CueWord {
    /// A cue alone (`CUES`).
    plain: bool,
    /// A cue before "that" (`that_cues`).
    that: bool,
    /// A cue of documents (`DOCUMENT`).
    document: bool,
}

/// The single cue words, looked up once each instead of by scanning the
/// lists.
pub(super) fn cue_words() -> &'static FastMap<&'static str, CueWord> {
    static WORDS: OnceLock<FastMap<&'static str, CueWord>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut map: FastMap<&'static str, CueWord> = FastMap::default();
        for &w in CUES.iter() {
            map.entry(w).or_default().plain = true;
        }
        for w in that_cues() {
            map.entry(w).or_default().that = true;
        }
        for &w in DOCUMENT.iter() {
            map.entry(w).or_default().document = true;
        }
        map
    })
}

/// The smallest char boundary of `s` at or above `i` (the crate's MSRV,
/// 1.89, has no `str::ceil_char_boundary`).
fn ceil_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}
