"""Read-only SQL for people (`xephang sql`): refuse anything but reading, in two independent layers.

1. Every statement is parsed by DuckDB (`extract_statements`) before the database is opened; any
   statement type other than SELECT (which covers WITH, FROM-first, DESCRIBE, SHOW, SUMMARIZE) or
   EXPLAIN of a SELECT is refused with a message naming it. Nothing has been opened at that point,
   so nothing can change.
2. The query then runs on a read-only connection with external access disabled, so a statement
   that slips through the first check still cannot write the database, read or write files
   (read_csv('/etc/passwd'), COPY ... TO), attach databases or install/load extensions.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import Any

import duckdb

from warehouse import settings
from warehouse.connection import LockTimeoutError, connection

_ALLOWED = {duckdb.StatementType.SELECT}
# Statement types named in messages the way users write them.
_NAMES = {
    "INSERT": "INSERT", "UPDATE": "UPDATE", "DELETE": "DELETE", "CREATE": "CREATE", "DROP": "DROP",
    "ALTER": "ALTER", "COPY": "COPY", "ATTACH": "ATTACH", "DETACH": "DETACH", "LOAD": "INSTALL/LOAD",
    "SET": "SET/RESET/USE", "PRAGMA": "PRAGMA", "CALL": "CALL", "EXPORT": "EXPORT", "TRANSACTION": "BEGIN/COMMIT",
    "VACUUM": "VACUUM", "ANALYZE": "ANALYZE", "PREPARE": "PREPARE", "EXECUTE": "EXECUTE",
    "VARIABLE_SET": "SET VARIABLE", "MERGE_INTO": "MERGE", "UPDATE_EXTENSIONS": "UPDATE EXTENSIONS",
}
_EXPLAIN = re.compile(r"^\s*explain\s+(analyze\s+)?", re.IGNORECASE)
READ_CONFIG: dict[str, Any] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}


class ReadOnlyQueryError(ValueError):
    """A query that was refused or failed; `kind` is refused | syntax | error | timeout | locked | missing."""

    def __init__(self, message: str, kind: str = "error") -> None:
        super().__init__(message)
        self.kind = kind


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.split("\n", 1)[0] if text else type(exc).__name__


def _describe(exc: duckdb.Error) -> str:
    """DuckDB's message without the Python traceback, keeping its LINE/caret context."""
    return str(exc).strip()


_PARSER: duckdb.DuckDBPyConnection | None = None
_PARSER_LOCK = threading.Lock()


def _parser() -> duckdb.DuckDBPyConnection:
    """An in-memory connection used only to parse (creating one costs ~15 ms, so it is kept)."""
    global _PARSER
    if _PARSER is None:
        _PARSER = duckdb.connect(":memory:", config={"enable_external_access": False})
    return _PARSER


def check_read_only(sql: str) -> list[str]:
    """The statements of `sql` as text if every one only reads; raises ReadOnlyQueryError otherwise."""
    if not sql or not sql.strip():
        raise ReadOnlyQueryError("empty query: give a SELECT statement", "syntax")
    with _PARSER_LOCK:
        return _check_statements(_parser(), sql)


def _check_statements(parser: duckdb.DuckDBPyConnection, sql: str) -> list[str]:
    """Refuse any statement that is not a SELECT (or EXPLAIN of one); the statements' text otherwise."""
    try:
        statements = parser.extract_statements(sql)
    except duckdb.Error as exc:
        raise ReadOnlyQueryError(f"SQL error: {_describe(exc)}", "syntax") from None
    if not statements:
        raise ReadOnlyQueryError("empty query: give a SELECT statement", "syntax")
    texts: list[str] = []
    for statement in statements:
        kind = statement.type
        if kind == duckdb.StatementType.EXPLAIN:
            inner = _EXPLAIN.sub("", statement.query, count=1)
            try:
                inner_types = [s.type for s in parser.extract_statements(inner)]
            except duckdb.Error:
                inner_types = []
            if inner_types != [duckdb.StatementType.SELECT]:
                raise ReadOnlyQueryError("refused: xephang sql is read-only; EXPLAIN is allowed only for SELECT", "refused")
        elif kind not in _ALLOWED:
            name = _NAMES.get(kind.name, kind.name)
            raise ReadOnlyQueryError(
                f"refused: xephang sql is read-only; {name} statements are not allowed "
                "(use SELECT, WITH ... SELECT, DESCRIBE, SHOW or SUMMARIZE). Nothing was run.",
                "refused",
            )
        texts.append(statement.query)
    return texts


def run_readonly_query(
    path: str | os.PathLike[str],
    sql: str,
    *,
    timeout: float | None = None,
    lock_timeout: float | None = None,
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run read-only SQL against the warehouse; returns (column names, rows) of the last statement."""
    statements = check_read_only(sql)
    db = Path(path)
    if not db.exists():
        raise ReadOnlyQueryError(f"no database at {db} (run `xephang run` first, or pass --db)", "missing")
    limit = settings.QUERY_TIMEOUT_S if timeout is None else timeout
    try:
        with connection(db, read_only=True, config=READ_CONFIG, timeout=lock_timeout) as con:
            timer = threading.Timer(limit, con.interrupt)
            timer.daemon = True
            timer.start()
            try:
                columns: list[str] = []
                rows: list[tuple[Any, ...]] = []
                for statement in statements:
                    cursor = con.execute(statement)
                    columns = [d[0] for d in cursor.description or []]
                    rows = cursor.fetchall() if cursor.description else []
                return columns, rows
            finally:
                timer.cancel()
    except LockTimeoutError as exc:
        raise ReadOnlyQueryError(str(exc), "locked") from None
    except duckdb.InterruptException:
        raise ReadOnlyQueryError(f"query interrupted after {limit:.0f} s (XEPHANG_QUERY_TIMEOUT)", "timeout") from None
    except duckdb.PermissionException as exc:
        raise ReadOnlyQueryError(
            f"refused: xephang sql cannot read or write files, attach databases or load extensions ({_first_line(exc)})",
            "refused",
        ) from None
    except duckdb.Error as exc:
        raise ReadOnlyQueryError(f"SQL error: {_describe(exc)}", "error") from None
