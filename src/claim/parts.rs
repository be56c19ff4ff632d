//! The parts of a claim: its source, before or after the cue, and its
//! content.

use super::lexicon::*;
use super::source_words::*;
use super::{Claim, ClaimKind, ly_adverb};
use crate::calendar::{is_month_name, is_weekday_name};
use crate::matcher::is_word_char;
use crate::sentence::trim_start_ascii;

/// The source before a cue: the subject of its clause, with an appositive
/// that stands between it and the cue ("Phil Smith, a spokesman for the
/// union, said").
pub(super) fn source_before(
    text: &str,
    sent_start: usize,
    cue: usize,
) -> Option<(usize, usize)> {
    let mut pre = &text[sent_start..cue];
    // "I would like to stress", "we wish to inform": a speaker's frame
    // for a statement of their own.
    let mut framed = false;
    loop {
        let t = pre.trim_end();
        let last = t
            .rsplit(|c: char| !is_word_char(c) && c != '\'' && c != '’')
            .next()?;
        let adverb = ly_adverb(last) && last.starts_with(char::is_lowercase);
        if (adverb || BETWEEN.contains_ignore_ascii_case(last))
            && !last.is_empty()
        {
            pre = &t[..t.len() - last.len()];
            continue;
        }
        if let Some(n) = frame_len(t) {
            pre = &t[..t.len() - n];
            framed = true;
            continue;
        }
        pre = t;
        break;
    }
    // "our partners, who have been telling us": the source is what the
    // relative pronoun stands for.
    let relative = pre
        .strip_suffix("who")
        .or_else(|| pre.strip_suffix("which"))
        .and_then(|p| p.trim_end().strip_suffix(','));
    if let Some(p) = relative {
        pre = p.trim_end();
    }
    // Only a person is "who": "Thomas Perez, who said"; "Dukes, which
    // denied" is a case, not its source.
    let who = relative.is_some()
        && text[sent_start..cue].trim_end().ends_with("who");
    // "Let me emphasize": the speaker.
    let let_me = pre
        .get(pre.len().saturating_sub(6)..)
        .is_some_and(|t| t.eq_ignore_ascii_case("let me"))
        && !pre[..pre.len() - 6].ends_with(|c: char| c.is_alphanumeric());
    if let_me {
        let start = sent_start + pre.len() - 2;
        return Some((start, start + 2));
    }
    if framed {
        // Only the speaker's own: "He would like to stress" reports a
        // wish, not a statement.
        let last = pre.rsplit(|c: char| !c.is_alphanumeric()).next()?;
        let own = ["I", "we", "We"].contains(&last);
        let start = sent_start + pre.len() - last.len();
        return own.then_some((start, start + last.len()));
    }
    // An appositive or parenthetical right before the cue is skipped to
    // find the subject ("Britain, for instance, has"), and then kept in
    // the span when it describes the subject.
    let mut appositive_end = None;
    if let Some(body) = pre.strip_suffix(',')
        && let Some(comma) = body.rfind(',')
        && body[comma + 1..].split_whitespace().nth(25).is_none()
    {
        let aside = body[comma + 1..].trim_start();
        if !aside.starts_with(|c: char| c.is_lowercase())
            || APPOSITIVE_STARTS.iter().any(|a| aside.starts_with(a))
        {
            appositive_end = Some(sent_start + body.len());
        }
        pre = body[..comma].trim_end();
    }
    if pre.ends_with(')')
        && let Some(open) = pre.rfind('(')
    {
        appositive_end.get_or_insert(sent_start + pre.len());
        pre = pre[..open].trim_end();
    }
    let cut = pre
        .rfind([',', ';', ':', '—', '–', '―', '(', '"', '“', '”'])
        .map_or(0, |i| i + pre[i..].chars().next().map_or(1, char::len_utf8))
        .max(pre.rfind("''").map_or(0, |i| i + 2));
    // A list of names before the cue is one source: "Germany, France
    // and Italy said".
    let mut cut = cut;
    let listed = |np: &str| np.contains(" and ") || np.contains(" or ");
    while cut > 0
        && pre[..cut].ends_with(',')
        && listed(&pre[cut..])
        && let Some(item) = pre[..cut - 1].rsplit(',').next()
        && (1..=4).contains(&item.split_whitespace().take(5).count())
        && item.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
    {
        cut -= 1 + item.len();
    }
    let mut np = &pre[cut..];
    if let Some(i) = last_boundary_word(np) {
        np = &np[i..];
    }
    let mut np = strip_openers(np.trim());
    if !valid_source(np) {
        np = subject_with_clause(np)
            .or_else(|| who.then(|| trailing_name(np)).flatten())
            .filter(|np| !np.is_empty())?;
    }
    let start = np.as_ptr() as usize - text.as_ptr() as usize;
    let end = start + np.len();
    let parts_only = |e: usize| !text[end..e].contains(['“', '”', '"']);
    Some((
        start,
        appositive_end.filter(|&e| e > end && parts_only(e)).unwrap_or(end),
    ))
}

