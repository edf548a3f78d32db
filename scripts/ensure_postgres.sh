#!/usr/bin/env bash
# The PostgreSQL tests start a throwaway server (tests/pgserver.py) with the server binaries of
# Debian's postgresql package: install it when it is missing and we may (root with apt-get);
# otherwise say so, and those tests skip (in CI they fail).
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's postgresql for the store tests" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
else
    echo "note: no PostgreSQL server binaries (Debian's postgresql); the PostgreSQL store tests will skip" >&2
fi
