#!/usr/bin/env bash
# Scale benchmark of the supervising office's storage: bulk import, subtree roll-up, dashboard, portal search.
# Usage: bench/oversight/run.sh [--reports 200000] [--connection "Host=…;Username=…;Password=…"] [--database gongkai_bench]
# The connection defaults to $GONGKAI_BENCH_POSTGRES, then $GONGKAI_TEST_POSTGRES; the role must be able to create
# databases. The database named by --database is dropped and created afresh.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project bench/oversight/Gongkai.Bench.Oversight.csproj -- "$@"
