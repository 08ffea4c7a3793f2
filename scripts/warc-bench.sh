#!/bin/sh
# WARC input against the same pages as files: records per second and peak memory of both.
#
#   scripts/warc-bench.sh [RECORDS] [JOBS]      (default 10002 records, --jobs 2)
#
# Builds, under a temporary folder, one WARC/1.1 file (a gzip member per record) holding the
# fixture pages over and over (RECORDS in all) and a folder holding the same pages as files,
# then runs `article-parser extract --format jsonl` (release build) on each and reports the
# wall time, pages per second and peak resident memory (GNU time's maximum RSS).
set -eu
records=${1:-10002}
jobs=${2:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
binary="$root/.build/release/article-parser"
[ -x "$binary" ] || swift build -c release --product article-parser --package-path "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pages=$(ls "$root"/Fixtures/pages/*/source.html | wc -l)
copies=$(( (records + pages - 1) / pages ))
python3 "$root/examples/spark/make_fixture_warcs.py" "$work/warc" --files 1 --copies "$copies" > /dev/null
mkdir -p "$work/files"
n=0
while [ $n -lt "$copies" ]; do
    for page in "$root"/Fixtures/pages/*/source.html; do
        cp "$page" "$work/files/$n-$(basename "$(dirname "$page")").html"
    done
    n=$((n + 1))
done
measure() {
    label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$binary" extract --format jsonl --quiet --jobs "$jobs" "$@" > "$work/out.jsonl" || true
    read -r seconds kilobytes < "$work/time"
    lines=$(wc -l < "$work/out.jsonl")
    echo "$label: $lines records in ${seconds}s, $(echo "$lines / $seconds" | bc) pages/s, peak RSS $((kilobytes / 1024)) MB"
}
measure "WARC ($(du -h "$work"/warc/*.warc.gz | cut -f1) gzip)" "$work"/warc/*.warc.gz
measure "files" "$work/files"
