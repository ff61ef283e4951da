"""Processes: a load killed with SIGKILL leaves the file as before; readers and a loader coexist."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from tests.fixtures_warehouse import start_worker, subprocess_env, synthetic_facts, synthetic_items
from warehouse import Warehouse, run_readonly_query


@pytest.mark.parametrize("kill_after", [1.0, 2.5])
def test_killed_load_loses_and_duplicates_nothing(
    kill_after: float, warehouse: Warehouse, run_id: int, db_path: Path
) -> None:
    ids = warehouse.load_articles(run_id, synthetic_items(100)).new_article_ids
    warehouse.load_facts(run_id, "test-1", synthetic_facts(ids, 2000))
    before = warehouse.row_counts()

    loader = start_worker(f"big_load_main({str(db_path)!r}, 400_000)")
    try:
        assert loader.stdout is not None
        assert loader.stdout.readline().strip() == "loading"
        time.sleep(kill_after)  # inside the load: staging and merging 400 000 facts takes several seconds
        assert loader.poll() is None, "load finished before it could be killed; make it bigger"
        os.kill(loader.pid, signal.SIGKILL)
    finally:
        loader.wait(timeout=60)
    assert loader.returncode == -signal.SIGKILL

    after = Warehouse(db_path).row_counts()
    # start_run committed before the load began; nothing else changed.
    assert after == {**before, "crawl_runs": before["crawl_runs"] + 1}
    # The file is healthy: the same batch loads completely afterwards, and once only.
    facts = synthetic_facts(ids, 2000)
    assert warehouse.load_facts(run_id, "test-1", facts).new_evidence == 0
    extra = warehouse.load_facts(run_id, "test-1", synthetic_facts(ids, 500, offset=2000))
    assert extra.new_evidence == 1500


def test_reader_keeps_answering_while_a_loader_loads(warehouse: Warehouse, db_path: Path) -> None:
    env = subprocess_env()
    loader = start_worker(f"loader_main({str(db_path)!r}, 30, 3000)", env)
    reader = start_worker(f"reader_main({str(db_path)!r}, 8.0)", env)
    loader_out, loader_err = loader.communicate(timeout=300)
    reader_out, reader_err = reader.communicate(timeout=300)
    assert loader.returncode == 0, loader_err
    assert reader.returncode == 0, reader_err
    loaded = json.loads(loader_out.strip().splitlines()[-1])
    read = json.loads(reader_out.strip().splitlines()[-1])
    assert loaded["evidence"] == 30 * 3000 * 3
    assert read["failures"] == []
    assert read["ok"] >= 10
    # Readers saw only whole batches: every count they read is a multiple of one batch's evidence.
    assert read["min"] % 9000 == 0 and read["max"] % 9000 == 0
    assert run_readonly_query(db_path, "SELECT count(*) FROM evidence")[1] == [(270_000,)]


def test_threads_of_one_process_load_one_at_a_time(warehouse: Warehouse, run_id: int) -> None:
    """Threads share DuckDB's instance (no file lock between them); the warehouse serialises them."""
    from concurrent.futures import ThreadPoolExecutor

    ids = warehouse.load_articles(run_id, synthetic_items(20)).new_article_ids
    batches = [synthetic_facts(ids, 2000, offset=i * 2000) for i in range(4)]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda b: warehouse.load_facts(run_id, "test-1", b), batches + batches))
    assert sum(r.new_evidence for r in results) == 4 * 2000 * 3
    assert warehouse.row_counts()["evidence"] == 4 * 2000 * 3
