#!/usr/bin/env bash
# Times ArticleParser, trafilatura and resiliparse on the same pages in the same run and prints
# one table. The peers are installed from PyPI into a virtual environment outside the repo.
#   scripts/compare-peers.sh [--repetitions N] [--sample N] [CORPUS_DIR_OR_FILE ...]
# Pages default to article-bench's defaults. Each repetition runs the three tools one after the
# other, so drift on a shared machine hits them alike; the table shows medians, and the ratio to
# ours is the median of the per-repetition ratios (with their range). Only extraction
# is timed: imports, file reading and (for ours) process start are outside the clocks.
# (lxml 6 moved lxml.html.clean, which trafilatura imports, into lxml_html_clean.)
set -euo pipefail
cd "$(dirname "$0")/.."

repetitions=3
bench_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --repetitions) repetitions="$2"; shift 2 ;;
        --sample) bench_args+=(--sample "$2"); shift 2 ;;
        *) bench_args+=("$1"); shift ;;
    esac
done

venv="${TMPDIR:-/tmp}/article-bench-peers"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -c 'import trafilatura, resiliparse' 2>/dev/null \
    || "$venv/bin/pip" install --quiet 'trafilatura==2.3.1' lxml_html_clean resiliparse >&2

swift build -c release --product article-bench >&2
bench=.build/release/article-bench
pages="$(mktemp "${TMPDIR:-/tmp}/article-bench-pages.XXXXXX")"
trap 'rm -f "$pages"' EXIT
"$bench" --list-pages "${bench_args[@]+"${bench_args[@]}"}" > "$pages"

"$venv/bin/python" - "$bench" "$pages" "$repetitions" <<'PY'
import statistics, subprocess, sys, time, os, platform
bench, page_list, repetitions = sys.argv[1], sys.argv[2], int(sys.argv[3])
paths = [p for p in open(page_list, "rb").read().decode("utf-8").split("\0") if p]
pages = [open(p, "rb").read() for p in paths]
total_bytes = sum(len(p) for p in pages)

import trafilatura
from importlib.metadata import version
import resiliparse
from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.encoding import bytes_to_str, detect_encoding
from resiliparse.parse.html import HTMLTree

def run_trafilatura(data):
    return trafilatura.extract(data)

def run_resiliparse(data):
    tree = HTMLTree.parse(bytes_to_str(data, detect_encoding(data)))
    return extract_plain_text(tree, main_content=True)

def timed(function):
    wall, cpu = time.perf_counter(), time.process_time()
    for data in pages:
        try:
            function(data)
        except Exception:
            pass
    return time.perf_counter() - wall, time.process_time() - cpu

def ours():
    out = subprocess.run([bench, "--throughput", "--repetitions", "1", "--pages-from", page_list],
                         check=True, capture_output=True, text=True).stdout
    rows = {}
    for line in out.strip().splitlines():
        name, _, _, wall, cpu = line.split("\t")
        rows[name] = (float(wall), float(cpu))
    return rows

results = {}
def record(name, wall, cpu):
    results.setdefault(name, ([], []))
    results[name][0].append(wall)
    results[name][1].append(cpu)

# Warm-up: one pass of each peer (ours warms up inside article-bench).
timed(run_trafilatura); timed(run_resiliparse)
for repetition in range(repetitions):
    for name, (wall, cpu) in ours().items():
        record(name, wall, cpu)
    record("trafilatura %s (extract, defaults)" % trafilatura.__version__, *timed(run_trafilatura))
    record("resiliparse %s (main_content=True)" % version("resiliparse"), *timed(run_resiliparse))

mb = total_bytes / 1e6
load = open("/proc/loadavg").read().split()[:3]
print(f"{len(pages)} pages, {mb:.1f} MB; {repetitions} repetitions after a warm-up, medians; "
      f"{os.cpu_count()} cores, load average at the end {' '.join(load)}; Python {platform.python_version()}")
ours_name = "ArticleParser (full extraction)"
ours_cpus = results[ours_name][1]
print(f"{'extractor':42} {'pages/s':>8} {'MB/s wall':>10} {'MB/s CPU':>9} {'ours is (CPU)':>14}  per repetition")
for name, (walls, cpus) in results.items():
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    # Paired within each repetition, as article-bench pairs its passes: drift between
    # repetitions then moves both sides of a ratio.
    ratios = [tool / own for tool, own in zip(cpus, ours_cpus)]
    print(f"{name:42} {len(pages) / wall:8.1f} {mb / wall:10.1f} {mb / cpu:9.1f} {statistics.median(ratios):13.2f}×"
          f"  {min(ratios):.2f}–{max(ratios):.2f}")
PY
