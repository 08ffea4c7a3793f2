#!/usr/bin/env bash
# Scores the release build on the shared development corpora, for each focus setting.
#   scripts/eval.sh [balanced|precision|recall ...]
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval
[ -d "$eval_dir" ] || { echo "scripts/eval.sh: $eval_dir not found (the corpora live outside the repo)" >&2; exit 2; }
swift build -c release --product article-parser >/dev/null
focuses=("$@")
[ ${#focuses[@]} -gt 0 ] || focuses=(balanced)
for focus in "${focuses[@]}"; do
    echo "== focus: $focus"
    "$eval_dir/run_eval.sh" --jobs 2 --out "${TMPDIR:-/tmp}/article-parser-eval-$focus" \
        .build/release/article-parser extract --format jsonl --focus "$focus" 2>/dev/null | tail -n 2
done
