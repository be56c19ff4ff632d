//! A byte trie of sorted keys, walked anchored: from a start offset, it
//! follows the text's bytes (in ASCII lower case) for as long as some key
//! goes on, and reports each key that ends on the way.
//!
//! This is the part of an aho-corasick automaton that anchored walks use
//! (its goto function): they never follow a failure transition, so none
//! is built. Built straight from sorted keys, in one pass, it takes a
//! sixth of the instructions of aho-corasick's contiguous NFA for the
//! default dictionaries (BENCHMARKS.md). Each node knows the one key
//! that ends there; the children of a node lie side by side, and the
//! nodes are laid out depth first, so a chain of single children is one
//! run of memory.

/// The trie. Node 0 is the root; its children are looked up in a table
/// of 256, deeper nodes' children by their bytes.
#[derive(Clone, Debug)]
pub(crate) struct Trie {
    /// The node each first byte leads to, or [`NONE`].
    root: Box<[u32; 256]>,
    nodes: Vec<Node>,
    /// The byte that leads to each node (`labels[i]` for `nodes[i]`), so
    /// that a node's children's bytes are one slice.
    labels: Vec<u8>,
}

/// A node, in eight bytes: walks are bound by how many nodes the caches
/// hold.
#[derive(Clone, Copy, Debug)]
struct Node {
    /// Its first child; the others follow it.
    first: u32,
    /// The key that ends here plus one (0 for none), shifted left by
    /// [`LEN_BITS`], and how many children it has.
    meta: u32,
}

/// No node: the root's table and walks use it for "no such child".
const NONE: u32 = u32::MAX;

/// The bits of [`Node::meta`] that hold the number of children (up to
/// 256).
const LEN_BITS: u32 = 9;
/// The number of keys a trie holds at most.
const MAX_KEYS: usize = (1 << (32 - LEN_BITS)) - 1;

impl Node {
    const LEAF: Node = Node { first: 0, meta: 0 };

    fn len(self) -> usize {
        (self.meta & ((1 << LEN_BITS) - 1)) as usize
    }

    fn key(self) -> Option<usize> {
        (self.meta >> LEN_BITS).checked_sub(1).map(|k| k as usize)
    }
}

impl Trie {
    /// The trie of `keys`, which must be sorted bytewise and distinct,
    /// non-empty, and in ASCII lower case (walks read the text so); a
    /// walk reports key `i` by its index `i`.
    ///
    /// # Panics
    ///
    /// When the keys are not sorted and distinct, are more than
    /// [`MAX_KEYS`], or make more than `u32::MAX` nodes.
    pub(crate) fn new<K: AsRef<[u8]>>(keys: &[K]) -> Trie {
        assert!(
            keys.windows(2).all(|w| w[0].as_ref() < w[1].as_ref()),
            "trie keys sorted and distinct"
        );
        assert!(keys.len() <= MAX_KEYS, "at most {MAX_KEYS} trie keys");
        // A node per byte of the keys at most: sized at once, the nodes
        // are not copied as they grow (pages never touched cost nothing).
        let bytes: usize = keys.iter().map(|k| k.as_ref().len()).sum();
        let mut trie = Trie {
            root: Box::new([NONE; 256]),
            nodes: Vec::with_capacity(bytes + 1),
            labels: Vec::with_capacity(bytes + 1),
        };
        trie.nodes.push(Node::LEAF);
        trie.labels.push(0);
        // Depth first: a node's children are placed when the node is
        // reached, then each child's subtree in turn. Each entry is
        // (node, the keys under it, its depth).
        let mut stack = vec![(0u32, 0..keys.len(), 0usize)];
        while let Some((node, range, depth)) = stack.pop() {
            // A key alone under its node: the rest of it is a chain of
            // single children, laid out in one run without the stack
            // (most of the nodes; a third of the trie's build).
            if range.len() == 1 {
                let k = range.start;
                let mut at = node;
                for &byte in &keys[k].as_ref()[depth..] {
                    let child = trie.push_child(at, byte);
                    trie.nodes[at as usize] = Node { first: child, meta: 1 };
                    at = child;
                }
                trie.nodes[at as usize].meta = (k as u32 + 1) << LEN_BITS;
                continue;
            }
            let mut lo = range.start;
            if lo < range.end && keys[lo].as_ref().len() == depth {
                trie.nodes[node as usize].meta = (lo as u32 + 1) << LEN_BITS;
                lo += 1;
            }
            let first = trie.nodes.len() as u32;
            let mark = stack.len();
            while lo < range.end {
                let byte = keys[lo].as_ref()[depth];
                let mut hi = lo + 1;
                while hi < range.end && keys[hi].as_ref()[depth] == byte {
                    hi += 1;
                }
                let child = trie.push_child(node, byte);
                stack.push((child, lo..hi, depth + 1));
                lo = hi;
            }
            let n = &mut trie.nodes[node as usize];
            n.first = first;
            n.meta |= (stack.len() - mark) as u32;
            // The first child's subtree is laid out next.
            stack[mark..].reverse();
        }
        trie
    }

