#!/usr/bin/env bash
# Load with checks: N clerks register and close applications (agencies 1 and 2) while the supervisor uploads generated
# reports (one in four a duplicate on purpose), then every success is checked against the database, the computed annual
# report and the audit log (bench/load/Program.cs). Exit status non-zero on any mismatch.
# Usage: bench/load/run.sh [seconds, default 60] [clerks, default 16] [-- extra options for Gongkai.Load]
#   Starts the Release app on a temporary SQLite database; with -- --postgres CONNECTION on that PostgreSQL database instead
#   (created and migrated by the app; existing cases are counted as a baseline). With --url URL and --sqlite FILE or
#   --postgres CONNECTION an app already running is loaded (its demonstration users' password: --password, default Gongkai-2026).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
seconds=${1:-60}
clerks=${2:-16}
shift $(( $# > 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift
extra=("$@")

dotnet build bench/load -c Release -v q -nologo >/dev/null
load_dll=$root/bench/load/bin/Release/net10.0/Gongkai.Load.dll

if [[ " ${extra[*]-} " == *" --url "* ]]; then
  exec dotnet "$load_dll" --seconds "$seconds" --clerks "$clerks" "${extra[@]}"
fi

web_dll=$root/src/Gongkai.Web/bin/Release/net10.0/Gongkai.Web.dll
postgres=
for ((i = 0; i < ${#extra[@]}; i++)); do [ "${extra[$i]}" = "--postgres" ] && postgres=${extra[$((i + 1))]:-}; done
tmp=$(mktemp -d)
provider=sqlite
[ -n "$postgres" ] && provider=postgres
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
web=http://127.0.0.1:$port
password=Gongkai-2026
(cd "$tmp" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$web" \
  Database__Provider="$provider" ConnectionStrings__Gongkai="${postgres:-Data Source=$tmp/gongkai.db}" \
  SampleData__Enabled=true SampleData__Cases=false SampleData__Password="$password" Logging__LogLevel__Default=Warning \
  dotnet "$web_dll" --contentRoot "$root/src/Gongkai.Web" >"$tmp/web.log" 2>&1) &
pid=$!
for _ in $(seq 120); do
  curl -sf -o /dev/null "$web/Account/Login" && break
  sleep 0.5
done
curl -sf -o /dev/null "$web/Account/Login" || { echo "the app did not start; log:" >&2; cat "$tmp/web.log" >&2; exit 1; }
db=(--sqlite "$tmp/gongkai.db")
[ -n "$postgres" ] && db=()
echo "$(nproc) CPUs, $(dotnet --version), $provider" >&2
status=0
dotnet "$load_dll" --url "$web" "${db[@]}" --password "$password" --seconds "$seconds" --clerks "$clerks" "${extra[@]}" || status=$?
if grep -q -E "fail|crit" "$tmp/web.log"; then echo "app log (errors):" >&2; grep -E -A3 "fail|crit" "$tmp/web.log" | head -40 >&2; fi
exit $status
