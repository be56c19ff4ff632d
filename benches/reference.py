#!/usr/bin/env python3
"""Reference figures measured beside factscan's, on the same corpus and
machine: flashtext, flashtext2, pyahocorasick and spaCy's PhraseMatcher
(a blank English tokenizer: no model) matching the default
dictionaries' aliases (from `factscan dicts list`), and datefinder
finding dates, one thread each, in MB of text a second (reading the
files not counted).

Usage: python3 benches/reference.py FACTSCAN_BINARY CORPUS_DIR
Needs: pip install flashtext flashtext2 pyahocorasick datefinder spacy
"""

import pathlib
import subprocess
import sys
import time

import ahocorasick
import datefinder
import flashtext2
import spacy
from flashtext import KeywordProcessor
from spacy.matcher import PhraseMatcher


def aliases(binary):
    """Every entry's name and aliases, as `dicts list` gives them."""
    listing = subprocess.run(
        [binary, "dicts", "list"], capture_output=True, text=True, check=True
    ).stdout.splitlines()[1:]
    out = set()
    for line in listing:
        fields = line.split("\t")
        out.add(fields[2])
        for alias in filter(None, fields[3].split("|")):
            out.add(alias.split(":", 1)[1])
    return sorted(a for a in out if a)


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    names = aliases(binary)
    paths = sorted(pathlib.Path(corpus).rglob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(names)} aliases, {len(texts)} files, {mb:.1f} MB")

    def run(name, find):
        started = time.perf_counter()
        found = sum(find(t) for t in texts)
        secs = time.perf_counter() - started
        print(f"{name}: {found} found, {secs:.2f} s, {mb / secs:.1f} MB/s")

    keywords = KeywordProcessor(case_sensitive=False)
    keywords.add_keywords_from_list(names)
    run("flashtext (whole words, case-insensitive)",
        lambda t: len(keywords.extract_keywords(t)))

    keywords2 = flashtext2.KeywordProcessor(case_sensitive=False)
    keywords2.add_keywords_from_iter(names)
    run("flashtext2 (whole words, case-insensitive)",
        lambda t: len(keywords2.extract_keywords(t)))

    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name.lower(), name)
    automaton.make_automaton()
    run("pyahocorasick (lower-cased text, overlapping, no word test)",
        lambda t: sum(1 for _ in automaton.iter(t.lower())))

    nlp = spacy.blank("en")
    nlp.max_length = max(len(t) for t in texts) + 1
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    phrases.add("ALIAS", list(nlp.tokenizer.pipe(names)))
    run("spaCy PhraseMatcher (tokenizing included, case-insensitive)",
        lambda t: len(phrases(nlp.make_doc(t))))

    run("datefinder (dates only)",
        lambda t: sum(1 for _ in datefinder.find_dates(t)))


if __name__ == "__main__":
    main()
