#!/usr/bin/env bash
# Builds Gongkai and runs it. Needs only the .NET 10 SDK (`dotnet`); NuGet packages are restored by the build.
#   ./run.sh                 starts the disclosure office's web application on http://localhost:5000 over an embedded
#                            SQLite database (.data/gongkai.db) filled with sample agencies, users and two years of cases
#   ./run.sh ARGS...         runs the command line `gongkai ARGS...`, e.g. ./run.sh check ../shared/seeds
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

build() {
  # The build log is shown only when the build fails.
  if ! log=$(dotnet build "$1" -c Release -nologo -v quiet 2>&1); then
    echo "$log" >&2
    exit 2
  fi
}

if [ $# -gt 0 ]; then
  # Published ahead of time (ReadyToRun, or Native AOT with GONGKAI_CLI_BUILD=aot) into .build/cli: one file's run is
  # then mostly the work, not the JIT.
  scripts/publish-cli.sh
  exec .build/cli/gongkai "$@"
fi

build src/Gongkai.Web
mkdir -p .data
url=${GONGKAI_URL:-http://localhost:5000}
cat >&2 <<MSG
Gongkai 政府信息公开工作平台：$url
示例账号（密码 Gongkai-2026）：clerk、clerk2（经办人），head（审核人），admin（管理员）；edu-clerk、edu-head 属另一机关
数据库：$(pwd)/.data/gongkai.db（删除即重新生成示例数据）；按 Ctrl+C 退出
MSG
cd src/Gongkai.Web
export ASPNETCORE_URLS="$url" ConnectionStrings__Gongkai="Data Source=$OLDPWD/.data/gongkai.db"
exec dotnet bin/Release/net10.0/Gongkai.Web.dll
