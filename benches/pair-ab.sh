#!/usr/bin/env bash
# Two builds (or one build with two sets of options) run at the same
# time, one process on each core (`taskset`, `--threads 1`), the cores
# swapped each round: both meet the same minutes of a shared machine's
# load, so their ratio moves less than that of runs one after the other.
# Two processes share the L3 cache and the memory bus, which a run alone
# does not: use it to compare, and to cost a stage by leaving it out
# (`--no-claims`, `--kinds`), not for the round's figure, which is
# `cli-throughput.sh` alternated.
#
# Each side is a binary and its options, quoted: "BIN [OPTION...]".
# Prints each round's milliseconds, then the means and B's time over A's.
#
# Usage: [N=rounds] [CORPUS="paths"] benches/pair-ab.sh "A [OPTS]" "B [OPTS]"
# (N 10 unless set; CORPUS the UN speeches' sessions)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: [N=rounds] [CORPUS=paths] $0 \"A [OPTS]\" \"B [OPTS]\"" >&2; exit 2; }
n=${N:-10}
corpus=${CORPUS:-$(ls -d ../shared/corpora/ungdc/session-*)}
read -r -a a <<< "$1"
read -r -a b <<< "$2"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# One side: its binary and options on core $1, timed into file $2.
side() {
    local core=$1 ms=$2 dir=$3
    shift 3
    local bin=$1
    shift
    local start
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    taskset -c "$core" "$bin" extract "$@" -q -o "$dir" --threads 1 $corpus > /dev/null
    echo $(( ($(date +%s%N) - start) / 1000000 )) > "$ms"
}

for r in $(seq "$n"); do
    rm -rf "$out/a" "$out/b"
    ca=$(( r % 2 )); cb=$(( 1 - ca ))
    side "$ca" "$out/a.ms" "$out/a" "${a[@]}" &
    side "$cb" "$out/b.ms" "$out/b" "${b[@]}" &
    wait
    echo "$(cat "$out/a.ms") $(cat "$out/b.ms")"
done | awk -v A="$1" -v B="$2" '{ print; a += $1; b += $2 }
    END { printf "A (%s) mean %.0f ms, B (%s) mean %.0f ms: B/A %.3f\n", A, a / NR, B, b / NR, b / a }'
