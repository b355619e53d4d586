#!/usr/bin/env bash
# Builds and runs the test suite under a sanitizer: ./scripts/sanitize.sh address|thread
#
# Each sanitizer has its own build folder (.build-asan, .build-tsan), so that switching
# between them, or back to the plain build, does not rebuild everything. Extra arguments go
# to `swift test` (e.g. --filter HostileInput).
#
# Skipped: CrashSafeSave, which kills 100 saves and reloads each; under a sanitizer every
# run of the binary is several times slower, and the suite already takes two minutes
# without one. What it exercises (the save, the load) runs in the other suites.
#
# Under ThreadSanitizer the binary runs about ten times slower, which two timed tests
# cannot absorb, so they are skipped there too: the pseudo-terminal progress test (it waits a
# bounded time for 1.9 million rows to load) and the export killed 24 times (its 3-minute
# limit). ThreadSanitizer has nothing to say about either beyond what the other tests run.
#
# ThreadSanitizer: scripts/tsan-suppressions.txt lists races reported inside third-party
# code (Foundation, Dispatch), never Suanpan's own; each entry says why.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizer=${1:?usage: scripts/sanitize.sh address|thread [swift test arguments]}
shift
skips=(--skip CrashSafeSave)
case "$sanitizer" in
    address) scratch=.build-asan ;;
    thread)
        scratch=.build-tsan
        skips+=(--skip aTerminalSeesTheRowsReadThenTheResult --skip aKilledExportLeavesTheOldFileOrTheNewOne)
        export TSAN_OPTIONS="suppressions=$PWD/scripts/tsan-suppressions.txt halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
        ;;
    *) echo "usage: scripts/sanitize.sh address|thread [swift test arguments]" >&2; exit 2 ;;
esac
# Stop at the first report, so that a finding fails the run instead of scrolling past.
export ASAN_OPTIONS="halt_on_error=1 detect_leaks=0 ${ASAN_OPTIONS:-}"
swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch"
swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" "${skips[@]}" "$@"
