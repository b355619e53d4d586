#!/usr/bin/env bash
# Builds the fuzz targets and runs each for SECONDS (default 30), one after another, from
# its committed seeds (Fuzz/Corpus/TARGET) and what earlier runs found
# (Fuzz/.build/corpus/TARGET, not committed). Prints each target's executions; exits 1 when
# any target found a crash, a timeout or an out-of-memory (the input is kept in
# Fuzz/.build/artifacts/). Usage: Fuzz/run.sh [SECONDS] [TARGET…]
# FUZZ_RUNS=N runs each target for N inputs instead of a time. FUZZ_SANITIZERS=fuzzer builds
# without AddressSanitizer: two to three times the executions a second, for the long runs
# (the Swift code is memory-safe outside the CSV scanner's buffers, which ASan runs cover).
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}
# CI=true: the same mutations every run (a fixed seed and a fixed number of inputs rather than
# a time), so that CI passes or fails on the code, never on the luck of one run.
if [ "${CI:-}" = "true" ]; then
    limit=(-seed=1 -runs="${FUZZ_RUNS:-3000}"); budget="${FUZZ_RUNS:-3000} inputs, seed 1"
elif [ -n "${FUZZ_RUNS:-}" ]; then
    limit=(-runs="$FUZZ_RUNS"); budget="$FUZZ_RUNS inputs"
else
    limit=(-max_total_time="$seconds"); budget="$seconds s"
fi
if [ $# -gt 0 ]; then shift; fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz-formula fuzz-statements fuzz-template fuzz-csv fuzz-xlsx)
fi

# lld: gold fails with an internal error linking these executables.
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
budget="$budget, -sanitize=$sanitizers"
flags=(-c release -Xswiftc -sanitize="$sanitizers" -Xswiftc -use-ld=lld)
# Each sanitizer set builds in its own folder, so switching does not rebuild the other.
if [ "$sanitizers" != "fuzzer,address" ]; then flags+=(--scratch-path ".build-${sanitizers//,/-}"); fi
swift build "${flags[@]}" 2>&1 | grep -v "ld.gold: warning\|prohibited flag" || true
bin=$(swift build "${flags[@]}" --show-bin-path)

# Swift's reference cycles and caches are reported as leaks at exit; they are not what
# these runs look for. Swift's backtracer would race ASan's report of a crash.
export ASAN_OPTIONS=detect_leaks=0
export SWIFT_BACKTRACE=enable=no

failed=0
for target in "${targets[@]}"; do
    case $target in
        fuzz-xlsx) max_len=32768 ;;
        fuzz-csv) max_len=8192 ;;
        *) max_len=4096 ;;
    esac
    mkdir -p ".build/corpus/$target" .build/artifacts .build/logs
    log=".build/logs/$target.log"
    echo "== $target: $budget"
    status=0
    "$bin/$target" "${limit[@]}" -timeout=30 -rss_limit_mb=2048 -max_len="$max_len" \
        -print_final_stats=1 -artifact_prefix=".build/artifacts/$target-" \
        ".build/corpus/$target" "Corpus/$target" >"$log" 2>&1 || status=$?
    executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "$target: $executions executions ($budget; exit $status; log $PWD/$log)"
    if [ "$status" -ne 0 ]; then
        failed=1
        grep -E "ERROR|Fatal error|Test unit written" "$log" | head -5 || true
    fi
done
exit $failed
