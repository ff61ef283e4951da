"""A Prefect server of our own on loopback, for `xephang serve` when no server is configured.

Schedules need Prefect's scheduler service, which only a real server runs (ephemeral mode, what
`xephang run` uses, has none). Rather than asking a newcomer to start one by hand, `serve` starts
`prefect server start` itself: on 127.0.0.1, on a free port, with its state (sqlite database, UI
build, log) in a folder of ours, and stops it when serving ends.

The server runs in its own session so that Ctrl-C in the terminal reaches `serve` only: the runner
stops first (it reports its runs to the server while stopping), then the server is stopped here.
If `serve` itself is killed outright, Linux's parent-death signal still ends the server, so no
orphan keeps the port and the sqlite file.

One server per state folder: a second `serve` on the same database finds the folder's lock held
and says who holds it, instead of starting a second server on the same sqlite file.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"
STARTUP_TIMEOUT_S = 180.0  # a first start builds the UI and creates the database: slow on a busy machine
STOP_TIMEOUT_S = 20.0
LOCK_NAME = "server.lock"
LOG_NAME = "server.log"


class LocalServerError(RuntimeError):
    """The server could not be started (or the state folder is in use by another serve)."""


@dataclass(frozen=True)
class LocalServer:
    """A running server: where its API and UI are, its process, its state folder."""

    api_url: str
    ui_url: str
    pid: int
    state_dir: Path
    log_path: Path


def state_dir_for(db: Path) -> Path:
    """Where the server for `db` keeps its state: `<db dir>/<db stem>.prefect` (data/xephang.prefect).

    Beside the database it schedules, one folder per database, so serving the demo and the real
    warehouse never share (or lock each other out of) one sqlite file.
    """
    return db.parent / f"{db.stem}.prefect"


def _free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _prefect_command() -> list[str]:
    """The `prefect` of this interpreter's environment (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "prefect"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("prefect")
    if not found:
        raise LocalServerError("the `prefect` command is not installed next to this Python nor on PATH")
    return [found]


def _die_with_parent() -> None:
    """In the child before exec: ask Linux to SIGTERM it when `serve` dies, however it dies."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


@contextlib.contextmanager
def state_lock(state_dir: Path) -> Iterator[None]:
    """Hold the state folder for this process (released by the kernel if it dies)."""
    path = state_dir / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "?"
            raise LocalServerError(
                f"another xephang serve (pid {holder}) is running a Prefect server in {state_dir}; "
                "stop it first, or point this one at it with PREFECT_API_URL"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


def _wait_healthy(process: subprocess.Popen[bytes], api_url: str, log_path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log_path.read_text(errors="replace")[-2000:]
            raise LocalServerError(f"prefect server exited with code {process.returncode}; its log:\n{tail}")
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise LocalServerError(f"prefect server not answering at {api_url} after {timeout:g} s (log: {log_path})")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group, then SIGKILL if it has not ended in time."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextlib.contextmanager
def local_prefect_server(state_dir: Path, *, timeout: float = STARTUP_TIMEOUT_S) -> Iterator[LocalServer]:
    """Start `prefect server start` on loopback with its state in `state_dir`; stop it on exit.

    The server inherits this environment (so PREFECT_SERVER_* settings still apply) except the
    client settings that would point it elsewhere; PREFECT_HOME, and with it the sqlite database and
    the UI build, is `state_dir`.
    """
    state_dir = state_dir.resolve()
    state_dir.mkdir(parents=True, exist_ok=True)
    with state_lock(state_dir):
        port = _free_port(HOST)
        base = f"http://{HOST}:{port}"
        env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_PROFILE")}
        env["PREFECT_HOME"] = str(state_dir)
        env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        log_path = state_dir / LOG_NAME
        with log_path.open("ab") as log:
            process = subprocess.Popen(
                [*_prefect_command(), "server", "start", "--host", HOST, "--port", str(port)],
                env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True, preexec_fn=_die_with_parent,
            )
        try:
            _wait_healthy(process, f"{base}/api", log_path, timeout)
            yield LocalServer(f"{base}/api", base, process.pid, state_dir, log_path)
        finally:
            _stop(process)
