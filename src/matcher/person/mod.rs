//! People no dictionary lists, found by pattern.
//!
//! Five rules, each giving mentions of form `pattern`:
//!
//! - a title before capitalized words: "President Zelensky", "Prime
//!   Minister Kristersson", "Mr. Holtz-Eakin" (the mention is the name,
//!   without the title, as CoNLL and spaCy mark it);
//! - a given name (from the US Census lists, and those of the world's
//!   officials in the generated dictionaries) before a surname: one from
//!   the Census lists, or any capitalized word that is no common English
//!   word: "Tom Harkin", "Alexander Lebed" (given names that are common
//!   words, such as "Will" or "Grant", are not in the lists);
//! - initials before such a surname: "S. Waugh", "J.R. Smith";
//! - a frequent Chinese, Korean or Vietnamese family name before such a
//!   given name: "Wang Donghai", "Kim Jong-il";
//! - a later mention of a surname found by the first rules in the same
//!   document: "… Harkin said", and "Jordan" after "Michael Jordan", even
//!   where a dictionary knows the word as something else.
//!
//! The mention's label is the full name found first; its entity id is
//! derived from it ("tom-harkin").

use std::sync::OnceLock;

use super::{
    HashBits, at_word_boundaries, capitals, covered, same_span, word_from,
    word_starts_at,
};

use crate::hash::{FastMap, WordSet};
use crate::span::{EntityKind, Form, Mention, Rule};

const GIVEN: &str = include_str!("../../../dictionaries/given_names.txt");
const MORE_GIVEN: &str =
    include_str!("../../../dictionaries/generated/given_names.txt");
const SURNAMES: &str = include_str!("../../../dictionaries/surnames.txt");
const COMMON: &str =
    include_str!("../../../dictionaries/generated/common_words.txt");

/// Titles before a name. Each is matched as written.
const TITLES: &[&str] = &[
    "President",
    "Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "Chancellor",
    "Foreign Minister",
    "Defence Minister",
    "Defense Minister",
    "Finance Minister",
    "Interior Minister",
    "Minister",
    "Secretary",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Governor",
    "Gov.",
    "Mayor",
    "Ambassador",
    "Judge",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Ayatollah",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr.",
    "Dr",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Gen.",
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Sgt.",
    "Adm.",
    "Coach",
    "Captain",
    "Archbishop",
    "Bishop",
    "Rabbi",
    "Imam",
];

/// Words after a title that are no name: "President Trump" is a person,
/// "Secretary General" and "King Street" are not.
const NOT_NAMES: &[&str] = &[
    "Jr",
    "Sr",
    "General",
    "Street",
    "Road",
    "Avenue",
    "House",
    "Office",
    "Council",
    "Committee",
    "Department",
    "Ministry",
    "University",
    "College",
    "School",
    "Hospital",
    "Airport",
    "Square",
    "Park",
    "Bridge",
    "Palace",
    "Cup",
    "Trophy",
    "Prize",
    "Award",
    "Day",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "The",
    "A",
    "An",
    "Of",
    "And",
    "For",
    "In",
    "On",
];

/// Frequent Chinese, Korean and Vietnamese family names, which come before
/// the given name: "Wang Donghai", "Kim Jong-il", "Nguyen Tan Dung".
/// Sorted. Those that are common English or French words ("He", "Sun",
/// "Long", "Le", "Du") are left out.
const FAMILY_FIRST: &[&str] = &[
    "Cai", "Cao", "Chen", "Cheng", "Cho", "Choi", "Deng", "Ding", "Dong",
    "Feng", "Gao", "Guo", "Han", "Hu", "Huang", "Jang", "Jiang", "Jin",
    "Jung", "Kang", "Kim", "Lee", "Li", "Liang", "Lim", "Lin", "Liu", "Lu",
    "Luo", "Nguyen", "Park", "Peng", "Pham", "Ren", "Shen", "Song", "Su",
    "Tang", "Tian", "Tran", "Wang", "Wei", "Wu", "Xiao", "Xie", "Xu", "Yang",
    "Yao", "Ye", "Yoon", "Yu", "Yuan", "Zeng", "Zhang", "Zhao", "Zheng",
    "Zhou", "Zhu",
];

