#!/usr/bin/env bash
# Throughput of the release binary on a corpus folder: MB/s, documents/s
# and peak memory at 1 and at N threads (best of 3 runs each), and the
# start-up time (dictionaries compiled, first document out).
# Usage: [THREADS=N] benches/cli-throughput.sh CORPUS...   (needs GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: [THREADS=N] $0 CORPUS..." >&2; exit 2; }
threads=${THREADS:-$(nproc)}
cargo build --release --quiet
bin=target/release/factscan
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mb=$(du -scb --apparent-size "$@" | tail -n1 | awk '{print $1 / 1e6}')
docs=$(find "$@" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
echo "corpus: $# paths, $mb MB, $docs text documents; $(nproc) cores; $(date -u +%Y-%m-%d)"
# Best of 3 runs of `factscan extract` with the given threads, after an
# optional prefix (taskset): prints a line, sets $best.
run() {
    local label=$1 t=$2
    shift 2
    best=
    for _ in 1 2 3; do
        /usr/bin/time -f "%e %M" -o "$out/time" "${pin[@]}" "$bin" extract "$@" -o "$out/t" -q --threads "$t" || true
        read -r secs kb < <(tail -n1 "$out/time")
        if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; mem=$kb; fi
    done
    awk -v l="$label" -v s="$best" -v mb="$mb" -v d="$docs" -v kb="$mem" 'BEGIN {
        printf "%s: %.2f s, %.1f MB/s, %.0f documents/s, peak memory %.0f MB\n", l, s, mb / s, d / s, kb / 1024 }'
}
pin=()
run "threads 1 (one worker; the writing thread beside it)" 1 "$@"
if command -v taskset >/dev/null 2>&1; then
    # One core for the whole process: the baseline of the speed-up.
    pin=(taskset -c 0)
    run "one core (taskset -c 0, threads 1)" 1 "$@"
    one=$best
    pin=()
fi
run "threads $threads" "$threads" "$@"
if [ -n "${one:-}" ]; then
    awk -v a="$one" -v b="$best" -v t="$threads" 'BEGIN {
        printf "speed-up of %s threads over one core: %.2f x\n", t, a / b }'
fi
printf 'Kenya said so.\n' > "$out/one.txt"
best=
for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$bin" extract "$out/one.txt" -o "$out/s" -q
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "start-up (one short document, end to end): $best ms"
