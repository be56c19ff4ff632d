//! The dictionary matcher: one automaton finds every alias.
//!
//! The automaton, a trie (the goto part of an aho-corasick automaton, see
//! `trie`), holds the aliases in ASCII lower case and reads the
//! text's bytes lower-cased as it goes (same length, same offsets). It is
//! walked anchored from every offset where an alias may start and whose
//! first eight bytes may begin one (see `LiteralMatcher::walks` and
//! `HashBits`), which finds the matches an overlapping
//! aho-corasick scan finds at word boundaries (a test checks it) in about
//! half the time, and needs no failure transitions, which took most of
//! an aho-corasick automaton's build time. Each match
//! is then checked for word boundaries and, on the original text, for its
//! case rule:
//! acronyms match their exact case, other aliases match as written, with a
//! capital first letter, in Title Case or in ALL CAPS ("the Kremlin", "The
//! Kremlin", "THE KREMLIN"), never in lower case ("china", "turkey").

use super::block;
use super::trie::Trie;
use super::{HashBits, at_word_boundaries, is_ascii_word, is_word_char, near};
use crate::dictionary::Dictionary;
use crate::span::{EntityKind, Form, Mention, Rule};

/// Finds the aliases of a dictionary in text, and where the date
/// grammar's trigger words stand, in one pass.
#[derive(Clone, Debug)]
pub struct LiteralMatcher {
    /// Every group of patterns, walked where the text's byte is no
    /// lower-case ASCII letter.
    all: Walker,
    /// The groups that may match where a word starts with a lower-case
    /// letter (see `may_start_lower`), walked there: most words do, and
    /// this automaton is a few hundred patterns, not tens of thousands.
    lower: Walker,
    /// The texts searched for and the aliases they stand for, grouped by
    /// their lower-case text: automaton pattern `i` stands for
    /// `patterns[groups[i]..groups[i + 1]]`.
    patterns: Vec<Pattern>,
    groups: Vec<u32>,
    /// What the patterns of each group are: [`DATE_WORD`], [`CLAIM_WORD`]
    /// and [`ALIASES`] bits, so that a group of trigger words is told
    /// without reading its patterns.
    kinds: Vec<u8>,
}

/// A group holds a date trigger word.
const DATE_WORD: u8 = 1;
/// A group holds a claim trigger word.
const CLAIM_WORD: u8 = 2;
/// A group holds aliases.
const ALIASES: u8 = 4;

#[derive(Clone, Debug)]
struct Pattern {
    text: String,
    makes: Makes,
}

/// What a match of a pattern makes.
#[derive(Clone, Copy, Debug)]
enum Makes {
    /// A mention of an alias.
    Alias(Target),
    /// A trigger word of the date grammar.
    DateWord,
    /// A trigger word of claim detection.
    ClaimWord,
}

/// An alias's mention, copied from the alias and its entry so that
/// matching reads neither (they are seldom in cache).
#[derive(Clone, Copy, Debug)]
struct Target {
    exact_case: bool,
    entry: u32,
    kind: EntityKind,
    form: Form,
    needs_context: bool,
    file: u32,
    line: u32,
}

/// Where the trigger words of the later stages stand, from the same pass
/// that finds the aliases.
#[derive(Clone, Debug, Default)]
pub struct Triggers {
    /// Offsets of date words ("January", "today", "week"), sorted.
    pub dates: Vec<usize>,
    /// Offsets of claim cue words ("said", "according", "reportedly"),
    /// sorted.
    pub claims: Vec<usize>,
    /// Offsets of the capital letters (ASCII and others), sorted: the
    /// rules for people and organizations start at them (see
    /// [`capitals`](super::capitals)).
    pub capitals: Vec<usize>,
}

impl LiteralMatcher {
    /// Compiles the aliases of `dict`, with their spelling variants, and
    /// no trigger words.
    ///
    /// # Panics
    ///
    /// With more than eight million distinct alias texts (see
    /// `trie::MAX_KEYS`).
    pub fn new(dict: &Dictionary) -> LiteralMatcher {
        LiteralMatcher::with_triggers(dict, &[], &[])
    }

