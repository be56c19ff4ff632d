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
for t in 1 "$threads"; do
    best=
    for _ in 1 2 3; do
        /usr/bin/time -f "%e %M" -o "$out/time" "$bin" extract "$@" -o "$out/t" -q --threads "$t" || true
        read -r secs kb < <(tail -n1 "$out/time")
        if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; mem=$kb; fi
    done
    awk -v t="$t" -v s="$best" -v mb="$mb" -v d="$docs" -v kb="$mem" 'BEGIN {
        printf "threads %s: %.2f s, %.1f MB/s, %.0f documents/s, peak memory %.0f MB\n", t, s, mb / s, d / s, kb / 1024 }'
done
printf 'Kenya said so.\n' > "$out/one.txt"
best=
for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$bin" extract "$out/one.txt" -o "$out/s" -q
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "start-up (one short document, end to end): $best ms"
