//! Hash maps and sets for the stages' fixed word lists and tables.

use std::collections::{HashMap, HashSet};

use foldhash::fast::FixedState;

/// A set of words to look up: hashed with foldhash, several times
/// quicker than the standard library's SipHash on short words (the
/// sets are fixed lists, so no input can choose collisions).
pub(crate) type WordSet = HashSet<&'static str, FixedState>;

/// A map hashed like [`WordSet`].
pub(crate) type FastMap<K, V> = HashMap<K, V, FixedState>;
