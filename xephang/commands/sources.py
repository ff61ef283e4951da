"""`xephang sources check`: is each source still crawlable, and does its layout still give articles?

Source files are written against sites that change their markup without notice; a selector or URL
pattern that stops matching does not fail, it silently finds nothing. This command crawls each source
with a small page budget and says, per source, how many pages were fetched, how many articles were
found (before the relevance filter: a small budget may hold no ranking article, which is not a
layout problem) and how many ranking facts the extractor finds in the kept ones, with a status:

    OK           articles found
    EMPTY        pages fetched but no article: the layout or the URL pattern has probably changed
    UNREACHABLE  nothing fetched: the site is down, blocks us, or this machine is offline

Exit code 1 when any source is EMPTY (the actionable case), else 2 when any is UNREACHABLE, else 0.
`--base-url` points the crawl at another address (a mirror, or a loopback test server).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sources",
        help="check the source catalogue against the live sites",
        description="Source catalogue tools (crawlers/sources/*.toml).",
    )
    sub = parser.add_subparsers(dest="sources_command", required=True, metavar="SUBCOMMAND")
    check = sub.add_parser(
        "check",
        help="crawl each source with a small page budget and report OK / EMPTY / UNREACHABLE",
        description="Crawl each source with a small page budget; report pages, articles, facts and a status.",
    )
    check.add_argument("--source", action="append", metavar="ID",
                       help="a source id or .toml path (repeatable; default: every real source)")
    check.add_argument("--timeout", type=float, default=120.0, metavar="S", help="seconds per source (default 120)")
    check.add_argument("--pages", type=int, default=15, metavar="N", help="page budget per source (default 15)")
    check.add_argument("--base-url", help="crawl this address instead of the source's own (mirror or test server)")
    check.add_argument("--json", action="store_true", help="one JSON object per source")
    check.set_defaults(func=run_check)


def _default_sources() -> list[str]:
    from crawlers.sourcefile import SOURCES_DIR

    return [str(p) for p in sorted(SOURCES_DIR.glob("*.toml"))]


def _facts(items: list[dict[str, Any]]) -> int:
    """Ranking facts the extractor finds in the crawled items (0 if the extractor is unavailable)."""
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


def check_source(source: str, work: Path, timeout: float, pages: int, base_url: str | None) -> CheckResult:
    """Crawl one source with a page budget and classify the outcome."""
    from crawlers.run import crawl_source
    from crawlers.sourcefile import SourceError, load_source

    try:
        src = load_source(source, base_url)
    except SourceError as exc:
        return CheckResult(str(source), 0, 0, 0, 0, UNREACHABLE, f"bad source file: {exc}")
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


def run_check(args: argparse.Namespace) -> int:
    sources = args.source or _default_sources()
    results: list[CheckResult] = []
    with tempfile.TemporaryDirectory(prefix="xephang-sources-check-") as tmp:
        for source in sources:
            result = check_source(source, Path(tmp), args.timeout, args.pages, args.base_url)
            results.append(result)
            if args.json:
                print(json.dumps(result.__dict__, ensure_ascii=False), flush=True)
    if not args.json:
        print(f"{'source':<20} {'pages':>5} {'articles':>8} {'kept':>5} {'facts':>5}  status")
        for r in results:
            print(f"{r.source:<20} {r.pages:>5} {r.articles:>8} {r.kept:>5} {r.facts:>5}  {r.status}"
                  + (f"  ({r.note})" if r.note and r.status != OK else ""))
    statuses = {r.status for r in results}
    if EMPTY in statuses:
        print("xephang: some sources gave no articles: their layout may have changed", file=sys.stderr)
        return 1
    if UNREACHABLE in statuses:
        return 2
    return 0
