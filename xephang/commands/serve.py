"""`xephang serve`: keep running and start the main job on a cron schedule (default every 6 hours).

This is Prefect's `flow.serve`: it registers a deployment of the `xephang-scheduled` flow with the
schedule, then polls the Prefect API for due runs and executes each in a subprocess until stopped.
A schedule needs Prefect's scheduler service, which only a real server runs: Prefect 3.8's
ephemeral mode (what `xephang run` uses when PREFECT_API_URL is unset) starts a temporary API
without services, and the runner itself warns "Cannot schedule flows on an ephemeral server".

So with no server configured, `serve` starts one itself (flows/local_server.py): on 127.0.0.1, a
free port, its state beside the database (`data/xephang.prefect/` for the default one), and stops
it again on Ctrl-C or SIGTERM. A server named by PREFECT_API_URL (environment or Prefect profile)
is used as it is, and left running. Serve adopts what its runs leave behind and waits for it before it
says "stopped" (xephang/reaper.py).

Each scheduled run takes the database's run lock like `xephang run` does, so a manual run and a
scheduled one never write the file at the same time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from crawlers.run import _GRACE_SECONDS
from xephang.commands.run import _default_crawl_timeout, add_db_option, add_run_options, target_db
from xephang.demo.server import demo_addresses
from xephang.reaper import descendants_reaped

DEFAULT_CRON = "0 */6 * * *"
DEFAULT_DEPLOYMENT = "xephang"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the main job on a schedule (a Prefect deployment served by this process)",
        description="Serve a Prefect deployment of the crawl → load → extract → load flow on a cron "
        "schedule. Uses the Prefect server of PREFECT_API_URL, or starts one on 127.0.0.1 for as long "
        "as it runs; stops on Ctrl-C.",
    )
    parser.add_argument("--cron", default=DEFAULT_CRON, help=f"cron schedule (default: {DEFAULT_CRON!r}, every 6 hours)")
    parser.add_argument("--timezone", default="UTC", help="time zone of the cron schedule (default: UTC)")
    add_db_option(parser)
    parser.add_argument(
        "--source", action="append", dest="sources", metavar="ID", help="crawl only this source (repeatable)"
    )
    parser.add_argument("--demo", action="store_true", help="serve and crawl the bundled demo news site (loopback only)")
    parser.add_argument("--name", default=DEFAULT_DEPLOYMENT, help=f"deployment name (default: {DEFAULT_DEPLOYMENT})")
    add_run_options(parser)
    parser.set_defaults(func=serve_command)


def configured_api_url() -> str | None:
    """The server the user chose (environment or active Prefect profile), if any."""
    from prefect.settings import PREFECT_API_URL

    return os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value() or None


def serve_command(args: argparse.Namespace) -> int:
    from flows.databases import DemoMixError, check_no_mix
    from flows.local_server import LocalServerError
    from flows.sources import select_sources

    db = target_db(args).resolve()  # runs execute in their own processes, maybe another working directory
    try:
        check_cron(args.cron)
        select_sources(args.sources, demo=args.demo, source_dirs=args.source_dirs)  # fail now, not at the first run
        if not args.allow_demo_mix:
            check_no_mix(db, args.demo)
    except (ValueError, DemoMixError) as exc:
        print(f"xephang serve: {exc}", file=sys.stderr)
        return 2
    try:
        # (a crawl that was running stops gracefully, up to two grace periods: crawlers/run.py)
        with descendants_reaped(2 * _GRACE_SECONDS + 5), _stop_on_sigterm(), prefect_server(db):
            _serve(args, db)
    except LocalServerError as exc:
        print(f"xephang serve: {exc}", file=sys.stderr)
        return 1
    print("xephang serve: stopped", flush=True)
    return 0


@contextlib.contextmanager
def prefect_server(db: Path) -> Iterator[None]:
    """The configured Prefect server, or one of our own on loopback for as long as the block runs."""
    if configured_api_url():
        yield
        return
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.local_server import local_prefect_server, state_dir_for

    state = state_dir_for(db)
    print(f"xephang: no Prefect server configured (PREFECT_API_URL); starting one on 127.0.0.1, state in {state}",
          flush=True)
    with local_prefect_server(state) as server:
        print(f"xephang: Prefect server running (pid {server.pid}); UI at {server.ui_url} , API {server.api_url} ,"
              f" log {server.log_path}", flush=True)
        # The runner's flow-run subprocesses inherit the environment; this process reads the setting.
        previous = os.environ.get("PREFECT_API_URL")
        os.environ["PREFECT_API_URL"] = server.api_url
        try:
            with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
                yield
        finally:
            if previous is None:
                os.environ.pop("PREFECT_API_URL", None)
            else:
                os.environ["PREFECT_API_URL"] = previous
        print("xephang: stopping the Prefect server", flush=True)


# Set by a SIGTERM that arrives before the runner's own handler is in place. Python runs a signal handler between
# any two bytecodes, also inside a weakref callback or a __del__, where the SystemExit it raises is printed as
# "Exception ignored" and lost; the runner then checks this when it starts, so the stop is never lost.
_TERM_ASKED = threading.Event()


@contextlib.contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    """Until Prefect's runner installs its own handler, SIGTERM unwinds like Ctrl-C (servers stopped)."""
    def _exit(signum: int, frame: object) -> None:
        _TERM_ASKED.set()
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, _exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _serve(args: argparse.Namespace, db: Path) -> None:
    from prefect.schedules import Cron

    from flows.crawl_flow import scheduled_flow

    timeout = args.crawl_timeout if args.crawl_timeout is not None else _default_crawl_timeout()
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
        runner = _runner_class()(name=args.name, pause_on_shutdown=True)
        runner.add_flow(
            scheduled_flow,
            name=args.name,
            schedule=Cron(args.cron, timezone=args.timezone),
            parameters=parameters,
            description=f"xephang main job into {db}",
            tags=["xephang"],
        )
        print(f"xephang: serving deployment {scheduled_flow.name}/{args.name} on cron {args.cron!r} "
              f"({args.timezone}) into {db}; Ctrl-C to stop", flush=True)
        try:
            asyncio.run(runner.start())
        except KeyboardInterrupt:
            print("xephang: stopping the schedule", flush=True)


