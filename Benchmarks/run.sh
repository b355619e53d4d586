#!/usr/bin/env bash
# The SPEC §11 benchmark in one command: suanpan against the installed peers on the generated
# ledger, answers checked before times count, results written to BENCHMARKS.md.
#
#   Benchmarks/run.sh                      # 10,000 and 1,000,000 rows, 5 runs, release build
#   Benchmarks/run.sh --rows 100000 --runs 7
#   Benchmarks/run.sh --smoke --suanpan .build/debug/suanpan   # CI: 10,000 rows, exit 1 if wrong
#
# Peers: Benchmarks/install-peers.sh (apt and PyPI only). Options: Benchmarks/run.sh --help.
# Only Python's standard library is needed here; the peers' venv is used for polars/pandas.
set -euo pipefail
exec python3 "$(dirname "$0")/bench.py" "$@"
