#!/bin/sh
# Runs the benchmark on a snapshot of the committed code (git archive HEAD) plus the working
# copy of bench/, so that edits in progress elsewhere in the tree cannot break or change a long
# run. Results are copied back to bench/results-*.json.   Usage: bench/snapshot.sh [env…]
set -e
repo=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d /tmp/kindveilig-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT
commit=$(git -C "$repo" rev-parse --short HEAD)
git -C "$repo" archive HEAD | tar -x -C "$dir"
rm -rf "$dir/bench" && cp -r "$repo/bench" "$dir/bench"
ln -s "$repo/node_modules" "$dir/node_modules"
echo "snapshot of $commit (+ working bench/) in $dir"
cd "$dir"
status=0
BENCH_SRC_COMMIT=$commit npx tsx bench/verwijsindex.ts || status=$?
cp "$dir"/bench/results-*.json "$repo/bench/" 2>/dev/null || true
exit $status
