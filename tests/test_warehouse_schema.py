"""Migrations: applied once and in order on open, recorded, and rolled back whole when one fails."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from warehouse import Warehouse
from warehouse.migrate import available_migrations, migrate


def test_new_file_gets_every_migration_once(db_path: Path) -> None:
    Warehouse(db_path)
    Warehouse(db_path)  # reopening applies nothing twice
    con = duckdb.connect(str(db_path), read_only=True)
    versions = [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]
    assert versions == [m.version for m in available_migrations()]
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert {"sources", "crawl_runs", "articles", "article_urls", "facts", "evidence", "reviews"} <= names
    assert {"facts_v", "rankings", "rank_history", "conflicts", "article_facts"} <= names


def test_failed_migration_rolls_back(tmp_path: Path) -> None:
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    (migrations / "0001_first.sql").write_text("CREATE TABLE a (x INTEGER);", encoding="utf-8")
    (migrations / "0002_broken.sql").write_text(
        "CREATE TABLE b (x INTEGER);\nINSERT INTO b VALUES (1);\nSELECT * FROM does_not_exist;", encoding="utf-8"
    )
    con = duckdb.connect(str(tmp_path / "m.duckdb"))
    with pytest.raises(duckdb.CatalogException):
        migrate(con, migrations)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert "a" in tables and "b" not in tables
    assert con.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
    # Fixed file: the next open applies it.
    (migrations / "0002_broken.sql").write_text("CREATE TABLE b (x INTEGER);", encoding="utf-8")
    assert [m.version for m in migrate(con, migrations)] == [2]
    con.close()


def test_migration_names_are_checked(tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("", encoding="utf-8")
    (tmp_path / "0001_b.sql").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="two migrations"):
        available_migrations(tmp_path)


def test_reviews_made_before_the_review_log_get_their_entry(tmp_path: Path) -> None:
    """Upgrading a file from before migration 0006 keeps the record of its reviews."""
    older = tmp_path / "migrations"
    older.mkdir()
    for m in available_migrations():
        if m.version < 6:
            (older / m.path.name).write_text(m.path.read_text(encoding="utf-8"), encoding="utf-8")
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    migrate(con, older)
    con.execute("INSERT INTO reviews (id, fact_id, decision, corrected_value, reviewer, reviewed_at)"
                " VALUES (7, 3, 'correct', 2, 'lan', TIMESTAMP '2026-11-01 09:00:00')")
    assert [m.version for m in migrate(con)][0] == 6  # and any later ones
    assert con.execute("SELECT review_id, action, actor, logged_at, decision, corrected_value FROM review_log").fetchall() == [
        (7, "made", "lan", datetime(2026, 11, 1, 9, 0), "correct", 2.0)]
    con.close()
