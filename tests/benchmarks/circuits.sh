#!/usr/bin/env bash
# Circuit benchmark (issue 13): opens N tabs of the SHA savings lens in Chromium against a
# scale-1 and a scale-100 server and prints the live managed heap per open circuit, read after a
# full collection by dotnet-gcdump. Prints figures; asserts nothing; not part of tests/run.sh.
# Figures and how to read them: docs/performance.md, "## Memory per circuit".
#   tests/benchmarks/circuits.sh [n] [large scale] [path]   (defaults: 20 100 "/sha/Q36?lens=savings")
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
n=${1:-20}
large=${2:-100}
path=${3:-/sha/Q36?lens=savings}
# shellcheck source=tests/benchmarks/bench-common.sh
source "$root/tests/benchmarks/bench-common.sh"
[ -x /usr/bin/chromium ] || tests/install-prerequisites.sh

echo "== Build (Release) and dotnet-gcdump"
build_release
dotnet tool install --tool-path "$work/tools" dotnet-gcdump --version 10.0.750501 >/dev/null

for scale in 1 "$large"; do
  echo
  echo "== Scale $scale"
  database "$scale"
  start_server "$work/run$scale.db" 5321 "$work/scale$scale.log"
  dotnet tests/benchmarks/WebBenchmark/bin/Release/net10.0/WebBenchmark.dll circuits http://127.0.0.1:5321 \
    "$((n / 2)),$n" "$path" "$work/tools/dotnet-gcdump" "${servers[-1]}"
  kill "${servers[-1]}"; wait "${servers[-1]}" 2>/dev/null || true
done
