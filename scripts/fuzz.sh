#!/usr/bin/env bash
# Builds the libFuzzer target over ArticleParser.parse(bytes:) and runs it on one core.
#
#   scripts/fuzz.sh                          # 10 minutes, libFuzzer + AddressSanitizer
#   scripts/fuzz.sh -runs=1000000            # extra arguments go to libFuzzer
#   FUZZ_SECONDS=3600 scripts/fuzz.sh
#   FUZZ_SANITIZERS=fuzzer scripts/fuzz.sh   # about 3x the executions, no ASan (replay the
#                                            # corpus under ASan afterwards: -runs=0)
#
# Builds go to .build-fuzz-<sanitizers> (release); the corpus grows in .build-fuzz/corpus,
# crashes land in .build-fuzz/findings. Seeds: the fixture pages and scripts/fuzz/seeds.
# See docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers="${FUZZ_SANITIZERS:-fuzzer,address}"
scratch=".build-fuzz-${sanitizers//,/-}"
swift build -c release --product FuzzArticleParser --scratch-path "$scratch" \
    -Xswiftc -sanitize="$sanitizers" -Xswiftc -DFUZZING -Xswiftc -parse-as-library \
    2>&1 | grep -v "Cannot export local symbol" || true
binary="$scratch/release/FuzzArticleParser"
test -x "$binary"

mkdir -p .build-fuzz/corpus .build-fuzz/findings .build-fuzz/seeds
cp scripts/fuzz/seeds/* .build-fuzz/seeds/
for page in Fixtures/pages/*/source.html; do
    cp "$page" ".build-fuzz/seeds/$(basename "$(dirname "$page")").html"
done

ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=2}" exec nice -n 10 "$binary" \
    .build-fuzz/corpus .build-fuzz/seeds \
    -dict=scripts/fuzz/html.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=.build-fuzz/findings/ -print_final_stats=1 \
    -max_total_time="${FUZZ_SECONDS:-600}" "$@"
