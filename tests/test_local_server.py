"""The Prefect server `xephang serve` starts for itself: where its state goes, one per database.

Starting and stopping the real server is tested end to end in tests/test_serve_embedded.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from flows.local_server import LocalServerError, state_dir_for, state_lock


def test_each_database_has_its_own_state_folder_beside_it() -> None:
    assert state_dir_for(Path("data/xephang.duckdb")) == Path("data/xephang.prefect")
    assert state_dir_for(Path("data/demo.duckdb")) == Path("data/demo.prefect")
    assert state_dir_for(Path("/srv/x/rieng.duckdb")) == Path("/srv/x/rieng.prefect")


def test_a_second_serve_on_the_same_state_is_refused_with_the_first_ones_pid(tmp_path: Path) -> None:
    refused = pytest.raises(LocalServerError, match=f"another xephang serve \\(pid {os.getpid()}\\)")
    with state_lock(tmp_path), refused, state_lock(tmp_path):
        pass
    with state_lock(tmp_path):  # released when the first one ends
        pass
