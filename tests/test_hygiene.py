"""The suite's guard over ./data (tests/fixtures_hygiene.py) sees what a stray test would do there."""

from __future__ import annotations

import os
from pathlib import Path

from tests.fixtures_hygiene import changes, snapshot
from xephang import cli


def test_the_guard_sees_a_created_a_modified_and_a_removed_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert snapshot(data) is None
    data.mkdir()
    (data / "xephang.duckdb").write_bytes(b"real")
    (data / "old.json").write_text("{}")
    before = snapshot(data)
    assert changes(before, snapshot(data)) == []
    (data / "accuracy").mkdir()
    (data / "accuracy" / "evaluate-latest.json").write_text("{}")
    (data / "xephang.duckdb").write_bytes(b"real, then a test's demo run")
    (data / "old.json").unlink()
    assert changes(before, snapshot(data)) == [
        "created accuracy", "created accuracy/evaluate-latest.json", "removed old.json", "modified xephang.duckdb",
    ]
    assert changes(None, snapshot(data))[0] == "created the folder"


def test_evaluate_in_a_test_saves_its_scores_in_the_tests_tmp_folder(tmp_path: Path) -> None:
    """What left data/accuracy/evaluate-latest.json behind: `xephang evaluate` saving a temporary gold file's
    scores as the user's latest ones. Inside the suite they go to the test's tmp folder."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "url": "u", "text": "Đà Nẵng xếp thứ 1.", "facts": []}\n', encoding="utf-8")
    assert cli.main(["evaluate", str(gold), "--summary-only"]) == 0
    saved = Path(os.environ["XEPHANG_EVALUATE_LATEST"])
    assert saved.is_file() and saved.is_relative_to(tmp_path)
