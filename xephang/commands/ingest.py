"""`xephang ingest PATH…`: saved article files (.txt, .html, folders of them) into the warehouse.

They become articles of source kind `file`, deduplicated and extracted like crawled ones, so they
can be reviewed (and annotated as gold) in `xephang review` without being committed anywhere.
Takes the database's run lock like `xephang run` (exit 3 when another run holds it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from xephang.commands.run import EXIT_BUSY, add_db_option, target_db


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="load saved article files (.txt / .html, or folders) into the warehouse and extract them",
        description="Load .txt (optional first line `Date: YYYY-MM-DD`) and .html article files, or folders of "
        "them, as articles of source kind `file`: deduplicated and extracted like crawled articles.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders")
    add_db_option(parser)
    parser.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                        help="wait this long for another run holding the database (default: do not wait)")
    parser.set_defaults(func=run, demo=False)


def run(args: argparse.Namespace) -> int:
    from flows.databases import DemoMixError, check_no_mix
    from flows.ingest import ingest
    from flows.runlock import RunLockBusy, run_lock

    db = target_db(args)
    try:
        with run_lock(db, wait=args.wait):
            if not args.allow_demo_mix:
                check_no_mix(db, False)  # saved files are real articles: keep them out of the demo's file
            report = ingest(db, args.paths)
    except RunLockBusy as exc:
        print(f"xephang ingest: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except DemoMixError as exc:
        print(f"xephang ingest: {exc}", file=sys.stderr)
        return 2
    print(report.summary())
    print(f"database: {db.resolve()}")
    if not report.files:
        print("xephang ingest: no .txt or .html file found", file=sys.stderr)
        return 2
    return 0
