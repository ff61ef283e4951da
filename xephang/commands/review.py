"""`xephang review`: the local review page; `xephang review export OUT.jsonl`: reviews as gold.

The server listens on 127.0.0.1 by default and refuses any other address without --allow-remote
(see xephang/review/server.py for why); port 0 picks a free port, printed at start.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

DEFAULT_DB = Path("data/xephang.duckdb")


def _reviewer_default() -> str:
    try:
        return os.environ.get("XEPHANG_REVIEWER") or getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help="review extracted facts in a local web page (accept / reject / correct)",
        description="Serve a local page to review facts one at a time: a accept, r reject, c correct, "
        "u undo, j/k next/previous; or whole articles (article mode: n adds a missed fact, d marks the article done). "
        "`xephang review export OUT.jsonl` writes reviewed articles as gold.",
    )
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"warehouse file (default {DEFAULT_DB})")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: any free port)")
    parser.add_argument("--reviewer", default=_reviewer_default(), help="name recorded with each decision")
    parser.add_argument("--allow-remote", action="store_true", help="allow listening on a non-loopback address")
    parser.add_argument("--evaluate-file", type=Path, default=None,
                        help="saved `xephang evaluate` summary (default data/accuracy/evaluate-latest.json)")
    sub = parser.add_subparsers(dest="review_command", metavar="export")
    export = sub.add_parser("export", help="write reviewed articles as gold JSONL (the format `xephang evaluate` reads)")
    export.add_argument("out", type=Path, metavar="OUT.jsonl")
    export.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="warehouse file")
    export.add_argument("--include-partial", action="store_true",
                        help="also articles with claims nobody has judged yet (only the judged ones are written)")
    export.add_argument("--done-only", action="store_true",
                        help="only articles marked done in article mode (their facts are complete: recall can be measured)")
    export.set_defaults(func=run_export)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from warehouse import Warehouse
    from xephang.review.server import RemoteBindingRefused, ReviewApp, make_server, url_of

    if not args.db.exists():
        print(f"xephang review: no warehouse at {args.db} (run a crawl first, or pass --db)", file=sys.stderr)
        return 2
    app = ReviewApp(Warehouse(args.db), reviewer=args.reviewer, evaluate_path=args.evaluate_file,
                    allow_remote=args.allow_remote)
    try:
        server = make_server(app, args.host, args.port)
    except RemoteBindingRefused as exc:
        print(f"xephang review: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"xephang review: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    print(f"xephang review: {url_of(server)} (reviewer {args.reviewer}; Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


def run_export(args: argparse.Namespace) -> int:
    from warehouse import Warehouse
    from xephang.review.export import export_gold

    if not args.db.exists():
        print(f"xephang review export: no warehouse at {args.db}", file=sys.stderr)
        return 2
    articles, facts = export_gold(Warehouse(args.db), args.out, include_partial=args.include_partial,
                                  done_only=args.done_only)
    print(f"{articles} article(s), {facts} gold fact(s) → {args.out}")
    return 0
