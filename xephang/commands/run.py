"""`xephang run`: run the main job once, now.

With `--demo` the bundled demo news site is served on 127.0.0.1 for the length of the run and its
outlets are crawled; otherwise the configured real sources are. Prefect runs in its ephemeral mode
unless PREFECT_API_URL points at a server.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

DEFAULT_DB = Path("data") / "xephang.duckdb"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run",
        help="crawl sources, extract ranking facts and load them into DuckDB, once",
        description="Crawl → load articles → extract facts → load facts with evidence, as one Prefect flow run.",
    )
    parser.add_argument("--demo", action="store_true", help="serve and crawl the bundled demo news site (loopback only)")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"DuckDB file (default: {DEFAULT_DB})")
    parser.add_argument(
        "--source", action="append", dest="sources", metavar="ID", help="crawl only this source (repeatable)"
    )
    parser.add_argument("--work-dir", type=Path, help="keep the crawl feeds and logs here (default: a temp folder)")
    parser.set_defaults(func=run_command)


@contextlib.contextmanager
def _demo_addresses(enabled: bool) -> Iterator[dict[str, str] | None]:
    """The demo outlets' loopback base URLs while the demo site is served, or None for real sources."""
    if not enabled:
        yield None
        return
    from xephang.demo.server import DEMO_BASE_PORT, serve_demo_site

    with serve_demo_site(base_port=DEMO_BASE_PORT) as site:
        print("xephang: demo news site served at " + ", ".join(f"{k} {v}" for k, v in site.outlets.items()))
        yield dict(site.outlets)


def run_command(args: argparse.Namespace) -> int:
    from flows.crawl_flow import crawl_flow
    from flows.sources import select_sources

    try:
        sources = select_sources(args.sources, demo=args.demo)
    except ValueError as exc:
        print(f"xephang run: {exc}", file=sys.stderr)
        return 2
    if not sources:
        where = "crawlers/sources/demo/" if args.demo else "crawlers/sources/"
        print(f"xephang run: no sources configured in {where}", file=sys.stderr)
        return 2
    print(f"xephang: crawling {len(sources)} source(s) into {args.db.resolve()}")
    with _demo_addresses(args.demo) as base_urls:
        report = crawl_flow(
            sources=sources,
            db_path=str(args.db),
            base_urls=base_urls,
            work_dir=str(args.work_dir) if args.work_dir else None,
        )
    print(report.summary_text())
    return 0
