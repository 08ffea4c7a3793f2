#!/usr/bin/env bash
# Parses the development corpora serially and then on 64 threads at once, and checks that every
# page's JSON is byte-identical between the two runs. Needs ../shared/corpora (not part of the
# package; the unit tests never read it).
#
#   scripts/concurrency-check.sh [files or folders...]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -eq 0 ]; then
    set -- ../shared/corpora/trafilatura-eval/html ../shared/corpora/readability
fi
swift build -c release --product FuzzArticleParser
.build/release/FuzzArticleParser concurrency "$@"
