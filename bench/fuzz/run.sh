#!/usr/bin/env bash
# Mutation-fuzzes the readers: bench/fuzz/run.sh [seconds-per-format, default 60] [format...]
# Formats: text pdf docx doc html xlsx (default: all). Findings are minimised into tests/Gongkai.Tests/Ingest/Fixtures/fuzz/<format>/.
# Exits 1 when any input crashed, hung past the bound or went past the memory bound. Extra environment: FUZZ_SEED (RNG seed),
# FUZZ_TIMEOUT (seconds per input, default 10).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
seconds=${1:-60}
shift || true
dotnet build bench/fuzz/Gongkai.Fuzz -c Release -v q -nologo >/dev/null
exe=bench/fuzz/Gongkai.Fuzz/bin/Release/net10.0/Gongkai.Fuzz
args=(--seconds "$seconds" --timeout "${FUZZ_TIMEOUT:-10}" --out tests/Gongkai.Tests/Ingest/Fixtures/fuzz --seeds ../shared/seeds)
if [ -n "${FUZZ_SEED:-}" ]; then args+=(--seed "$FUZZ_SEED"); fi
exec "$exe" "${args[@]}" "$@"
