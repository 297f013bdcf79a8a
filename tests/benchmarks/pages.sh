#!/usr/bin/env bash
# Page benchmark (issue 13): the same pages from a scale-1 and a scale-100 database, served by
# two Release servers side by side, timed in interleaved rounds. Prints medians and the
# 100×/1× ratio; asserts nothing, and it is not part of tests/run.sh.
# Figures and how to read them: docs/performance.md, "## Pages at scale".
#   tests/benchmarks/pages.sh [rounds] [large scale]      (defaults: 15 100)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
rounds=${1:-15}
large=${2:-100}
# shellcheck source=tests/benchmarks/bench-common.sh
source "$root/tests/benchmarks/bench-common.sh"

echo "== Build (Release): the web app published as it is deployed, shao, the benchmark driver"
build_release

echo "== Generating scale-1 and scale-$large databases (scale $large takes a minute or two)"
database 1
database "$large"

start_server "$work/run1.db" 5311 "$work/scale1.log"
start_server "$work/run$large.db" 5312 "$work/scale$large.log"

echo "== $rounds interleaved rounds, as a national user"
dotnet tests/benchmarks/WebBenchmark/bin/Release/net10.0/WebBenchmark.dll pages "$rounds" \
  "1x=http://127.0.0.1:5311,${large}x=http://127.0.0.1:5312" \
  /england /pct/5AT /contracts/1 /pilots "/sha/Q36?lens=savings" "/sha/Q36?lens=uptake"
