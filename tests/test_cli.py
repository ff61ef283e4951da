"""The `xephang` command line as a shell user meets it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.fixtures_warehouse import REPO, subprocess_env
from warehouse import Warehouse


def test_output_cut_short_by_the_reader_ends_quietly(tmp_path: Path) -> None:
    """`xephang sql … | head -1`: the pipe closes after one line; no traceback, exit 141 (SIGPIPE)."""
    db = tmp_path / "w.duckdb"
    Warehouse(db)  # an empty warehouse with its schema
    query = "SELECT range AS n, repeat('chuyển đổi số ', 20) AS text FROM range(50000)"
    with subprocess.Popen(
        [sys.executable, "-c", "import sys; from xephang.cli import main; sys.exit(main(sys.argv[1:]))",
         "sql", "--db", str(db), "--format", "csv", query],
        cwd=REPO, env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline().decode("utf-8").strip() == "n,text"
        proc.stdout.close()  # what `head -1` does
        err = proc.stderr.read().decode("utf-8")
        code = proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert code == 141


def test_csv_lines_end_with_lf_for_shell_tools(tmp_path: Path) -> None:
    """`xephang sql --format csv … | cut -d, -f2`: no CR glued to the last field of every line."""
    db = tmp_path / "w.duckdb"
    Warehouse(db)
    query = "SELECT range AS n, 'Đà Nẵng' AS entity FROM range(3)"
    done = subprocess.run(
        [sys.executable, "-m", "xephang.cli", "sql", "--db", str(db), "--format", "csv", query],
        cwd=REPO, env=subprocess_env(), capture_output=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"\r" not in done.stdout
    cut = subprocess.run(["cut", "-d,", "-f2"], input=done.stdout, capture_output=True, check=True)
    assert cut.stdout.decode("utf-8").split("\n") == ["entity", "Đà Nẵng", "Đà Nẵng", "Đà Nẵng", ""]


def test_sql_on_the_missing_real_warehouse_points_at_the_demos_file(tmp_path: Path) -> None:
    """After `xephang run --demo` alone, ./data holds demo.duckdb only; `xephang sql` says where to look."""
    Warehouse(tmp_path / "data" / "demo.duckdb")
    done = subprocess.run([sys.executable, "-m", "xephang.cli", "sql", "SELECT 1"], cwd=tmp_path,
                          env=subprocess_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "no database at data/xephang.duckdb" in done.stderr
    assert "--db data/demo.duckdb" in done.stderr
