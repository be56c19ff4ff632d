#!/usr/bin/env bash
# Writing xlsx against writing CSV: the same corpus, the same threads,
# runs alternating (csv, xlsx, csv, xlsx, ...) so that both see the same
# machine; each run into an empty folder. Prints each format's median,
# fastest and slowest wall time, its peak memory (GNU time's maximum
# resident set), and the size of what it wrote.
#
# BIN=PATH measures that binary (built with the xlsx feature) instead of
# building this checkout's.
#
# Usage: [THREADS=N] [RUNS=R] [BIN=PATH] benches/xlsx-vs-csv.sh CORPUS...
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: [THREADS=N] [RUNS=R] [BIN=PATH] $0 CORPUS..." >&2; exit 2; }
threads=${THREADS:-$(nproc)}
runs=${RUNS:-5}
if [ -z "${BIN:-}" ]; then cargo build --release --quiet --features xlsx; fi
bin=${BIN:-target/release/factscan}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mb=$(du -scb --apparent-size "$@" | tail -n1 | awk '{print $1 / 1e6}')
echo "corpus: $# paths, $mb MB; --threads $threads; $(date -u '+%Y-%m-%d %H:%M UTC'); $runs runs each, alternating"
for format in csv xlsx; do : > "$out/$format.times"; : > "$out/$format.rss"; done
for _ in $(seq "$runs"); do
    for format in csv xlsx; do
        rm -rf "$out/$format"
        /usr/bin/time -f '%e %M' -o "$out/time" \
            "$bin" extract "$@" -o "$out/$format" --output-format "$format" \
            --threads "$threads" -q
        read -r secs kb < "$out/time"
        echo "$secs" >> "$out/$format.times"
        echo "$kb" >> "$out/$format.rss"
    done
done
for format in csv xlsx; do
    read -r median low high < <(sort -n "$out/$format.times" | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        print m, v[1], v[NR] }')
    rss=$(sort -n "$out/$format.rss" | tail -n1)
    size=$(du -scb "$out/$format" | tail -n1 | awk '{printf "%.1f", $1 / 1e6}')
    echo "$format: median ${median} s (${low}-${high}), peak memory $((rss / 1024)) MB, ${size} MB written"
done
