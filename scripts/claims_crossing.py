#!/usr/bin/env python3
"""Counts the claims of a claims.csv whose text crosses a sentence end.

A claim is found within one sentence, so its text should not run past the
end of that sentence unless a quotation carries it. This script judges
sentence ends on its own, without factscan's splitter, so that it can tell
when the splitter lets a sentence run on:

- a terminal mark (. ! ?), optional closing quotes or brackets, white space
  (a line break and indentation included), then a capital letter, a digit
  or an opening quote; the period of a known abbreviation or initial (Mr.,
  Dr., U.S., a single capital, No. before a digit, a month, St.) or of a
  paragraph's number at the start of a line ("5.  Today") does not end a
  sentence;
- a line break followed by indentation (a paragraph that starts indented),
  before a capital letter or a digit, unless the line
  before ends with a colon, a semicolon, a comma or a word that joins
  ("and", "of", "the": the sentence goes on) ("… in San Francisco:
  \n “Differences …”" goes on into its quotation; a tab before every word
  is no paragraph).

Text inside quotation marks (“…” or "…", to the end of the text if the
quotation is not closed) is passed over. A claim's text does not hold the
quotation marks around it: where the document named by doc_id can be read,
a text that opens just after an opening quotation mark is read as quoted.

A reported claim whose content follows its cue and a colon is passed
over: its content may run to the end of its paragraph.

Usage: scripts/claims_crossing.py OUT/claims.csv [--examples N] [--max N]
Prints the count and the total of claims, and exits 1 when the count is
above --max (default 0).
"""

import argparse
import csv
import re
import sys

# Words whose period does not end a sentence, lower case, without it.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "messrs", "dr", "st", "jr", "sr", "prof", "gen",
    "sen", "rep", "gov", "lt", "col", "capt", "sgt", "rev", "hon", "ft",
    "mt", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "h.e", "e.g", "i.e", "cf", "viz", "v",
}
# Abbreviations only before a number: "No. 5", "Art. 2", "para. 3".
BEFORE_NUMBER = {"no", "nos", "art", "arts", "para", "paras", "p", "pp"}

END = re.compile(
    r"[.!?][\"'”’)\]»]*"  # the mark and what closes after it
    r"(?P<space>\s+)"
    r"(?P<next>[^\W_]|[\"“‘'(«])",
)
# Words that end a line of a sentence that goes on.
JOINING = {"and", "or", "but", "nor", "of", "the", "a", "an", "to", "that",
           "in", "on", "by", "with", "for", "from", "as", "at"}
INDENT = re.compile(r"\n[ \t\u00a0]+(?=\S)")
OPENERS = {"“": "”", '"': '"'}

csv.field_size_limit(sys.maxsize)


def unquoted(text):
    """The text with quoted passages blanked out, offsets kept."""
    out = list(text)
    i = 0
    while i < len(text):
        close = OPENERS.get(text[i])
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        j = len(text) if j < 0 else j
        for k in range(i + 1, j):
            out[k] = " "
        i = j + 1
    return "".join(out)


def word_before(text, i):
    """The word that ends at `i`, after white space or an opening bracket
    or quote."""
    j = i
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "([“\"":
        j -= 1
    return text[j:i]


def is_abbreviation(word, next_char):
    """Whether the period after `word` belongs to it, not to the
    sentence."""
    word = word.lstrip("*_")
    bare = word.lower()
    if bare in ABBREVIATIONS:
        return True
    if bare in BEFORE_NUMBER and next_char.isdigit():
        return True
    # Initials and dotted abbreviations: "J", "U.S", "U.N".
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)*[A-Z]", word))


def item_number(text, i, word):
    """Whether the period at `i` closes the number of a numbered paragraph
    ("5.  Today", "IV. Trade") at the start of the text or of a line."""
    at_start = text[: i - len(word)].rstrip(" \t").endswith("\n") or (
        not text[: i - len(word)].strip()
    )
    return at_start and bool(re.fullmatch(r"\d{1,3}|[IVXLC]{1,5}", word))


def crossings(text, quoted=False):
    """Offsets in `text` where a sentence ends and another starts; a
    `quoted` text is read as if an opening quotation mark stood before
    it."""
    plain = unquoted("“" + text)[1:] if quoted else unquoted(text)
    found = []
    for m in END.finditer(plain):
        nxt = m.group("next")
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'(«"):
            continue
        word = word_before(text, m.start())
        if text[m.start()] == "." and (
            is_abbreviation(word, nxt) or item_number(text, m.start(), word)
        ):
            continue
        found.append(m.start())
    for m in INDENT.finditer(plain):
        nxt = text[m.end()]
        head = plain[: m.start()].rstrip()
        before = head[-1:]
        last = word_before(head, len(head)).lower()
        # An opening quotation mark after a line with no stop goes on with
        # the sentence ("is \n “To maintain …”"); after a stop, END holds.
        starts = nxt.isupper() or nxt.isdigit()
        joins = before in (":", ";", ",") or last in JOINING
        if starts and not joins:
            found.append(m.start())
    return sorted(set(found))


def excerpt(text, at, width=60):
    """A one-line view of the text around offset `at`."""
    lo, hi = max(0, at - width), min(len(text), at + width)
    return repr(text[lo:hi])


class Documents:
    """The texts of the documents claims are found in, the last one kept."""

    def __init__(self):
        self.path, self.text = None, None

    def get(self, path):
        if path != self.path:
            self.path = path
            try:
                with open(path, encoding="utf-8") as f:
                    self.text = f.read().removeprefix("\ufeff")
            except (OSError, UnicodeDecodeError):
                self.text = None
        return self.text


def head(doc, row):
    """The document's text before the claim's, where the document can be
    read and holds the claim's text at its offsets; else None."""
    if doc is None:
        return None
    try:
        start, end = int(row["char_start"]), int(row["char_end"])
    except (KeyError, ValueError):
        return None
    if doc[start:end] != row["text"]:
        return None
    return doc[:start].rstrip()


def after_colon(before, row):
    """Whether the claim's text follows its cue and a colon, which may
    carry it on over the sentences of its paragraph."""
    if before is None:
        return False
    before = before[:-4].rstrip() if before.endswith("that") else before
    return before[-1:] == ":" and row.get("kind") == "reported"


def opened_by_quote(before):
    """Whether the claim's text starts just after an opening quotation
    mark in its document."""
    return before is not None and before[-1:] in OPENERS


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("claims", help="a claims.csv written by factscan")
    ap.add_argument("--examples", type=int, default=0, metavar="N")
    ap.add_argument("--max", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)
    total = count = 0
    shown = []
    docs = Documents()
    with open(args.claims, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            total += 1
            text = row["text"]
            before = head(docs.get(row["doc_id"]), row)
            if after_colon(before, row):
                continue
            quoted = opened_by_quote(before)
            at = crossings(text, quoted)
            if not at:
                continue
            count += 1
            if len(shown) < args.examples:
                shown.append((row["claim_id"], excerpt(text, at[0])))
    print(f"{count} of {total} claims cross a sentence end")
    for claim, view in shown:
        print(f"  {claim}: {view}")
    return 1 if count > args.max else 0


if __name__ == "__main__":
    sys.exit(main())
