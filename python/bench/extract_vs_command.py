"""Times factscan.extract from Python against the command on a corpus.

    python python/bench/extract_vs_command.py [--runs N] [--threads T] CORPUS...

Each run is a fresh process, timed end to end (start-up included), the
two alternated: `factscan extract CORPUS... -o EMPTY_DIR -q --threads T`
(tables written as CSV) and `python -c "factscan.extract(CORPUS...,
threads=T)"` (the tables in memory as pyarrow tables), the latter also
timed from within: the call alone, as a notebook that has imported
factscan waits for it. The command is
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
# Prints how long the call took, without the interpreter's start-up and
# pyarrow's import (which a notebook pays once).
PYTHON = "import sys, time, factscan; s = time.perf_counter(); " \
    "t = factscan.extract(sys.argv[2:], threads=int(sys.argv[1])); " \
    "print(time.perf_counter() - s)"


def timed(args):
    start = time.perf_counter()
    done = subprocess.run(args, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return time.perf_counter() - start, done.stdout


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("corpus", nargs="+")
    a = p.parse_args()
    command = os.environ.get("FACTSCAN_BIN", str(REPO / "target/release/factscan"))
    times = {"command": [], "python": [], "python, the call alone": []}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(a.runs):
            out = Path(tmp) / f"out{i}"
            times["command"].append(timed(
                [command, "extract", *a.corpus, "-o", str(out), "-q", "--threads", str(a.threads)])[0])
            whole, call = timed([sys.executable, "-c", PYTHON, str(a.threads), *a.corpus])
            times["python"].append(whole)
            times["python, the call alone"].append(float(call))
    for name, t in times.items():
        print(f"{name}: median {statistics.median(t):.3f} s, fastest {min(t):.3f} s "
              f"({', '.join(f'{x:.3f}' for x in t)})")
    command_median = statistics.median(times["command"])
    for name in ("python", "python, the call alone"):
        ratio = statistics.median(times[name]) / command_median
        print(f"{name} / command (medians): {ratio:.3f}")


if __name__ == "__main__":
    main()
