#!/bin/sh
# Builds the libFuzzer targets and runs each for a while.
#
#   Tests/Fuzz/run.sh [seconds per target, default 60] [target…]
#
# Targets: FuzzReview (review files end to end), FuzzCatalog (catalog files
# through CatalogLoader). Each fuzzes into a scratch corpus seeded from
# Corpus/<target> (the committed, minimised corpus) and Seeds/<target>;
# crashes, timeouts and OOMs land in .fuzz/<target>/artifacts. Replay one with
#   .build/release/<target> <file>
# and put it in Regressions/ once fixed (FuzzRegressionTests replays them).
# MERGE=1 minimises the scratch corpus back into Corpus/<target> (by edges,
# not counters, to keep it small; the committed corpus is about 200 files).
# Inputs run on a 512 KB-stack thread (PRR_FUZZ_STACK_KB; 0 = main thread).
set -eu
cd "$(dirname "$0")"
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-FuzzReview FuzzCatalog}

# -sanitize=fuzzer links the toolchain's libFuzzer; address adds ASan.
# -Xcc instruments the C code built from source too (libyaml inside Yams).
# libcmark is the system library and is not instrumented.
swift build -c release \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xcc -fsanitize=fuzzer-no-link,address

status=0
for target in $targets; do
    work=.fuzz/$target
    mkdir -p "$work/corpus" "$work/artifacts" "Corpus/$target"
    echo "== $target for ${seconds}s"
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} ".build/release/$target" \
        "$work/corpus" "Corpus/$target" "Seeds/$target" -dict="$target.dict" \
        -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$work/artifacts/" -print_final_stats=1 || status=$?
    if [ "${MERGE:-0}" = 1 ]; then
        mkdir -p "$work/merged"
        ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} ".build/release/$target" -merge=1 \
            -use_counters=0 -use_value_profile=0 -max_len=65536 -timeout=10 "$work/merged" "Corpus/$target" "$work/corpus"
        rm -rf "Corpus/$target" && mv "$work/merged" "Corpus/$target"
    fi
done
exit $status