/// Words that make the name before them a place's: "Prince William
/// Sound", "Lake Victoria" is no person.
const PLACE_WORDS: &[&str] = &[
    "Sound",
    "Bay",
    "Island",
    "Islands",
    "River",
    "Lake",
    "Mountains",
    "Strait",
    "Straits",
    "Sea",
    "Gulf",
    "Coast",
    "Valley",
    "Canal",
    "Harbor",
    "Harbour",
    "Peninsula",
    "County",
    "Land",
    "Street",
    "Avenue",
    "Road",
    "Square",
    "Bridge",
    "Park",
];

/// Words of address for an office, which follow a title but name no one:
/// "Mr. President", "Madam Chairperson", "Mr. Secretary-General".
const OFFICES: &[&str] = &[
    "Chairman",
    "Chairperson",
    "Chairwoman",
    "Chair",
    "Speaker",
    "Secretary-General",
    "Excellency",
    "Excellencies",
    "Co-Chairs",
    "Co-Chair",
    "Moderator",
    "Commissioner",
    "Director-General",
];

/// Months that are given names too.
const MONTHS: &[&str] = &["April", "May", "June", "July", "August"];

/// Lower-case words inside names: "Charles de Gaulle".
const PARTICLES: &[&str] = &[
    "de", "da", "van", "von", "der", "bin", "al", "la", "le", "du", "dos",
    "del",
];

fn list(text: &'static str) -> WordSet {
    // Sized at once: grown by doubling, the Census's 39,000 surnames were
    // hashed again at each of a dozen sizes.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut set = WordSet::with_capacity_and_hasher(
        ends.clone().count() + 1,
        Default::default(),
    );
    // The lines as `str::lines` reads them, cut where memchr finds the
    // breaks (`lines` looked for them a character at a time).
    let mut start = 0;
    for end in ends.chain([text.len()]) {
        let line = &text[start.min(end)..end];
        // "\r\n" ends a line; a last line's "\r" with no "\n" is kept.
        let broken = end < text.len();
        let line = if broken { line.strip_suffix('\r') } else { None }
            .unwrap_or(line);
        if !line.starts_with('#') && !line.is_empty() {
            set.insert(line);
        }
        start = end + 1;
    }
    set
}

fn given() -> &'static WordSet {
    static G: OnceLock<WordSet> = OnceLock::new();
    G.get_or_init(|| {
        let mut set = list(GIVEN);
        set.extend(list(MORE_GIVEN));
        set
    })
}

/// Whether `w` is a common English word ("Senate", "Road"): lower-case
/// words seen often in English text.
pub(crate) fn is_common_word(w: &str) -> bool {
    static C: OnceLock<WordSet> = OnceLock::new();
    let set = C.get_or_init(|| list(COMMON));
    let lower = w.to_lowercase();
    set.contains(lower.as_str())
}

/// Whether the name word `w` may be a surname: one of the Census lists,
/// or a capitalized word that is no common word, no plural of a group
/// and no initial.
fn surname_like(w: &str) -> bool {
    // Plurals of groups ("Democrats", "Socialists", "Workers") are no
    // surnames unless the Census lists them ("Evans", "Rogers").
    let plural = ["ats", "ans", "ists", "ers", "ites"]
        .iter()
        .any(|end| w.ends_with(end));
    surnames().contains(w)
        || (!w.ends_with('.') && !plural && !is_common_word(w))
}

/// White space between the words of a name: spaces, no-break spaces,
/// and the invisible marks web text carries (U+200B–U+200F, U+2060,
/// U+FEFF).
fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}'
    )
}

fn is_initial(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
}

fn family_first() -> &'static WordSet {
    static F: OnceLock<WordSet> = OnceLock::new();
    F.get_or_init(|| FAMILY_FIRST.iter().copied().collect())
}

fn surnames() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| list(SURNAMES))
}

/// A word of the text: letters, with inner apostrophes, hyphens and the
/// dot of an initial or abbreviation.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

/// Whether `c` goes on with a word: letters, inner apostrophes and
/// hyphens, and combining marks, which belong to the letter before
/// ("Jeremić" written with a combining accent).
fn word_rest(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c, '\'' | '’' | '-')
        || ('\u{300}'..='\u{36f}').contains(&c)
}

/// The word that starts at or after byte `from` (where no word goes
/// on), and the end of the scan, where the next word is looked for.
fn next_word(text: &str, from: usize) -> Option<(Word, usize)> {
    let (s, i) = word_from(text, from, char::is_alphabetic, word_rest)?;
    // Keep the dot of an initial ("J.") or a title ("Mr.").
    let dot = text.as_bytes().get(i) == Some(&b'.')
        && (i - s == 1 || i - s < 8 && TITLES.contains(&&text[s..i + 1]));
    let end = if dot { i + 1 } else { i };
    // Leave out a possessive: "Sri Lanka’s" names "Sri Lanka".
    let word = &text[s..end];
    let end = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .map_or(end, |w| s + w.len());
    Some((Word { start: s, end }, i))
}

