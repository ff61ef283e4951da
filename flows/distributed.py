"""Crawls on Prefect workers, one loader: how xephang runs beyond one process.

DuckDB allows one writing process per file, so the work is split where it scales:

* `crawl_one_source` (deployment `xephang-crawl-one-source/crawl-one-source` on a process work
  pool) crawls ONE source and publishes its JSON-lines feed plus a small `<id>.crawl.json`
  (pages, errors, skipped pages) into a shared feed folder. It never opens the database; it reads
  the list of already-stored URLs from `known_urls.txt` in that folder.
* `load_feeds` runs once afterwards, in one process, under the database's run lock: it loads every
  published feed exactly as `xephang run` does (same tasks, same run report, same `crawl_runs`
  row), then moves the feeds it loaded to `loaded/run-<id>/` so they are never loaded twice.
* `crawl_on_workers` ties them together: writes `known_urls.txt`, triggers one deployment run per
  source (the workers pick them up in parallel), waits for all of them, then runs `load_feeds`.

A feed is published atomically (written under `.partial/`, then renamed, the `.crawl.json` last),
so the loader never reads a half-written feed, even if it runs while a crawl is still going.

Command line (the recipe in docs/scaling.md):
    python -m flows.distributed deploy --pool xephang-crawlers
    python -m flows.distributed run --feed-dir /shared/feeds --db data/xephang.duckdb
    python -m flows.distributed run --feed-dir /shared/feeds --db data/demo.duckdb --demo \
        --base-url chiso=http://127.0.0.1:28701 ...     # the demo site served elsewhere

Flows are handed base URLs; they never start a site themselves (the demo site is the CLI's business,
`python -m xephang.demo.server` prints the addresses to pass).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger

from flows.crawl_flow import DEFAULT_CRAWL_TIMEOUT, finish_job, load_and_report, run_crawl, write_known_urls
from flows.databases import DEFAULT_DB, DEFAULT_DEMO_DB, DemoMixError, check_no_mix, default_db
from flows.runlock import run_lock

REPO_ROOT = Path(__file__).resolve().parent.parent
CRAWL_FLOW_NAME = "xephang-crawl-one-source"
CRAWL_DEPLOYMENT = "crawl-one-source"
KNOWN_URLS = "known_urls.txt"
MARKER_SUFFIX = ".crawl.json"


def _publish(feeds: Path, crawl: dict[str, Any]) -> dict[str, Any]:
    """Publish a finished crawl into `feeds`: its items as `<id>.jsonl` (the union of an interrupted
    job's outputs and this one), then its `<id>.crawl.json` marker, each written aside and renamed,
    marker last. Once published the job is closed: the loader owns the items from here on."""
    source = crawl["source"]
    final = feeds / f"{source}.jsonl"
    staged = feeds / f".{source}.jsonl.{uuid.uuid4().hex}"
    # A feed of this source still waiting for the loader is kept in the union, not overwritten.
    with staged.open("wb") as target:
        for path in [final, *(Path(f) for f in crawl.get("feeds") or [])]:
            try:
                data = path.read_bytes()
            except FileNotFoundError:  # none waiting, or the loader claimed it just now
                continue
            target.write(data if not data or data.endswith(b"\n") else data + b"\n")
    os.replace(staged, final)
    crawl = dict(crawl, feeds=[str(final)], job_dir=None, crawled_by=os.uname().nodename)
    marker_tmp = feeds / f".{source}{MARKER_SUFFIX}.{uuid.uuid4().hex}"
    marker_tmp.write_text(json.dumps(crawl, ensure_ascii=False), encoding="utf-8")
    os.replace(marker_tmp, feeds / f"{source}{MARKER_SUFFIX}")
    return crawl


@flow(name=CRAWL_FLOW_NAME, log_prints=True)
def crawl_one_source(
    source_id: str,
    feed_dir: str,
    demo: bool = False,
    base_url: str | None = None,
    crawl_timeout: float = DEFAULT_CRAWL_TIMEOUT,
    state_dir: str | None = None,
) -> dict[str, Any]:
    """Crawl one source into the shared feed folder; no database access (any worker can run it).

    `state_dir` is where the crawler keeps per-source cache / job folders between runs (when the
    crawler supports them); on several machines it should be a local disk of the worker or a
    folder only ever used by the same source.
    """
    from flows.sources import select_sources

    logger = get_run_logger()
    source = select_sources([source_id], demo=demo)[0]
    feeds = Path(feed_dir).resolve()
    work = feeds / ".partial" / f"{source.id}-{uuid.uuid4().hex[:8]}"
    work.mkdir(parents=True, exist_ok=True)
    known = feeds / KNOWN_URLS
    logger.info("crawling %s on %s (pid %d)", source.id, os.uname().nodename, os.getpid())
    crawl = run_crawl(
        source,
        work / f"{source.id}.jsonl",
        base_url,
        known if known.exists() else None,
        crawl_timeout,
        Path(state_dir).resolve() if state_dir else None,
    )
    published = _publish(feeds, crawl)
    finish_job(crawl)
    for feed in crawl["feeds"]:  # this attempt's and earlier interrupted attempts' work folders
        if Path(feed).parent.parent == feeds / ".partial":
            shutil.rmtree(Path(feed).parent, ignore_errors=True)
    logger.info("%s: %d pages, feed %s, %d errors", source.id, published["pages"], published["feeds"][0],
                len(published["errors"]))
    return published


def published_crawls(feeds: Path) -> list[dict[str, Any]]:
    """The crawls published in `feeds` and not loaded yet, sorted by source."""
    return [_read_marker(marker) for marker in sorted(feeds.glob(f"*{MARKER_SUFFIX}"))]


def claim_published(feeds: Path) -> tuple[list[Path], list[dict[str, Any]]]:
    """Move the published feeds out of the way (atomic renames) before loading them.

    A crawl publishing while the loader works then creates a fresh `<id>.jsonl` for the next load
    instead of being moved away unread with the loaded ones. Marker first: a feed renamed after its
    marker is at least as complete as the marker says. Claims left by a loader that died before
    finishing (`loaded/claim-*`) are taken up again: the caller holds the run lock, so no other
    loader owns them, and items it had already stored are deduplicated by the warehouse.
    """
    loaded = feeds / "loaded"
    loaded.mkdir(parents=True, exist_ok=True)
    orphans = sorted(p for p in loaded.glob("claim-*") if p.is_dir())
    claim = loaded / f"claim-{uuid.uuid4().hex}"
    claim.mkdir()
    for marker in sorted(feeds.glob(f"*{MARKER_SUFFIX}")):
        source = marker.name.removesuffix(MARKER_SUFFIX)
        try:
            os.replace(marker, claim / marker.name)
        except FileNotFoundError:
            continue
        with contextlib.suppress(FileNotFoundError):
            os.replace(feeds / f"{source}.jsonl", claim / f"{source}.jsonl")
    crawls = []
    for folder in [*orphans, claim]:
        for marker in sorted(folder.glob(f"*{MARKER_SUFFIX}")):
            crawl = _read_marker(marker)
            crawl["feeds"] = [str(folder / f"{marker.name.removesuffix(MARKER_SUFFIX)}.jsonl")]
            crawls.append(crawl)
    return [*orphans, claim], crawls


def _read_marker(marker: Path) -> dict[str, Any]:
    try:
        return json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return {"source": marker.name.removesuffix(MARKER_SUFFIX), "pages": 0, "feeds": [], "skipped": [],
                "dropped": [], "counters": {}, "errors": [f"unreadable {marker}: {exc}"]}


@flow(name="xephang-load-feeds", log_prints=True)
def load_feeds(feed_dir: str, db_path: str, lock_wait: float = 0.0) -> dict[str, Any]:
    """Load every feed published in `feed_dir` into the database: the single writer.

    Holds the run lock for the whole load, so it never interleaves with `xephang run` or another
    loader; consumed feeds end in `loaded/run-<id>/`, so running it twice loads nothing twice.
    """
    from warehouse import Warehouse

    logger = get_run_logger()
    feeds = Path(feed_dir).resolve()
    db = Path(db_path).resolve()
    db.parent.mkdir(parents=True, exist_ok=True)
    with run_lock(db, wait=lock_wait):
        claims, crawls = claim_published(feeds)
        run_id = Warehouse(db).start_run([c["source"] for c in crawls])
        logger.info("run #%d: loading %d published feeds from %s into %s", run_id, len(crawls), feeds, db)
        report = load_and_report(db, run_id, crawls)
        # Only once everything is stored: a loader dying before this leaves claims the next one takes up.
        done = feeds / "loaded" / f"run-{run_id}"
        done.mkdir(parents=True, exist_ok=True)
        for number, folder in enumerate(claims):
            for path in folder.iterdir():
                target = done / path.name
                os.replace(path, target if not target.exists() else done / f"{number}-{path.name}")
            folder.rmdir()
    print(report.summary_text())
    return report.to_dict()


def _wait_for(flow_run_ids: list[Any], poll: float = 1.0) -> dict[str, str]:
    """Block until every flow run is in a final state; returns run id → state name."""
    from prefect.client.orchestration import get_client

    pending = set(flow_run_ids)
    states: dict[str, str] = {}
    with get_client(sync_client=True) as client:
        while pending:
            for run_id in list(pending):
                run = client.read_flow_run(run_id)
                if run.state is not None and run.state.is_final():
                    states[str(run_id)] = run.state.name
                    pending.discard(run_id)
            if pending:
                time.sleep(poll)
    return states


@flow(name="xephang-crawl-on-workers", log_prints=True)
def crawl_on_workers(
    feed_dir: str,
    db_path: str,
    source_ids: list[str] | None = None,
    demo: bool = False,
    base_urls: dict[str, str] | None = None,
    crawl_timeout: float = DEFAULT_CRAWL_TIMEOUT,
    lock_wait: float = 0.0,
    deployment: str = f"{CRAWL_FLOW_NAME}/{CRAWL_DEPLOYMENT}",
) -> dict[str, Any]:
    """Fan out one `crawl_one_source` run per source to the work pool, wait, then load once."""
    from prefect.deployments import run_deployment

    from flows.sources import select_sources

    logger = get_run_logger()
    sources = select_sources(source_ids, demo=demo)
    feeds = Path(feed_dir).resolve()
    feeds.mkdir(parents=True, exist_ok=True)
    write_known_urls(Path(db_path).resolve(), feeds / KNOWN_URLS)
    runs = []
    for source in sources:
        run = run_deployment(
            name=deployment,
            parameters={
                "source_id": source.id,
                "feed_dir": str(feeds),
                "demo": demo,
                "base_url": (base_urls or {}).get(source.demo_outlet or source.id),
                "crawl_timeout": crawl_timeout,
                # not the db folder's own cache/ and jobs/: `xephang run` may crawl the same
                # source there meanwhile, and a job folder must have one crawl at a time
                "state_dir": str(Path(db_path).resolve().parent / "worker-state"),
            },
            timeout=0,  # do not wait here: all sources are queued first, the workers share them
            as_subflow=True,
        )
        runs.append(run.id)
        logger.info("queued crawl of %s as flow run %s", source.id, run.id)
    states = _wait_for(runs)
    failed = {k: v for k, v in states.items() if v != "Completed"}
    if failed:
        logger.warning("crawl runs not completed: %s (their sources are reported as failed)", failed)
    published = {c["source"] for c in published_crawls(feeds)}
    for source in sources:
        if source.id not in published:
            (feeds / f"{source.id}{MARKER_SUFFIX}").write_text(
                json.dumps({"source": source.id, "pages": 0, "feeds": [], "skipped": [], "dropped": [],
                            "counters": {}, "errors": ["crawl run on the work pool did not publish a feed"]}),
                encoding="utf-8",
            )
    return load_feeds(str(feeds), db_path, lock_wait)


def deploy(pool: str, name: str = CRAWL_DEPLOYMENT) -> str:
    """Register `crawl_one_source` on a process work pool; workers load it from this checkout.

    The code is taken from the repository folder (`from_source` with a local path): every worker
    machine needs the same checkout at the same path, or a git URL here instead.
    """
    remote = crawl_one_source.from_source(source=str(REPO_ROOT), entrypoint="flows/distributed.py:crawl_one_source")
    deployment_id = remote.deploy(name=name, work_pool_name=pool, print_next_steps=False)
    return str(deployment_id)


def parse_base_urls(pairs: list[str], source_ids: list[str] | None, demo: bool) -> dict[str, str]:
    """`OUTLET=URL` pairs as a mapping; with `demo`, every demo outlet to crawl must have one.

    Checked here rather than at the first worker's crawl, which would fail on the `{demo:…}`
    placeholder of its source file minutes later and on another machine.
    """
    from flows.sources import select_sources

    base_urls: dict[str, str] = {}
    for pair in pairs:
        outlet, sep, url = pair.partition("=")
        if not sep or not outlet.strip() or not url.strip().startswith(("http://", "https://")):
            raise ValueError(f"--base-url {pair!r}: expected OUTLET=http://HOST:PORT")
        base_urls[outlet.strip()] = url.strip().rstrip("/")
    if demo:
        needed = [s.demo_outlet or s.id for s in select_sources(source_ids, demo=True)]
        missing = [outlet for outlet in needed if outlet not in base_urls]
        if missing:
            raise ValueError(
                f"--demo needs the address of every demo outlet it crawls; missing --base-url for: "
                f"{', '.join(missing)} (serve the site with `python -m xephang.demo.server`, which prints them)"
            )
    return base_urls


def main(argv: list[str] | None = None) -> int:
    """`python -m flows.distributed deploy|run|load`: the commands of the workers recipe."""
    parser = argparse.ArgumentParser(prog="python -m flows.distributed", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_deploy = sub.add_parser("deploy", help="register the per-source crawl deployment on a work pool")
    p_deploy.add_argument("--pool", required=True)
    p_run = sub.add_parser("run", help="crawl every source on the workers, then load once")
    p_load = sub.add_parser("load", help="only load the feeds already published")
    for p in (p_run, p_load):
        p.add_argument("--feed-dir", type=Path, required=True, help="folder shared by the workers and the loader")
        p.add_argument("--db", type=Path, default=None,
                       help=f"DuckDB file (default: {DEFAULT_DB}; run --demo: {DEFAULT_DEMO_DB})")
        p.add_argument("--wait", type=float, default=0.0, help="seconds to wait for another run's lock")
    p_run.add_argument("--source", action="append", dest="sources", metavar="ID")
    p_run.add_argument("--demo", action="store_true",
                       help="crawl the demo outlets (served elsewhere: give each one's --base-url)")
    p_run.add_argument("--base-url", action="append", dest="base_urls", default=[], metavar="OUTLET=URL",
                       help="where a demo outlet is served, as the workers reach it (repeatable)")
    p_run.add_argument("--crawl-timeout", type=float, default=DEFAULT_CRAWL_TIMEOUT)
    args = parser.parse_args(argv)

    from flows.runlock import RunLockBusy

    try:
        if args.command == "deploy":
            print(f"deployment {CRAWL_FLOW_NAME}/{CRAWL_DEPLOYMENT} on pool {args.pool}: {deploy(args.pool)}")
            return 0
        if args.command == "load":
            load_feeds(str(args.feed_dir), str(args.db or DEFAULT_DB), args.wait)
            return 0
        db = args.db or default_db(args.demo)
        try:
            base_urls = parse_base_urls(args.base_urls, args.sources, demo=args.demo)
            check_no_mix(db, args.demo)
        except (ValueError, DemoMixError) as exc:
            print(f"python -m flows.distributed: {exc}", file=sys.stderr)
            return 2
        crawl_on_workers(
            str(args.feed_dir), str(db), args.sources, args.demo, base_urls or None, args.crawl_timeout, args.wait,
        )
        return 0
    except RunLockBusy as exc:
        print(f"xephang: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())

