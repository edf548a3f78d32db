#!/usr/bin/env bash
# The browser tests (web UI) and `khronika report --pdf` drive Debian's headless Chromium: install it
# (chromium, chromium-driver) when it is missing and we may (root with apt-get); otherwise say so, and
# those tests skip (in CI they fail).
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's chromium and chromium-driver for the browser tests" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
else
    echo "note: no chromium/chromedriver (Debian's chromium, chromium-driver); the browser tests will skip" >&2
fi