    /// Compiles the aliases of `dict`, and the trigger words of the later
    /// stages: `dates` (the date grammar's,
    /// [`crate::date::trigger_words`]) and `claims` (the cue words,
    /// [`crate::claim::trigger_words`]), found in the same pass and
    /// reported in [`Triggers`]. The pipeline gives both.
    ///
    /// # Panics
    ///
    /// As [`LiteralMatcher::new`].
    pub fn with_triggers(
        dict: &Dictionary,
        dates: &[&str],
        claims: &[&str],
    ) -> LiteralMatcher {
        // Room for two spellings an alias, most have fewer: grown by
        // doubling, the patterns were copied into fresh pages twice.
        let room = 2 * dict.aliases().len() + dates.len() + claims.len();
        let mut patterns = Vec::with_capacity(room);
        for alias in dict.aliases() {
            let mut texts = variants(&alias.text);
            if alias.form == Form::Demonym && alias.text.ends_with(['n', 'i'])
            {
                // Ukrainians, Pakistanis: the plural of most demonyms.
                let plurals: Vec<String> =
                    texts.iter().map(|t| format!("{t}s")).collect();
                texts.extend(plurals);
            }
            let makes = Makes::Alias(Target {
                exact_case: alias.exact_case,
                entry: alias.entry,
                kind: dict.entry(alias.entry).kind,
                form: alias.form,
                needs_context: alias.needs_context,
                file: alias.file,
                line: alias.line,
            });
            for text in texts {
                patterns.push(Pattern { text, makes });
            }
        }
        let dates = dates.iter().map(|w| (w, Makes::DateWord));
        let claims = claims.iter().map(|w| (w, Makes::ClaimWord));
        for (word, makes) in dates.chain(claims) {
            patterns.push(Pattern { text: word.to_string(), makes });
        }
        // Group the patterns by their lower-case text; a group keeps its
        // patterns in the order given. The order is found by sorting
        // (text, index) pairs, unstably (the index makes every key
        // distinct, so the order is that of a stable sort), and the
        // patterns are then moved once each: sorting the patterns
        // themselves moved each several times, and was a tenth of the
        // start-up.
        let mut keyed: Vec<Option<(String, Pattern)>> =
            patterns.into_iter().map(|p| Some((key(&p.text), p))).collect();
        // The first eight bytes as a number come first in the key: most
        // texts are told apart by them without reading the strings.
        let prefix = |t: &str| {
            let mut b = [0u8; 8];
            let n = t.len().min(8);
            b[..n].copy_from_slice(&t.as_bytes()[..n]);
            u64::from_be_bytes(b)
        };
        let mut by_text: Vec<(u64, &str, u32)> = keyed
            .iter()
            .enumerate()
            .map(|(i, k)| {
                let t = k.as_ref().map_or("", |k| k.0.as_str());
                (prefix(t), t, i as u32)
            })
            .collect();
        by_text.sort_unstable();
        let order: Vec<u32> = by_text.iter().map(|&(_, _, i)| i).collect();
        drop(by_text);
        let mut groups = Vec::new();
        let mut keys: Vec<(usize, String)> = Vec::new();
        let mut patterns = Vec::with_capacity(keyed.len());
        let sorted = order.iter().filter_map(|&i| keyed[i as usize].take());
        for (i, (key, p)) in sorted.enumerate() {
            if keys.last().is_none_or(|(_, last)| *last != key) {
                groups.push(i as u32);
                keys.push((keys.len(), key));
            }
            patterns.push(p);
        }
        groups.push(patterns.len() as u32);
        let keys: Vec<(usize, &str)> =
            keys.iter().map(|(g, k)| (*g, k.as_str())).collect();
        let lower_keys: Vec<(usize, &str)> = keys
            .iter()
            .filter(|(g, _)| {
                members(&patterns, &groups, *g).iter().any(may_start_lower)
            })
            .copied()
            .collect();
        let all = Walker::new(&keys);
        let lower = Walker::new(&lower_keys);
        let kinds = (0..groups.len() - 1)
            .map(|g| {
                members(&patterns, &groups, g).iter().fold(0, |k, p| {
                    k | match p.makes {
                        Makes::DateWord => DATE_WORD,
                        Makes::ClaimWord => CLAIM_WORD,
                        Makes::Alias(_) => ALIASES,
                    }
                })
            })
            .collect();
        LiteralMatcher { all, lower, patterns, groups, kinds }
    }

