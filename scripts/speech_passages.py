#!/usr/bin/env python3
"""Draws the passages of the speech development sets (eval/speeches/).

Passages are drawn at random with a fixed seed, not chosen for what they
hold: for each UN General Debate session asked for, speeches at random,
and from each a run of text from a random paragraph or sentence start,
1,200 to 2,500 bytes long, ending at a line or sentence end (the longest
that fits); State of the Union addresses likewise. The texts are copied
byte for byte, their trailing white space made one line break (UN
speeches: CC0; addresses: public domain). Each passage's source and byte
range go to SOURCES.tsv.

Usage: scripts/speech_passages.py CORPORA OUT_DIR
  CORPORA: the folder holding ungdc/ and sotu/ (../shared/corpora)
"""

import os
import random
import re
import sys

SEED = 20261206
# (set, session folder, passages)
UN = [("dev", "session-70-2015", 8), ("dev", "session-72-2017", 8),
      ("dev", "session-78-2023", 8), ("train", "session-70-2015", 4),
      ("train", "session-72-2017", 4), ("train", "session-78-2023", 4)]
# (set, address, passages)
SOTU = [("dev", "2018_donald_j_trump_r.txt", 2),
        ("dev", "2021_joseph_r_biden_d.txt", 2),
        ("train", "2016_barack_obama_d.txt", 2)]
# Drawn after the others, so that adding them changed none of those:
# more passages to check rules on, of other sessions.
UN_MORE = [("train", "session-71-2016", 4), ("train", "session-74-2019", 4),
           ("train", "session-77-2022", 4)]
# Drawn after those, for the same reason: claims of more sessions and
# addresses to check rules on.
UN_THIRD = [("train", "session-73-2018", 4), ("train", "session-75-2020", 4),
            ("train", "session-76-2021", 4), ("train", "session-79-2024", 4)]
SOTU_THIRD = [("train", "2019_donald_j_trump_r.txt", 2),
              ("train", "2014_barack_obama_d.txt", 2)]
LOW, HIGH = 1200, 2500


def passage(data: bytes, rng: random.Random):
    """A byte range of `data` from a random paragraph or sentence start,
    LOW to HIGH bytes long, ending at a line end or a sentence end."""
    lines = [m.end() for m in re.finditer(rb"\n[ \t]*", data)]
    sentences = [m.end() for m in re.finditer(rb"[.!?][\"\xe2\x80\x9d']? +(?=[A-Z\xe2\"])", data)]
    starts = sorted({0, *lines, *sentences})
    ends = sorted({len(data), *[m.start() for m in re.finditer(rb"\n", data)], *[e - 1 for e in sentences]})
    for _ in range(1000):
        start = rng.choice(starts)
        fits = [e for e in ends if LOW <= e - start <= HIGH]
        if fits:
            return start, fits[-1]
    raise SystemExit("no passage found")


def un(corpora, draws, rng, rows):
    """Appends to `rows` the passages of UN speeches `draws` asks for."""
    for name, session, n in draws:
        folder = os.path.join(corpora, "ungdc", session)
        files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
        for f in rng.sample(files, n):
            data = open(os.path.join(folder, f), "rb").read()
            rows.append((name, f"ungdc/{session}/{f}", data, passage(data, rng)))


def sotu(corpora, draws, rng, rows):
    """Appends to `rows` the passages of addresses `draws` asks for."""
    for name, f, n in draws:
        data = open(os.path.join(corpora, "sotu", f), "rb").read()
        for _ in range(n):
            rows.append((name, f"sotu/{f}", data, passage(data, rng)))


def main():
    corpora, out = sys.argv[1], sys.argv[2]
    rng = random.Random(SEED)
    rows = []
    un(corpora, UN, rng, rows)
    sotu(corpora, SOTU, rng, rows)
    un(corpora, UN_MORE, rng, rows)
    un(corpora, UN_THIRD, rng, rows)
    sotu(corpora, SOTU_THIRD, rng, rows)
    sources = {}
    for name, src, data, (a, b) in rows:
        stem = os.path.splitext(os.path.basename(src))[0]
        path = os.path.join(out, name, "texts", f"{stem}_{a}.txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data[a:b].rstrip(b"\n ") + b"\n")
        sources.setdefault(name, []).append(f"{os.path.basename(path)}\t{src}\t{a}\t{b}\n")
    for name, lines in sources.items():
        with open(os.path.join(out, name, "SOURCES.tsv"), "w") as fh:
            fh.write("file\tsource\tstart\tend\n")
            fh.writelines(lines)


if __name__ == "__main__":
    main()
