#!/usr/bin/env bash
# Runs every test of the solution with a TRX logger and ends with one line: "Tests: N passed, N failed".
# Exits non-zero when a test failed or the build did. Extra arguments go to `dotnet test` (e.g. --filter ...).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=TestResults
rm -rf "$results"
dotnet test Gongkai.slnx --logger trx --results-directory "$results" "$@"
status=$?

# Sum the counters of every TRX file: <Counters total=".." executed=".." passed=".." failed=".." error=".." timeout=".." aborted=".." notExecuted=".." ...>
count() {
  local name=$1 sum=0 n
  while read -r n; do sum=$((sum + n)); done < <(
    find "$results" -name '*.trx' -exec grep -ho "<Counters [^>]*" {} + 2>/dev/null | grep -o " $name=\"[0-9]*\"" | grep -o '[0-9]*')
  echo "$sum"
}
passed=$(count passed)
failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
skipped=$(( $(count total) - $(count executed) ))

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status (build error or test host crash; see above)" >&2
fi
if [ "$skipped" -gt 0 ]; then
  echo "Tests: $passed passed, $failed failed, $skipped skipped"
else
  echo "Tests: $passed passed, $failed failed"
fi
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