def _runner_class() -> type:
    """Prefect's Runner (what `flow.serve` uses), with SIGTERM taking the same way out as Ctrl-C.

    Prefect's own SIGTERM handler calls `sys.exit` from inside the event loop without awaiting the
    runner's stop; its threads then keep the process alive after the server is gone. Turning SIGTERM
    into SIGINT lets asyncio cancel the runner, which pauses the schedule and returns, and the
    server is stopped after it (what a service manager's `stop` needs).
    """
    from prefect.runner import Runner

    class _Runner(Runner):
        async def start(self, *args: object, **kwargs: object) -> None:
            # (its handler first, then the SIGTERM that came before it, if its exit was lost: see _TERM_ASKED)
            if threading.current_thread() is threading.main_thread():
                signal.signal(signal.SIGTERM, self.handle_sigterm)
                if _TERM_ASKED.is_set():
                    self.handle_sigterm()
            await super().start(*args, **kwargs)

        def handle_sigterm(self, *args: object, **kwargs: object) -> None:
            self._logger.info("SIGTERM received, stopping as on Ctrl-C")
            if signal.getsignal(signal.SIGINT) in (signal.SIG_IGN, signal.SIG_DFL, None):
                signal.signal(signal.SIGINT, signal.default_int_handler)  # started with SIGINT ignored (`cmd &`)
            signal.raise_signal(signal.SIGINT)

    return _Runner


def check_cron(cron: str) -> None:
    """Reject a malformed cron string before registering it (Prefect would fail later, remotely)."""
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except Exception as exc:  # pydantic's ValidationError, whose text names the problem
        raise ValueError(f"invalid --cron {cron!r}: {exc}") from exc
