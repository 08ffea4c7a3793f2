#!/usr/bin/env bash
# Runs the test suite under the sanitizers that work on Linux with this toolchain.
#
#   scripts/sanitizers.sh address    # ASan + LSan, build in .build-asan
#   scripts/sanitizers.sh thread     # TSan, build in .build-tsan
#   scripts/sanitizers.sh valgrind   # memcheck over the parser on every hostile input (release)
#   scripts/sanitizers.sh            # all three
#
# Extra arguments go to `swift test` (e.g. --filter). See docs/reliability.md for timings.
set -euo pipefail
cd "$(dirname "$0")/.."
# Instrumented debug code is 5-50x slower: give the hostile-input tests a longer time limit.
export ARTICLEPARSER_TEST_TIME_LIMIT="${ARTICLEPARSER_TEST_TIME_LIMIT:-300}"

run_address() {
    # LeakSanitizer reports the test frameworks' own allocations that live until exit; the
    # suppressions name those libraries only, so a leak in our code or libxml2 still fails.
    LSAN_OPTIONS="suppressions=$PWD/scripts/sanitizers/lsan.supp:print_suppressions=0" \
        swift test --sanitize=address --scratch-path .build-asan "$@"
}

run_thread() {
    TSAN_OPTIONS="suppressions=$PWD/scripts/sanitizers/tsan.supp" \
        swift test --sanitize=thread --scratch-path .build-tsan "$@"
}

run_valgrind() {
    # valgrind 3.19 crashes on Swift Testing's runner (dispatch_main on the main thread), so
    # memcheck runs the parser through the concurrency checker instead: every hostile input of
    # HostileInputTests (scripts/sanitizers/hostile-inputs.py), the fuzz seeds and the fixture
    # pages, parsed serially and then on 64 threads, release build.
    swift build -c release --product FuzzArticleParser
    python3 scripts/sanitizers/hostile-inputs.py .build-valgrind/inputs
    valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9 \
        --suppressions="$PWD/scripts/sanitizers/valgrind.supp" \
        .build/release/FuzzArticleParser concurrency .build-valgrind/inputs scripts/fuzz/seeds Fixtures/pages "$@"
    # Again with time limits short enough to stop libxml2 from inside its callbacks (outputs
    # then differ between runs, so only valgrind's verdict counts here).
    for milliseconds in 4000 12000; do
        ARTICLEPARSER_TIME_LIMIT_MS=$milliseconds valgrind --leak-check=full \
            --errors-for-leak-kinds=definite --error-exitcode=9 \
            --suppressions="$PWD/scripts/sanitizers/valgrind.supp" \
            .build/release/FuzzArticleParser concurrency .build-valgrind/inputs/{stray-end-tags,text-node-5mb,nested-1e5}.html \
            || [ $? -eq 1 ]
    done
}

case "${1:-all}" in
    address) shift; run_address "$@" ;;
    thread) shift; run_thread "$@" ;;
    valgrind) shift; run_valgrind "$@" ;;
    all) run_address; run_thread; run_valgrind ;;
    *) echo "usage: $0 [address|thread|valgrind|all] [swift test arguments]" >&2; exit 2 ;;
esac
