"""The `xephang` command line as a shell user meets it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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
def test_reextract_and_versions_refuse_bad_input_clearly(tmp_path: Path, capsys) -> None:
    """A missing database, an extractor that is not one, a bad date: exit 2 with a message, nothing written."""
    from xephang import cli

    db = tmp_path / "w.duckdb"
    assert cli.main(["reextract", "--db", str(db)]) == 2
    assert f"no warehouse at {db}" in capsys.readouterr().err
    assert cli.main(["versions", "--db", str(db)]) == 2
    assert not db.exists()
    Warehouse(db)
    before = Warehouse(db).row_counts()
    assert cli.main(["reextract", "--db", str(db), "--extractor", "pipeline.model"]) == 2
    assert "needs a non-empty EXTRACTOR_VERSION and an extract_article function" in capsys.readouterr().err
    assert cli.main(["reextract", "--db", str(db), "--extractor", "no_such_module_here"]) == 2
    assert "cannot import extractor module 'no_such_module_here'" in capsys.readouterr().err
    assert cli.main(["reextract", "--db", str(db), "--batch", "0"]) == 2
    with pytest.raises(SystemExit) as exited:  # argparse's own refusal
        cli.main(["reextract", "--db", str(db), "--since", "hôm qua"])
    assert exited.value.code == 2
    assert "not a date (YYYY-MM-DD)" in capsys.readouterr().err
    assert Warehouse(db).row_counts() == before
    assert cli.main(["versions", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "version | articles_read | current_readings | claims | facts | first_read",
        "--------+---------------+------------------+--------+-------+-----------", "(0 rows)"]