    /// The number of texts the automaton searches for: aliases with their
    /// spelling variants, and trigger words.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Appends to `out` every alias of `dict` found in `text`, overlapping
    /// ones included, in order of start, and to `triggers` the offsets of
    /// the trigger words of dates and claims.
    pub fn find(
        &self,
        dict: &Dictionary,
        text: &str,
        out: &mut Vec<Mention>,
        triggers: &mut Triggers,
    ) {
        let first = out.len();
        let mut needy = Vec::new();
        let mut found = Vec::new();
        self.walks(text, &mut found, &mut triggers.capitals);
        for (group, start, end) in found {
            if !at_word_boundaries(text, start, end) {
                continue;
            }
            let kinds = self.kinds[group];
            for (bit, list) in [
                (DATE_WORD, &mut triggers.dates),
                (CLAIM_WORD, &mut triggers.claims),
            ] {
                if kinds & bit != 0 && list.last() != Some(&start) {
                    list.push(start);
                }
            }
            if kinds & ALIASES == 0 {
                continue;
            }
            for p in members(&self.patterns, &self.groups, group) {
                let Makes::Alias(t) = p.makes else { continue };
                if !case_fits(&text[start..end], &p.text, t.exact_case) {
                    continue;
                }
                let list =
                    if t.needs_context { &mut needy } else { &mut *out };
                list.push(Mention {
                    start,
                    end,
                    kind: t.kind,
                    form: t.form,
                    entry: t.entry,
                    value: String::new(),
                    label: String::new(),
                    rule: Rule::Dictionary { file: t.file, line: t.line },
                });
            }
        }
        // An alias that needs context ("?WHO") counts where the document
        // names its entry another way, or a `context` word stands near.
        let mut named: Vec<u32> = Vec::new();
        if !needy.is_empty() {
            named = out[first..].iter().map(|o| o.entry).collect();
            named.sort_unstable();
        }
        for m in needy {
            let named = named.binary_search(&m.entry).is_ok();
            let near_words = dict
                .entry(m.entry)
                .attribute("context")
                .is_some_and(|words| near(text, m.start, m.end, words));
            if named || near_words {
                out.push(m);
            }
        }
        out[first..].sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));

        triggers.dates.sort_unstable();
        triggers.dates.dedup();
        triggers.claims.sort_unstable();
        triggers.claims.dedup();
        // Found in order; sorted like the others, as `triggers` may have
        // held some already.
        triggers.capitals.sort_unstable();
        triggers.capitals.dedup();
    }

    /// Every alias text found in `text`, in ASCII lower case, where an
    /// alias may start, as (group, start, end), by start; and, on the way,
    /// the offsets of the capital letters into `capitals`.
    ///
    /// An alias may start where the text's character is no word
    /// character, or follows none: elsewhere it fails the word-boundary
    /// test. From each such offset, a trie is walked, byte by byte, until
    /// no alias goes on: this passes over most bytes inside words. Where
    /// the text has a lower-case letter, only the groups that can match
    /// there are walked. In 64 bytes of ASCII the offsets are found at
    /// once (`block`); elsewhere character by character. The same matches
    /// as an overlapping scan of every group, filtered by word
    /// boundaries, but for those that could not fit their case.
    fn walks(
        &self,
        text: &str,
        out: &mut Vec<(usize, usize, usize)>,
        capitals: &mut Vec<usize>,
    ) {
        let bytes = text.as_bytes();
        // Spaces are walked from only if a text starts with one.
        let space_starts =
            self.all.trie.starts(b' ') || self.lower.trie.starts(b' ');
        let mut word_before = false;
        let mut s = 0;
        // Bytes before this are read one by one: a block of 64 held a byte
        // outside ASCII.
        let mut bytewise = 0;
        while let Some(&b) = bytes.get(s) {
            // 64 bytes of ASCII at once: the word starts, and the bytes of
            // neither words nor spaces.
            if s >= bytewise
                && let Some(block) = bytes.get(s..s + 64)
            {
                let Some(c) = block::classify(block.try_into().unwrap())
                else {
                    bytewise = s + 64;
                    continue;
                };
                let starts = c.word & !(c.word << 1 | u64::from(word_before));
                let space = if space_starts { 0 } else { c.space };
                let mut from = starts | !c.word & !space;
                while from != 0 {
                    self.walk(bytes, s + from.trailing_zeros() as usize, out);
                    from &= from - 1;
                }
                let mut upper = c.upper;
                while upper != 0 {
                    capitals.push(s + upper.trailing_zeros() as usize);
                    upper &= upper - 1;
                }
                word_before = c.word >> 63 == 1;
                s += 64;
                continue;
            }
            if is_ascii_word(b) {
                if !word_before {
                    self.walk(bytes, s, out);
                }
                // The rest of an ASCII word starts nothing.
                while let Some(&b) = bytes.get(s)
                    && is_ascii_word(b)
                {
                    if b.is_ascii_uppercase() {
                        capitals.push(s);
                    }
                    s += 1;
                }
                word_before = true;
            } else if b < 0x80 {
                self.walk(bytes, s, out);
                word_before = false;
                s += 1;
            } else {
                // A character outside ASCII.
                let c = text[s..].chars().next();
                let len = c.map_or(1, char::len_utf8);
                let word_here = c.is_some_and(is_word_char);
                if !(word_before && word_here) {
                    self.walk(bytes, s, out);
                }
                if c.is_some_and(char::is_uppercase) {
                    capitals.push(s);
                }
                word_before = word_here;
                s += len;
            }
        }
    }

    /// Walks from byte `s` the trie of the groups that may start with
    /// its byte, if a text of it starts with that byte and the trie's
    /// heads may hold the text's head there (see [`HashBits`]): most words
    /// start no alias, and are passed over without a walk.
    #[inline(always)]
    fn walk(
        &self,
        bytes: &[u8],
        s: usize,
        out: &mut Vec<(usize, usize, usize)>,
    ) {
        let lower = bytes[s].is_ascii_lowercase();
        let walker = if lower { &self.lower } else { &self.all };
        if walker.trie.starts(bytes[s])
            && walker.heads.may_hold(block::head(bytes, s))
        {
            walker.walk(bytes, s, out);
        }
    }
}

