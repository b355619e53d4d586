#!/usr/bin/env bash
# Installs the peers that Benchmarks/run.sh measures suanpan against (SPEC §11), from Debian's
# apt and PyPI only: Miller and sqlite3 from apt; DuckDB's CLI, polars and pandas from PyPI
# into a venv at Benchmarks/.venv (kept out of git). Safe to run again.
#
# PyPI's `duckdb-cli` wheel ships the real DuckDB command-line binary
# (site-packages/duckdb_cli/duckdb). Its `duckdb` console script is a Python wrapper that
# starts that binary, so bench.py runs the binary itself: DuckDB's times carry no Python.
set -euo pipefail
cd "$(dirname "$0")"

if command -v apt-get >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq miller sqlite3 >/dev/null
else
    echo "install-peers.sh: no apt-get here; install miller and sqlite3 yourself" >&2
fi

[ -x .venv/bin/python ] || python3 -m venv .venv || {
    echo "install-peers.sh: python3 -m venv failed (Debian: apt-get install python3-venv)" >&2
    exit 1
}
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q duckdb-cli polars pandas

duckdb="$(.venv/bin/python -c 'import duckdb_cli, os; print(os.path.dirname(duckdb_cli.__file__))')/duckdb"
echo "installed:"
echo "  $(mlr --version)"
echo "  sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
echo "  duckdb CLI $("$duckdb" --version) at $duckdb"
.venv/bin/python -c 'import polars, pandas; print("  polars", polars.__version__); print("  pandas", pandas.__version__)'