    /// Adds a node that `byte` leads to from node `parent` (the root's
    /// table notes it too), and returns its index; the parent's `first`
    /// and count are the caller's to set.
    fn push_child(&mut self, parent: u32, byte: u8) -> u32 {
        let child = u32::try_from(self.nodes.len()).expect("trie size");
        self.nodes.push(Node::LEAF);
        self.labels.push(byte);
        if parent == 0 {
            self.root[usize::from(byte)] = child;
        }
        child
    }

    /// The number of nodes, the root included.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether a key starts with byte `b` (in ASCII lower case).
    #[inline(always)]
    pub(crate) fn starts(&self, b: u8) -> bool {
        self.root[usize::from(b.to_ascii_lowercase())] != NONE
    }

    /// Calls `found(key, end)` for each key that starts at byte `start` of
    /// `bytes`, read in ASCII lower case, shortest first.
    #[inline(always)]
    pub(crate) fn walk(
        &self,
        bytes: &[u8],
        start: usize,
        mut found: impl FnMut(usize, usize),
    ) {
        let Some(&b) = bytes.get(start) else { return };
        let mut node = self.root[usize::from(b.to_ascii_lowercase())];
        if node == NONE {
            return;
        }
        let mut end = start + 1;
        // The walk ends where no child reads the next byte (a return).
        loop {
            let n = self.nodes[node as usize];
            let (first, len) = (n.first as usize, n.len());
            // The children's nodes are asked for now, while their labels
            // are searched: the two loads overlap instead of one waiting
            // for the other (the walks wait on memory most of their time).
            prefetch(self.nodes.as_ptr().wrapping_add(first));
            if let Some(key) = n.key() {
                found(key, end);
            }
            let labels = &self.labels[first..first + len];
            let Some(&raw) = bytes.get(end) else { return };
            // Most bytes are read as themselves, in lower case: a walk goes
            // on by them or ends, and only at its end is the byte looked at
            // again. A space before more white space starts a run, read
            // below: a key may hold two spaces (an alias's hyphen before a
            // space, "Tsaty- Boungou"), and the text's run is still one.
            let run_ahead = raw == b' '
                && bytes
                    .get(end + 1)
                    .is_some_and(|&c| matches!(c, b' ' | b'\n'));
            let b = raw.to_ascii_lowercase();
            if !run_ahead && let Some(k) = labels.iter().position(|&l| l == b)
            {
                node = (first + k) as u32;
                end += 1;
                continue;
            }
            let run = match raw {
                // The keys hold a space for a hyphen.
                b'-' => 1,
                // A run of white space with at most one line break is one
                // space (a hard-wrapped line), or ends the walk.
                b' ' | b'\n' => match super::wrap_len(bytes, end) {
                    Some(len) => len,
                    None => return,
                },
                _ => return,
            };
            let Some(k) = labels.iter().position(|&l| l == b' ') else {
                return;
            };
            node = (first + k) as u32;
            end += run;
        }
    }
}

