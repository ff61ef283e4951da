"""`xephang sources check`: is each source still crawlable, and does its layout still give articles?

Source files are written against sites that change their markup without notice; a selector or URL
pattern that stops matching does not fail, it silently finds nothing. This crawls each source with a
small page budget and says, per source, how many pages were fetched, how many articles were found
(before the relevance filter: a small budget may hold no ranking article, which is not a layout
problem) and how many ranking facts the extractor finds in the kept ones, with a status:

    OK           articles found
    EMPTY        pages fetched but no article: the layout or the URL pattern has probably changed
    UNREACHABLE  nothing fetched: the name does not resolve, the site is down or blocks us

Each source's line is printed as soon as its check ends. Sources are checked in parallel, except
that sources on one host are checked one after another (so a site never sees two of our crawls at
once, each keeping its own politeness). A host name is looked up before anything is crawled, with a
short deadline: offline, a name that does not resolve is reported at once instead of after a
crawl's worth of DNS retries.
"""

from __future__ import annotations

import json
import queue
import re
import socket
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

OK, EMPTY, UNREACHABLE = "OK", "EMPTY", "UNREACHABLE"


@dataclass
class CheckResult:
    """One source's check: figures, status and the first error for the report."""

    source: str
    pages: int
    articles: int
    kept: int
    facts: int
    status: str
    note: str = ""


def resolve_error(host: str, deadline: float) -> str | None:
    """Why `host` cannot be used (no such name, or no answer within `deadline` seconds), or None.

    `getaddrinfo` has no timeout of its own and an offline resolver retries for half a minute, so the
    lookup runs in a daemon thread that is simply abandoned at the deadline."""
    answer: queue.Queue[str | None] = queue.Queue(maxsize=1)

    def lookup() -> None:
        try:
            socket.getaddrinfo(host, None)
        except OSError as exc:
            answer.put(f"name does not resolve: {host} ({exc.strerror or exc})")
        else:
            answer.put(None)

    threading.Thread(target=lookup, name=f"resolve-{host}", daemon=True).start()
    try:
        return answer.get(timeout=deadline)
    except queue.Empty:
        return f"name lookup for {host} got no answer in {deadline:g} s (offline?)"


def _facts(items: list[dict[str, Any]]) -> int:
    """Ranking facts the extractor finds in the crawled items."""
    from pipeline.extract import extract_article
    from pipeline.model import Article, Table

    total = 0
    for item in items:
        tables = [
            Table(headers=t.get("headers") or [], rows=t.get("rows") or [], caption=t.get("caption") or "")
            for t in item.get("tables") or []
        ]
        article = Article(url=item.get("url", ""), title=item.get("title", ""), text=item.get("text", ""),
                          date=item.get("date"), tables=tables, source=item.get("source"))
        try:
            total += len(extract_article(article, with_docs=False))
        except Exception:  # a check must report on every source even if one article trips the extractor
            continue
    return total


def check_source(source: str, work: Path, timeout: float, pages: int, base_url: str | None,
                 dns_timeout: float = 5.0) -> CheckResult:
    """Look the host up, then crawl one source with a page budget and classify the outcome."""
    from crawlers.run import crawl_source
    from crawlers.sourcefile import SourceError, load_source

    try:
        src = load_source(source, base_url)
    except SourceError as exc:
        return CheckResult(Path(source).stem, 0, 0, 0, 0, UNREACHABLE, f"bad source file: {exc}")
    host = urlsplit(src.base_url).hostname or ""
    if problem := resolve_error(host, dns_timeout):
        return CheckResult(src.id, 0, 0, 0, 0, UNREACHABLE, problem)
    out = work / f"{src.id}.jsonl"
    result = crawl_source(src.path or source, out, base_url=base_url, timeout=timeout,
                          settings={"XEPHANG_MAX_PAGES": str(pages)})
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()] \
        if out.exists() else []
    articles = len(items) + len(result.dropped)
    note = result.errors[0] if result.errors else ""
    if result.pages == 0:
        status = UNREACHABLE
    elif articles == 0:
        status = EMPTY
        note = note or f"{result.pages} pages fetched but no article matched; check url_pattern and selectors"
    else:
        status = OK
    return CheckResult(src.id, result.pages, articles, len(items), _facts(items), status, note)


def host_of(source: str, base_url: str | None) -> str:
    """The host a source's check will talk to (the `--base-url` one when given): the unit of
    politeness between checks. A file that cannot be read gets a host of its own."""
    from crawlers.sourcefile import SourceError, load_source

    try:
        url = load_source(source, base_url).base_url
    except SourceError:
        return f"unreadable:{source}"
    parts = urlsplit(url)
    return re.sub(r"^(www|m)\.", "", (parts.hostname or "").lower()) + (f":{parts.port}" if parts.port else "")


def by_host(sources: list[str], base_url: str | None) -> list[list[str]]:
    """Sources grouped by host, in the order given: each group is checked one source at a time."""
    groups: dict[str, list[str]] = {}
    for source in sources:
        groups.setdefault(host_of(source, base_url), []).append(source)
    return list(groups.values())


def run_checks(sources: list[str], check: Callable[..., CheckResult], jobs: int, timeout: float, pages: int,
               base_url: str | None, dns_timeout: float) -> Iterator[CheckResult]:
    """Check `sources` (at most `jobs` hosts at once, one source at a time per host) and yield each
    result as soon as it is known."""
    groups = by_host(sources, base_url)
    with tempfile.TemporaryDirectory(prefix="xephang-sources-check-") as tmp, \
            ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="check") as pool:
        done: queue.Queue[CheckResult] = queue.Queue()

        def walk(group: list[str]) -> None:
            for source in group:
                try:
                    result = check(source, Path(tmp), timeout, pages, base_url, dns_timeout)
                except Exception as exc:  # a crashed check is that source's result, not the command's end
                    result = CheckResult(Path(source).stem, 0, 0, 0, 0, UNREACHABLE,
                                         f"check failed: {type(exc).__name__}: {exc}")
                done.put(result)

        pending: set[Future[None]] = {pool.submit(walk, group) for group in groups}
        remaining = len(sources)
        while remaining:
            try:
                yield done.get(timeout=0.2)
                remaining -= 1
            except queue.Empty:
                finished, pending = wait(pending, timeout=0, return_when=FIRST_COMPLETED)
                for future in finished:
                    future.result()  # walk() catches per source; anything here is a bug worth seeing


def header() -> str:
    return f"{'source':<20} {'pages':>5} {'articles':>8} {'kept':>5} {'facts':>5}  status"


def line(result: CheckResult) -> str:
    return (f"{result.source:<20} {result.pages:>5} {result.articles:>8} {result.kept:>5} {result.facts:>5}  "
            f"{result.status}" + (f"  ({result.note})" if result.note and result.status != OK else ""))


def report(results: Iterator[CheckResult], as_json: bool) -> int:
    """Print each result as it arrives; the exit code: 1 if any source is EMPTY (the actionable
    case), else 2 if any is UNREACHABLE, else 0."""
    statuses: set[str] = set()
    if not as_json:
        print(header(), flush=True)
    for result in results:
        statuses.add(result.status)
        print(json.dumps(asdict(result), ensure_ascii=False) if as_json else line(result), flush=True)
    if EMPTY in statuses:
        print("xephang: some sources gave no articles: their layout may have changed", file=sys.stderr)
        return 1
    return 2 if UNREACHABLE in statuses else 0
