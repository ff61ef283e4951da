"""`xephang sql` and `xephang export`: reads work, everything else is refused and changes nothing."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from tests.fixtures_warehouse import (
    ORIGINAL,
    REPO,
    UNRELATED,
    make_fact,
    make_item,
    python_command,
    subprocess_env,
)
from warehouse import ReadOnlyQueryError, Warehouse, run_readonly_query
from xephang.cli import main


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small warehouse shared by the module: every test here only reads it (or must fail to write)."""
    db_path = tmp_path_factory.mktemp("readonly") / "xephang.duckdb"
    warehouse = Warehouse(db_path)
    run_id = warehouse.start_run(["tinnhanh", "tinhuy"])
    ids = warehouse.load_articles(
        run_id,
        [make_item("https://tinnhanh.example.vn/a.html", ORIGINAL), make_item("https://tinhuy.example.vn/b", UNRELATED, source="tinhuy")],
    ).new_article_ids
    warehouse.load_facts(
        run_id,
        "v1",
        [(ids[0], make_fact(rank=21, rank_total=63)), (ids[1], make_fact(rank=22, rank_total=63)), (ids[0], make_fact("Đà Nẵng", rank=1, score=0.6667))],
    )
    warehouse.finish_run(run_id, "completed", {"sources": []})
    return db_path


def _sql(capsys: pytest.CaptureFixture[str], db: Path, query: str, *extra: str) -> tuple[int, str, str]:
    code = main(["sql", "--db", str(db), *extra, query])
    out, err = capsys.readouterr()
    return code, out, err


def test_select_prints_a_table(loaded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _sql(capsys, loaded, "SELECT entity, year, rank, rank_total FROM rankings ORDER BY entity")
    assert code == 0
    assert out.splitlines()[0].split(" | ")[0].strip() == "entity"
    assert "Quảng Ngãi" in out and "(2 rows)" in out


def test_csv_and_json_formats(loaded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _sql(capsys, loaded, "SELECT entity, value, evidence FROM conflicts ORDER BY value", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0] == ["entity", "value", "evidence"] and len(rows) == 3
    assert json.loads(rows[1][2])[0]["source"] == "tinnhanh"
    code, out, _ = _sql(capsys, loaded, "SELECT * FROM rankings ORDER BY entity", "--format", "json")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and records[0]["entity"] == "Quảng Ngãi" and records[0]["group"] is None


REFUSED = [
    "DROP TABLE facts",
    "DROP VIEW rankings",
    "INSERT INTO sources VALUES ('x', 'news', 1)",
    "UPDATE fact_values SET value = 1",
    "DELETE FROM evidence",
    "CREATE TABLE t AS SELECT 1",
    "ALTER TABLE facts ADD COLUMN x INTEGER",
    "COPY facts TO '{out}'",
    "COPY (SELECT * FROM facts) TO '{out}' (FORMAT csv)",
    "COPY facts FROM '/etc/passwd'",
    "ATTACH '{out}' AS other",
    "DETACH other",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET threads = 1",
    "RESET threads",
    "PRAGMA enable_profiling",
    "CALL pragma_version()",
    "CHECKPOINT",
    "EXPORT DATABASE '{out}'",
    "SELECT 1; DROP TABLE facts",
    "EXPLAIN ANALYZE DELETE FROM facts",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM glob('/etc/*')",
]


@pytest.mark.parametrize("query", REFUSED)
def test_writes_files_and_settings_are_refused(
    query: str, loaded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "leak.out"
    before = Warehouse(loaded).row_counts()
    code, out, err = _sql(capsys, loaded, query.format(out=out_file))
    assert code == 2
    assert err.startswith("xephang sql: refused:")
    assert "Traceback" not in err and out == ""
    assert not out_file.exists()
    assert Warehouse(loaded).row_counts() == before
    assert run_readonly_query(loaded, "SELECT count(*) FROM rankings")[1] == [(2,)]


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ("SELEC * FROM facts", "syntax error"),
        ("SELECT * FROM no_such_table", "no_such_table"),
        ("SELECT nope FROM facts", "nope"),
        ("   ", "empty query"),
    ],
)
def test_broken_sql_gives_a_clear_error(query: str, fragment: str, loaded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _sql(capsys, loaded, query)
    assert code == 1
    assert err.startswith("xephang sql: ") and fragment in err
    assert "Traceback" not in err


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ReadOnlyQueryError, match="no database"):
        run_readonly_query(tmp_path / "none.duckdb", "SELECT 1")


def test_read_only_helpers_are_allowed(loaded: Path) -> None:
    for query in ("SHOW TABLES", "DESCRIBE facts_v", "SUMMARIZE facts", "FROM rankings", "WITH r AS (FROM rankings) SELECT count(*) FROM r", "EXPLAIN SELECT * FROM facts"):
        columns, _rows = run_readonly_query(loaded, query)
        assert columns


def test_sql_command_in_a_subprocess_refuses_drop(loaded: Path) -> None:
    """The real command line, as a user types it: exit code 2, the message, the data still there."""
    done = subprocess.run(
        python_command(f"import sys; from xephang.cli import main; sys.exit(main(['sql', '--db', {str(loaded)!r}, 'DROP TABLE facts']))"),
        cwd=REPO, env=subprocess_env(), capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2
    assert "refused" in done.stderr and "DROP" in done.stderr
    assert run_readonly_query(loaded, "SELECT count(*) FROM facts")[1] == [(4,)]


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_table_and_view(fmt: str, loaded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "export"
    assert main(["export", str(out_dir), "--format", fmt, "--db", str(loaded)]) == 0
    names = {p.stem for p in out_dir.glob(f"*.{fmt}")}
    assert {"articles", "facts", "evidence", "rankings", "conflicts", "rank_history", "facts_v", "article_facts"} <= names
    assert not list(out_dir.glob(".*partial"))
    import duckdb

    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM {reader}('{out_dir / ('rankings.' + fmt)}')").fetchone() == (2,)
