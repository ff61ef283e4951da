#!/usr/bin/env bash
# The test suite: lint, then pytest (real Scrapy, DuckDB files, a Prefect flow, headless Chromium,
# loopback servers only).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/system-deps.sh
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
