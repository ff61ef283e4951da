#!/usr/bin/env bash
# The test suite: lint, then pytest (real Scrapy, DuckDB files, a Prefect flow, loopback servers only).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
