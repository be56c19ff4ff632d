#!/usr/bin/env python3
"""Cue recall of PolNeAR inside and outside factscan's claim definition.

PolNeAR marks every attribution: wants, hopes, appeals, questions, acts
("endorsed", "called for") as well as statements. This splits its gold
cues by their last word: "in" where the word is one of factscan's cue
words (the lists of src/claim/lexicon.rs, "according to", a colon or a
dash), "out" otherwise, and prints each part's count and recall, from
the misses that `factscan eval --errors` wrote.

Usage: scripts/claims_within.py POLNEAR_SPLIT_DIR ERRORS.csv
  e.g. factscan eval --gold brat ../shared/eval/polnear/dev --errors e.csv
       scripts/claims_within.py ../shared/eval/polnear/dev e.csv
"""

import collections
import csv
import glob
import os
import re
import sys

LEXICON = os.path.join(os.path.dirname(__file__), "..", "src", "claim", "lexicon.rs")
EXTRA = {"according", "to", ":", "—", "–", "words", "clear", "as", "record", "out"}


def cue_words():
    text = open(LEXICON, encoding="utf-8").read()
    words = set(EXTRA)
    for name in ("CUES", "THAT_CUES", "THOUGHT", "DOCUMENT"):
        m = re.search(r"const " + name + r"[^=]*=\s*&?\[(.*?)\];", text, re.S)
        words |= set(re.findall(r'"([^"]+)"', m.group(1)))
    return words


def part(cue, words):
    toks = re.findall(r"[\w']+|[:—–]", cue.lower())
    return "in" if toks and toks[-1] in words else "out"


def main():
    split, errors = sys.argv[1], sys.argv[2]
    words = cue_words()
    gold = collections.Counter()
    for ann in glob.glob(os.path.join(split, "attributions", "*.ann")):
        for line in open(ann, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) >= 3 and f[1].startswith("Cue "):
                gold[part(f[2], words)] += 1
    missed = collections.Counter()
    for r in csv.DictReader(open(errors, encoding="utf-8")):
        if r["expected"] == "cue" and r["found"] == "":
            missed[part(r["text"], words)] += 1
    for k in ("in", "out"):
        share = gold[k] / max(1, sum(gold.values()))
        recall = 1 - missed[k] / max(1, gold[k])
        print(f"{k:>3}: {gold[k]} gold cues ({share:.0%}), recall {recall:.3f}")


if __name__ == "__main__":
    main()
