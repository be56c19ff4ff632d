#!/usr/bin/env python3
"""Checks of one entity, one id, on a run's tables (issue 22).

1. Groups of entity ids of one kind in entity_summary.csv whose names fold
   to the same text (diacritics, case, hyphens and dots, a leading "the",
   a possessive, St./Saint, -isation/-ization): each group is one entity
   split over several ids, unless they are places of one name in
   different countries (their ids end in different country codes).
2. Mentions of the organization `amazon` in a sentence that speaks of a
   forest, a basin, a river or a region.

Usage: scripts/entity_ids.py OUT_DIR [TEXT_ROOT]
  OUT_DIR: the tables of `factscan extract CORPUS -o OUT_DIR`;
  TEXT_ROOT: where the documents' paths (doc_id) are read from (default
  the current folder), for the sentences of check 2.
Prints each finding and the counts; exits 1 if either check finds one.
"""

import collections
import csv
import os
import re
import sys
import unicodedata

FOREST = re.compile(r"\b(forests?|rainforests?|basin|river|region|jungle|biome|deforestation|Amazonia)\b", re.I)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"['’]s$", "", s)
    s = s.replace("-", " ").replace(".", "")
    s = re.sub(r"isation", "ization", s)
    s = re.sub(r"\bst\b", "saint", s)
    return re.sub(r"\s+", " ", s).strip()


def country_of(entity_id):
    m = re.search(r"-([a-z]{3})$", entity_id)
    return m.group(1) if m else ""


def main():
    out = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else "."
    groups = collections.defaultdict(list)
    for r in csv.DictReader(open(os.path.join(out, "entity_summary.csv"), encoding="utf-8")):
        groups[(r["kind"], fold(r["name"]))].append(r)
    split = 0
    for (kind, name), rows in sorted(groups.items()):
        if len(rows) < 2:
            continue
        # Places of one name in different countries are different places.
        by_country = collections.Counter(country_of(r["entity_id"]) for r in rows)
        if kind == "location" and all(by_country[c] == 1 for c in by_country) and "" not in by_country:
            continue
        split += 1
        print(f"split: {kind} {name!r}: " + ", ".join(f"{r['entity_id']} ({r['mentions']})" for r in rows))
    forest = 0
    texts = {}
    for r in csv.DictReader(open(os.path.join(out, "entities.csv"), encoding="utf-8")):
        if r["entity_id"] != "amazon":
            continue
        doc = r["doc_id"]
        if doc not in texts:
            texts[doc] = open(os.path.join(root, doc), "rb").read()
        data = texts[doc]
        start, end = int(r["start"]), int(r["end"])
        # The sentence around the mention: from the stop before it to the
        # stop after it.
        a = max(data.rfind(b". ", 0, start), data.rfind(b"\n\n", 0, start)) + 1
        b = min(i for i in (data.find(b". ", end), data.find(b"\n\n", end), len(data)) if i >= 0)
        sentence = data[a:b].decode("utf-8", "replace")
        if FOREST.search(sentence):
            forest += 1
            print(f"forest: {doc}:{start}: {sentence.strip()[:160]!r}")
    print(f"{split} groups of ids split over one entity; {forest} mentions of the company Amazon in a sentence of the forest")
    sys.exit(1 if split or forest else 0)


if __name__ == "__main__":
    main()
