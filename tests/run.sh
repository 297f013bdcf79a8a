#!/usr/bin/env bash
# One command for a fresh machine with only the .NET SDK: installs what the tests need,
# builds everything with warnings as errors, runs every test project, and ends with a
# plain summary line "N passed, N failed, N skipped". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
artifacts="$root/tests/artifacts"
results="$artifacts/results"

step() { printf '\n== %s\n' "$*"; }

step "Prerequisites (Chromium, fonts, sqlite3, poppler-utils)"
tests/install-prerequisites.sh || { echo "Could not install the test prerequisites."; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

step "Build"
if ! dotnet build ShaOversight.sln --nologo -v quiet -clp:ErrorsOnly; then
  echo "The build failed."
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

rm -rf "$results" "$artifacts/screenshots" "$artifacts/board-pack"
mkdir -p "$results"

passed=0; failed=0; skipped=0; broken=0
for project in tests/ShaOversight.Tests tests/ShaOversight.Web.Tests tests/ShaOversight.EndToEnd.Tests; do
  name=$(basename "$project")
  step "Test $name"
  dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    || broken=$((broken + 1))
  trx="$results/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "$name produced no results."
    failed=$((failed + 1))
    continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
  skipped=$((skipped + $(count notExecuted)))
done

# Not a test: the first pages of an SHA's and a PCT's board pack as PNGs, for people to look at.
step "Board pack pages"
pack="$artifacts/board-pack"
mkdir -p "$pack"
shao() { dotnet "$root/src/ShaOversight.Cli/bin/Debug/net10.0/shao.dll" "$@" --database "$pack/board-pack.db"; }
if shao migrate >/dev/null && shao seed >/dev/null \
  && shao export boardpack --sha Q36 --year 2009/10 --out "$pack/nhs-london.pdf" \
  && shao export boardpack --sha Q36 --pct 5AT --year 2009/10 --out "$pack/hillingdon-pct.pdf" \
  && pdftoppm -r 80 -f 1 -l 4 -png "$pack/nhs-london.pdf" "$pack/nhs-london" \
  && pdftoppm -r 80 -f 1 -l 2 -png "$pack/hillingdon-pct.pdf" "$pack/hillingdon-pct"; then
  rm -f "$pack"/board-pack.db*
else
  echo "The board pack pages could not be rendered."
  failed=$((failed + 1))
fi

echo
echo "Board pack:  $pack"
echo "Screenshots: $artifacts/screenshots"
echo "Results:     $results"
if [ "$broken" -gt 0 ] && [ "$failed" -eq 0 ]; then failed=$broken; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
