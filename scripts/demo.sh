#!/usr/bin/env bash
# The main job on the embedded default: serve the bundled demo news site on 127.0.0.1, crawl it,
# extract ranking facts and load them into ./data/demo.duckdb (Prefect in ephemeral mode). The demo has
# its own file so its invented figures never land among real ones (./data/xephang.duckdb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/xephang run --demo "$@"
