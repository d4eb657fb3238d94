#!/usr/bin/env bash
# Throughput of the web app under wrk, beside a plain Kestrel hello-world on the same machine in the same run.
# Builds Release, starts Gongkai.Web (SQLite, sample data, in a temporary directory) and bench/HelloKestrel on free
# ports, signs in once (the login endpoint is rate limited), then runs `wrk -t2 -c32 -d15s --latency` (after a 3 s
# warm-up) per endpoint and prints requests/s, p50/p99 latency and each as % of hello-world.
# Usage: bench/web/run.sh [duration, default 15s]. Needs wrk (installed with apt-get when missing), curl, python3.
# GONGKAI_BENCH_TARGET=http://127.0.0.1:8080 measures a deployment already running there instead (e.g. two servers
# behind nginx: deploy/local-province.sh up); its sample password must be Gongkai-2026.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
duration=${1:-15s}
threads=2 connections=32

if ! command -v wrk >/dev/null 2>&1; then
  sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo -n)
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk
fi

dotnet build src/Gongkai.Web -c Release -v q -nologo >/dev/null
dotnet build bench/HelloKestrel -c Release -v q -nologo >/dev/null
web_dll=$root/src/Gongkai.Web/bin/Release/net10.0/Gongkai.Web.dll
hello_dll=$root/bench/HelloKestrel/bin/Release/net10.0/HelloKestrel.dll

tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
web_port=$(free_port)
hello_port=$(free_port)
web=http://127.0.0.1:$web_port
hello=http://127.0.0.1:$hello_port

# The password of the demonstration users is SampleDataOptions.Password (src/Gongkai.Web/Data/SampleData.cs).
password=Gongkai-2026
if [ -n "${GONGKAI_BENCH_TARGET:-}" ]; then
  web=${GONGKAI_BENCH_TARGET%/}
else
  (cd "$tmp" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$web" \
    Database__Provider=sqlite ConnectionStrings__Gongkai="Data Source=$tmp/gongkai.db" \
    SampleData__Enabled=true SampleData__Cases=true SampleData__Password="$password" \
    dotnet "$web_dll" --contentRoot "$root/src/Gongkai.Web" >"$tmp/web.log" 2>&1) &
  pids+=($!)
fi
(cd "$tmp" && exec env ASPNETCORE_URLS="$hello" dotnet "$hello_dll" >"$tmp/hello.log" 2>&1) &
pids+=($!)

wait_for() {
  for _ in $(seq 120); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.5
  done
  echo "no answer from $1; log:" >&2
  cat "$tmp"/*.log >&2
  exit 1
}
wait_for "$hello/"
wait_for "$web/Account/Login"

# A bearer token for the API (once: 20 logins a minute per address) and a sign-in cookie for the pages.
token=$(curl -sf -H 'Content-Type: application/json' -d "{\"userName\":\"clerk\",\"password\":\"$password\"}" "$web/api/auth/login" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])')
jar=$tmp/cookies
form_token=$(curl -sf -c "$jar" "$web/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -sf -o /dev/null -b "$jar" -c "$jar" --data-urlencode "UserName=clerk" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$form_token" "$web/Account/Login"
# Both cookies a browser sends: the sign-in and the antiforgery cookie the forms pair with.
cookie="gongkai=$(awk '$6 == "gongkai" { print $7 }' "$jar"); gongkai-af=$(awk '$6 == "gongkai-af" { print $7 }' "$jar")"
bearer="Authorization: Bearer $token"
year=$(( $(date +%Y) - 1 ))
export SUBMITTED
SUBMITTED=$(date -d yesterday +%F)

for check in "$web/api/applications/1" "$web/api/reports/$year"; do
  curl -sf -o /dev/null -H "$bearer" "$check" || { echo "GET $check failed with the token" >&2; exit 1; }
done
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$web/")" = 200 ] || { echo "GET / failed with the cookie" >&2; exit 1; }

results=()
run() {
  local name=$1; shift
  wrk -t"$threads" -c"$connections" -d3s "$@" >/dev/null
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@")
  echo "$out" >"$tmp/${name//[^A-Za-z0-9]/_}.txt"
  local rps p50 p99 bad
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
  results+=("$name|$rps|$p50|$p99|${bad:-0}")
  echo "  $name: $rps req/s" >&2
}

echo "wrk -t$threads -c$connections -d$duration --latency (after a 3 s warm-up), $(nproc) CPUs, $(dotnet --version)" >&2
run "hello-world (Kestrel)" "$hello/"
run "GET /api/me (sign-in only, no DB)" -H "$bearer" "$web/api/me"
run "GET /api/applications/1" -H "$bearer" "$web/api/applications/1"
run "GET /api/applications?open=true" -H "$bearer" "$web/api/applications?open=true"
run "GET / (desk page, cookie)" -H "Cookie: $cookie" "$web/"
run "GET /api/reports/$year" -H "$bearer" "$web/api/reports/$year"
run "POST /api/applications (register)" -H "$bearer" -s "$root/bench/web/register.lua" "$web/api/applications"

base=$(cut -d'|' -f2 <<<"${results[0]}")
printf '\n| %-36s | %10s | %9s | %9s | %13s | %7s |\n' "endpoint" "requests/s" "p50" "p99" "% hello-world" "non-2xx"
echo '|--------------------------------------|-----------:|----------:|----------:|--------------:|--------:|'
for r in "${results[@]}"; do
  IFS='|' read -r name rps p50 p99 bad <<<"$r"
  pct=$(python3 -c "print(f'{100 * $rps / $base:.1f}%')")
  printf '| %-36s | %10s | %9s | %9s | %13s | %7s |\n' "$name" "$rps" "$p50" "$p99" "$pct" "$bad"
done
