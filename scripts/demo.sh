#!/usr/bin/env bash
# The main job on the embedded default: serve the bundled demo news site on 127.0.0.1, crawl it,
# extract ranking facts and load them into ./data/xephang.duckdb (Prefect in ephemeral mode).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/xephang run --demo "$@"
