"""Run one source's crawl in its own Scrapy process and report what it did.

Twisted's reactor cannot be restarted within a process, and the Prefect flow crawls many sources per
run, so every crawl is `python -m crawlers crawl news ...` (Scrapy's command line, crawlers/__main__.py)
in a subprocess (cwd = repository root, where
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

from crawlers.state import STATE_FILE

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
    # Articles left out as not about the rankings, "reason: url" (also in `<out>.dropped.jsonl`).
    dropped: list[str] = field(default_factory=list)
    dropped_path: Path | None = None
    # With a job_dir: the outputs of earlier, interrupted runs of this job (their items are not
    # fetched again; the union of those files and `out` is the job's result).
    resumed_from: list[Path] = field(default_factory=list)

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
    state: Path | None = None,
) -> list[str]:
    """The `scrapy crawl` command line (a separate function so it can be logged and tested)."""
    target = str(out) if out.suffix == ".jsonl" else f"{out}:jsonlines"
    # `python -m crawlers` is `python -m scrapy` that skips the interpreter's teardown (crawlers/__main__.py).
    command = [sys.executable, "-m", "crawlers", "crawl", "news", "-a", f"source={source}", "-O", target]
    if base_url:
        command += ["-a", f"base_url={base_url}"]
    if known_urls:
        command += ["-a", f"known_urls={known_urls}"]
    if state:
        command += ["-a", f"state={state}"]
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


def dropped_path_of(out: Path) -> Path:
    return out.with_name(out.name + ".dropped.jsonl")


def crawl_source(
    source: str | Path,
    out: Path,
    base_url: str | None = None,
    known_urls: Path | None = None,
    settings: dict[str, str] | None = None,
    timeout: float = 600,
    cache_dir: Path | None = None,
    job_dir: Path | None = None,
) -> CrawlResult:
    """Crawl one source (a source file path or id) into `out` (JSON lines, overwritten).

    Never raises for a failed crawl: a crash, a timeout or a bad source file comes back in
    `errors` with the log path, so one broken source does not stop a run. A crawl still running at
    `timeout` is asked to stop (SIGINT: Scrapy closes cleanly, keeping the items so far) and killed
    if it has not stopped after a grace period.

    `cache_dir` (one folder per source, e.g. `data/httpcache/<id>`; None = no cache) turns on
    Scrapy's HTTP cache with the RFC 2616 policy: listing, feed and sitemap pages are revalidated
    with If-None-Match / If-Modified-Since, so an unchanged page costs a 304; the crawl also keeps its
    state there (crawlers/state.py), so the next run stops walking a listing at its first page of
    known articles and requests what failed directly. `job_dir` (one folder
    per source and job; None = off) makes an interrupted crawl resumable: Scrapy's JOBDIR keeps the
    request queue, and the items of earlier outputs of the same job are not fetched again, so a
    crawl killed midway and run again (into a new `out`) loses nothing and doubles nothing.
    """
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    log_path = out.with_suffix(".log")
    stats_path = stats_path_of(out)
    dropped_path = dropped_path_of(out)
    if job_dir is not None:
        _keep_earlier_output(Path(job_dir).resolve(), out)
    for stale in (out, stats_path, dropped_path, log_path):
        stale.unlink(missing_ok=True)
    source_arg = Path(source).resolve() if Path(source).exists() else source
    settings = dict(settings or {})
    settings["XEPHANG_DROPPED_FILE"] = str(dropped_path)
    state: Path | None = None
    if cache_dir is not None:
        cache = Path(cache_dir).resolve()
        cache.mkdir(parents=True, exist_ok=True)
        settings.setdefault("HTTPCACHE_ENABLED", "1")
        settings.setdefault("HTTPCACHE_DIR", str(cache))
        state = cache / STATE_FILE
    resumed: list[Path] = []
    job: Path | None = None
    if job_dir is not None:
        job = Path(job_dir).resolve()
        resumed, known_urls = _prepare_job(job, out, Path(known_urls) if known_urls else None, log_path)
        settings.setdefault("JOBDIR", str(job / "scrapy"))
        # The spider dedupes within a run; Scrapy's persistent dupefilter would also drop, on
        # resume, pages whose responses a killed run never processed (lost articles).
        settings.setdefault("DUPEFILTER_CLASS", "scrapy.dupefilters.BaseDupeFilter")
    command = build_command(
        source_arg, out, base_url, Path(known_urls).resolve() if known_urls else None, settings, state=state
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    result = CrawlResult(
        source=str(source), out=out, log=log_path, stats_path=stats_path, returncode=None,
        dropped_path=dropped_path, resumed_from=resumed,
    )
    started = time.monotonic()
    with log_path.open("ab") as log_file:  # after the job's notes, if any
        log_file.write(("$ " + " ".join(command) + "\n").encode("utf-8"))
        log_file.flush()
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT)
        if job is not None:
            (job / PID_FILE).write_text(f"{process.pid}\n", encoding="utf-8")
        try:
            result.returncode = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            result.errors.append(f"crawl timed out after {timeout:g}s; stopped (see {log_path})")
            result.returncode = _stop(process)
    result.duration = time.monotonic() - started
    _read_stats(result)
    if job is not None and result.finish_reason is not None:
        (job / PID_FILE).unlink(missing_ok=True)  # a clean stop: the Scrapy queue on disk is usable
    _repair_jsonl(out)
    result.items = _count_lines(out)
    result.dropped = _read_dropped(dropped_path)
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


PID_FILE = "crawl.pid"
LEDGER_FILE = "outputs.txt"


def _repair_jsonl(path: Path) -> bool:
    """Cut an incomplete last line (a crawl killed mid-write); True when something was cut."""
    if not path.exists():
        return False
    data = path.read_bytes()
    if not data or data.endswith(b"\n"):
        return False
    cut = data.rfind(b"\n") + 1
    with path.open("r+b") as handle:
        handle.truncate(cut)
    return True


def _item_urls(path: Path) -> set[str]:
    """Every address of every complete item in a JSON-lines output (unreadable lines ignored)."""
    urls: set[str] = set()
    if not path.exists():
        return urls
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                item = json.loads(line)
            except ValueError:
                continue
            for key in ("url", "requested_url", "canonical_url"):
                if isinstance(item.get(key), str):
                    urls.add(item[key])
    return urls


def _read_ledger(job: Path) -> list[Path]:
    ledger = job / LEDGER_FILE
    if not ledger.exists():
        return []
    return [Path(line) for line in ledger.read_text(encoding="utf-8").splitlines() if line.strip()]


def _keep_earlier_output(job: Path, out: Path) -> None:
    """A job resumed into the same `out` must not overwrite the items of its earlier run: move them
    to `<stem>.partN<suffix>` and record the new name in the ledger."""
    earlier = _read_ledger(job)
    if out not in earlier or not out.exists() or out.stat().st_size == 0:
        return
    n = 1
    while (moved := out.with_name(f"{out.stem}.part{n}{out.suffix}")).exists():
        n += 1
    out.replace(moved)
    (job / LEDGER_FILE).write_text("".join(f"{moved if p == out else p}\n" for p in earlier), encoding="utf-8")


def _prepare_job(job: Path, out: Path, known_urls: Path | None, log_path: Path) -> tuple[list[Path], Path]:
    """Set up or resume a job folder; returns the earlier outputs and the known-URLs file to use.

    The ledger lists every output of the job. Items already in an earlier output are added to the
    known URLs, so they are not fetched (nor stored) again. A job whose last run did not stop cleanly
    (its pid file is still there: SIGKILL, power cut) may have a half-written Scrapy queue; that queue
    is discarded and discovery starts again, which the known URLs make cheap.
    """
    import shutil

    job.mkdir(parents=True, exist_ok=True)
    ledger = job / LEDGER_FILE
    earlier = [p for p in _read_ledger(job) if p != out]
    notes: list[str] = []
    if (job / PID_FILE).exists():
        notes.append("previous run of this job did not stop cleanly; its Scrapy queue is discarded")
        shutil.rmtree(job / "scrapy", ignore_errors=True)
        (job / PID_FILE).unlink(missing_ok=True)
    known: set[str] = set()
    if known_urls is not None and known_urls.exists():
        known.update(line.strip() for line in known_urls.read_text(encoding="utf-8").splitlines() if line.strip())
    for path in earlier:
        if _repair_jsonl(path):
            notes.append(f"cut an incomplete last line from {path}")
        known |= _item_urls(path)
    ledger.write_text("".join(f"{p}\n" for p in [*earlier, out]), encoding="utf-8")
    merged = job / "known_urls.txt"
    merged.write_text("".join(f"{u}\n" for u in sorted(known)), encoding="utf-8")
    if notes:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("a", encoding="utf-8") as handle:
            handle.writelines(f"[xephang] {note}\n" for note in notes)
    return [p for p in earlier if p.exists()], merged


def _read_dropped(path: Path) -> list[str]:
    rows: list[str] = []
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        rows.append(f"{row.get('reason')}: {row.get('url')}")
    return rows
