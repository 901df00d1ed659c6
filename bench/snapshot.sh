#!/bin/sh
# Runs the benchmark on a snapshot of the committed code (git archive HEAD) plus the working
# copy of bench/, so that edits in progress elsewhere in the tree cannot break or change a long
# run. Results are copied back to bench/results-*.json.
# Usage: [VAR=value …] bench/snapshot.sh            (the benchmark)
#        [VAR=value …] bench/snapshot.sh bench/diagnose.ts register   (another script)
set -e
repo=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d /tmp/kindveilig-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT
commit=$(git -C "$repo" rev-parse --short HEAD)
git -C "$repo" archive HEAD | tar -x -C "$dir"
rm -rf "$dir/bench" && cp -r "$repo/bench" "$dir/bench"
ln -s "$repo/node_modules" "$dir/node_modules"
touch "$dir/.started"
echo "snapshot of $commit (+ working bench/) in $dir"
cd "$dir"
status=0
if [ $# -gt 0 ]; then
  BENCH_SRC_COMMIT=$commit npx tsx "$@" || status=$?
else
  BENCH_SRC_COMMIT=$commit npx tsx bench/verwijsindex.ts || status=$?
fi
# only results this run wrote
find "$dir/bench" -maxdepth 1 -name 'results-*.json' -newer "$dir/.started" -exec cp {} "$repo/bench/" \;
exit $status
