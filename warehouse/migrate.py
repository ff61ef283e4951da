"""Schema migrations: the SQL files in warehouse/migrations/, applied in order, each exactly once.

Each file runs in its own transaction together with its `schema_version` row, so a file that fails
halfway leaves no trace and is retried on the next open; a database is never left between versions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.connection import transaction
from warehouse.resolution import resolve_all

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


# Python steps that run after a migration's SQL, in its transaction: work SQL files cannot do, such as
# re-resolving every fact when the resolution rule changes (the rule lives in warehouse/resolution.py).
AFTER_SQL: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {7: resolve_all}


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path


def available_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """The migration files in version order; two files with one number is an error."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _NAME.match(path.name)
        if not match:
            raise ValueError(f"migration file name {path.name!r} is not NNNN_name.sql")
        version = int(match.group(1))
        if version in found:
            raise ValueError(f"two migrations numbered {version}: {found[version].name}, {path.name}")
        found[version] = Migration(version, path.stem, path)
    return [found[v] for v in sorted(found)]


def applied_versions(con: duckdb.DuckDBPyConnection) -> set[int]:
    """Versions recorded in schema_version (empty for a new file)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version' AND table_schema = 'main'"
    ).fetchone()
    if not exists or not exists[0]:
        return set()
    return {row[0] for row in con.execute("SELECT version FROM schema_version").fetchall()}


def pending_migrations(con: duckdb.DuckDBPyConnection, directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    done = applied_versions(con)
    return [m for m in available_migrations(directory) if m.version not in done]


def migrate(con: duckdb.DuckDBPyConnection, directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """Apply every pending migration, one transaction each; returns those applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
    )
    applied: list[Migration] = []
    for migration in pending_migrations(con, directory):
        sql = migration.path.read_text(encoding="utf-8")
        with transaction(con):
            for statement in con.extract_statements(sql):
                con.execute(statement)
            if migration.version in AFTER_SQL:
                AFTER_SQL[migration.version](con)
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [migration.version, migration.name])
        applied.append(migration)
    return applied
