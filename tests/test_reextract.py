"""End to end: two extractor versions over the same stored articles, through `xephang reextract`.

The real flow runs in a subprocess (Prefect ephemeral), reading the articles of
tests/fixtures_versions.py with two real versions of the extractor (OLD, then NEW, which fixes
Bắc Ninh's rank and no longer claims Hà Nội nor Đà Nẵng's score). Checks: a dropped fact leaves
`rankings`, a corrected value wins without a conflict, a reviewed fact keeps its review, the diff
lists exactly those changes, and a re-extraction killed midway and run again leaves the same
warehouse as an uninterrupted one.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures_versions import (
    NEW_SPEC,
    NEW_VERSION,
    OLD_SPEC,
    OLD_VERSION,
    VERSION_ITEMS,
    stored_articles,
)
from warehouse import Warehouse
from xephang import cli
from xephang.review.queue import Filters, queue

REPO = Path(__file__).resolve().parent.parent
WAIT_S = 300  # an upper bound for a subprocess, not a measured duration

pytestmark = pytest.mark.slow

EXPECTED_CHANGES = [
    ("changed", "dti", "rank", "Bắc Ninh", [6.0], [4.0]),
    ("retired", "dti", "rank", "Hà Nội", [5.0], []),
    ("retired", "dti", "score", "Đà Nẵng", [0.6667], []),
]


def _reextract_cmd(db: Path, spec: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "xephang.cli", "reextract", "--db", str(db), "--extractor", spec, *extra]


def _reextract(db: Path, spec: str, *extra: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(_reextract_cmd(db, spec, *extra), cwd=REPO, capture_output=True, text=True, timeout=WAIT_S,
                          env=dict(os.environ, PYTHONUNBUFFERED="1"))
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def _ranked(wh: Warehouse) -> dict[str, tuple[Any, ...]]:
    return {r[0]: r[1:] for r in wh.query(
        "SELECT entity, rank, score, in_conflict FROM rankings WHERE year = 2022 AND component IS NULL"
        " AND entity_type = 'province'")}


def test_a_new_version_retires_corrects_and_keeps_reviews(versioned_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wh = Warehouse(versioned_db)
    _reextract(versioned_db, OLD_SPEC)
    before = _ranked(wh)
    assert before["Bắc Ninh"] == (6, None, False) and before["Hà Nội"] == (5, None, False)
    assert before["Đà Nẵng"] == (1, 0.6667, False)
    score_id = wh.query("SELECT fact_id FROM facts_v WHERE entity = 'Đà Nẵng' AND attribute = 'score'")[0][0]
    wh.review(score_id, "accept", value=0.6667, reviewer="lan")

    done = _reextract(versioned_db, NEW_SPEC)
    assert "8 of 8 not yet read by this version (8 replaced an older reading)" in done.stdout
    assert "0 added, 2 retired, 1 changed" in done.stdout
    assert "re-extracting [" in done.stderr  # the progress bar

    after = _ranked(wh)
    assert "Hà Nội" not in after  # dropped by the new version: leaves rankings
    assert after["Bắc Ninh"] == (4, None, False)  # the correction wins, and no conflict with the old 6
    assert after["Đà Nẵng"] == (1, 0.6667, False)  # the reviewed score stays, by review
    assert wh.query("SELECT resolved_by, lost_current_evidence FROM facts_v WHERE fact_id = ?", [score_id]) == [
        ("review", True)]
    assert wh.query("SELECT count(*) FROM conflicts WHERE entity = 'Bắc Ninh'") == [(0,)]
    # Old claims are kept for audit.
    assert wh.query("SELECT DISTINCT extractor_version, current_version FROM superseded_claims WHERE entity = 'Bắc Ninh'"
                    " AND attribute = 'rank'") == [(OLD_VERSION, NEW_VERSION)]
    # The review queue shows the reviewed fact as one that lost its current evidence; the retired one is not to do.
    reviewed = {i.fact_id: i for i in queue(Warehouse(versioned_db), Filters(status="reviewed"))}
    assert reviewed[score_id].lost_current_evidence
    assert all(i.entity != "Hà Nội" for i in queue(wh, Filters(status="todo")))

    # The diff lists exactly those changes, with their sentences; the run stored the same report.
    diff = wh.version_diff(OLD_VERSION, NEW_VERSION)
    assert [(c.change, c.index, c.attribute, c.entity, c.old_values, c.new_values) for c in diff.changes] == EXPECTED_CHANGES
    assert all("Bắc Ninh" in c.old_sentence and "Bắc Ninh" in c.new_sentence for c in diff.changes if c.change == "changed")
    report = json.loads(wh.query("SELECT report FROM crawl_runs WHERE extractor_version = ? ORDER BY id DESC LIMIT 1",
                                 [NEW_VERSION])[0][0])
    assert report["kind"] == "reextract" and report["changes"]["from"] == OLD_VERSION
    assert (report["changes"]["added"], report["changes"]["retired"], report["changes"]["changed"]) == (0, 2, 1)
    assert report["changes"]["by_index_attribute"] == [
        {"index": "dti", "attribute": "rank", "added": 0, "retired": 1, "changed": 1},
        {"index": "dti", "attribute": "score", "added": 0, "retired": 1, "changed": 0}]

    # The commands a reviewer uses.
    capsys.readouterr()
    assert cli.main(["versions", "--db", str(versioned_db), "--format", "csv"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0] == "version,articles_read,current_readings,claims,facts,first_read"
    assert [line.split(",")[:3] for line in listed[1:]] == [[OLD_VERSION, "8", "0"], [NEW_VERSION, "8", "8"]]
    assert cli.main(["versions", "diff", OLD_VERSION, NEW_VERSION, "--db", str(versioned_db), "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["change"], r["index"], r["attribute"], r["entity"], r["old"], r["new"]) for r in rows] == EXPECTED_CHANGES
    assert cli.main(["versions", "diff", OLD_VERSION, NEW_VERSION, "--db", str(versioned_db)]) == 0
    out = capsys.readouterr()
    table = [[cell.strip() for cell in line.split("|")] for line in out.out.splitlines()[2:-1]]
    assert [row[:9] for row in table] == [
        ["changed", "dti", "rank", "Bắc Ninh", "NULL", "NULL", "2022", "6", "4"],
        ["retired", "dti", "rank", "Hà Nội", "NULL", "NULL", "2022", "5", "-"],
        ["retired", "dti", "score", "Đà Nẵng", "NULL", "NULL", "2022", "0.6667", "-"]]
    assert "2 retired, 1 changed" in out.err
    assert cli.main(["versions", "diff", OLD_VERSION, "9.9", "--db", str(versioned_db)]) == 2
    assert "no article was read by extractor version 9.9" in capsys.readouterr().err

    # Nothing left to read: a second run does nothing and reports the same changes.
    again = _reextract(versioned_db, NEW_SPEC)
    assert "0 of 0 not yet read" in again.stdout and "0 added, 2 retired, 1 changed" in again.stdout
    assert wh.integrity_problems() == {}


def _snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The warehouse's content, without ids and run numbers (a resumed run numbers its batches differently)."""
    wh = Warehouse(db)
    key = 'f.entity, f."index", f.component, f."group", f.year, f.attribute'
    return {
        "facts": wh.query(f"SELECT {key} FROM facts f ORDER BY ALL"),
        "values": wh.query(f"SELECT {key}, v.value FROM fact_values v JOIN facts f ON f.id = v.fact_id ORDER BY ALL"),
        "evidence": wh.query(
            f"SELECT {key}, e.value, e.article_id, e.span_start, e.span_end, e.sentence, e.from_table, e.confidence,"
            " e.extractor_version FROM evidence e JOIN facts f ON f.id = e.fact_id ORDER BY ALL"),
        "resolution": wh.query(
            f"SELECT {key}, r.value, r.resolved_by, r.support, r.evidence_count, r.n_values, r.stored_values"
            " FROM fact_resolution r JOIN facts f ON f.id = r.fact_id ORDER BY ALL"),
        "extractions": wh.query("SELECT article_id, extractor_version FROM extractions ORDER BY ALL"),
        "current": wh.query("SELECT * FROM current_readings ORDER BY ALL"),
        "rankings": wh.query("SELECT * FROM rankings ORDER BY ALL"),
        "conflicts": wh.query("SELECT * EXCLUDE (fact_id) FROM conflicts ORDER BY ALL"),
        "diff": [tuple(c.to_dict().values())[:-1] for c in wh.version_diff(OLD_VERSION, NEW_VERSION).changes],
    }