/// The patterns of group `g`: `patterns[groups[g]..groups[g + 1]]`.
fn members<'a>(
    patterns: &'a [Pattern],
    groups: &[u32],
    g: usize,
) -> &'a [Pattern] {
    &patterns[groups[g] as usize..groups[g + 1] as usize]
}

/// Whether a pattern may match where the text has a lower-case ASCII
/// letter: a trigger word (any case), or an alias written so ("the
/// Kremlin", "al-Qaeda"). An alias written with a capital matches only a
/// capital (see `case_fits`).
fn may_start_lower(p: &Pattern) -> bool {
    !matches!(p.makes, Makes::Alias(_))
        || p.text.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
}

/// A trie of groups' lower-case texts, walked anchored.
#[derive(Clone, Debug)]
struct Walker {
    trie: Trie,
    /// The heads of its texts: a walk is made only where the text's head
    /// is among them.
    heads: HashBits,
    /// The group of each of its texts.
    groups: Vec<usize>,
}

impl Walker {
    /// The walker of `keys`, sorted by their text.
    fn new(keys: &[(usize, &str)]) -> Walker {
        let texts: Vec<&str> = keys.iter().map(|&(_, k)| k).collect();
        let trie = Trie::new(&texts);
        let heads =
            HashBits::new(texts.iter().map(|t| block::head(t.as_bytes(), 0)));
        let groups = keys.iter().map(|&(g, _)| g).collect();
        Walker { trie, heads, groups }
    }

    /// Appends (group, start, end) for each text that starts at byte `s`
    /// of `bytes` (read in ASCII lower case).
    #[inline(never)]
    fn walk(
        &self,
        bytes: &[u8],
        s: usize,
        out: &mut Vec<(usize, usize, usize)>,
    ) {
        self.trie.walk(bytes, s, |k, e| out.push((self.groups[k], s, e)));
    }
}

/// The text the tries hold for a pattern: in ASCII lower case, with a
/// space for a hyphen, as the walk reads the text, so that "Al-Shabaab"
/// and "Al Shabaab", "South-East Asia" and "South East Asia" are one
/// key, found in either spelling.
fn key(text: &str) -> String {
    // One allocation, as most aliases hold no hyphen.
    let lower = text.to_ascii_lowercase();
    if lower.contains('-') { lower.replace('-', " ") } else { lower }
}