/// A subject with its relative clause ("One Democratic official who
/// relayed the exchange", "those who named a candidate"): the noun phrase
/// before "who" must read as a source, and the clause be short.
fn subject_with_clause(np: &str) -> Option<&str> {
    let k = [" who ", " who’d ", " who'd ", " whom "]
        .iter()
        .filter_map(|r| np.find(r))
        .min()?;
    let head = strip_openers(np[..k].trim());
    let clause = &np[k..];
    let words: Vec<&str> = clause.split_whitespace().collect();
    let short = words.len() <= 15;
    // The clause ends before the cue's own verbs ("who made statements
    // were mocked and criticized"); "a man who many believe" is the
    // belief of "many", not of the man.
    // One verb: "who suffer from hunger cannot wait until" holds two.
    let one_verb = words.iter().skip(2).all(|w| {
        !CLAUSE_VERBS.contains(w)
            && !APPEAL_MODALS.contains(w)
            && !w.ends_with("n't")
    });
    let own = [" and ", " but ", " or "].iter().all(|j| !clause.contains(j))
        && one_verb
        && words.last().is_none_or(|w| {
            !NOT_SOURCE_STARTS.contains(w) && !TIME_STARTS.contains(w)
        })
        && words.get(1).is_none_or(|w| {
            !PRONOUNS.contains(w) && !["many", "most", "some"].contains(w)
        });
    (short && own && valid_source(head)).then(|| {
        let start = head.as_ptr() as usize - np.as_ptr() as usize;
        &np[start..]
    })
}

/// The name that ends `np`, before a relative clause ("with help from
/// Labor Secretary Thomas Perez, who said"): its capitalized words, with
/// "of" or "the" inside.
fn trailing_name(np: &str) -> Option<&str> {
    let words = word_spans(np);
    let mut first = None;
    for (k, &(s, e)) in words.iter().enumerate().rev() {
        let w = &np[s..e];
        let inner = matches!(w, "of" | "the" | "de" | "al")
            && first.is_some()
            && k > 0
            && np[words[k - 1].0..].starts_with(char::is_uppercase);
        if !(w.starts_with(char::is_uppercase) || inner) {
            break;
        }
        first = Some(s);
    }
    let name = &np[first?..];
    valid_source(name).then_some(name)
}

/// The length of a speaker's frame that ends `t` ("would like to", "wish
/// to", "am proud to"), if one does: the words from the frame word to the
/// end, "to" included.
pub(super) fn frame_len(t: &str) -> Option<usize> {
    let body = t.strip_suffix("to")?;
    if body.ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let body = body.trim_end();
    let word = body.rsplit(|c: char| !c.is_alphanumeric()).next()?;
    FRAMES
        .iter()
        .any(|f| word.eq_ignore_ascii_case(f))
        .then(|| t.len() - (body.len() - word.len()))
}

