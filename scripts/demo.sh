#!/usr/bin/env bash
# The main job for now: builds suanpan and runs the seed report's figures through it.
# (The samples issue replaces this with the quarterly script on the sample workbook.)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# Quiet unless the build fails, so the figures are what the user sees.
swift build -c release --product suanpan >/tmp/suanpan-build.log 2>&1 || { cat /tmp/suanpan-build.log >&2; exit 1; }
.build/release/suanpan -c "$(cat scripts/seed-figures.sp)"
