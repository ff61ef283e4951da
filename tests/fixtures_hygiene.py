"""Guards that keep the test suite off the user's own files.

The suite runs inside a checkout whose `./data` may hold someone's real warehouse, its crawl cache
and the latest gold-set scores that `xephang accuracy` shows. A test that writes there (a temporary
gold file saved as "the latest scores", a run on the default database) silently changes what the
user sees afterwards. Every test therefore runs with the evaluate summary redirected to its own tmp
folder, and fails if `./data` changed while it ran, naming the paths it touched.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
REPO_DATA = REPO / "data"


def snapshot(folder: Path) -> dict[str, tuple[int, int]] | None:
    """Every file and folder under `folder` with its size and mtime; None when `folder` is absent."""
    if not folder.exists():
        return None
    found: dict[str, tuple[int, int]] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            try:
                st = path.lstat()
            except FileNotFoundError:  # removed while we walked: reported by the next comparison
                continue
            found[str(path.relative_to(folder))] = (st.st_size if name in files else 0, st.st_mtime_ns)
    return found


def changes(before: dict[str, tuple[int, int]] | None, after: dict[str, tuple[int, int]] | None) -> list[str]:
    """What differs between two snapshots, as readable lines ("created x", "modified y", "removed z")."""
    if before == after:
        return []
    if before is None:
        return ["created the folder", *(f"created {p}" for p in sorted(after or {}))]
    if after is None:
        return ["removed the folder"]
    lines = [f"created {p}" for p in sorted(after.keys() - before.keys())]
    lines += [f"removed {p}" for p in sorted(before.keys() - after.keys())]
    lines += [f"modified {p}" for p in sorted(before.keys() & after.keys()) if before[p] != after[p]]
    return lines


@pytest.fixture(autouse=True)
def _evaluate_summary_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`xephang evaluate` saves its scores as "the latest" for `xephang accuracy`: keep a test's there."""
    monkeypatch.setenv("XEPHANG_EVALUATE_LATEST", str(tmp_path / "accuracy" / "evaluate-latest.json"))


@pytest.fixture(autouse=True)
def _repo_data_untouched(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test that wrote under the checkout's ./data (the user's warehouse and scores live there)."""
    before = snapshot(REPO_DATA)
    yield
    touched = changes(before, snapshot(REPO_DATA))
    if touched:
        listed = "\n  ".join(touched[:20])
        pytest.fail(f"{request.node.nodeid} wrote under {REPO_DATA} (use tmp_path):\n  {listed}", pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def _repo_data_untouched_by_the_session() -> Iterator[None]:
    """The same check over the whole run: catches module- and session-scoped fixtures too."""
    before = snapshot(REPO_DATA)
    yield
    touched = changes(before, snapshot(REPO_DATA))
    if touched:
        listed = "\n  ".join(touched[:20])
        pytest.fail(f"the test session wrote under {REPO_DATA}:\n  {listed}", pytrace=False)
