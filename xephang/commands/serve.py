"""`xephang serve`: keep running and start the main job on a cron schedule (default every 6 hours).

This is Prefect's `flow.serve`: it registers a deployment of the `xephang-scheduled` flow with the
schedule, then polls the Prefect API for due runs and executes each in a subprocess until stopped.
A schedule needs Prefect's scheduler service, which only a real server runs: Prefect 3.8's
ephemeral mode (what `xephang run` uses when PREFECT_API_URL is unset) starts a temporary API
without services, and the runner itself warns "Cannot schedule flows on an ephemeral server". So
`serve` refuses to start without PREFECT_API_URL and says how to get one (`prefect server start`).

Each scheduled run takes the database's run lock like `xephang run` does, so a manual run and a
scheduled one never write the file at the same time.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from xephang.commands.run import DEFAULT_DB, _default_crawl_timeout, add_run_options
from xephang.demo.server import demo_addresses

DEFAULT_CRON = "0 */6 * * *"
DEFAULT_DEPLOYMENT = "xephang"
NO_SERVER_MESSAGE = """xephang serve: no Prefect server configured (PREFECT_API_URL is not set).
A schedule needs Prefect's scheduler, which its ephemeral mode does not run. Start a server and point
xephang at it, for example:
  prefect server start --host 127.0.0.1 --port 4200        # in another terminal, or as a service
  export PREFECT_API_URL=http://127.0.0.1:4200/api
  xephang serve"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the main job on a schedule (a Prefect deployment served by this process)",
        description="Serve a Prefect deployment of the crawl → load → extract → load flow on a cron "
        "schedule. Needs a Prefect server (PREFECT_API_URL); stops on Ctrl-C.",
    )
    parser.add_argument("--cron", default=DEFAULT_CRON, help=f"cron schedule (default: {DEFAULT_CRON!r}, every 6 hours)")
    parser.add_argument("--timezone", default="UTC", help="time zone of the cron schedule (default: UTC)")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"DuckDB file (default: {DEFAULT_DB})")
    parser.add_argument(
        "--source", action="append", dest="sources", metavar="ID", help="crawl only this source (repeatable)"
    )
    parser.add_argument("--demo", action="store_true", help="serve and crawl the bundled demo news site (loopback only)")
    parser.add_argument("--name", default=DEFAULT_DEPLOYMENT, help=f"deployment name (default: {DEFAULT_DEPLOYMENT})")
    add_run_options(parser)
    parser.set_defaults(func=serve_command)


def serve_command(args: argparse.Namespace) -> int:
    from prefect.settings import PREFECT_API_URL

    from flows.crawl_flow import scheduled_flow
    from flows.sources import select_sources

    if not (os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value()):
        print(NO_SERVER_MESSAGE, file=sys.stderr)
        return 2
    try:
        check_cron(args.cron)
        select_sources(args.sources, demo=args.demo, source_dirs=args.source_dirs)  # fail now, not at the first run
    except ValueError as exc:
        print(f"xephang serve: {exc}", file=sys.stderr)
        return 2
    timeout = args.crawl_timeout if args.crawl_timeout is not None else _default_crawl_timeout()
    db = args.db.resolve()  # runs execute in their own processes, maybe another working directory
    with demo_addresses(args.demo, args.demo_port) as base_urls:
        parameters = {
            "source_ids": args.sources or None,
            "source_dirs": [str(d.resolve()) for d in args.source_dirs or []] or None,
            "db_path": str(db),
            "demo": args.demo,
            "base_urls": base_urls,
            "crawl_timeout": timeout,
            "lock_wait": args.wait,
        }
        print(f"xephang: serving deployment {scheduled_flow.name}/{args.name} on cron {args.cron!r} "
              f"({args.timezone}) into {db}; Ctrl-C to stop", flush=True)
        from prefect.schedules import Cron

        scheduled_flow.serve(
            name=args.name,
            schedule=Cron(args.cron, timezone=args.timezone),
            parameters=parameters,
            description=f"xephang main job into {db}",
            tags=["xephang"],
            print_starting_message=False,
        )
    return 0


def check_cron(cron: str) -> None:
    """Reject a malformed cron string before registering it (Prefect would fail later, remotely)."""
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except Exception as exc:  # pydantic's ValidationError, whose text names the problem
        raise ValueError(f"invalid --cron {cron!r}: {exc}") from exc
