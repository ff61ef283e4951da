"""One run at a time per database: an exclusive `flock` on `<db>.run.lock` for the whole run.

DuckDB lets one process write a file at a time and the warehouse retries briefly on its lock, but
two whole runs interleaving would still both compute "what is new" from the same snapshot and load
the same feeds: each batch stays atomic, yet the run reports and the known-URL lists would be
wrong. So a run (``xephang run``, a scheduled ``xephang serve`` run, the workers' loader flow)
holds a lock file next to the database from its first read to its last write. ``flock`` is
released by the kernel when the holder dies, so a crashed run never leaves a stale lock behind;
the pid written into the file only serves the message shown to the one who has to wait.

The lock is reentrant within a process (``xephang run`` takes it before starting Prefect, the flow
takes it again), because two ``flock`` calls on separately opened descriptors of one file conflict
even inside one process.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

_POLL_SECONDS = 0.2
_held: dict[Path, tuple[int, int]] = {}  # lock path -> (fd, depth) for locks this process holds
_guard = threading.Lock()


class RunLockBusy(RuntimeError):
    """Another process is running on this database and did not finish within the wait."""

    def __init__(self, db: Path, pid: int | None) -> None:
        self.db = db
        self.pid = pid
        holder = f" (pid {pid})" if pid else ""
        super().__init__(
            f"another xephang run is loading {db}{holder}; try again later or pass --wait SECONDS"
        )


def lock_path_of(db: str | os.PathLike[str]) -> Path:
    """The lock file of a database: `<db>.run.lock` beside it."""
    path = Path(db).resolve()
    return path.with_name(path.name + ".run.lock")


def _holder_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None


@contextlib.contextmanager
def run_lock(db: str | os.PathLike[str], wait: float = 0.0) -> Iterator[Path]:
    """Hold the run lock of `db`, waiting up to `wait` seconds for another run; else `RunLockBusy`."""
    path = lock_path_of(db)
    with _guard:
        if path in _held:
            fd, depth = _held[path]
            _held[path] = (fd, depth + 1)
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield path
        finally:
            _release(path)
        return

    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + max(wait, 0.0)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise RunLockBusy(Path(db).resolve(), _holder_pid(fd)) from None
                time.sleep(_POLL_SECONDS)
    except BaseException:
        os.close(fd)
        raise
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    with _guard:
        _held[path] = (fd, 1)
    try:
        yield path
    finally:
        _release(path)


def _release(path: Path) -> None:
    with _guard:
        fd, depth = _held[path]
        if depth > 1:
            _held[path] = (fd, depth - 1)
            return
        del _held[path]
    # The file stays (removing it would race with a waiter that already opened it); the lock goes.
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)
