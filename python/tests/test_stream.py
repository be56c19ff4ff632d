"""factscan.stream: the rows of extract, in batches, in bounded memory."""

import json
import subprocess
import sys

import pyarrow as pa
import pytest

import factscan
from conftest import REPO, TABLES
from test_tables import ungdc_session


def concatenated(batches):
    return {
        name: pa.concat_tables([b[name] for b in batches]).combine_chunks()
        for name in TABLES
    }


@pytest.mark.parametrize("batch_docs", [1, 3, 8, 100])
def test_batches_hold_the_rows_of_extract_in_order(batch_docs):
    whole = factscan.extract(REPO / "data")
    batches = list(factscan.stream(REPO / "data", batch_docs=batch_docs, threads=2))
    docs = whole["documents"].num_rows
    assert len(batches) == max(1, -(-docs // batch_docs))
    assert [b["documents"].num_rows for b in batches[:-1]] == [batch_docs] * (len(batches) - 1)
    # The corpus's entity_summary comes with the last batch only.
    assert all(b["entity_summary"].num_rows == 0 for b in batches[:-1])
    joined = concatenated(batches)
    for name in TABLES:
        assert joined[name].equals(whole[name].combine_chunks()), name


def test_an_empty_corpus_streams_one_batch_of_empty_tables(tmp_path):
    (batch,) = list(factscan.stream(tmp_path))
    assert sorted(batch) == sorted(TABLES)
    assert all(batch[name].num_rows == 0 for name in TABLES)


def test_a_stream_left_early_ends_its_run():
    stream = factscan.stream(REPO / "data", batch_docs=1)
    first = next(stream)
    assert first["documents"].num_rows == 1
    del stream  # the run stops at its next batch: nothing hangs


# Streams or extracts a corpus in a fresh interpreter, and prints the
# peak resident memory (KiB) beside what it held after start-up.
PEAK = r"""
import json, resource, sys
import factscan
mode, corpus = sys.argv[1], sys.argv[2]
factscan.extract_texts(["Kenya."])  # start-up: the dictionaries, pyarrow
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
rows = 0
if mode == "stream":
    for batch in factscan.stream(corpus, batch_docs=50, threads=2):
        rows += batch["entities"].num_rows
else:
    tables = factscan.extract(corpus, threads=2)
    rows = tables["entities"].num_rows
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"base": base, "peak": peak, "rows": rows}))
"""


def peak(mode, corpus):
    # Run from the corpus's folder, not from python/, where `import
    # factscan` would find the package's sources instead of the wheel.
    done = subprocess.run(
        [sys.executable, "-c", PEAK, mode, str(corpus)],
        capture_output=True,
        text=True,
        cwd=str(corpus if corpus.is_dir() else corpus.parent),
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def big_corpus(tmp_path, docs=2000):
    """About 60 MB of text, rich in mentions, as one JSON Lines file."""
    news = "".join(p.read_text() for p in sorted((REPO / "data" / "news").iterdir()))
    text = (news + "\n\n") * 24
    path = tmp_path / "big.jsonl"
    with open(path, "w") as f:
        for i in range(docs):
            f.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")
    return path


def test_a_stream_holds_a_few_batches_not_the_corpus(tmp_path):
    corpus = big_corpus(tmp_path)
    streamed = peak("stream", corpus)
    whole = peak("extract", corpus)
    assert streamed["rows"] == whole["rows"] > 500_000
    grew = (streamed["peak"] - streamed["base"]) / 1024
    grew_whole = (whole["peak"] - whole["base"]) / 1024
    print(f"\npeak growth: stream {grew:.0f} MiB, extract {grew_whole:.0f} MiB, "
          f"{streamed['rows']} entity rows")
    assert grew < grew_whole / 3
    assert grew < 100


def test_one_session_of_un_speeches_streams_in_bounded_memory():
    session = ungdc_session()
    streamed = peak("stream", session)
    whole = peak("extract", session)
    assert streamed["rows"] == whole["rows"]
    grew = (streamed["peak"] - streamed["base"]) / 1024
    grew_whole = (whole["peak"] - whole["base"]) / 1024
    print(f"\nUN session: peak growth stream {grew:.0f} MiB, extract {grew_whole:.0f} MiB, "
          f"{streamed['rows']} entity rows")
    assert grew < 200
