#!/usr/bin/env bash
# Publishes the `gongkai` command line to .build/cli, compiled ahead of time (ReadyToRun): a run over one file spends
# most of its time JIT-compiling otherwise (docs/benchmarks.md, "gongkai extract"). Framework-dependent, for this
# machine's runtime identifier; the build log is shown only when it fails. ./run.sh and bench/extract/run.sh call it.
set -euo pipefail
cd "$(dirname "$0")/.."
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
if ! log=$(dotnet publish src/Gongkai.Cli -c Release -r "${rid:-linux-x64}" --self-contained false \
      -p:PublishReadyToRun=true -o .build/cli -nologo -v quiet 2>&1); then
  echo "$log" >&2
  exit 2
fi
