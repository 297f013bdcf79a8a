#!/usr/bin/env bash
# Export benchmark. Prints figures and asserts nothing; it is not part of tests/run.sh.
# Figures and how to read them: docs/performance.md, "## Exports".
#   tests/benchmarks/export.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== Build (Release)"
dotnet build tests/benchmarks/ExportBenchmark -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet build src/ShaOversight.Cli -c Release --nologo -v quiet -clp:ErrorsOnly
shao() { dotnet "$root/src/ShaOversight.Cli/bin/Release/net10.0/shao.dll" "$@"; }

echo
echo "== Table downloads: synthetic rows through the real CSV and Excel writers, one process each"
for format in csv xlsx; do
  for rows in 10000 100000; do
    dotnet tests/benchmarks/ExportBenchmark/bin/Release/net10.0/ExportBenchmark.dll "$rows" "$format"
  done
done

echo
echo "== Board pack: NHS London (Q36), 2009/10, whole CLI process (start-up included)"
for scale in 1 10; do
  database="$work/scale$scale.db"
  shao generate --scale "$scale" --database "$database"
  /usr/bin/time -f "   scale $scale: %e s elapsed for the process, peak resident memory %M KB" \
    dotnet "$root/src/ShaOversight.Cli/bin/Release/net10.0/shao.dll" export boardpack --sha Q36 --year 2009/10 \
      --out "$work/pack-$scale.pdf" --database "$database" 2>&1 | grep -v "took"
done
