"""`xephang run`: run the main job once, now.

With `--demo` the bundled demo news site is served on 127.0.0.1 for the length of the run and its
outlets are crawled; otherwise the configured real sources are. Prefect runs in its ephemeral mode
unless PREFECT_API_URL points at a server.

One run at a time per database: the run lock (`<db>.run.lock`, flows/runlock.py) is taken before
anything starts, so a second `xephang run` on the same file either waits (`--wait SECONDS`) or
exits at once with code 3 and says who holds it.

Demo and real data are kept apart (flows/databases.py): the demo writes `data/demo.duckdb` by
default, real runs `data/xephang.duckdb`, and a run that would put both kinds of article into one
file stops with code 2 before crawling unless `--allow-demo-mix` is given.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from flows.databases import ALLOW_FLAG, DEFAULT_DB, DEFAULT_DEMO_DB, default_db
from xephang.demo.server import DEMO_BASE_PORT, demo_addresses

EXIT_BUSY = 3  # another run holds the database's run lock


def _default_crawl_timeout() -> float:
    """`XEPHANG_CRAWL_TIMEOUT` (seconds) if set, else the flow's default: one setting for cron jobs."""
    from flows.crawl_flow import DEFAULT_CRAWL_TIMEOUT

    value = os.environ.get("XEPHANG_CRAWL_TIMEOUT")
    try:
        return float(value) if value else DEFAULT_CRAWL_TIMEOUT
    except ValueError:
        return DEFAULT_CRAWL_TIMEOUT


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run",
        help="crawl sources, extract ranking facts and load them into DuckDB, once",
        description="Crawl → load articles → extract facts → load facts with evidence, as one Prefect flow run.",
    )
    parser.add_argument("--demo", action="store_true", help="serve and crawl the bundled demo news site (loopback only)")
    add_db_option(parser)
    parser.add_argument(
        "--source", action="append", dest="sources", metavar="ID", help="crawl only this source (repeatable)"
    )
    parser.add_argument("--work-dir", type=Path, help="keep the crawl feeds and logs here (default: a temp folder)")
    parser.add_argument("--extractor", default=None, metavar="MODULE[:ATTR]",
                        help="read with another extractor (EXTRACTOR_VERSION and extract_article), e.g. a candidate "
                        "version on a copy of the database (default: pipeline.extract)")
    add_run_options(parser)
    parser.set_defaults(func=run_command)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """`--db` with a default that depends on `--demo`, and the flag that lets demo and real data meet."""
    parser.add_argument(
        "--db", type=Path, default=None,
        help=f"DuckDB file (default: {DEFAULT_DB}; with --demo {DEFAULT_DEMO_DB}, so the demo's invented "
        "figures never land among real ones)",
    )
    parser.add_argument(
        ALLOW_FLAG, action="store_true", dest="allow_demo_mix",
        help="load into the file even if it holds the other kind of article (demo vs real sources)",
    )


def target_db(args: argparse.Namespace) -> Path:
    """The file this run writes: `--db`, else the demo's or the real default."""
    return args.db if args.db is not None else default_db(args.demo)


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """Options `run` and `serve` share: users' source folders, how long a crawl may take, how long to
    wait for another run."""
    add_sources_option(parser)
    parser.add_argument(
        "--crawl-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="stop one source's crawl after this long, keeping what it fetched "
        "(default: $XEPHANG_CRAWL_TIMEOUT or 600)",
    )
    parser.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="if another xephang run is using the database, wait this long for it (default: 0, exit with code 3)",
    )
    parser.add_argument(
        "--demo-port",
        type=int,
        default=DEMO_BASE_PORT,
        metavar="PORT",
        help=f"with --demo: first of the demo outlets' consecutive loopback ports (default: {DEMO_BASE_PORT}); "
        "keep it the same between runs so stored URLs stay the same",
    )


def add_sources_option(parser: argparse.ArgumentParser) -> None:
    """`--sources DIR`: a folder of the user's own source files, merged with the catalogue."""
    parser.add_argument(
        "--sources",
        action="append",
        dest="source_dirs",
        type=Path,
        metavar="DIR",
        help="also crawl the source files (*.toml) in this folder (repeatable; also $XEPHANG_SOURCES, "
        "separated by ':'); an id already in the catalogue is an error",
    )


def run_command(args: argparse.Namespace) -> int:
    from flows.crawl_flow import crawl_flow
    from flows.databases import DemoMixError, check_no_mix
    from flows.extractor import DEFAULT_EXTRACTOR, load_extractor
    from flows.runlock import RunLockBusy, run_lock
    from flows.sources import select_sources

    try:
        sources = select_sources(args.sources, demo=args.demo, source_dirs=args.source_dirs)
    except ValueError as exc:
        print(f"xephang run: {exc}", file=sys.stderr)
        return 2
    if not sources:
        where = "crawlers/sources/demo/" if args.demo else "crawlers/sources/"
        print(f"xephang run: no sources configured in {where}", file=sys.stderr)
        return 2
    timeout = args.crawl_timeout if args.crawl_timeout is not None else _default_crawl_timeout()
    db = target_db(args)
    extractor = args.extractor or DEFAULT_EXTRACTOR
    try:
        load_extractor(extractor)
    except ValueError as exc:
        print(f"xephang run: {exc}", file=sys.stderr)
        return 2
    try:
        with run_lock(db, wait=args.wait):
            if not args.allow_demo_mix:
                check_no_mix(db, args.demo)  # under the lock: no other run changes the file meanwhile
            print(f"xephang: crawling {len(sources)} source(s) into {db.resolve()}", flush=True)
            with demo_addresses(args.demo, args.demo_port) as base_urls:
                report = crawl_flow(
                    sources=sources,
                    db_path=str(db),
                    base_urls=base_urls,
                    work_dir=str(args.work_dir) if args.work_dir else None,
                    crawl_timeout=timeout,
                    extractor=extractor,
                )
    except RunLockBusy as exc:
        print(f"xephang run: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except DemoMixError as exc:
        print(f"xephang run: {exc}", file=sys.stderr)
        return 2
    print(report.summary_text())
    return 0
