#!/usr/bin/env bash
# Throughput of the release binary on a corpus folder: MB/s, documents/s
# and peak memory at 1 and at N threads, the speed-up of N threads over
# the whole process pinned to one core and over --threads 1 (which has
# the writing thread beside its one worker), and the start-up time
# (dictionaries compiled, first document out).
#
# Each figure is the median of RUNS runs (5 unless set), the fastest and
# slowest beside it, timed to the millisecond. Each run writes its tables
# into an empty folder, emptied before the clock starts; OVERWRITE=1
# writes over the tables of the run before instead, which adds the file
# system's freeing of the old tables (about 15 ms on the UN speeches).
#
# BIN=PATH measures that binary instead of building this checkout's (to
# compare two builds the same way).
#
# Usage: [THREADS=N] [RUNS=R] [OVERWRITE=1] [BIN=PATH] benches/cli-throughput.sh CORPUS...
# (needs GNU time for the peak memory)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: [THREADS=N] [RUNS=R] [OVERWRITE=1] [BIN=PATH] $0 CORPUS..." >&2; exit 2; }
threads=${THREADS:-$(nproc)}
runs=${RUNS:-5}
if [ -z "${BIN:-}" ]; then cargo build --release --quiet; fi
bin=${BIN:-target/release/factscan}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mb=$(du -scb --apparent-size "$@" | tail -n1 | awk '{print $1 / 1e6}')
docs=$(find "$@" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
echo "corpus: $# paths, $mb MB, $docs text documents; $(nproc) cores; $(date -u +%Y-%m-%d); $runs runs each"

# The median, fastest and slowest of the numbers on standard input.
stats() {
    sort -n | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        print m, v[1], v[NR] }'
}

# `factscan extract` with the given threads, after an optional prefix
# (taskset), $runs times: prints a line, sets $median (ms).
run() {
    local label=$1 t=$2
    shift 2
    : > "$out/ms"
    : > "$out/kb"
    for _ in $(seq "$runs"); do
        [ -n "${OVERWRITE:-}" ] || rm -rf "$out/t"
        local start end
        start=$(date +%s%N)
        /usr/bin/time -f "%M" -o "$out/time" "${pin[@]}" "$bin" extract "$@" -o "$out/t" -q --threads "$t" || true
        end=$(date +%s%N)
        echo $(( (end - start) / 1000000 )) >> "$out/ms"
        tail -n1 "$out/time" >> "$out/kb"
    done
    read -r median fast slow < <(stats < "$out/ms")
    read -r kb _ kbmax < <(stats < "$out/kb")
    awk -v l="$label" -v m="$median" -v f="$fast" -v s="$slow" -v mb="$mb" -v d="$docs" -v kb="$kb" -v kbmax="$kbmax" 'BEGIN {
        printf "%s: %.3f s (%.3f-%.3f), %.1f MB/s (%.1f-%.1f), %.0f documents/s, peak memory %.0f MB (at most %.0f)\n",
            l, m / 1e3, f / 1e3, s / 1e3, mb * 1e3 / m, mb * 1e3 / s, mb * 1e3 / f, d * 1e3 / m, kb / 1024, kbmax / 1024 }'
}
pin=()
run "threads 1 (one worker; the writing thread beside it)" 1 "$@"
t1=$median
if command -v taskset >/dev/null 2>&1; then
    # One core for the whole process: the baseline of the speed-up.
    pin=(taskset -c 0)
    run "one core (taskset -c 0, threads 1)" 1 "$@"
    one=$median
    pin=()
fi
run "threads $threads" "$threads" "$@"
if [ -n "${one:-}" ]; then
    awk -v a="$one" -v b="$median" -v t="$threads" 'BEGIN {
        printf "speed-up of %s threads over one core (medians): %.2f x\n", t, a / b }'
fi
awk -v a="$t1" -v b="$median" -v t="$threads" 'BEGIN {
    printf "speed-up of %s threads over threads 1 (medians): %.2f x\n", t, a / b }'
printf 'Kenya said so.\n' > "$out/one.txt"
: > "$out/ms"
for _ in $(seq 11); do
    start=$(date +%s%N)
    "$bin" extract "$out/one.txt" -o "$out/s" -q
    echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$out/ms"
done
read -r median fast slow < <(stats < "$out/ms")
echo "start-up (one short document, end to end, 11 runs): median $median ms ($fast-$slow)"
