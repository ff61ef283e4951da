"""Run one source's crawl in its own Scrapy process and report what it did.

Twisted's reactor cannot be restarted within a process, and the Prefect flow crawls many sources per
run, so every crawl is `python -m scrapy crawl news ...` in a subprocess (cwd = repository root, where
scrapy.cfg is). The crawl writes its items as JSON lines to `out`, its log to `<out stem>.log` and its
final stats to `<out>.stats.json` (crawlers.extensions.StatsFile); `CrawlResult` is read from those.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
# Throttling exists for other people's servers; the demo site on loopback is ours.
LOOPBACK_SETTINGS = {"AUTOTHROTTLE_ENABLED": "0", "DOWNLOAD_DELAY": "0"}
_GRACE_SECONDS = 10.0


@dataclass
class CrawlResult:
    """What one crawl did. `pages` counts HTTP responses (robots.txt excluded), `items` the lines in
    `out`; `errors` are failures worth reporting (network, 5xx, crawler bugs, a crash or timeout),
    `skipped` pages that were not articles (404, empty, binary, no text) with their reasons."""

    source: str
    out: Path
    log: Path
    stats_path: Path
    returncode: int | None
    pages: int = 0
    items: int = 0
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    finish_reason: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    duration: float = 0.0

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.errors


def _is_loopback(url: str | None) -> bool:
    return bool(url) and (urlsplit(url).hostname or "") in ("127.0.0.1", "localhost", "::1")


def build_command(
    source: str | Path,
    out: Path,
    base_url: str | None = None,
    known_urls: Path | None = None,
    settings: dict[str, str] | None = None,
) -> list[str]:
    """The `scrapy crawl` command line (a separate function so it can be logged and tested)."""
    target = str(out) if out.suffix == ".jsonl" else f"{out}:jsonlines"
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"source={source}", "-O", target]
    if base_url:
        command += ["-a", f"base_url={base_url}"]
    if known_urls:
        command += ["-a", f"known_urls={known_urls}"]
    merged = dict(LOOPBACK_SETTINGS) if _is_loopback(base_url) else {}
    merged.update(settings or {})
    merged["XEPHANG_STATS_FILE"] = str(stats_path_of(out))
    for key, value in merged.items():
        command += ["-s", f"{key}={value}"]
    return command


def stats_path_of(out: Path) -> Path:
    return out.with_name(out.name + ".stats.json")


def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def crawl_source(
    source: str | Path,
    out: Path,
    base_url: str | None = None,
    known_urls: Path | None = None,
    settings: dict[str, str] | None = None,
    timeout: float = 600,
) -> CrawlResult:
    """Crawl one source (a source file path or id) into `out` (JSON lines, overwritten).

    Never raises for a failed crawl: a crash, a timeout or a bad source file comes back in
    `errors` with the log path, so one broken source does not stop a run. A crawl still running at
    `timeout` is asked to stop (SIGINT: Scrapy closes cleanly, keeping the items so far) and killed
    if it has not stopped after a grace period.
    """
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    log_path = out.with_suffix(".log")
    stats_path = stats_path_of(out)
    for stale in (out, stats_path):
        stale.unlink(missing_ok=True)
    source_arg = Path(source).resolve() if Path(source).exists() else source
    command = build_command(source_arg, out, base_url, Path(known_urls).resolve() if known_urls else None, settings)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    result = CrawlResult(
        source=str(source), out=out, log=log_path, stats_path=stats_path, returncode=None
    )
    started = time.monotonic()
    with log_path.open("wb") as log_file:
        log_file.write(("$ " + " ".join(command) + "\n").encode("utf-8"))
        log_file.flush()
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT)
        try:
            result.returncode = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            result.errors.append(f"crawl timed out after {timeout:g}s; stopped (see {log_path})")
            result.returncode = _stop(process)
    result.duration = time.monotonic() - started
    _read_stats(result)
    result.items = _count_lines(out)
    if result.returncode != 0:
        result.errors.append(f"scrapy exited with code {result.returncode} (see {log_path})")
    return result


def _stop(process: subprocess.Popen[bytes]) -> int:
    """Stop a crawl as Ctrl-C does: a first SIGINT lets Scrapy finish in-flight requests and close
    its feed (keeping the items so far), a second one forces it; SIGKILL if it still runs."""
    for _ in range(2):
        process.send_signal(signal.SIGINT)
        try:
            return process.wait(timeout=_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            continue
    process.kill()
    return process.wait()


def _read_stats(result: CrawlResult) -> None:
    if not result.stats_path.exists():
        result.errors.append(f"no crawl stats written; the crawl did not finish (see {result.log})")
        return
    try:
        payload = json.loads(result.stats_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        result.errors.append(f"unreadable crawl stats {result.stats_path}: {exc}")
        return
    stats = payload.get("stats") or {}
    result.stats = stats
    result.finish_reason = payload.get("finish_reason")
    result.pages = int(stats.get("response_received_count", 0)) - int(stats.get("robotstxt/response_count", 0))
    result.errors.extend(payload.get("errors") or [])
    result.skipped.extend(payload.get("skipped") or [])
    if result.finish_reason not in (None, "finished", "closespider_pagecount", "closespider_itemcount"):
        result.errors.append(f"crawl ended early: {result.finish_reason}")
