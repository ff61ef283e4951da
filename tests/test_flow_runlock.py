"""One run at a time per database: the run lock, tried with real processes.

A "holder" is a separate Python process that takes the lock of a database and keeps it until its
stdin is closed (or it is killed), standing in for a long `xephang run`.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.runlock import RunLockBusy, lock_path_of, run_lock

REPO = Path(__file__).resolve().parent.parent
HOLDER = (
    "import sys\n"
    "from flows.runlock import run_lock\n"
    "with run_lock(sys.argv[1]):\n"
    "    print('held', flush=True)\n"
    "    sys.stdin.read()\n"
)


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """Another process holding the run lock of tmp_path/x.duckdb until the test lets it go."""
    db = tmp_path / "x.duckdb"
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    try:
        yield process, db
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


def _xephang(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "xephang.cli", *args], cwd=REPO, capture_output=True, text=True, timeout=timeout,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )


def test_second_run_exits_3_and_names_the_holder(holder: tuple[subprocess.Popen[str], Path]) -> None:
    process, db = holder
    done = _xephang("run", "--demo", "--source", "chiso", "--db", str(db))
    assert done.returncode == 3, done.stdout + done.stderr
    assert f"another xephang run is loading {db.resolve()} (pid {process.pid})" in done.stderr
    assert "--wait" in done.stderr
    assert not db.exists()  # it gave up before touching the database


def test_lock_in_this_process_is_refused_then_free_once_the_holder_dies(
    holder: tuple[subprocess.Popen[str], Path],
) -> None:
    process, db = holder
    with pytest.raises(RunLockBusy) as busy, run_lock(db, wait=0):
        pass
    assert busy.value.pid == process.pid
    process.send_signal(signal.SIGKILL)  # a crashed run: the kernel drops its flock
    process.wait()
    with run_lock(db, wait=0) as path:
        assert path == lock_path_of(db)


def test_lock_is_reentrant_in_one_process(tmp_path: Path) -> None:
    """`xephang run` takes the lock, then its flow takes it again; neither may block the other."""
    db = tmp_path / "x.duckdb"
    with run_lock(db), run_lock(db):
        pass
    probe = subprocess.run([sys.executable, "-c", HOLDER, str(db)], cwd=REPO, input="", capture_output=True,
                           text=True, timeout=60)
    assert probe.stdout.strip() == "held"  # fully released after the outer exit


def test_scheduled_flow_refuses_to_interleave(holder: tuple[subprocess.Popen[str], Path], tmp_path: Path) -> None:
    """A run started by `xephang serve` (the flow itself, no CLI in front) also respects the lock."""
    _, db = holder
    script = (
        "import sys\n"
        "from flows.crawl_flow import scheduled_flow\n"
        "scheduled_flow(source_ids=['dti'], db_path=sys.argv[1])\n"
    )
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-home"))
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run([sys.executable, "-c", script, str(db)], cwd=REPO, capture_output=True, text=True,
                          timeout=300, env=env)
    assert done.returncode != 0
    assert "another xephang run is loading" in done.stdout + done.stderr
    assert not db.exists()


@pytest.mark.slow
def test_two_runs_at_once_take_turns_and_store_everything_once(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "xephang.cli", "run", "--demo", "--source", "chiso", "--db", str(db),
             "--wait", "600", "--work-dir", str(tmp_path / f"work{i}")],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for i in (1, 2)
    ]
    outputs = [r.communicate(timeout=900) for r in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, out[-3000:] + err[-3000:]

    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT id, status, started_at, finished_at, report FROM crawl_runs ORDER BY id").fetchall()
        articles = con.execute("SELECT count(*), count(DISTINCT canonical_url) FROM articles").fetchone()
    assert [(r[0], r[1]) for r in rows] == [(1, "completed"), (2, "completed")]
    assert rows[0][3] <= rows[1][2], "the second run started before the first had finished"
    first, second = (json.loads(r[4]) for r in rows)
    assert first["new_articles"] > 0 and second["new_articles"] == 0
    assert articles[0] == articles[1] == first["new_articles"]
    summaries = sorted(out for out, _ in outputs)
    assert any("nothing new" in s for s in summaries)


def test_crawl_timeout_reaches_the_scrapy_process(demo_site: object, tmp_path: Path) -> None:
    """`--crawl-timeout` becomes crawl_source's own subprocess timeout (Prefect cannot stop a thread)."""
    from flows.crawl_flow import run_crawl
    from flows.sources import select_sources

    source = select_sources(["chiso"], demo=True)[0]
    crawl = run_crawl(source, tmp_path / "chiso.jsonl", demo_site.outlets["chiso"], None, 0.5, tmp_path)
    assert any("timed out after 0.5s" in e for e in crawl["errors"]), crawl["errors"]


def test_reextract_refuses_a_database_another_run_holds(
    holder: tuple[subprocess.Popen[str], Path],
) -> None:
    process, db = holder
    from warehouse import Warehouse

    Warehouse(db)  # an existing warehouse, so the refusal is about the lock
    before = Warehouse(db).row_counts()
    done = _xephang("reextract", "--db", str(db))
    assert done.returncode == 3, done.stdout + done.stderr
    assert f"another xephang run is loading {db.resolve()} (pid {process.pid})" in done.stderr
    assert Warehouse(db).row_counts() == before
