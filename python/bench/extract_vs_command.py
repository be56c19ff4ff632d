"""Times factscan.extract from Python against the command on a corpus.

    python python/bench/extract_vs_command.py [--runs N] [--threads T] CORPUS...

Each run is a fresh process, timed end to end (start-up included), the
two alternated: `factscan extract CORPUS... -o EMPTY_DIR -q --threads T`
(tables written as CSV) and `python -c "factscan.extract(CORPUS...,
threads=T)"` (the tables in memory as pyarrow tables). The command is
target/release/factscan, or FACTSCAN_BIN. Prints the medians, the
fastest and the ratio of the medians.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PYTHON = "import sys, factscan; t = factscan.extract(sys.argv[2:], threads=int(sys.argv[1])); " \
    "print(t['entities'].num_rows, file=sys.stderr)"


def timed(args):
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("corpus", nargs="+")
    a = p.parse_args()
    command = os.environ.get("FACTSCAN_BIN", str(REPO / "target/release/factscan"))
    times = {"command": [], "python": []}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(a.runs):
            out = Path(tmp) / f"out{i}"
            times["command"].append(timed(
                [command, "extract", *a.corpus, "-o", str(out), "-q", "--threads", str(a.threads)]))
            times["python"].append(timed(
                [sys.executable, "-c", PYTHON, str(a.threads), *a.corpus]))
    for name, t in times.items():
        print(f"{name}: median {statistics.median(t):.3f} s, fastest {min(t):.3f} s "
              f"({', '.join(f'{x:.3f}' for x in t)})")
    ratio = statistics.median(times["python"]) / statistics.median(times["command"])
    print(f"python / command (medians): {ratio:.3f}")


if __name__ == "__main__":
    main()
