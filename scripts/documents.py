#!/usr/bin/env python3
"""Prints the document-level figures of QUALITY.md: dates of documents,
speakers of first-person claims, and sentences, on the UN General Debate
speeches and the State of the Union addresses.

Usage: scripts/documents.py [CORPORA]   (default ../shared/corpora)
Runs target/release/factscan (build it first: cargo build --release).
"""

import csv
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "factscan")


def extract(inputs, *options):
    out = tempfile.mkdtemp(prefix="factscan-docs-")
    subprocess.run([BIN, "extract", "-q", "-o", out, *inputs, *options],
                   check=True, stderr=subprocess.DEVNULL)
    return out


def rows(out, table):
    with open(os.path.join(out, table), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def path_year(doc_id):
    return re.search(r"(\d{4})", os.path.basename(doc_id)).group(1)


def datelines(name, inputs):
    docs = rows(extract(inputs), "documents.csv")
    dated = [d for d in docs if d["date"]]
    right = [d for d in dated if d["date"][:4] == path_year(d["doc_id"])]
    print(f"{name}: {len(docs)} documents, {len(dated)} with a dateline, "
          f"{len(right)} of them in the path's year")
    docs = rows(extract(inputs, "--date-from-path"), "documents.csv")
    right = [d for d in docs if d["date"][:4] == path_year(d["doc_id"])]
    print(f"{name} --date-from-path: {len(right)} of {len(docs)} dated "
          f"with the path's year")


def speakers(corpora, sessions):
    meta = os.path.join(tempfile.mkdtemp(), "ungdc-meta.csv")
    with open(os.path.join(corpora, "ungdc", "speakers_by_session.csv"),
              encoding="utf-8") as f, open(meta, "w", newline="",
                                           encoding="utf-8") as g:
        w = csv.writer(g)
        w.writerow(["doc_id", "date", "speaker", "country"])
        for r in csv.DictReader(f):
            doc = f"{r['iso3']}_{r['session']}_{r['year']}.txt"
            w.writerow([doc, r["year"], r["speaker"].strip(), r["iso3"]])
    claims = rows(extract(sessions, "--meta", meta), "claims.csv")
    first = [c for c in claims if c["source"].strip().lower() in ("i", "we")]
    named = [c for c in first if c["source_entity_id"]]
    print(f"ungdc --meta: {len(named)} of {len(first)} claims whose source "
          f"is \"I\" or \"we\" carry a source_entity_id "
          f"({100 * len(named) / max(1, len(first)):.1f} %)")
    return claims


def sentences():
    base = os.path.join(ROOT, "eval", "speeches", "sentences")
    for part, folder in (("tuned on", base),
                         ("held out", os.path.join(base, "heldout"))):
        with open(os.path.join(folder, "counts.tsv"), encoding="utf-8") as f:
            want = {r["file"]: int(r["sentences"])
                    for r in csv.DictReader(f, delimiter="\t")}
        docs = rows(extract([os.path.join(folder, n) for n in sorted(want)]),
                    "documents.csv")
        for d in docs:
            name = os.path.basename(d["doc_id"])
            got, hand = int(d["sentences"]), want[name]
            print(f"sentences ({part}) {name}: {got} found, {hand} by hand "
                  f"({100 * (got - hand) / hand:+.1f} %)")


def main():
    corpora = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    sessions = sorted(os.path.join(corpora, "ungdc", s)
                      for s in os.listdir(os.path.join(corpora, "ungdc"))
                      if s.startswith("session-"))
    sotu = [os.path.join(corpora, "sotu", f)
            for f in sorted(os.listdir(os.path.join(corpora, "sotu")))
            if f.endswith(".txt")]
    datelines("ungdc", sessions)
    datelines("sotu", sotu)
    claims = speakers(corpora, sessions)
    crossing = os.path.join(ROOT, "scripts", "claims_crossing.py")
    if os.path.exists(crossing):
        out = tempfile.mkdtemp()
        with open(os.path.join(out, "claims.csv"), "w", newline="",
                  encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(claims[0]))
            w.writeheader()
            w.writerows(claims)
        subprocess.run([sys.executable, crossing,
                        os.path.join(out, "claims.csv")])
    sentences()


if __name__ == "__main__":
    main()
