#!/usr/bin/env bash
# A whole `gongkai extract` process over N damaged report texts (default 5000), one file's cold start, and the
# in-process figures (`gongkai bench`: reports/s, KB allocated per report) on the same texts. docs/benchmarks.md.
# Usage: bench/extract/run.sh [N]
# The CLI is timed as ./run.sh runs it: published by scripts/publish-cli.sh, ReadyToRun, or Native AOT with
# GONGKAI_CLI_BUILD=aot (the build timed is printed). The load average is printed with every wall-clock figure: on a
# shared machine, judge by CPU time and allocations.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-5000}
scripts/publish-cli.sh
dotnet build bench/extract -c Release -v quiet -nologo >/dev/null
gongkai=.build/cli/gongkai
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
bench/extract/bin/Release/net10.0/Gongkai.Bench.Extract make "$dir/texts" "$n"
files=("$dir"/texts/*)  # not `ls | head`: under pipefail, ls dies of SIGPIPE on a long listing
one=${files[0]##*/}

echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; the CLI built as $(cat .build/cli/.built-as)"
echo "== whole process: gongkai extract over $n texts (stdout to a file)"
hyperfine --warmup 1 --runs 5 --export-markdown "$dir/whole.md" "$gongkai extract $dir/texts > $dir/out.jsonl"
/usr/bin/time -f "CPU %U s user + %S s system, peak %M KB" "$gongkai" extract "$dir/texts" > "$dir/out.jsonl"
echo "$(wc -l < "$dir/out.jsonl") records"
echo "== cold start: one text"
hyperfine --warmup 3 --runs 30 "$gongkai extract $dir/texts/$one > /dev/null"
echo "== in-process (gongkai bench on the same texts)"
"$gongkai" bench --seeds "$dir/texts" --generated 0 --min-seconds 3
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