/// The spellings searched for an alias: as written, with the other kind of
/// apostrophe, without diacritics, and both; and the other of the British
/// and American spellings of "-ization" ("World Trade Organisation"), and
/// "St." for "Saint" and back ("St. Lucia", "Saint Petersburg").
fn variants(alias: &str) -> Vec<String> {
    let mut out = marks(alias);
    // Most aliases hold neither "ation" nor "Saint " or "St. ": a byte
    // search for each tells, before any search for the whole spelling
    // (at start-up, over every alias).
    let b = alias.as_bytes();
    let ation =
        memchr::memchr_iter(b'a', b).any(|i| b[i..].starts_with(b"ation"));
    let saint = memchr::memchr_iter(b'S', b)
        .any(|i| b[i..].starts_with(b"Saint ") || b[i..].starts_with(b"St. "));
    let spelled = if ation {
        [("ization", "isation"), ("isation", "ization")]
            .iter()
            .find(|(a, _)| alias.contains(a))
    } else if saint {
        [("Saint ", "St. "), ("St. ", "Saint ")]
            .iter()
            .find(|(a, _)| alias.contains(a))
    } else {
        None
    }
    .map(|(a, b)| alias.replace(a, b));
    if let Some(other) = spelled {
        for v in marks(&other) {
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// An alias as written, with the other kind of apostrophe, without
/// diacritics, and both.
fn marks(alias: &str) -> Vec<String> {
    // ASCII holds no '’': one pass over the bytes, then a byte search
    // (`contains` of two chars decoded every character of every alias).
    if alias.is_ascii() && !alias.as_bytes().contains(&b'\'') {
        return vec![alias.to_string()];
    }
    let folded = fold_diacritics(alias);
    let mut out = Vec::with_capacity(4);
    for v in [
        alias.to_string(),
        swap_apostrophes(alias),
        swap_apostrophes(&folded),
        folded,
    ] {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

fn swap_apostrophes(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\'' => '’',
            '’' => '\'',
            c => c,
        })
        .collect()
}

/// Accented Latin letters of news text, and their base letters.
const ACCENTED: &str = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿšžčćăşţșțłńőű\
    ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŠŽČĆĂŞŢȘȚŁŃŐŰ\
    ğıāēīōūęąřěůďťňľĺŕśźżģķļņėđ\
    ĞİĀĒĪŌŪĘĄŘĚŮĎŤŇĽĹŔŚŹŻĢĶĻŅĖĐ";
const UNACCENTED: &str = "aaaaaaceeeeiiiinoooooouuuuyyszccaststlnou\
    AAAAAACEEEEIIIINOOOOOOUUUUYSZCCASTSTLNOU\
    giaeioueareudtnllrszzgklned\
    GIAEIOUEAREUDTNLLRSZZGKLNED";

/// Replaces the accented Latin letters of news text by their base letter.
pub(crate) fn fold_diacritics(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    // The pairs sorted by accented letter, made once: a binary search
    // for each letter that is not ASCII.
    static PAIRS: std::sync::OnceLock<Vec<(char, char)>> =
        std::sync::OnceLock::new();
    let pairs = PAIRS.get_or_init(|| {
        let mut p: Vec<(char, char)> =
            ACCENTED.chars().zip(UNACCENTED.chars()).collect();
        p.sort_unstable();
        p
    });
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                return c;
            }
            pairs
                .binary_search_by_key(&c, |&(a, _)| a)
                .map_or(c, |i| pairs[i].1)
        })
        .collect()
}

/// Whether `found` (equal to `pattern` but for ASCII case) is written in a
/// case the alias may take.
fn case_fits(found: &str, pattern: &str, exact_case: bool) -> bool {
    if found == pattern {
        return true;
    }
    // Found over a hard-wrapped line, or with a hyphen for the alias's
    // space or back: both read as the walk reads them (`key`,
    // `wrap_len`), a run of white space or a hyphen one space.
    let gap = |b: u8| matches!(b, b' ' | b'-' | b'\n' | b'\t');
    let gapped = |a: u8, b: u8| a != b && gap(a) && gap(b);
    let read_alike = || {
        let read = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .replace('-', " ")
        };
        let (f, p) = (read(found), read(pattern));
        f.len() == p.len() && case_fits(&f, &p, exact_case)
    };
    let (f, p) = (found.as_bytes(), pattern.as_bytes());
    if f.len() != p.len() {
        return read_alike();
    }
    if exact_case {
        return f.iter().zip(p).any(|(a, b)| gapped(*a, *b)) && read_alike();
    }
    // One pass: the gaps, and the three ways a name may be capitalized.
    let mut all_caps = true;
    let mut word_start = true;
    let mut capital_first = true;
    let mut title = true;
    for (i, (a, b)) in f.iter().zip(p).enumerate() {
        if gapped(*a, *b) {
            return read_alike();
        }
        let upper = b.to_ascii_uppercase();
        all_caps &= *a == upper;
        if i == 0 {
            capital_first &= *a == upper;
        } else {
            capital_first &= a == b;
        }
        title &= if word_start { *a == upper } else { a == b };
        word_start = !b.is_ascii_alphanumeric() && *b < 0x80;
    }
    all_caps || capital_first || title
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod walk_tests;
