#!/usr/bin/env bash
# Wall time of two or more builds, alternated run by run: each round
# runs every binary once with the whole process on one core (`taskset
# -c 0`, `--threads 1`) and once with two threads, tables written into
# an empty folder. Prints each binary's medians and its throughput
# against the first binary's. Alternating single runs puts every build
# in the same minutes' noise, finer than `cli-throughput.sh`'s batches.
#
# Usage: [N=rounds] [CORPUS="paths"] benches/wall-ab.sh BIN...
# (N 10 unless set; CORPUS every session of the UN speeches)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: [N=R] [CORPUS=PATHS] $0 BIN..." >&2; exit 2; }
n=${N:-10}
corpus=${CORPUS:-$(ls -d ../shared/corpora/ungdc/session-*)}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
for r in $(seq "$n"); do
    for k in $(seq $#); do
        b=${!k}
        rm -rf "$out/a" "$out/b"
        start=$(date +%s%N)
        # shellcheck disable=SC2086 # the corpus is a list of paths
        taskset -c 0 "$b" extract -q --threads 1 -o "$out/a" $corpus
        echo "$(ms "$start")" >> "$out/one.$k"
        start=$(date +%s%N)
        # shellcheck disable=SC2086
        "$b" extract -q --threads 2 -o "$out/b" $corpus
        echo "$(ms "$start")" >> "$out/two.$k"
    done
done
median() {
    sort -n "$1" | awk '{ v[NR] = $1 } END {
        print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
first_one=$(median "$out/one.1")
first_two=$(median "$out/two.1")
for k in $(seq $#); do
    one=$(median "$out/one.$k")
    two=$(median "$out/two.$k")
    awk -v b="${!k}" -v o="$one" -v t="$two" -v fo="$first_one" -v ft="$first_two" 'BEGIN {
        printf "%s: one core %d ms (throughput %+.1f %%), two threads %d ms (%+.1f %%)\n",
            b, o, (fo / o - 1) * 100, t, (ft / t - 1) * 100 }'
done