def test_a_killed_reextraction_run_again_gives_the_same_warehouse(tmp_path: Path) -> None:
    whole, killed = tmp_path / "whole.duckdb", tmp_path / "killed.duckdb"
    for db in (whole, killed):
        stored_articles(db)
        _reextract(db, OLD_SPEC)
    _reextract(whole, NEW_SPEC, "--batch", "1")

    # One article per batch, slowed down, killed once some batches are stored and others not.
    proc = subprocess.Popen(_reextract_cmd(killed, NEW_SPEC, "--batch", "1", "--no-progress"), cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            env=dict(os.environ, XEPHANG_TEST_EXTRACT_DELAY="0.5"))
    wh = Warehouse(killed)
    read = 0
    try:
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline and proc.poll() is None:
            read = wh.query("SELECT count(*) FROM extractions WHERE extractor_version = ?", [NEW_VERSION])[0][0]
            if read >= 2:
                break
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    read = wh.query("SELECT count(*) FROM extractions WHERE extractor_version = ?", [NEW_VERSION])[0][0]
    assert 2 <= read < len(VERSION_ITEMS), f"the kill came too late or too early: {read} article(s) read"
    assert wh.integrity_problems() == {}

    done = _reextract(killed, NEW_SPEC, "--batch", "3")
    assert f"{len(VERSION_ITEMS) - read} of {len(VERSION_ITEMS) - read} not yet read" in done.stdout
    assert _snapshot(killed) == _snapshot(whole)
    assert Warehouse(whole).integrity_problems() == {}


