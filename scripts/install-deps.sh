#!/usr/bin/env bash
# Installs the system packages the build needs when they are missing (Debian).
set -euo pipefail
if ! pkg-config --exists readline 2>/dev/null; then
    echo "installing libreadline-dev and pkg-config…" >&2
    apt-get update -qq
    apt-get install -y -qq libreadline-dev pkg-config >/dev/null
fi
