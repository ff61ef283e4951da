"""Short-lived DuckDB connections that wait for the file lock instead of failing.

DuckDB lets one process hold a database file for writing and then refuses every other process,
read-only ones included ("Could not set lock on file"). Holding a connection open for the life of
a flow would lock `xephang sql` out for the whole run, so every operation opens a connection, does
one batch or one query, and closes it; on a lock error it retries with growing pauses up to a
deadline. See warehouse/README.md for the alternatives considered.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import duckdb

from warehouse import settings

# Messages DuckDB gives when another process (or, inside one process, a connection opened with a
# different configuration) holds the file. Both clear up once the holder closes.
_RETRYABLE = (
    "could not set lock on file",
    "conflicting lock is held",
    "can't open a connection to same database file with a different configuration",
    "unique file handle conflict",
)


class LockTimeoutError(RuntimeError):
    """The database file stayed locked by another process for longer than the timeout."""


def is_lock_error(exc: BaseException) -> bool:
    """True when `exc` means someone else holds the file, i.e. retrying later can succeed."""
    message = str(exc).lower()
    return any(fragment in message for fragment in _RETRYABLE)


def open_connection(
    path: str | os.PathLike[str],
    *,
    read_only: bool = False,
    config: dict[str, Any] | None = None,
    timeout: float | None = None,
) -> duckdb.DuckDBPyConnection:
    """Open `path`, retrying on lock errors with capped exponential backoff and jitter."""
    limit = settings.LOCK_TIMEOUT_S if timeout is None else timeout
    deadline = time.monotonic() + limit
    pause = settings.LOCK_BACKOFF_START_S
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=dict(config or {}))
        except (duckdb.IOException, duckdb.ConnectionException) as exc:
            if not is_lock_error(exc):
                raise
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LockTimeoutError(
                    f"database {path} is locked by another process and stayed locked for {limit:.0f} s "
                    f"(a load may be running); try again later ({exc})"
                ) from exc
            time.sleep(min(remaining, pause * (0.5 + random.random())))
            pause = min(pause * 2, settings.LOCK_BACKOFF_MAX_S)


@contextmanager
def connection(
    path: str | os.PathLike[str],
    *,
    read_only: bool = False,
    config: dict[str, Any] | None = None,
    timeout: float | None = None,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection that is closed (and the file lock released) when the block ends."""
    con = open_connection(path, read_only=read_only, config=config, timeout=timeout)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """One explicit transaction: committed when the block ends, rolled back on any exception."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