def _run_demo(db: Path, port: int, spec: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "xephang.cli", "run", "--demo", "--demo-port", str(port), "--db", str(db),
         "--extractor", spec],
        cwd=REPO, capture_output=True, text=True, timeout=WAIT_S, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_xephang_run_after_an_upgrade_gives_what_a_fresh_read_gives(tmp_path: Path) -> None:
    """The issue's reproduction: the demo database, then `xephang run --demo` with a version that no longer claims
    anything for Hà Nội. The run re-reads every stored article, and rankings end exactly as in a warehouse only
    the new version ever read: the old claims are stored but count nowhere."""
    from tests.test_flow_e2e import _free_port_block

    port = _free_port_block()
    upgraded, fresh = tmp_path / "upgraded.duckdb", tmp_path / "fresh.duckdb"
    _run_demo(upgraded, port, OLD_SPEC)
    wh = Warehouse(upgraded)
    assert wh.query("SELECT count(*) FROM rankings WHERE entity = 'Hà Nội'")[0][0] >= 3
    articles = wh.query("SELECT count(*) FROM articles")[0][0]

    out = _run_demo(upgraded, port, NEW_SPEC)
    assert f"extractor {NEW_VERSION}: re-read {articles} article(s) read by an older version" in out
    assert wh.query("SELECT count(*) FROM rankings WHERE entity = 'Hà Nội'") == [(0,)]
    assert wh.query("SELECT count(*) FROM superseded_claims WHERE entity = 'Hà Nội'")[0][0] >= 3
    retired = {(c.entity, c.attribute) for c in wh.version_diff(OLD_VERSION, NEW_VERSION).changes if c.change == "retired"}
    assert ("Hà Nội", "rank") in retired

    _run_demo(fresh, port, NEW_SPEC)
    query = "SELECT * FROM rankings ORDER BY ALL"
    assert wh.query(query) == Warehouse(fresh).query(query)
    # Article ids follow the crawl order, which differs between two runs: compare the evidence by address and sentence.
    conflicts = ("SELECT * EXCLUDE (fact_id, evidence), list_sort(list_transform(evidence, lambda e: e.url || e.sentence))"
                 " FROM conflicts ORDER BY ALL")
    assert wh.query(conflicts) == Warehouse(fresh).query(conflicts)
    assert wh.integrity_problems() == {}
