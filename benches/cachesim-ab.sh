#!/usr/bin/env bash
# Simulated cost of two or more builds, the same on any machine at any
# hour: cachegrind with its cache and branch simulation runs each binary
# on the UN speeches (every session, one thread: what `cli-throughput.sh`
# times) and on one short document (start-up alone), and prints for each
# the instructions, first-level instruction cache misses, mispredicted
# branches (conditional and indirect), and a cost in cycles:
#
#   instructions / 3 + 17 x mispredicts + 12 x I1 misses
#
# (three instructions a cycle when nothing stalls; the weights are those
# of a recent x86 core's mispredict and L2 hit); then the cost of the
# documents alone (the corpus less start-up), and the throughput of the
# whole run against the first binary's, which is what the round's bound
# is set on. Wall time on this shared machine moves 10-30 % from run to
# run; this moves by 0.1 %. It is a guide, not the measure:
# `cli-throughput.sh` alternated is. The simulation leaves out what it
# does not model (the kernel's time, the caches beyond the first level,
# a core's decoded-instruction cache, two threads sharing a machine):
# in the fifteenth session's rounds wall time came out from as the
# simulation had it to 14 points worse.
#
# A sample of the corpus misleads: the sessions of 2010-2014 are
# hard-wrapped (lines of 49 bytes), and the rules for wrapped text cost
# more there than elsewhere (sessions 66-68: the documents +14.6 % over
# 004b4e8, against +9.7 % on all fifteen sessions).
#
# ARGS adds options to every run: ARGS=--no-claims gives the cost
# without the claims stage, and the difference its share.
#
# Usage: [CORPUS="paths"] [ARGS="options"] benches/cachesim-ab.sh BIN...
# (each binary takes about four minutes on every session; needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: [CORPUS=PATHS] [ARGS=OPTIONS] $0 BIN..." >&2; exit 2; }
corpus=${CORPUS:-$(ls -d ../shared/corpora/ungdc/session-*)}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf 'Kenya said so.\n' > "$out/one.txt"
# The simulated counts of one run: instructions, I1 misses, mispredicts.
counts() {
    local b=$1
    shift
    rm -rf "$out/t"
    # shellcheck disable=SC2086 # ARGS is a list of options
    valgrind --tool=cachegrind --cache-sim=yes --branch-sim=yes \
        --cachegrind-out-file="$out/cg" "$b" extract -q --threads 1 \
        ${ARGS:-} -o "$out/t" "$@" > /dev/null 2>&1
    awk '
        /^events:/ { for (i = 2; i <= NF; i++) col[$i] = i }
        /^(summary|totals):/ {
            print $col["Ir"], $col["I1mr"], $col["Bcm"] + $col["Bim"] }' \
        "$out/cg"
}
first=
for b in "$@"; do
    # shellcheck disable=SC2086 # the corpus is a list of paths
    read -r ir i1 bm < <(counts "$b" $corpus)
    read -r sir si1 sbm < <(counts "$b" "$out/one.txt")
    line=$(awk -v ir="$ir" -v i1="$i1" -v bm="$bm" -v sir="$sir" \
        -v si1="$si1" -v sbm="$sbm" 'BEGIN {
        c = (ir / 3 + 17 * bm + 12 * i1) / 1e6
        s = (sir / 3 + 17 * sbm + 12 * si1) / 1e6
        printf "%.1f %.1f %.1f", c, s, c - s }')
    read -r cost start docs <<< "$line"
    first=${first:-$line}
    read -r fc fs fd <<< "$first"
    awk -v b="$b" -v ir="$ir" -v i1="$i1" -v bm="$bm" -v c="$cost" \
        -v s="$start" -v d="$docs" -v fc="$fc" -v fs="$fs" -v fd="$fd" 'BEGIN {
        printf "%s: %.1f M instructions, %.2f M I1 misses, %.2f M mispredicts; cost %.1f M cycles (%+.1f %%; throughput %+.1f %%): start-up %.1f (%+.1f %%), the documents %.1f (%+.1f %%)\n",
            b, ir / 1e6, i1 / 1e6, bm / 1e6, c, (c / fc - 1) * 100,
            (fc / c - 1) * 100, s, (s / fs - 1) * 100, d,
            (fd > 0 ? d / fd - 1 : 0) * 100 }'
done