/// The words of `text` that start with a capital letter, found from one
/// capital to the next: every rule starts at one, and later surnames are
/// among them.
fn capitalized_words(text: &str, capitals: &[usize]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut at = 0;
    for &p in capitals {
        if p < at {
            continue;
        }
        at = p + 1;
        if !text[p..].starts_with(char::is_alphabetic)
            || !word_starts_at(text, p, char::is_alphabetic, word_rest)
        {
            continue;
        }
        if let Some((word, scan)) = next_word(text, p) {
            out.push(word);
            at = scan;
        }
    }
    out
}

/// Up to `n` words of `text` from byte `from` on, into `out`.
fn words_from(text: &str, mut from: usize, n: usize, out: &mut Vec<Word>) {
    out.clear();
    while out.len() < n
        && let Some((word, scan)) = next_word(text, from)
    {
        out.push(word);
        from = scan;
    }
}

/// People named beside their country in brackets, as results and lists
/// of delegates name them: "Francesca Lubiani ( Italy )", "Verbjorn
/// Rodal (Norway)". Two or three words written like names, no dictionary
/// span among them, the last no common word, right before a bracket that
/// holds just a name the dictionary knows (`known`: a place, written with
/// lower case or dots, "U.S."; not an acronym, which a bracket after an
/// organization's name defines: "Liberation Tigers ( LTTE )"). A common
/// word first is the sentence's ("Then Jana Novotna ( Czech Republic )");
/// a fourth name word before them makes it no person's name ("Gloria
/// Bistrita Club Vaslui ( Romania )"); a score after the bracket makes it
/// a club ("Brann ( Norway ) 2 Shelbourne").
fn beside_country(
    text: &str,
    known: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for &(ks, ke) in known {
        let Some(head) = text[..ks]
            .strip_suffix("( ")
            .or_else(|| text[..ks].strip_suffix('('))
        else {
            continue;
        };
        let closed =
            text[ke..].starts_with(')') || text[ke..].starts_with(" )");
        let aside = &text[ks..ke];
        if !closed
            || !aside.contains(|c: char| c.is_lowercase() || c == '.')
            || club_result_after(&text[ke..])
        {
            continue;
        }
        let Some(mut head) = head.strip_suffix(' ') else { continue };
        // The name words before the bracket, last first.
        let mut words: Vec<(usize, usize)> = Vec::new();
        loop {
            let start = head.rfind(|c: char| !word_rest(c)).map_or(0, |i| {
                i + head[i..].chars().next().map_or(1, char::len_utf8)
            });
            let word = &head[start..];
            if word.is_empty() || !name_like(word) || word.ends_with('.') {
                break;
            }
            words.push((start, head.len()));
            if words.len() == 4 || start == 0 {
                break;
            }
            match head[..start].strip_suffix(' ') {
                Some(h) if !h.ends_with(' ') => head = h,
                _ => break,
            }
        }
        if words.len() == 3 && is_common_word(&text[words[2].0..words[2].1]) {
            words.pop();
        }
        let (first, last) = (words.last().copied(), words.first().copied());
        let (Some(first), Some(last)) = (first, last) else { continue };
        if (2..=3).contains(&words.len())
            && !is_common_word(&text[last.0..last.1])
            && !words.iter().any(|w| covered(known, w.0))
        {
            out.push((first.0, last.1));
        }
    }
    out
}

/// Whether what follows a bracket after a name makes the name a club's:
/// a score, then the other side's name ("Brann ( Norway ) 2 Shelbourne").
/// (A draw, "X ( Spain ) v Y ( Italy )", pairs players as often as
/// clubs.)
fn club_result_after(after: &str) -> bool {
    let after = after.trim_start_matches([' ', ')']);
    let line = after.split('\n').next().unwrap_or("");
    let mut words = line.split(' ').filter(|w| !w.is_empty());
    words.next().is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
        && words.next().is_some_and(|n| n.starts_with(char::is_uppercase))
}

