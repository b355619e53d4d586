#!/usr/bin/env bash
# Installs what the build needs when it is missing, then builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build --build-tests
swift test --skip-build
# The benchmark's smoke run: suanpan's answers on a 10,000-row ledger, checked exactly
# (10–30 s; nothing is timed here — speed is measured by Benchmarks/run.sh, SPEC §11).
Benchmarks/run.sh --smoke --suanpan .build/debug/suanpan
# In CI only: every fuzz target from its seeds, with a fixed seed and 3,000 inputs each
# (about 30 s; Fuzz/README.md). The release build with the fuzzer and ASan takes about 2.5
# minutes from scratch; with the runs, about 5 minutes in all.
if [ "${CI:-}" = "true" ]; then
    Fuzz/run.sh 30
fi
