#!/usr/bin/env bash
# Publishes the `gongkai` command line to .build/cli for this machine's runtime identifier, compiled ahead of time.
# ReadyToRun, framework-dependent (the default): a run over one file spends most of its time JIT-compiling otherwise.
# GONGKAI_CLI_BUILD=aot: Native AOT instead — one native executable, no JIT at all: a batch takes ~23 % less CPU and
# one file's start ~85 % less, but the publish compiles the whole program to machine code (~3.5 CPU-minutes, 2.2 GB,
# after any change), so it is not the default for ./run.sh (docs/benchmarks.md, "fourth pass: how the CLI is built").
# AOT links with the native toolchain: a C compiler driver (clang, clang-N or gcc), binutils' ld.bfd and objcopy
# (Debian: clang or gcc); zlib and brotli come inside the SDK's package. Without them, or when the AOT link fails,
# ReadyToRun, with one line on stderr saying so: ./run.sh ARGS needs only the .NET SDK. The build log is shown only
# when the build fails. ./run.sh, bench/extract/run.sh and tests/Gongkai.Tests/Cli/NativeCliTests.cs call it.
# GONGKAI_CLI_OUT=DIR publishes into DIR instead of .build/cli: the AOT test uses its own folder, so that it never
# replaces the build ./run.sh ARGS uses (which would then have to publish ReadyToRun again).
set -euo pipefail
cd "$(dirname "$0")/.."
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
out=${GONGKAI_CLI_OUT:-.build/cli}
mode=${GONGKAI_CLI_BUILD:-r2r}

publish() {
  # A folder published the other way would keep the other build's files: start it again. A folder given in
  # GONGKAI_CLI_OUT is cleared only when this script's mark shows it made it.
  local was
  was=$(cat "$out/.built-as" 2>/dev/null || true)
  if [ "$was" != "$1" ] && { [ -n "$was" ] || [ "$out" = .build/cli ]; }; then rm -rf "$out"; fi
  shift
  log=$(dotnet publish src/Gongkai.Cli -c Release -r "${rid:-linux-x64}" -o "$out" -nologo -v quiet "$@" 2>&1)
}

if [ "$mode" = aot ]; then
  # The C compiler driver for the link: the SDK looks for `clang`, then `gcc`; Debian's clang-14 has no plain `clang`.
  cc=
  for c in clang $(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -t- -k2 -rn) gcc; do
    if command -v "$c" >/dev/null 2>&1; then cc=$c; break; fi
  done
  if [ -z "$cc" ] || ! command -v ld.bfd >/dev/null 2>&1 \
      || ! { command -v objcopy >/dev/null 2>&1 || command -v llvm-objcopy >/dev/null 2>&1; }; then
    echo "未找到 Native AOT 所需的 C 编译器和链接器（clang 或 gcc、binutils），命令行改用 ReadyToRun 编译" >&2
  elif publish aot -p:GongkaiAot=true -p:CppCompilerAndLinker="$cc"; then
    echo aot > "$out/.built-as"
    exit 0
  else
    # The toolchain was found but the AOT build failed (a broken install, or the code): ReadyToRun says which.
    echo "Native AOT 编译失败（$(grep -m1 -E 'error|错误' <<< "$log" | cut -c1-200)），命令行改用 ReadyToRun 编译" >&2
  fi
fi
if ! publish r2r --self-contained false -p:PublishReadyToRun=true; then
  echo "$log" >&2
  exit 2
fi
echo r2r > "$out/.built-as"
