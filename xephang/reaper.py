"""Adopt and wait for the processes a long-running command's children leave behind.

`xephang serve` starts flow runs, which start crawls. On Ctrl-C or SIGTERM a flow run may end before its
crawl, which then closes its feed for a few seconds more (crawlers/run.py stops a crawl gracefully). An
orphan would be re-parented to init and outlive serve, so "stopped" would not mean stopped. As a Linux
child subreaper, serve receives those orphans itself and waits for them before it says it has stopped.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

_PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h


def become_subreaper() -> bool:
    """Make orphaned descendants this process's children (Linux only); whether that worked."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def live_processes() -> list[tuple[int, int, int]]:
    """(pid, parent pid, process group) of every live (not zombie) process, read from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # (a process that ended while being read)
        if fields[0] != "Z":
            found.append((int(stat.parent.name), int(fields[1]), int(fields[2])))
    return found


def children(pid: int | None = None) -> list[int]:
    """Live processes whose parent is `pid` (this process by default)."""
    parent = os.getpid() if pid is None else pid
    return [p for p, ppid, _group in live_processes() if ppid == parent]


def reap_children(limit_s: float, poll_s: float = 0.2) -> list[int]:
    """Wait up to `limit_s` for every child to end, then kill the ones left; the pids that had to be killed."""
    deadline = time.monotonic() + limit_s
    killed: list[int] = []
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return killed  # no children left
        if pid:
            continue
        if time.monotonic() >= deadline and not killed:
            killed = children()
            for pid in killed:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        time.sleep(poll_s)


@contextlib.contextmanager
def descendants_reaped(limit_s: float) -> Iterator[None]:
    """For the block: adopt orphaned descendants; after it, wait for all children (see the module docstring)."""
    become_subreaper()
    try:
        yield
    finally:
        killed = reap_children(limit_s)
        if killed:
            print(f"xephang: killed {len(killed)} process(es) still running {limit_s:g}s after the stop: {killed}",
                  file=sys.stderr, flush=True)
