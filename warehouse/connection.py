"""Short-lived DuckDB connections that wait for the file lock instead of failing.

DuckDB lets one process hold a database file for writing and then refuses every other process,
read-only ones included ("Could not set lock on file"). Holding a connection open for the life of
a flow would lock `xephang sql` out for the whole run, so every operation opens a connection, does
one batch or one query, and closes it; on a lock error it retries with growing pauses up to a
deadline. See warehouse/README.md for the alternatives considered.
"""

from __future__ import annotations

import contextlib
import os
import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
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


def _waiting_dir(path: str | os.PathLike[str]) -> Path:
    db = Path(path)
    return db.with_name(db.name + ".waiting")


def _mark_waiting(path: str | os.PathLike[str]) -> Path:
    """Announce a reader waiting for the lock (a file whose mtime is refreshed on every retry)."""
    marker = _waiting_dir(path) / f"reader-{os.getpid()}-{threading.get_ident()}"
    marker.parent.mkdir(exist_ok=True)
    marker.touch()
    return marker


def _unmark_waiting(marker: Path | None) -> None:
    if marker is None:
        return
    with contextlib.suppress(OSError):
        marker.unlink()
    with contextlib.suppress(OSError):
        marker.parent.rmdir()  # only succeeds when no other reader is waiting


def _yield_to_readers(path: str | os.PathLike[str]) -> None:
    """Before taking the write lock, let readers that are already waiting go first (bounded).

    Without this a loader writing batch after batch re-takes the lock within microseconds of
    releasing it, and a reader retrying on a timer rarely lands in the gap. Markers older than
    READER_MARK_FRESH_S are ignored (a reader killed while waiting leaves one behind).
    """
    directory = _waiting_dir(path)
    deadline = time.monotonic() + settings.WRITER_YIELD_MAX_S
    while time.monotonic() < deadline:
        try:
            stamps = [m.stat().st_mtime for m in directory.iterdir()]
        except OSError:
            return
        now = time.time()
        if not any(now - stamp < settings.READER_MARK_FRESH_S for stamp in stamps):
            return
        time.sleep(0.01)


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
    marker: Path | None = None
    if not read_only:
        _yield_to_readers(path)
    try:
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
                if read_only:
                    with contextlib.suppress(OSError):
                        marker = _mark_waiting(path)
                time.sleep(min(remaining, pause * (0.5 + random.random())))
                pause = min(pause * 2, settings.LOCK_BACKOFF_MAX_S)
    finally:
        _unmark_waiting(marker)


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
