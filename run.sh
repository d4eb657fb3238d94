#!/usr/bin/env bash
# Builds gongkai and runs it. Needs only the .NET 10 SDK (`dotnet`); NuGet packages are restored by the build.
#   ./run.sh                 checks the sample reports in ../shared/seeds (two of them have errors: that is expected)
#   ./run.sh ARGS...         runs `gongkai ARGS...`, e.g. ./run.sh extract ../shared/seeds
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The build log is shown only when the build fails.
if ! log=$(dotnet build src/Gongkai.Cli -c Release -nologo -v quiet 2>&1); then
  echo "$log" >&2
  exit 2
fi
gongkai=(dotnet src/Gongkai.Cli/bin/Release/net10.0/gongkai.dll)

if [ $# -gt 0 ]; then
  exec "${gongkai[@]}" "$@"
fi

status=0
"${gongkai[@]}" check ../shared/seeds || status=$?
if [ "$status" -eq 1 ]; then
  echo "（退出码 1：样本中有的报告存在错误，见上表；这正是 check 要指出的）" >&2
  exit 0
fi
exit "$status"