/// Whether `w` is written like a name: a capital, then lower case
/// ("Smith", "McCain", "O'Brien", "Holtz-Eakin"), or an initial ("J.").
fn name_like(w: &str) -> bool {
    let mut chars = w.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let rest = chars.as_str();
    rest == "."
        || (!rest.ends_with('.') && rest.chars().any(char::is_lowercase))
}

/// Finds people by pattern.
#[derive(Clone, Debug, Default)]
pub struct PersonMatcher {}

impl PersonMatcher {
    /// A matcher with the built-in title and name lists.
    pub fn new() -> PersonMatcher {
        PersonMatcher {}
    }

    /// Builds the name lists now rather than at the first document, so
    /// that start-up can do it beside compiling the dictionaries.
    pub fn warm(&self) {
        given();
        surnames();
        family_first();
        first_words();
        is_common_word("");
        titles();
    }

    /// Appends person candidates found by pattern in `text`; `known` are
    /// the spans of other candidates, sorted by start, which a later
    /// surname mention must not overlap.
    pub fn find(
        &self,
        text: &str,
        known: &[(usize, usize)],
        out: &mut Vec<Mention>,
    ) {
        self.find_with(text, known, &capitals(text), out);
    }

    /// Appends person candidates like [`PersonMatcher::find`], given the
    /// offsets of the text's capital letters (see [`capitals`];
    /// `Triggers::capitals` from the dictionary's pass).
    pub fn find_with(
        &self,
        text: &str,
        known: &[(usize, usize)],
        capitals: &[usize],
        out: &mut Vec<Mention>,
    ) {
        let caps = capitalized_words(text, capitals);
        let mut found: Vec<(usize, usize, String)> = Vec::new();
        let mut window = Vec::new();
        // Where the last name found ends: no rule starts inside it.
        let mut resume = 0;
        for cap in &caps {
            if cap.start < resume || !may_start(text, cap, known) {
                continue;
            }
            words_from(text, cap.start, WINDOW, &mut window);
            if let Some((start, end, rule)) = name_at(text, &window, known) {
                out.push(person(start, end, &text[start..end], rule));
                found.push((start, end, text[start..end].to_string()));
                resume = end;
            }
        }
        let before = found.len();
        for (start, end) in beside_country(text, known) {
            let free =
                found[..before].iter().all(|f| f.1 <= start || end <= f.0);
            if free {
                let name = &text[start..end];
                out.push(person(start, end, name, "person:beside-country"));
                found.push((start, end, name.to_string()));
            }
        }
        self.same_surname(text, &caps, &found, known, out);
    }

    /// Later mentions of the surnames of the names found.
    fn same_surname(
        &self,
        text: &str,
        words: &[Word],
        found: &[(usize, usize, String)],
        known: &[(usize, usize)],
        out: &mut Vec<Mention>,
    ) {
        // The surnames of the full names found, each with where it was
        // first found and that full name.
        let mut earlier: FastMap<&str, (usize, &str)> = FastMap::default();
        for (s, _, full) in found {
            if let Some((_, last)) = full.rsplit_once(' ') {
                earlier.entry(last).or_insert((*s, full.as_str()));
            }
        }
        if earlier.is_empty() {
            return;
        }
        let mut known: Vec<(usize, usize)> = known.to_vec();
        known.extend(found.iter().map(|f| (f.0, f.1)));
        known.sort_unstable();
        for w in words {
            let word = &text[w.start..w.end];
            if !word.starts_with(char::is_uppercase) {
                continue;
            }
            let Some(&(at, full)) = earlier.get(word) else {
                continue;
            };
            if at >= w.start {
                continue;
            }
            // Not inside another candidate: none of those that start
            // before this word's end runs past its start, but for one of
            // exactly its span ("Jordan" after "Michael Jordan"), which
            // `resolve` sets aside.
            let i = known.partition_point(|k| k.0 < w.end);
            // Of exactly its span only if the word is a surname of the
            // Census lists: "Jordan", "Washington", not "Peru".
            let same_span_ok = surnames().contains(word);
            let inside = known[..i].iter().rev().take(8).any(|k| {
                k.1 > w.start && (*k != (w.start, w.end) || !same_span_ok)
            });
            // A place the dictionary knows, where the text speaks of a
            // place ("in Jordan", "Amman, Jordan"), keeps its sense.
            let place = same_span_ok
                && known.binary_search(&(w.start, w.end)).is_ok()
                && in_place_context(text, &known, w.start);
            if !inside && !place && at_word_boundaries(text, w.start, w.end) {
                out.push(person(w.start, w.end, full, "person:same-surname"));
            }
        }
    }
}

