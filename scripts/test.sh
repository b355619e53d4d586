#!/usr/bin/env bash
# Installs what the build needs when it is missing, then builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! pkg-config --exists readline 2>/dev/null; then
    apt-get update -qq && apt-get install -y -qq libreadline-dev pkg-config >/dev/null
fi
swift build --build-tests
swift test --skip-build
