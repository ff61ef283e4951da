"""`xephang sources list | check | test`: the source catalogue, from the user's side.

- `list`: every source (the catalogue's and the user's folders') with its kind, how it discovers
  articles, its politeness and how far it is verified (a real page of date X, evidence only, a guess).
- `check`: crawl each source with a small page budget and report OK / EMPTY / UNREACHABLE, each line
  as it finishes (xephang/commands/sources_check.py).
- `test FILE.toml PAGE.html`: what each selector of a source file gives on a saved page, so a source
  for a new outlet can be written against one saved article and one saved listing in minutes
  (xephang/commands/sources_show.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from xephang.commands import sources_check, sources_show
from xephang.commands.run import add_sources_option

# Kept here so tests and callers patch one name: the per-source check the command runs.
check_source = sources_check.check_source
CheckResult = sources_check.CheckResult
OK, EMPTY, UNREACHABLE = sources_check.OK, sources_check.EMPTY, sources_check.UNREACHABLE


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sources",
        help="list, check or test the source catalogue",
        description="Source catalogue tools (crawlers/sources/*.toml and your --sources folders).",
    )
    sub = parser.add_subparsers(dest="sources_command", required=True, metavar="SUBCOMMAND")

    listing = sub.add_parser("list", help="every source with its discovery, politeness and verification",
                             description="List every source: kind, discovery, politeness, how it was verified.")
    add_sources_option(listing)
    listing.add_argument("--json", action="store_true", help="one JSON object per source")
    listing.set_defaults(func=run_list)

    check = sub.add_parser(
        "check",
        help="crawl each source with a small page budget and report OK / EMPTY / UNREACHABLE",
        description="Crawl each source with a small page budget; report pages, articles, facts and a status, "
        "one line per source as soon as it is done. Sources on different hosts are checked in parallel.",
    )
    check.add_argument("--source", action="append", metavar="ID",
                       help="a source id or .toml path (repeatable; default: every real source and yours)")
    add_sources_option(check)
    check.add_argument("--timeout", type=float, default=120.0, metavar="S", help="seconds per source (default 120)")
    check.add_argument("--pages", type=int, default=15, metavar="N", help="page budget per source (default 15)")
    check.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1), metavar="N",
                       help="hosts checked at once (default: 4, at most the CPU count)")
    check.add_argument("--dns-timeout", type=float, default=5.0, metavar="S",
                       help="give up on a host name that gets no answer in S seconds (default 5)")
    check.add_argument("--base-url", help="crawl this address instead of the source's own (mirror or test server)")
    check.add_argument("--json", action="store_true", help="one JSON object per source")
    check.set_defaults(func=run_check)

    test = sub.add_parser(
        "test",
        help="show what each selector of a source file gives on a saved page",
        description="Hold a source file against a saved page (an article or a listing): what each selector "
        "gives by itself, which links url_pattern takes, the next page, and what the crawl would store.",
    )
    test.add_argument("file", type=Path, metavar="FILE.toml", help="the source file")
    test.add_argument("page", type=Path, metavar="PAGE.html", help="a saved article or listing page")
    test.add_argument("--url", help="the page's address (default: its rel=canonical / og:url, else the base URL)")
    test.add_argument("--base-url", help="fills a {demo:…} base_url placeholder")
    test.set_defaults(func=run_test)


def _catalogue(args: argparse.Namespace) -> dict[str, Path]:
    from crawlers.sourcefile import catalogue

    return catalogue(extra_dirs=args.source_dirs)


def run_list(args: argparse.Namespace) -> int:
    from crawlers.sourcefile import SourceError

    try:
        files = _catalogue(args)
        print(sources_show.list_table(files, as_json=args.json), flush=True)
    except SourceError as exc:
        print(f"xephang sources list: {exc}", file=sys.stderr)
        return 2
    return 0


def run_check(args: argparse.Namespace) -> int:
    from crawlers.sourcefile import SourceError

    try:
        sources = args.source or [str(p) for p in _catalogue(args).values()]
    except SourceError as exc:
        print(f"xephang sources check: {exc}", file=sys.stderr)
        return 2
    results = sources_check.run_checks(sources, check_source, args.jobs, args.timeout, args.pages,
                                       args.base_url, args.dns_timeout)
    return sources_check.report(results, args.json)


def run_test(args: argparse.Namespace) -> int:
    from crawlers.sourcefile import SourceError

    try:
        text, code = sources_show.test_report(args.file, args.page, url=args.url, base_url=args.base_url)
    except (SourceError, OSError) as exc:
        print(f"xephang sources test: {exc}", file=sys.stderr)
        return 2
    print(text)
    return code
