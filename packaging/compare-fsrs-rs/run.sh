#!/bin/sh
# Development only: compares `sdstudy optimize` with fsrs-rs, the optimizer Anki
# uses, on review logs of simulated learners, and prints one line per log with
# both held-out log losses. Needs the npm registry once (for fsrs-rs's Node.js
# binding); the app itself never needs it. The README's comparison table comes
# from this script:
#   packaging/compare-fsrs-rs/run.sh [REVIEWS] [SEEDS...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
reviews=${1:-10000}
[ $# -gt 0 ] && shift
seeds=${*:-1 2 3 4 5}
work=$repo/build/compare-fsrs-rs
mkdir -p "$work"
cp "$here/package.json" "$here/fit.mjs" "$work/"
(cd "$work" && npm install --no-audit --no-fund --silent)
"$repo/packaging/dev.sh" bench --help >/dev/null # builds the bench and the app (Release)
printf '%-6s %-8s %-10s %-10s %-10s %-8s\n' seed answers sdstudy fsrs-rs defaults ratio
for seed in $seeds; do
    csv=$work/revlog-$seed.csv
    "$repo/packaging/dev.sh" shell "$repo/build/root-Release/tests/bench/sdstudy-bench" \
        --write-revlog "$csv" --revlog-reviews "$reviews" --revlog-seed "$seed"
    ours=$("$repo/packaging/dev.sh" shell env TZ=UTC "$repo/build/root-Release/app/sdstudy" \
        --db "$work/scratch.sqlite" optimize --revlog "$csv" --dry-run --json)
    theirs=$(cd "$work" && node fit.mjs "$csv")
    python3 - "$seed" "$ours" "$theirs" <<'PY'
import json, sys
seed, ours, theirs = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
print('%-6s %-8d %-10.5f %-10.5f %-10.5f %-8.4f' % (seed, ours['reviews'], ours['log_loss'], theirs['log_loss'],
      ours['default_log_loss'], ours['log_loss'] / theirs['log_loss']))
PY
done