/// Byte index just past the last boundary word in `np`.
pub(super) fn last_boundary_word(np: &str) -> Option<usize> {
    let words = word_spans(np);
    let mut found = None;
    for (k, &(start, end)) in words.iter().enumerate() {
        let w = &np[start..end];
        // "… and he said": a clause joined by "and" or "but".
        let pronoun = words
            .get(k + 1)
            .is_some_and(|&(s, e)| PRONOUNS.contains(&&np[s..e]));
        let joins_clause = pronoun && ["and", "but", "or"].contains(&w);
        if joins_clause || BOUNDARIES.contains_ignore_ascii_case(w) {
            found = Some(end);
        }
    }
    found
}

/// The spans of the words of `s`, split at any white space (no-break
/// spaces included).
fn word_spans(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (true, Some(st)) => {
                out.push((st, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

/// Drops the words that open a sentence without being its subject
/// ("Yet supporters") and a relative pronoun after the subject ("a star
/// anchor at Fox News who").
pub(super) fn strip_openers(np: &str) -> &str {
    let words = word_spans(np);
    let skip = words
        .iter()
        .take_while(|&&(s, e)| {
            let w = np[s..e].trim_end_matches(',');
            OPENERS.contains_ignore_ascii_case(w)
        })
        .count();
    let (Some(&(start, _)), Some(&(_, mut end))) =
        (words.get(skip), words.last())
    else {
        return "";
    };
    if let Some(&(s, e)) = words.last()
        && words.len() > skip + 1
        && ["who", "that", "which"].contains(&&np[s..e])
    {
        end = words[words.len() - 2].1;
    }
    &np[start..end]
}

pub(super) fn valid_source(np: &str) -> bool {
    source_shape(np, false)
}

/// Whether `np` reads as a source: a noun phrase of one to ten words, no
/// clause. With `modified`, every word in "-ed" is read as a participle
/// that modifies a noun, as after "according to" ("a poll released
/// Sunday"), where no clause stands.
pub(super) fn source_shape(np: &str, modified: bool) -> bool {
    let words: Vec<&str> = np.split_whitespace().collect();
    let n = words.len();
    let first = words.first().copied().unwrap_or("");
    let bare = first.trim_end_matches(['’', '\'', 's']);
    let contraction = first.contains('’') || first.contains('\'');
    // A verb inside makes it a clause: "NBC News and said", "Trump
    // unleashed a series of tweets", "contradicting Tulsa police".
    let lower = |w: &&str| w.starts_with(char::is_lowercase);
    // A word in "-ed" is a verb unless it modifies a noun: after a
    // determiner ("a redacted copy"), or after the noun with nothing or a
    // preposition behind it ("people briefed on the move", "those
    // surveyed"); "Trump unleashed a series" has an object, and after a
    // name or a pronoun it is the verb ("Christie gloated", "he declared").
    let participle = |k: usize| {
        let before = words[k - 1];
        // A noun: a word in lower case, or the first ("People briefed").
        let noun = (lower(&before) || k == 1)
            && !PRONOUNS.contains(&before)
            && !CLAUSE_VERBS.contains(&before);
        // Last, after a plural ("those surveyed", "voters polled"): a
        // singular is the subject of a verb ("the candidate reiterated:").
        let plural = before == "those"
            || before == "people"
            || before.ends_with('s') && !before.ends_with("ss");
        // After its noun, a participle of the verbs that report on
        // people and papers ("officials briefed on", "those surveyed"),
        // or any before "by": "supplies consisted of" is a clause.
        let known = PARTICIPLES.contains(&words[k]);
        let next = words.get(k + 1);
        modified
            || DETERMINERS.contains_ignore_ascii_case(before)
            || noun && next == Some(&"by")
            || noun
                && known
                && next.map_or(plural, |w| PREPOSITIONS.contains(w))
    };
    let verb = (1..n).filter(|&k| lower(&words[k])).any(|k| {
        let w = &words[k];
        (w.len() > 4 && w.ends_with("ed") && !participle(k))
            || CLAUSE_VERBS.contains(w)
            || w.ends_with("n't")
            || w.ends_with("n’t")
    }) || (lower(&first) && first.ends_with("ing"))
        || CLAUSE_VERBS.contains(&first)
        || NOT_SOURCE_STARTS.contains(&first);
    // A lone "it", "this" or "it's" names nobody.
    let empty_word = n == 1
        && (contraction || NOT_SOURCES.contains_ignore_ascii_case(bare));
    let starts_well = np.chars().next().is_some_and(|c| c.is_alphanumeric());
    // "Malawi joins the United States in": a fragment ends in a
    // preposition.
    let last = words.last().copied().unwrap_or("");
    let fragment = n > 1
        && (NOT_SOURCE_STARTS.contains(&last) || ARTICLES.contains(&last));
    (1..=10).contains(&n) && !verb && !empty_word && starts_well && !fragment
}

/// The source after a cue, in inverted attributions: `"…," said X`,
/// `…, said X, the minister.` and `Said X: "…"`.
pub(super) fn source_after(
    text: &str,
    sent: (usize, usize),
    cue: (usize, usize),
) -> Option<(usize, usize)> {
    // "…, telling reporters that": who is told is no source.
    if tells(cue_verb(text, cue)) {
        return None;
    }
    let before = text[sent.0..cue.0].trim_end();
    // `"…," said X`, also with a quotation inside the quotation closed
    // before it (`'Clinton,' " said`, `''…'old-school,''' said`).
    let closed = before.trim_end_matches(|c: char| {
        matches!(c, '"' | '”' | '»' | '\'' | '’') || c.is_whitespace()
    });
    let inverted = before.is_empty()
        || before.ends_with(',')
        || before.ends_with(['"', '”', '»', '\''])
            && closed.ends_with([',', '!', '?']);
    if !inverted {
        return None;
    }
    let rest = &text[cue.1..sent.1];
    let head = rest.split([',', ';', '!', '?', ':']).next()?.trim();
    let head = head
        .strip_suffix('.')
        .filter(|n| !n.ends_with(|c: char| c.is_uppercase()))
        .unwrap_or(head);
    // A relative clause is no part of it: "said a handful of Democrats
    // who point to his record".
    let head = [" who ", " whom ", " whose ", " which "]
        .iter()
        .filter_map(|r| head.find(r))
        .min()
        .map_or(head, |i| &head[..i]);
    // A name, a pronoun, or a noun phrase with its determiner ("said the
    // senior adviser", "said a spokeswoman for the campaign"), or a name
    // after its title ("said former governor Ed Rendell", "said
    // spokesman John Kirby").
    let titled = head
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        && head.split(' ').take(3).all(|w| {
            !NOT_SOURCE_STARTS.contains(&w) && !TIME_STARTS.contains(&w)
        })
        // Not an object and where it goes ("asserted itself into the
        // United States").
        && head.split(' ').all(|w| {
            w == "of" || !PREPOSITIONS.contains(&w) && !w.ends_with("self")
        });
    // "said Friday", "said March 3": a time is no source; "said May",
    // "said Sunday Times editor John Witherow" name someone.
    let mut head_words = head.split(' ');
    let first = head_words.next().unwrap_or("");
    let next = head_words.next().unwrap_or("");
    let named = next.starts_with(char::is_uppercase);
    if is_weekday_name(first) && !named
        || is_month_name(first, false)
            && next.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let capitalized = head.starts_with(|c: char| c.is_uppercase())
        || titled
        || head.split_whitespace().next().is_some_and(|w| {
            ["he", "she", "they", "one"].contains(&w)
                || INVERTED_DETERMINERS.contains(&w)
        });
    if !capitalized || !valid_source(head) {
        return None;
    }
    let start = head.as_ptr() as usize - text.as_ptr() as usize;
    // "said Brian Baker, a longtime adviser to the family.": the
    // appositive belongs to the source.
    let tail = &text[start..sent.1];
    let tail = tail.trim_end_matches(['.', ' ', '"', '”', '\n']);
    let end = if tail.len() > head.len()
        && tail[head.len()..].starts_with(", ")
        && !tail.contains(['“', '”', '"'])
    {
        start + tail.len()
    } else {
        start + head.len()
    };
    Some((start, end))
}

/// Builds a claim for source and cue: the content is a quotation that
/// ends just before them, a quotation that opens the content, the rest of
/// the sentence, or, when the attribution closes the sentence ("…,
/// officials said"; "…, said Brian Baker"), what stands before it.
pub(super) fn with_content(
    text: &str,
    sent: (usize, usize),
    source: (usize, usize),
    cue: (usize, usize),
    quotes: &[(usize, usize)],
) -> Option<Claim> {
    let first = source.0.min(cue.0);
    let last = source.1.max(cue.1);
    // An inverted source may run past the content's limit.
    let sent = (sent.0, sent.1.max(last));
    // A quotation just before the source is its content (`“…,” she
    // said`), unless a cue with a colon or a quotation of its own follows
    // ("Some of you are asking: “…”"), or a paragraph ends between them.
    let own = text[last.min(sent.1)..sent.1]
        .trim_start()
        .starts_with([':', '“', '"', '«']);
    // Quotations are sorted and apart, their marks in their spans: only
    // the last to close before the source can have nothing but commas and
    // white space between.
    let closed = quotes.partition_point(|&(_, b)| b <= first);
    let before =
        closed.checked_sub(1).map(|k| &quotes[k]).filter(|&&(a, b)| {
            let between = &text[b..first];
            between.trim_matches([',', ' ', '\n']).is_empty()
                && between.matches('\n').count() < 2
                && a < first
                && !own
        });
    let mut after = skip_intro(text, last, sent.1);
    // "told them we would respond", "told him, “We welcome …”": the
    // listener is no part of the content.
    let listener = text[after..sent.1]
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .filter(|w| LISTENERS.contains(w));
    // Only right after the verb: "she said, her boss told her" holds
    // none.
    let right_after = !text[last..after].contains(',');
    if let Some(w) = listener
        && source.1 <= cue.0
        && right_after
    {
        let rest = &text[after + w.len()..sent.1];
        let rest = rest.trim_start_matches([',', ' ', ':']);
        after = skip_intro(text, sent.1 - rest.len(), sent.1);
    }
    let opening = quotes
        .binary_search_by_key(&after, |&(a, _)| a)
        .ok()
        .map(|k| &quotes[k]);
    let rest_empty = trim_end(text, after, sent.1.max(after)) == after;
    let inverted = source.0 > cue.0;
    let (kind, content) = match (before, opening) {
        (Some(&q), _) | (None, Some(&q)) => (ClaimKind::Quote, inner(text, q)),
        (None, None) if rest_empty || inverted => {
            // "…, officials said", or "… was “heartbreaking,” she said":
            // a comma, or one inside a quoted word's closing mark.
            let head = text[sent.0..first].trim_end();
            let body = head.strip_suffix(',').or_else(|| {
                head.strip_suffix(['"', '”', '’'])?.strip_suffix(',')
            })?;
            let end = trim_end(text, sent.0, sent.0 + body.len());
            (ClaimKind::Reported, (sent.0, end))
        }
        // "The economy, the minister said, will grow": a source and cue
        // set off by commas inside the sentence attribute all of it (an
        // opener aside: "Rather, he said, …" attributes what follows).
        (None, None) if aside_in(text, sent, first, last) => {
            let start = sent.0 + text[sent.0..first].len()
                - text[sent.0..first].trim_start().len();
            (ClaimKind::Reported, (start, trim_end(text, start, sent.1)))
        }
        (None, None) => {
            let end = trim_end(text, after, sent.1.max(after));
            (ClaimKind::Reported, (after, end))
        }
    };
    if !two_words(&text[content.0..content.1]) {
        return None;
    }
    // "pledged to act", "continued to fight", "responded to the attack":
    // an intention or an act, no statement; "believe in dialogue", "agreed
    // on a plan", "agrees with them", no clause either.
    // Only where the content follows the cue at once: "believe that in
    // this economy …" is a clause.
    let at_once = content.0 > cue.1
        && text[cue.1..content.0].trim_start_matches([' ', ',']).is_empty();
    if kind == ClaimKind::Reported && at_once {
        let first = text[content.0..content.1].split_whitespace().next();
        // "agreed on a plan", "insists on a wall": agreeing and insisting
        // on a thing is no statement ("said on Twitter …" may be one).
        let verb = cue_verb(text, cue);
        let on_thing = verb.starts_with("agree") || verb.starts_with("insist");
        // "declared himself a candidate", "asserted itself": an act.
        let reflexive = first
            .is_some_and(|w| w.ends_with("self") || w.ends_with("selves"));
        if reflexive {
            return None;
        }
        if first.is_some_and(|w| {
            ["to", "in"].iter().any(|p| w.eq_ignore_ascii_case(p))
                || on_thing
                    && ["on", "upon", "with"]
                        .iter()
                        .any(|p| w.eq_ignore_ascii_case(p))
        }) {
            return None;
        }
        // "we no longer tell our enemies our plans": "tell" reports a
        // clause or a quotation, not what it hands over.
        let tell = tells(verb);
        // An object, then another: "tell our enemies our plans", with
        // no verb after.
        let ws: Vec<&str> =
            text[content.0..content.1].split_whitespace().collect();
        let object = ws.len() <= 4
            && POSSESSIVES.contains(&ws[0])
            && !ws.iter().any(|w| FINITE.contains(w) || w.ends_with("ed"));
        if tell && object {
            return None;
        }
    }
    Some(attributed(text, kind, content, source, cue))
}

/// The verb of a cue: its last word ("has repeatedly said": "said").
fn cue_verb(text: &str, (a, b): (usize, usize)) -> &str {
    text[a..b].rsplit(' ').next().unwrap_or("")
}

/// Whether `verb` is a form of "tell", whose object is a listener.
fn tells(verb: &str) -> bool {
    verb.starts_with("tell") || verb == "told"
}

/// Whether the source and cue `first..last` stand as an aside between
/// commas inside sentence `sent`, after two words or more that are no
/// opener and hold no quotation mark.
fn aside_in(
    text: &str,
    sent: (usize, usize),
    first: usize,
    last: usize,
) -> bool {
    let before = text[sent.0..first].trim();
    let Some(head) = before.strip_suffix(',') else { return false };
    let opener = OPENERS.contains_ignore_ascii_case(head)
        || head.eq_ignore_ascii_case("rather");
    text[last..sent.1].trim_start().starts_with(',')
        && two_words(head)
        && !opener
        && !before.contains(['"', '“', '”', '\'', '‘', '’'])
}

/// Whether `s` holds two words or more: a content of one word is none.
pub(super) fn two_words(s: &str) -> bool {
    s.split_whitespace().nth(1).is_some()
}

/// A claim with a named source; hedges and negation come later.
pub(super) fn attributed(
    text: &str,
    kind: ClaimKind,
    content: (usize, usize),
    source: (usize, usize),
    cue: (usize, usize),
) -> Claim {
    Claim {
        kind,
        content,
        source: Some(source),
        cue: Some(cue),
        hedges: vec![],
        negated: false,
        generic_source: is_generic(text, source),
    }
}

/// Where the content of a cue inside a relative clause on its source
/// ends: at the comma that closes the clause, before the main clause's
/// verb ("Our partners, who have been telling us that the region
/// matters, were right": "the region matters"), where the source opens
/// its sentence: the last comma before a finite verb, and none inside or
/// after a quotation. Else `limit`.
pub(super) fn relative_end(
    text: &str,
    sent_start: usize,
    source: (usize, usize),
    cue: (usize, usize),
    limit: usize,
) -> usize {
    // Only a source that opens its sentence is the subject whose verb
    // follows the clause ("…, confirmed in the report, which shows that
    // X, Y is Z" ends with its sentence).
    let opens = text[sent_start..source.0.max(sent_start)].trim().is_empty();
    if !opens || source.1 > cue.0 || cue.1 >= limit {
        return limit;
    }
    let between = text[source.1..cue.0].trim_start();
    let relative = ["who ", "which "].iter().any(|w| {
        between
            .strip_prefix(',')
            .is_some_and(|b| b.trim_start().starts_with(w))
    });
    if !relative {
        return limit;
    }
    // Never inside a quotation (an apostrophe is none).
    let rest = &text[cue.1..limit];
    let quote = rest.find(['"', '“', '«', '‘']).into_iter();
    let rest =
        &rest[..quote.chain(rest.find("''")).min().unwrap_or(rest.len())];
    // The last comma before a finite verb: the clause's own commas come
    // first ("…that the talks, which were long, had failed, was …").
    rest.rmatch_indices(',')
        .find(|&(i, _)| {
            let after = &rest[i + 1..];
            let next = after.trim_start();
            next.len() < after.len()
                && FINITE.contains(
                    &next.split([' ', ',', '.', '\n']).next().unwrap_or(""),
                )
        })
        .map_or(limit, |(i, _)| cue.1 + i)
}

/// Skips what stands between a cue and its content: "that", a colon,
/// the object of "told" ("told reporters that").
pub(super) fn skip_intro(text: &str, from: usize, end: usize) -> usize {
    let rest = &text[from..end];
    let mut i = rest.len() - trim_start_ascii(rest, b" ,:\n").len();
    // "that" within four words, or six after a cue that takes a listener
    // ("assure our friends and partners that"), with no stop between.
    let cue_word = text[..from]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let reach = if TAKES_LISTENER.contains(&cue_word) { 6 } else { 4 };
    // "I have said it again: 650 people …": a pronoun that stands for
    // what a colon then gives, with at most adverbs between ("put it this
    // way:", "said it many times:"); not "said it was 10:30".
    if let Some(colon) = rest[i..].find(": ")
        && let Some((first, between)) = rest[i..i + colon]
            .split_whitespace()
            .collect::<Vec<_>>()
            .split_first()
        && ["it", "this", "so"].iter().any(|p| first.eq_ignore_ascii_case(p))
        && between.len() <= 3
        && between.iter().all(|w| {
            POINTER_ADVERBS.contains(&w.to_ascii_lowercase().as_str())
                || ly_adverb(w)
        })
    {
        i += colon + 2;
        i += rest[i..].len() - rest[i..].trim_start().len();
    }
    // A quotation opens the content: its own "that" is in it.
    let quoted = rest[i..].starts_with(['"', '“', '«', '„', '‘']);
    if !quoted {
        // The words up to "that", and whether a mark stood among them.
        let (mut len, mut marked) = (0, false);
        for (k, w) in rest[i..].split(' ').take(reach).enumerate() {
            len += w.len() + 1;
            if w == "that" {
                if k < 4 || !marked {
                    i += len;
                }
                break;
            }
            marked |= w.contains([',', ';', ':']);
        }
    }
    let r = &rest[i.min(rest.len())..];
    from + i.min(rest.len()) + (r.len() - r.trim_start().len())
}

/// The content of a quotation, without its marks.
pub(super) fn inner(text: &str, (a, b): (usize, usize)) -> (usize, usize) {
    let mark = |s: Option<char>, doubled: bool| {
        if doubled { 2 } else { s.map_or(1, char::len_utf8) }
    };
    let open = mark(text[a..].chars().next(), text[a..].starts_with("''"));
    let close = mark(text[..b].chars().next_back(), text[..b].ends_with("''"));
    let (s, e) = (a + open, b - close);
    let e = trim_end(text, s, e);
    (s, e)
}

/// Ends a content before trailing white space and punctuation.
pub(super) fn trim_end(text: &str, s: usize, e: usize) -> usize {
    s + text[s..e]
        .trim_end_matches(|c: char| c.is_whitespace() || ".,;:".contains(c))
        .len()
}

pub(super) fn is_generic(text: &str, (s, e): (usize, usize)) -> bool {
    let head = text[s..e].split_whitespace().last().unwrap_or("");
    GENERIC.iter().any(|g| head.eq_ignore_ascii_case(g))
}
