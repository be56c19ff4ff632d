#!/usr/bin/env bash
# Simulated cost of two or more builds, the same on any machine at any
# hour: cachegrind with its cache and branch simulation runs each binary
# on sessions 66-68 of the UN speeches (one thread), and prints the
# instructions, first-level instruction cache misses, mispredicted
# branches (conditional and indirect), and a cost in cycles:
#
#   instructions / 3 + 17 x mispredicts + 12 x I1 misses
#
# (three instructions a cycle when nothing stalls; the weights are those
# of a recent x86 core's mispredict and L2 hit). Wall time on this
# shared machine moves 10-30 % from run to run; this moves not at all.
# It agreed with alternated wall time on the round's regression (both
# about +10 % over 004b4e8 at 95ef0c4), where instructions alone saw
# +2.3 %: the round's rules cost more in mispredicted branches and in
# code that no longer fits the instruction cache than in instructions.
# It is a guide, not the measure: `cli-throughput.sh` alternated is.
#
# Usage: [CORPUS="paths"] benches/cachesim-ab.sh BIN...
# (each binary takes about a minute; needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: [CORPUS=PATHS] $0 BIN..." >&2; exit 2; }
corpus=${CORPUS:-$(ls -d ../shared/corpora/ungdc/session-* | head -n 4 | tail -n 3)}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
first=
for b in "$@"; do
    rm -rf "$out/t"
    # shellcheck disable=SC2086 # the corpus is a list of paths
    valgrind --tool=cachegrind --cache-sim=yes --branch-sim=yes \
        --cachegrind-out-file="$out/cg" "$b" extract -q --threads 1 \
        -o "$out/t" $corpus > /dev/null 2>&1
    read -r ir i1 bcm bim < <(awk '
        /^events:/ { for (i = 2; i <= NF; i++) col[$i] = i }
        /^(summary|totals):/ {
            print $col["Ir"], $col["I1mr"], $col["Bcm"], $col["Bim"] }' \
        "$out/cg")
    cost=$(awk -v ir="$ir" -v i1="$i1" -v bcm="$bcm" -v bim="$bim" \
        'BEGIN { printf "%.1f", (ir / 3 + 17 * (bcm + bim) + 12 * i1) / 1e6 }')
    first=${first:-$cost}
    awk -v b="$b" -v ir="$ir" -v i1="$i1" -v bcm="$bcm" -v bim="$bim" \
        -v c="$cost" -v f="$first" 'BEGIN {
        printf "%s: %.1f M instructions, %.2f M I1 misses, %.2f M mispredicts, cost %.1f M cycles (%+.1f %%)\n",
            b, ir / 1e6, i1 / 1e6, (bcm + bim) / 1e6, c, (c / f - 1) * 100 }'
done
