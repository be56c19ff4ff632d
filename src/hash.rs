//! Hash maps and sets for the stages' fixed word lists and tables.

use std::collections::{HashMap, HashSet};

use foldhash::fast::FixedState;

/// A set of words to look up: hashed with foldhash, several times
/// quicker than the standard library's SipHash on short words (the
/// sets are fixed lists, so no input can choose collisions).
pub(crate) type WordSet = HashSet<&'static str, FixedState>;

/// A map hashed like [`WordSet`].
pub(crate) type FastMap<K, V> = HashMap<K, V, FixedState>;

/// A fixed list of words, as written in the source, looked up in a
/// [`WordSet`] built on the first look: the claims' rules ask whether a
/// word is one of a list of 10 to 100 for nearly every word they read,
/// and a scan of the list stops at a different place each time, which
/// the branch predictor cannot follow (cachegrind's branch simulation
/// put those scans at a fifth of the claims' cost). Reads as the slice
/// it holds for everything else (`iter`, `len`).
///
/// Before the set, a table of the words' shapes is read: most words
/// looked up are in no list, and most of those have a first byte and a
/// length that no word of the list has, told without hashing the word.
pub(crate) struct Lexicon {
    words: &'static [&'static str],
    set: std::sync::OnceLock<(WordSet, Shapes)>,
}

/// The first bytes and lengths of a set of words, in any case: for the
/// first byte `b` of a word of `n` bytes, bit `n` of entry `b & 31` (an
/// ASCII letter in either case maps to one entry); a word of 32 bytes or
/// more sets bit 0 of its entry, the empty word bit 0 of every entry. A
/// word whose first byte and length no word of the set has is not in it,
/// whatever its case.
#[derive(Clone, Copy)]
pub(crate) struct Shapes([u32; 32]);

impl Shapes {
    pub(crate) const NONE: Shapes = Shapes([0; 32]);

    /// These shapes and that of `word`.
    pub(crate) const fn with(mut self, word: &str) -> Shapes {
        let w = word.as_bytes();
        if w.is_empty() {
            let mut i = 0;
            while i < 32 {
                self.0[i] |= 1;
                i += 1;
            }
        } else {
            self.0[(w[0] & 31) as usize] |= Shapes::length_bit(w.len());
        }
        self
    }

    /// Whether a word of the set may be `word`, in some case.
    #[inline(always)]
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            Some(&f) => {
                self.0[usize::from(f & 31)] & Shapes::length_bit(word.len())
                    != 0
            }
            None => self.0.iter().any(|&s| s & 1 != 0),
        }
    }

    const fn length_bit(len: usize) -> u32 {
        if len < 32 { 1 << len } else { 1 }
    }
}

impl Lexicon {
    pub(crate) const fn new(words: &'static [&'static str]) -> Lexicon {
        Lexicon { words, set: std::sync::OnceLock::new() }
    }

    /// Whether `word` is one of the list's, as `<[&str]>::contains`.
    #[inline]
    pub(crate) fn contains(&self, word: &&str) -> bool {
        let (set, shapes) = self.set.get_or_init(|| {
            let shapes =
                self.words.iter().fold(Shapes::NONE, |s, w| s.with(w));
            (self.words.iter().copied().collect(), shapes)
        });
        shapes.may_hold(word) && set.contains(word)
    }

    /// Whether `word` is one of the list's in any ASCII case, as a scan
    /// with `eq_ignore_ascii_case` tells, for a list written in lower
    /// case.
    pub(crate) fn contains_ignore_ascii_case(&self, word: &str) -> bool {
        debug_assert!(
            self.words.iter().all(|w| *w == w.to_ascii_lowercase()),
            "a list read in any case is written in lower case"
        );
        let mut buf = [0u8; 32];
        let Some(lower) = buf.get_mut(..word.len()) else {
            return self.words.iter().any(|w| w.eq_ignore_ascii_case(word));
        };
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(|w| self.contains(&w))
    }
}

impl std::ops::Deref for Lexicon {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.words
    }
}

#[cfg(test)]
mod tests {
    use super::Lexicon;

    static LIST: Lexicon = Lexicon::new(&["said", "told", "noted"]);

    #[test]
    fn a_word_list_holds_its_words_and_no_other() {
        let cases =
            [("said", true), ("noted", true), ("say", false), ("", false)];
        for (word, held) in cases {
            assert_eq!(LIST.contains(&word), held, "{word}");
            assert_eq!(LIST[..].contains(&word), held, "{word}");
        }
        assert_eq!(LIST.len(), 3);
    }

    /// The shapes' table passes every word of a list on to the set,
    /// whatever its length, and the set decides.
    #[test]
    fn shapes_pass_every_word_of_the_list() {
        static ODD: Lexicon = Lexicon::new(&[
            "a",
            "",
            "ünter",
            "a word of forty bytes, written out here!",
        ]);
        let long = "a word of forty bytes, written out here!";
        let cases = [
            ("a", true),
            ("", true),
            ("ünter", true),
            (long, true),
            ("a word of forty bytes, written out here?", false),
            ("b", false),
            ("A", false),
            ("ab", false),
        ];
        for (word, held) in cases {
            assert_eq!(ODD.contains(&word), held, "{word:?}");
        }
        // Without the empty word, none passes for it.
        assert!(!LIST.contains(&""));
    }

    #[test]
    fn a_lexicon_in_any_case_is_a_scan_ignoring_ascii_case() {
        let long = "x".repeat(40);
        let cases =
            ["said", "SAID", "Said", "sAiD", "say", "", "saïd", long.as_str()];
        for word in cases {
            let scan = LIST.iter().any(|w| w.eq_ignore_ascii_case(word));
            assert_eq!(LIST.contains_ignore_ascii_case(word), scan, "{word}");
        }
    }
}
