#!/usr/bin/env bash
# Prints the figures of QUALITY.md: factscan eval on each development set.
# Usage: scripts/quality.sh [EVAL_DIR]   (default ../shared/eval)
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${1:-../shared/eval}
cargo build --release --quiet
bin=target/release/factscan
run() {
    echo "== $1"
    "$bin" eval --gold "$2" "$3" "${@:4}"
    echo
}
run "CoNLL-2003 dev" conll "$eval_dir/conll2003/conllpp_dev.txt"
run "CoNLL-2003 train" conll "$eval_dir/conll2003/conllpp_train.txt"
run "re3d" re3d "$eval_dir/re3d"
run "TimeBank and AQUAINT" timeml "$eval_dir/tempeval3/TBAQ-cleaned"
# TimeML annotates "now", "recently", "the future" as dates: by its reading.
run "TimeBank and AQUAINT, --vague-dates" timeml "$eval_dir/tempeval3/TBAQ-cleaned" --vague-dates
run "PolNeAR dev" brat "$eval_dir/polnear/dev"
run "PolNeAR train" brat "$eval_dir/polnear/train"
run "date cases" dates "$eval_dir/dates"
run "date cases, --vague-dates" dates "$eval_dir/dates" --vague-dates
