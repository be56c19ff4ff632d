#!/usr/bin/env bash
# CPU time of two or more builds, alternated in the same minutes: each
# round runs every binary once, the whole process pinned to one core
# (`taskset -c 0`, `--threads 1`), and `perf stat -e task-clock` counts
# the milliseconds it ran. CPU time moves less than wall time on a shared
# machine; alternating puts every build in the same hour's noise.
#
# Usage: [N=rounds] [CORPUS="paths"] benches/cpu-ab.sh BIN...
# (N 5 unless set; CORPUS the first eight sessions of the UN speeches)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: [N=R] [CORPUS=PATHS] $0 BIN..." >&2; exit 2; }
n=${N:-5}
corpus=${CORPUS:-$(ls -d ../shared/corpora/ungdc/session-* | head -n 8)}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for r in $(seq "$n"); do
    for b in "$@"; do
        rm -rf "$out/t"
        # shellcheck disable=SC2086 # the corpus is a list of paths
        ms=$(perf stat -x, -e task-clock taskset -c 0 "$b" extract -q \
            --threads 1 -o "$out/t" $corpus 2>&1 >/dev/null |
            awk -F, '/task-clock/ { print $1 }')
        echo "$b $ms"
    done
done | awk '{ s[$1] += $2; n[$1]++; v[$1] = v[$1] " " int($2) }
    END { for (b in s) printf "%s: mean %.1f ms over %d rounds:%s\n", b, s[b] / n[b], n[b], v[b] }' | sort
