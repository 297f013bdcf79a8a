# Sourced by pages.sh and circuits.sh: starts the published web app ($work/web) on a database,
# in Production with demo sign-in allowed, and waits until it answers. Adds its pid to servers.
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
