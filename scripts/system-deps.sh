#!/usr/bin/env bash
# The one system package the tests need beyond Python: Debian's Chromium (and its driver), for the
# review page's browser tests. Installed with apt-get when missing and we are root; otherwise a
# note, and the browser tests fail with a clear message rather than being skipped.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "xephang: installing Debian's chromium for the browser tests..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium chromium-driver >/dev/null
else
  echo "xephang: chromium is not installed; the browser tests will fail (apt-get install chromium chromium-driver)" >&2
fi
