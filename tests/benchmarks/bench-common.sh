# Sourced by pages.sh and circuits.sh, from the repository root: a temporary work folder, the
# published web app and shao (Release), generated databases, and servers stopped on exit.
work=$(mktemp -d)
# BENCH_DATA=<folder> keeps the generated databases there between runs (scale 100 takes minutes to make).
data=${BENCH_DATA:-$work}
mkdir -p "$data"
servers=()
cleanup() { for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

build_release() {
  dotnet publish src/ShaOversight.Web -c Release -o "$work/web" --nologo -v quiet -clp:ErrorsOnly
  dotnet build src/ShaOversight.Cli -c Release --nologo -v quiet -clp:ErrorsOnly
  dotnet build tests/benchmarks/WebBenchmark -c Release --nologo -v quiet -clp:ErrorsOnly
}

shao() { dotnet "$root/src/ShaOversight.Cli/bin/Release/net10.0/shao.dll" "$@"; }

# A fresh copy of a scale's database for this run, generated once per BENCH_DATA folder.
database() { [ -f "$data/scale$1.db" ] || shao generate --scale "$1" --database "$data/scale$1.db"; cp "$data/scale$1.db" "$work/run$1.db"; }

# Starts the published web app ($work/web) on a database, in Production with demo sign-in
# allowed, and waits until it answers. Adds its pid to servers.
start_server() {
  local database=$1 port=$2 log=$3
  ( cd "$work/web" && ASPNETCORE_ENVIRONMENT=Production DemoSignIn__Enabled=true DemoSignIn__AllowOutsideDevelopment=true \
      Database__Provider=Sqlite ConnectionStrings__ShaOversight="Data Source=$database" \
      exec dotnet ShaOversight.Web.dll --urls "http://127.0.0.1:$port" ) > "$log" 2>&1 &
  servers+=("$!")
  for _ in $(seq 120); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "The server on port $port did not become ready; its log:" >&2
  cat "$log" >&2
  return 1
}
