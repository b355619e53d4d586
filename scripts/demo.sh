#!/usr/bin/env bash
# The main job on the sample workbooks: builds suanpan, runs the quarterly analysis of the
# sample ledger (scripts/quarterly.sp) and regenerates the seed report's figures
# (scripts/seed-report.sp), then prints what they wrote into out/.
#   ./scripts/demo.sh [QUARTER]      # the quarter to analyse, 3 by default
set -euo pipefail
cd "$(dirname "$0")/.."
quarter="${1:-3}"
./scripts/install-deps.sh
# Quiet unless the build fails, so that the figures are what the user sees.
swift build -c release --product suanpan >/tmp/suanpan-build.log 2>&1 || { cat /tmp/suanpan-build.log >&2; exit 1; }
suanpan=.build/release/suanpan

echo "== suanpan run scripts/quarterly.sp --set quarter=$quarter"
"$suanpan" run scripts/quarterly.sp --strict --set quarter="$quarter" --set 输出=out
echo
echo "== out/2022年第${quarter}季度-执行情况.txt"
cat "out/2022年第${quarter}季度-执行情况.txt"
echo
echo "== suanpan run scripts/seed-report.sp"
"$suanpan" run scripts/seed-report.sp --set 输出=out
echo
echo "== out/seed-section-2.txt"
cat out/seed-section-2.txt
echo
echo "Also written: out/2022年第${quarter}季度-部门执行.csv (for Excel), out/seed-section-2.md, out/seed-section-3.txt"
