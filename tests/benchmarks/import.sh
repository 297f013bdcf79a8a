#!/usr/bin/env bash
# Import benchmark (issue 4): 100,000 monthly-return rows from CSV through `shao import`,
# against sqlite3's own .import of the same CSV into the same table, in the same run.
# Prints figures; asserts nothing. Usage: tests/benchmarks/import.sh [rows] [scale]
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-100000}
scale=${2:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || tests/install-prerequisites.sh

# Published ReadyToRun, as a server that runs scheduled loads would deploy it: compiled ahead
# of time, so a one-shot process does not spend its first second in the JIT.
echo "== Publishing shao (Release, ReadyToRun)"
dotnet publish src/ShaOversight.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/shao" --nologo -v quiet -clp:ErrorsOnly
shao="$work/shao/shao"

echo "== Generating a scale-$scale database (takes a minute or two at scale 100)"
"$shao" generate --scale "$scale" --database "$work/base.db"

echo "== Writing $rows rows of returns: every month of every contract's term, in contract order"
sqlite3 -csv "$work/base.db" > "$work/body.csv" <<SQL
WITH RECURSIVE months(ContractId, Reference, Month, EndsOn) AS (
  SELECT Id, Reference, date(StartsOn, 'start of month'), EndsOn FROM Contracts
  UNION ALL
  SELECT ContractId, Reference, date(Month, '+1 month'), EndsOn FROM months WHERE date(Month, '+1 month') <= EndsOn)
SELECT Reference, strftime('%m/%Y', Month),
       printf('%.2f', 1000 + (ContractId * 37 + CAST(strftime('%m', Month) AS INTEGER) * 101) % 90000),
       -- Validated is blank for one month in five, and otherwise 80-99% of claimed: never more.
       CASE WHEN (ContractId + CAST(strftime('%m', Month) AS INTEGER)) % 5 = 0 THEN ''
            ELSE printf('%.2f', (1000 + (ContractId * 37 + CAST(strftime('%m', Month) AS INTEGER) * 101) % 90000)
                                * (80 + (ContractId + CAST(strftime('%m', Month) AS INTEGER)) % 20) / 100.0) END
FROM months ORDER BY ContractId, Month LIMIT $rows;
SQL
{ printf 'Contract reference,Month,Claimed (£),Validated (£)\r\n'; cat "$work/body.csv"; } > "$work/returns.csv"
written=$(($(wc -l < "$work/returns.csv") - 1))
echo "   $written rows, $(du -h "$work/returns.csv" | cut -f1)"
held=$(sqlite3 "$work/base.db" "SELECT COUNT(*) FROM MonthlyReturns")
# The first row alone, to show what a load costs before the file's length counts at all.
head -n 2 "$work/returns.csv" > "$work/one-row.csv"

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
runs=3
best() { printf '%s\n' "$@" | sort -n | head -n 1; }

# Each run starts from a fresh copy of the same database; the best of three is reported for
# each way, so a busy moment on a shared machine does not decide the comparison.
app_times=(); floor_times=(); sqlite_times=(); import_times=()
for run in $(seq "$runs"); do
  echo "== Run $run of $runs"
  cp "$work/base.db" "$work/app.db"
  started=$(now)
  "$shao" import monthly-returns "$work/returns.csv" --database "$work/app.db" --operator benchmark
  app_times+=("$(calc "$(now) - $started")")

  cp "$work/base.db" "$work/floor.db"
  started=$(now)
  "$shao" import monthly-returns "$work/one-row.csv" --database "$work/floor.db" --operator benchmark >/dev/null
  floor_times+=("$(calc "$(now) - $started")")

  cp "$work/base.db" "$work/sqlite.db"
  started=$(now)
  sqlite3 "$work/sqlite.db" ".import --csv $work/returns.csv staging"
  import_times+=("$(calc "$(now) - $started")")
  cp "$work/base.db" "$work/sqlite.db"
  started=$(now)
  sqlite3 "$work/sqlite.db" <<SQL
BEGIN;
.import --csv $work/returns.csv staging
INSERT INTO MonthlyReturns (ContractId, Month, Claimed, Validated, Version)
SELECT c.Id, substr(s.Month, 4, 4) || '-' || substr(s.Month, 1, 2) || '-01', s."Claimed (£)", NULLIF(s."Validated (£)", ''), 0
FROM staging s JOIN Contracts c ON c.Reference = s."Contract reference"
WHERE 1 ON CONFLICT (ContractId, Month) DO UPDATE SET Claimed = excluded.Claimed, Validated = excluded.Validated, Version = Version + 1;
DROP TABLE staging;
COMMIT;
SQL
  sqlite_times+=("$(calc "$(now) - $started")")
done
app_seconds=$(best "${app_times[@]}")
floor_seconds=$(best "${floor_times[@]}")
sqlite_seconds=$(best "${sqlite_times[@]}")
import_only=$(best "${import_times[@]}")

app_rows=$(sqlite3 "$work/app.db" "SELECT COUNT(*) FROM MonthlyReturns")
sqlite_rows=$(sqlite3 "$work/sqlite.db" "SELECT COUNT(*) FROM MonthlyReturns")
same=$(sqlite3 "$work/app.db" "ATTACH '$work/sqlite.db' AS other; SELECT COUNT(*) FROM (SELECT ContractId, Month, Claimed + 0, Validated + 0, Version FROM MonthlyReturns EXCEPT SELECT ContractId, Month, Claimed + 0, Validated + 0, Version FROM other.MonthlyReturns)")
echo
echo "== Figures ($written rows; $held returns held before; best of $runs runs each)"
printf '  shao import (whole process)      %6.2f s  %8.0f rows/s  -> %s returns held\n' "$app_seconds" "$(calc "$written / $app_seconds")" "$app_rows"
printf '  shao import of one row           %6.2f s  (start-up and fixed costs)\n' "$floor_seconds"
printf '  sqlite3 .import + upsert         %6.2f s  %8.0f rows/s  -> %s returns held\n' "$sqlite_seconds" "$(calc "$written / $sqlite_seconds")" "$sqlite_rows"
printf '  sqlite3 .import alone (staging)  %6.2f s\n' "$import_only"
printf '  returns that differ between the two databases: %s\n' "$same"
printf '  ratio app / sqlite3 upsert       %6.2f (target: 2 or less)\n' "$(calc "$app_seconds / $sqlite_seconds")"
printf '  ratio one-row app / sqlite3      %6.2f\n' "$(calc "$floor_seconds / $sqlite_seconds")"