/// Asks for the cache line at `p` to be loaded: a hint, which never
/// faults, so any address will do.
#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        // SAFETY: a prefetch reads nothing the program sees and cannot
        // fault; SSE is part of x86-64.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(p.cast()) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(trie: &Trie, text: &str, start: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        trie.walk(text.as_bytes(), start, |k, e| out.push((k, e)));
        out
    }

    #[test]
    fn walks_report_every_key_that_starts_there_shortest_first() {
        let keys = ["new", "new york", "new zealand", "newark", "york"];
        let trie = Trie::new(&keys);
        let text = "New York, Newark and new zealand; YORK";
        assert_eq!(walk(&trie, text, 0), [(0, 3), (1, 8)]);
        assert_eq!(walk(&trie, text, 10), [(0, 13), (3, 16)]);
        assert_eq!(walk(&trie, text, 21), [(0, 24), (2, 32)]);
        assert_eq!(walk(&trie, text, 4), [(4, 8)]);
        assert_eq!(walk(&trie, text, 34), [(4, 38)]);
        assert_eq!(walk(&trie, text, 1), []);
        assert_eq!(walk(&trie, text, text.len()), []);
    }

    #[test]
    fn a_hard_wrap_is_one_space_and_a_blank_line_none() {
        let trie = Trie::new(&["new york", "new york city"]);
        // After a line of prose (40 bytes or more before the break), and
        // after a short one: a heading, a list's item.
        let prose = "we went down to the river and on to town, new";
        type Case<'a> = (&'a str, &'a str, &'a [(usize, usize)]);
        let cases: &[Case] = &[
            (prose, " york", &[(0, 8)]),
            (prose, " \nyork", &[(0, 9)]),
            (prose, "\nyork", &[(0, 8)]),
            (prose, "  \n  york city", &[(0, 12), (1, 17)]),
            (prose, "  york", &[(0, 9)]),
            (prose, "   york", &[]),
            (prose, "\tyork", &[]),
            (prose, "\n\nyork", &[]),
            (prose, " \n \n york", &[]),
            (prose, " \n", &[]),
            ("Places: new", "\nyork", &[]),
            ("Places: new", " york", &[(0, 8)]),
        ];
        for (before, after, want) in cases {
            let text = format!("{before}{after}");
            let start = before.len() - 3;
            let got: Vec<(usize, usize)> = walk(&trie, &text, start)
                .into_iter()
                .map(|(k, e)| (k, e - start))
                .collect();
            assert_eq!(got, *want, "{text:?}");
        }
    }

    #[test]
    fn a_hyphen_reads_as_a_space_and_back() {
        // Keys hold a space for a hyphen (`literal::key`).
        let trie = Trie::new(&["al shabaab", "south asian", "south east"]);
        assert_eq!(walk(&trie, "al shabaab", 0), [(0, 10)]);
        assert_eq!(walk(&trie, "al-shabaab", 0), [(0, 10)]);
        assert_eq!(walk(&trie, "South-Asian", 0), [(1, 11)]);
        assert_eq!(walk(&trie, "South-East", 0), [(2, 10)]);
        assert_eq!(walk(&trie, "al--shabaab", 0), []);
    }

    /// An alias with a hyphen before a space ("Tsaty- Boungou") makes a
    /// key with two spaces: the text's hyphen and space find it, and a
    /// run of spaces in the text is still one space.
    #[test]
    fn a_key_with_two_spaces_beside_one_with_one() {
        let trie = Trie::new(&["ab  cd", "ab cd"]);
        let cases: &[(&str, &[(usize, usize)])] = &[
            ("ab cd", &[(1, 5)]),
            ("ab  cd", &[(1, 6)]),
            ("ab- cd", &[(0, 6)]),
            ("ab   cd", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(walk(&trie, text, 0), *want, "{text:?}");
        }
    }

    #[test]
    fn keys_end_where_the_text_ends() {
        let trie = Trie::new(&["a", "ab", "abc"]);
        assert_eq!(walk(&trie, "xab", 1), [(0, 2), (1, 3)]);
    }

    #[test]
    fn bytes_outside_ascii_are_compared_as_they_are() {
        let trie = Trie::new(&["côte", "cöte"]);
        assert_eq!(walk(&trie, "CÔTE Côte", 0), []);
        assert_eq!(walk(&trie, "CÔTE Côte", 6), [(0, 11)]);
    }

    #[test]
    fn one_node_per_distinct_prefix() {
        // "", a, ab, abc, b, ba
        assert_eq!(Trie::new(&["ab", "abc", "ba"]).len(), 6);
        assert_eq!(Trie::new::<&str>(&[]).len(), 1);
    }

    #[test]
    fn every_child_of_a_wide_node_is_found_and_no_other() {
        // Nodes of 1 to 36 children, the last node's children at the end
        // of the labels.
        let alphabet: Vec<u8> = (b'0'..=b'9').chain(b'a'..=b'z').collect();
        for n in [1, 7, 8, 9, 16, 17, 36] {
            let keys: Vec<String> = alphabet[..n]
                .iter()
                .flat_map(|&a| {
                    alphabet[..n].iter().map(move |&b| {
                        String::from_utf8(vec![b'x', a, b]).unwrap()
                    })
                })
                .collect();
            let trie = Trie::new(&keys);
            for (k, key) in keys.iter().enumerate() {
                assert_eq!(walk(&trie, key, 0), [(k, 3)], "{n}: {key}");
            }
            for &absent in &alphabet[n..] {
                let text =
                    String::from_utf8(vec![b'x', b'0', absent]).unwrap();
                assert_eq!(walk(&trie, &text, 0), [], "{n}: {text}");
            }
            assert_eq!(walk(&trie, "x0\0", 0), [], "{n}: a zero byte");
        }
    }

    #[test]
    #[should_panic(expected = "sorted and distinct")]
    fn unsorted_keys_are_refused() {
        Trie::new(&["b", "a"]);
    }
}
