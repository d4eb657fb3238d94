#!/usr/bin/env bash
# OCR of scanned reports: N generated reports (both templates) rendered to PDF, rasterised at 150 dpi, tilted up to
# ±1°, noised, sealed and wrapped again as image-only PDFs (tests/Gongkai.Tests/Generation/ScanMaker.cs), then read by
# each engine: cells right / null / wrong against the truth, seconds a page, peak memory. docs/ocr.md has the results.
# Usage: bench/ocr/run.sh [N] [FIRST_SEED]     (default 6 scans from seed 101)
set -euo pipefail
cd "$(dirname "$0")/../.."
bench/ocr/fetch-models.sh
dotnet build bench/ocr -c Release -v quiet
bin=bench/ocr/bin/Release/net10.0/Gongkai.Bench.Ocr
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bin" make "$dir" "${1:-6}" "${2:-101}"
for engine in tesseract paddle both; do
  echo "== GONGKAI_OCR_ENGINE=$engine"
  GONGKAI_OCR_ENGINE=$engine /usr/bin/time -f "CPU %U s user + %S s system, peak %M KB" "$bin" run "$dir"
done