/// Whether the word at byte `at` stands where a place does: after a
/// preposition of place ("in", "across", "throughout") or after a place
/// the dictionary knows and a comma ("Amman, Jordan"), among the spans
/// `known` (sorted). "to" and "from" are left out: "passed the ball to
/// Jordan".
fn in_place_context(text: &str, known: &[(usize, usize)], at: usize) -> bool {
    const PLACE_WORDS: [&str; 6] =
        ["in", "across", "throughout", "within", "inside", "into"];
    let before = &text[..at];
    let Some(head) = before.strip_suffix(' ') else { return false };
    if let Some(place) = head.strip_suffix(',') {
        let end = place.len();
        let k = known.partition_point(|k| k.1 < end);
        return known.get(k).is_some_and(|k| k.1 == end);
    }
    let word = head.rsplit(|c: char| !c.is_alphanumeric()).next();
    word.is_some_and(|w| PLACE_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// The most words a title has ("Deputy Prime Minister"; a test checks).
const MAX_TITLE_WORDS: usize = 3;

/// The words a name is read from: a title, up to four names, and one
/// more, which tells whether a particle ends the text.
const WINDOW: usize = MAX_TITLE_WORDS + 4 + 1;

/// Whether a rule may start at the capitalized word `w`: a title's first
/// word, a given name, a family name written first, or an initial no
/// dictionary span covers.
fn may_start(text: &str, w: &Word, known: &[(usize, usize)]) -> bool {
    let s = &text[w.start..w.end];
    first_words().holds(s) || is_initial(s) && !covered(known, w.start)
}

/// The first words of titles, the given names and the family names
/// written first, in one set, with the bits of their keys (`word_key`)
/// before it: one bit for most capitalized words, a look-up for the rest.
struct FirstWords {
    set: WordSet,
    keys: HashBits,
}

impl FirstWords {
    fn holds(&self, word: &str) -> bool {
        self.keys.may_hold(word_key(word)) && self.set.contains(word)
    }
}

fn first_words() -> &'static FirstWords {
    static F: OnceLock<FirstWords> = OnceLock::new();
    F.get_or_init(|| {
        let mut set: WordSet = titles().keys().copied().collect();
        set.extend(given().iter().copied());
        set.extend(family_first().iter().copied());
        let keys = HashBits::new(set.iter().map(|w| word_key(w)));
        FirstWords { set, keys }
    })
}

/// A word's first eight bytes and its length, as a key: the same word
/// gives the same key.
fn word_key(word: &str) -> u64 {
    let b = word.as_bytes();
    let mut eight = [0; 8];
    let n = b.len().min(8);
    eight[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(eight) ^ (b.len() as u64).rotate_right(8)
}

/// The name that the rules read at the first of `words` (the words from
/// a capitalized word on), as its span and rule.
fn name_at(
    text: &str,
    words: &[Word],
    known: &[(usize, usize)],
) -> Option<(usize, usize, &'static str)> {
    let s = |w: &Word| &text[w.start..w.end];
    let (name_from, rule) = match title_len(text, words, 0) {
        Some(n) => (n, "person:title"),
        None if given().contains(s(&words[0])) => (0, "person:given-name"),
        // Not "Yang di-Pertuan Agong": no particle after it.
        None if family_first().contains(s(&words[0]))
            && words.get(1).is_some_and(|w| {
                let next = s(w).to_lowercase();
                !PARTICLES
                    .iter()
                    .any(|p| next.starts_with(&format!("{p}-")) || next == *p)
            }) =>
        {
            (0, "person:family-name-first")
        }
        // Not "U.S. Senate": initials that a dictionary knows.
        None if is_initial(s(&words[0]))
            && !covered(known, words[0].start) =>
        {
            (0, "person:initials")
        }
        None => return None,
    };
    let mut j = name_from;
    let mut place = false;
    while j < words.len() && j - name_from < 4 {
        let w = s(&words[j]);
        // One space between the words of a name, and between a
        // title and the name ("President.\n\nWe" is none).
        let joined = (j == name_from && rule != "person:title")
            || text[words[j - 1].end..words[j].start].chars().all(is_space);
        let particle =
            j > name_from && PARTICLES.contains(&w) && j + 1 < words.len();
        // "Haider al-Abadi", "Abdel Fattah el-Sisi".
        let prefixed = j > name_from
            && w.split_once('-').is_some_and(|(p, rest)| {
                PARTICLES.contains(&p) && rest.starts_with(char::is_uppercase)
            });
        // "Mr. President", "Madam Chairman": an office right after
        // a title is no name ("Martin Luther King" still is one).
        let office = j == name_from
            && rule == "person:title"
            && (titles().contains_key(w) || OFFICES.contains(&w));
        if joined && j > name_from && PLACE_WORDS.contains(&w) {
            place = true;
            break;
        }
        // "Georgia Governor Brian Kemp", "Kenya President William Ruto":
        // a place the dictionary knows, then a title, is no given name;
        // the title's rule reads the name at the next capital.
        if j == name_from + 1
            && rule != "person:title"
            && covered(known, words[name_from].start)
            && title_len(text, words, j).is_some()
        {
            return None;
        }
        if !joined
            || !(name_like(w) || particle || prefixed)
            || NOT_NAMES.contains(&w)
            || office
        {
            break;
        }
        j += 1;
    }
    let last = j.saturating_sub(1);
    let names = j - name_from;
    let ok = match rule {
        "person:title" => names >= 1 && !s(&words[last]).ends_with('.'),
        // A surname no list holds may not be what a dictionary
        // knows as something else: "21 June India" is no person.
        // After a month ("In April Portugal said") or initials ("I.
        // Spain"), not even a Census surname may be what a
        // dictionary knows.
        _ => {
            let w = s(&words[last]);
            let strict = rule == "person:initials"
                || MONTHS.contains(&s(&words[name_from]));
            // Two places are no name: "Santiago Spain".
            let place_first = covered(known, words[name_from].start);
            names >= 2
                && surname_like(w)
                && (surnames().contains(w) && !strict && !place_first
                    || !covered(known, words[last].start))
        }
    };
    // A name the dictionary knows whole as something else
    // ("Santiago de Cuba") is that, and lends no later surname.
    let ok = ok
        && !place
        && !same_span(known, words[name_from].start, words[last].end);
    ok.then(|| (words[name_from].start, words[last].end, rule))
}

/// The titles, split into words, by their first word, once.
fn titles() -> &'static FastMap<&'static str, Vec<Vec<&'static str>>> {
    static T: OnceLock<FastMap<&'static str, Vec<Vec<&'static str>>>> =
        OnceLock::new();
    T.get_or_init(|| {
        let mut by_first: FastMap<&str, Vec<Vec<&str>>> = FastMap::default();
        for t in TITLES {
            let parts: Vec<&str> = t.split(' ').collect();
            by_first.entry(parts[0]).or_default().push(parts);
        }
        by_first
    })
}

/// The number of words of a title starting at word `i`, if one does.
fn title_len(text: &str, words: &[Word], i: usize) -> Option<usize> {
    let first = &text[words[i].start..words[i].end];
    if !first.starts_with(char::is_uppercase) {
        return None;
    }
    titles()
        .get(first)?
        .iter()
        .filter(|parts| {
            parts.iter().enumerate().skip(1).all(|(k, p)| {
                words.get(i + k).is_some_and(|w| &text[w.start..w.end] == *p)
            })
        })
        .map(Vec::len)
        .max()
}

fn person(
    start: usize,
    end: usize,
    label: &str,
    rule: &'static str,
) -> Mention {
    Mention {
        start,
        end,
        kind: EntityKind::Person,
        form: Form::Pattern,
        entry: Mention::NO_ENTRY,
        value: String::new(),
        label: label.to_string(),
        rule: Rule::Pattern(rule),
    }
}

/// The entity id of a person or organization found by pattern: the name
/// in lower case, words joined by hyphens ("tom-harkin"), folded as
/// readers fold it, so that its variants share one id: without
/// diacritics ("María Garcés" and "Maria Garces": `maria-garces`), in
/// the -ization spelling ("Organisation"), without a possessive
/// ("Council of Europe’s").
pub fn person_id(name: &str) -> String {
    let name = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .unwrap_or(name);
    let folded = crate::matcher::literal::fold_diacritics(name);
    let mut id = String::with_capacity(name.len());
    // Combining marks (a diaeresis written apart) are passed over.
    for c in folded.chars().filter(|c| !('\u{300}'..='\u{36f}').contains(c)) {
        if c.is_alphanumeric() {
            id.extend(c.to_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if id.contains("isation") {
        id.replace("isation", "ization")
    } else {
        id.to_string()
    }
}

#[cfg(test)]
mod tests;
