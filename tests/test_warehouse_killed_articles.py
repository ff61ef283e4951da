"""An article load killed with SIGKILL loses and duplicates nothing: loading the batch again gives
exactly the rows of a load that was never interrupted.

A real loader process is killed inside its batch, once while it deduplicates (nothing written yet)
and once inside its inserts (articles and signatures written to the open transaction, not committed). The file is then
compared, table by table and row by row, with a file that loaded the same batch without a kill.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.fixtures_warehouse import start_worker, varied_items
from warehouse import Warehouse

BATCH = 15_000  # ~6 s of dedup, then ~0.35 s of staging and inserts and ~0.3 s of commit on the development machine

# Every table the article loader writes, in a stable order; crawl_runs without its timestamps.
_DUMPS = {
    "articles": "SELECT * FROM articles ORDER BY id",
    "article_urls": "SELECT * FROM article_urls ORDER BY url",
    "article_signatures": "SELECT * FROM article_signatures ORDER BY article_id",
    "article_lsh": "SELECT * FROM article_lsh ORDER BY article_id, band",
    "sources": "SELECT * FROM sources ORDER BY id",
    "crawl_runs": "SELECT id, status, sources, figures FROM crawl_runs ORDER BY id",
}


def _dump(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return {table: con.execute(sql).fetchall() for table, sql in _DUMPS.items()}
    finally:
        con.close()


def _prepare(db_path: Path) -> Warehouse:
    """A warehouse with one earlier batch (run 1), as the file the killed loader opens."""
    warehouse = Warehouse(db_path)
    run = warehouse.start_run(["tinnhanh"])
    warehouse.load_articles(run, varied_items(200, prefix="truoc"))
    return warehouse


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Any, ...]]]:
    """The rows after loading the batch without a kill (run 2 loads it, as in the killed file)."""
    db_path = tmp_path_factory.mktemp("uninterrupted") / "xephang.duckdb"
    warehouse = _prepare(db_path)
    run = warehouse.start_run(["tinnhanh"])
    result = warehouse.load_articles(run, varied_items(BATCH, prefix="kill"))
    assert result.new == BATCH
    return _dump(db_path)


# Killed 1 s into the dedup phase, or as soon as articles and signatures are inserted (uncommitted).
@pytest.mark.parametrize(("after_line", "delay"), [("loading", 1.0), ("inserting", 0.0)])
def test_killed_article_load_loses_and_duplicates_nothing(
    after_line: str, delay: float, tmp_path: Path, uninterrupted: dict[str, list[tuple[Any, ...]]]
) -> None:
    db_path = tmp_path / "xephang.duckdb"
    warehouse = _prepare(db_path)
    before = _dump(db_path)

    loader = start_worker(f"big_article_load_main({str(db_path)!r}, {BATCH})")
    try:
        assert loader.stdout is not None
        assert loader.stdout.readline().strip() == "loading"
        if after_line == "inserting":
            assert loader.stdout.readline().strip() == "inserting"
        time.sleep(delay)
        assert loader.poll() is None, "load finished before it could be killed; make the batch bigger"
        os.kill(loader.pid, signal.SIGKILL)
    finally:
        loader.wait(timeout=120)
    assert loader.returncode == -signal.SIGKILL

    after = _dump(db_path)
    # Only the run row that start_run committed before the load began is new.
    assert {t: rows for t, rows in after.items() if t != "crawl_runs"} == {
        t: rows for t, rows in before.items() if t != "crawl_runs"
    }
    assert after["crawl_runs"][:-1] == before["crawl_runs"] and len(after["crawl_runs"]) == len(before["crawl_runs"]) + 1
    killed_run = after["crawl_runs"][-1][0]

    result = warehouse.load_articles(killed_run, varied_items(BATCH, prefix="kill"))
    assert result.new == BATCH
    assert _dump(db_path) == uninterrupted
    assert warehouse.integrity_problems() == {}
