"""The main job as a Prefect flow: crawl → load articles → extract facts → load facts with evidence.

Each source is crawled by its own Scrapy process (Twisted's reactor cannot restart inside one
process), so crawls run side by side as Prefect tasks with retries and timeouts. Crawls only write
JSON-lines files; the load tasks are the one place that writes to DuckDB, so the file is held for
writing only briefly and never by a crawler.

A whole run holds the database's run lock (flows/runlock.py), so two runs never interleave. The
writing half (`load_and_report`) is shared with flows/distributed.py, where crawls run on Prefect
workers and one loader writes.
"""

from __future__ import annotations

import inspect
import json
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE

from flows.extractor import DEFAULT_EXTRACTOR, load_extractor, read_articles
from flows.report import RunReport, SourceReport
from flows.runlock import run_lock
from flows.sources import SourceRef

log = logging.getLogger(__name__)

REPORT_ARTIFACT_KEY = "xephang-run-report"


def read_items(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Items from a crawl's JSON-lines feed; a malformed line is skipped and reported, not fatal."""
    items: list[dict[str, Any]] = []
    errors: list[str] = []
    if not path.exists():
        return items, errors
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f"{path.name} line {number}: unreadable item ({exc.msg})")
    return items, errors


DEFAULT_CRAWL_TIMEOUT = 600.0


def crawl_state_dirs(root: Path, source_id: str) -> dict[str, Path]:
    """Per-source folders kept between runs under `root` (the db's folder): `cache/<id>`, `jobs/<id>`.

    They live beside the db (not in the run's temp folder) because their point is to survive from
    one scheduled run to the next; one folder per source so parallel crawls never share one. The
    cache folder also holds the crawl's state (crawlers/state.py), with which the next run stops
    walking a listing at its first page of known articles and retries what failed directly.
    """
    return {"cache_dir": root / "cache" / source_id, "job_dir": root / "jobs" / source_id}


def crawl_options(crawl: Any, wanted: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of `wanted` that this `crawl_source` accepts.

    The crawler gains options (cache_dir, job_dir) on its own schedule; asking the signature at
    call time lets the flow use them as soon as they exist without breaking before.
    """
    accepted = inspect.signature(crawl).parameters
    return {key: value for key, value in wanted.items() if key in accepted and value is not None}


def crawl_counters(stats: dict[str, Any]) -> dict[str, int]:
    """The crawler's own counters (`xephang/...`: known URLs skipped, pages skipped per reason,
    relevance drops), so the report says why pages were not stored without reading logs."""
    counters: dict[str, int] = {}
    for key, value in (stats or {}).items():
        if key.startswith("xephang/") and isinstance(value, int | float):
            counters[key.removeprefix("xephang/")] = int(value)
    return counters


def _fresh_output(out: Path) -> Path:
    """`out`, or `<stem>.<n>.jsonl` if a previous attempt left one: with a job folder, an earlier
    attempt's feed is part of the job's result (the crawler resumes after it), so never overwrite it."""
    candidate, n = out, 1
    while candidate.exists():
        candidate = out.with_name(f"{out.stem}.{n}{out.suffix}")
        n += 1
    return candidate


def run_crawl(
    source: SourceRef,
    out: Path,
    base_url: str | None,
    known_urls: Path | None,
    timeout: float,
    state_root: Path | None,
) -> dict[str, Any]:
    """Crawl one source into `out` and return the picklable figures the load and report need.

    Shared by the one-machine flow and the workers' `crawl_one_source` flow. With a `state_root`
    (and a crawler that supports them) the crawl uses an HTTP cache and a resumable job folder
    there; `feeds` then lists the outputs of earlier interrupted attempts too, since the job's
    result is their union, and `job_dir` must be cleared (`finish_job`) once they are stored.
    """
    from crawlers.run import crawl_source

    wanted: dict[str, Any] = {"timeout": timeout}
    if state_root is not None:
        wanted.update(crawl_state_dirs(state_root, source.id))
    options = crawl_options(crawl_source, wanted)
    out = _fresh_output(out)
    result = crawl_source(source.path, out, base_url=base_url, known_urls=known_urls, **options)
    feeds = [str(Path(p)) for p in getattr(result, "resumed_from", None) or []] + [str(out)]
    read_errors = [e for feed in feeds for e in read_items(Path(feed))[1]]
    dropped = getattr(result, "dropped", None) or []
    job_dir = options.get("job_dir")
    return {
        "source": source.id,
        "pages": result.pages,
        "feeds": feeds,
        "job_dir": str(job_dir) if job_dir else None,
        "errors": list(result.errors) + read_errors,
        "skipped": list(getattr(result, "skipped", []) or []),
        "dropped": [str(d) for d in dropped],
        "counters": crawl_counters(getattr(result, "stats", {}) or {}),
    }


def finish_job(crawl: dict[str, Any]) -> None:
    """Close a crawl's job once its items are stored: the next run starts a new job.

    Until then the job folder stays, so a run killed between crawl and load resumes the crawl next
    time and loads the earlier outputs too (loading is idempotent: the warehouse dedupes).
    """
    if crawl.get("job_dir"):
        shutil.rmtree(crawl["job_dir"], ignore_errors=True)


def read_feeds(crawl: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """Every item of a crawl's feeds (an interrupted job's earlier outputs first)."""
    items: list[dict[str, Any]] = []
    errors: list[str] = []
    for feed in crawl.get("feeds") or []:
        more, bad = read_items(Path(feed))
        items.extend(more)
        errors.extend(bad)
    return items, errors


# No Prefect timeout here: it cannot interrupt a task in a worker thread. The crawl subprocess has
# its own timeout (crawlers.run.crawl_source, `timeout`), which stops the Scrapy process.
@task(name="crawl-source", retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def crawl_source_task(
    source: SourceRef,
    run_dir: Path,
    base_url: str | None,
    known_urls: Path,
    timeout: float = DEFAULT_CRAWL_TIMEOUT,
    state_root: Path | None = None,
) -> dict[str, Any]:
    """Crawl one source in its own Scrapy process; returns the feed path and the crawl's figures."""
    logger = get_run_logger()
    logger.info("crawling %s (%s)%s", source.id, source.name, f" at {base_url}" if base_url else "")
    crawl = run_crawl(source, run_dir / f"{source.id}.jsonl", base_url, known_urls, timeout, state_root)
    logger.info(
        "%s: %d pages fetched, %d pages skipped, %d errors",
        source.id, crawl["pages"], len(crawl["skipped"]), len(crawl["errors"]),
    )
    return crawl


@task(name="load-articles", retries=1, retry_delay_seconds=2, cache_policy=NO_CACHE)
def load_articles_task(db_path: Path, run_id: int, crawl: dict[str, Any]) -> SourceReport:
    """Write one source's feed to the warehouse (deduplicated there) and count what was new."""
    from warehouse import Warehouse

    items, read_errors = read_feeds(crawl)
    report = SourceReport(
        source=crawl["source"],
        pages=crawl["pages"],
        items=len(items),
        skipped=list(crawl.get("skipped") or []),
        dropped=list(crawl.get("dropped") or []),
        crawl_counters=dict(crawl.get("counters") or {}),
    )
    # read_errors were already counted by the crawl when it read its own feed; only new ones add.
    report.errors.extend(crawl["errors"])
    report.errors.extend(e for e in read_errors if e not in crawl["errors"])
    result = Warehouse(db_path).load_articles(run_id, items)
    report.new_articles = result.new
    report.duplicate_articles = result.duplicates
    finish_job(crawl)
    get_run_logger().info(
        "%s: %d new articles, %d duplicates", report.source, report.new_articles, report.duplicate_articles
    )
    return report


def extract_pending(
    db_path: Path, logger: Any, extractor: str = DEFAULT_EXTRACTOR
) -> tuple[list[tuple[int, Any]], list[int], list[str], list[str]]:
    """Extract facts from every stored article this extractor version has not read yet.

    Returns the facts, the ids of the articles read (with or without facts: an article a new
    version reads as factless must become its current reading too, or its old claims would keep
    counting), the errors, and the values dropped as implausible (pipeline/plausibility.py); an
    article whose extraction failed is not among those read.
    `extractor` names the extractor (flows/extractor.py): the pipeline's unless a test or a trial says otherwise.
    The one extraction step of crawled and ingested articles alike (flows/ingest.py calls it too).
    """
    from warehouse import Warehouse

    chosen = load_extractor(extractor)
    pending = Warehouse(db_path).articles_to_extract(chosen.version)
    logger.info("extracting facts from %d articles (extractor %s)", len(pending), chosen.version)
    got = read_articles(chosen, pending)
    for error in got.errors:
        logger.warning("%s", error)
    # The run summary counts atomic facts (one per attribute value), so say both here.
    values = sum(len(fact.atomic_claims()) for _a, fact in got.facts)
    logger.info("%d claims extracted, %d attribute values (rank, score, …)", len(got.facts), values)
    if got.implausible:
        logger.warning("%d implausible value(s) dropped, e.g. %s", len(got.implausible), got.implausible[0])
    return got.facts, got.read, got.errors, got.implausible


@task(name="extract-facts", cache_policy=NO_CACHE)
def extract_facts_task(
    db_path: Path, extractor: str = DEFAULT_EXTRACTOR
) -> tuple[list[tuple[int, Any]], list[int], list[str], list[str]]:
    """Extract facts from every stored article this extractor version has not read yet (see extract_pending)."""
    return extract_pending(db_path, get_run_logger(), extractor)


@task(name="load-facts", retries=1, retry_delay_seconds=2, cache_policy=NO_CACHE)
def load_facts_task(
    db_path: Path, run_id: int, facts: list[tuple[int, Any]], read: list[int] | None = None,
    extractor: str = DEFAULT_EXTRACTOR,
) -> Any:
    """Write facts with their evidence and mark the articles read; the warehouse dedupes and surfaces conflicts."""
    from warehouse import Warehouse

    return Warehouse(db_path).load_facts(run_id, load_extractor(extractor).version, facts, extracted_article_ids=read)


def _attribute_facts(report: RunReport, result: Any) -> None:
    """Fill the totals of the fact load into the report (per-source fact counts come from the warehouse)."""
    report.new_facts = result.new_facts
    report.known_facts = result.known_facts
    report.new_evidence = result.new_evidence
    per_source = getattr(result, "per_source", None) or {}
    for source_report in report.sources:
        figures = per_source.get(source_report.source, {})
        source_report.new_facts = figures.get("new_facts", 0)
        source_report.known_facts = figures.get("known_facts", 0)


def failed_crawl(source_id: str, exc: BaseException) -> dict[str, Any]:
    """The figures of a source whose crawl failed for the whole run: reported, the others go on."""
    return {"source": source_id, "pages": 0, "feeds": [], "job_dir": None, "errors": [f"crawl failed: {exc}"],
            "skipped": [], "dropped": [], "counters": {}}


def load_and_report(db: Path, run_id: int, crawls: list[dict[str, Any]], extractor: str = DEFAULT_EXTRACTOR) -> RunReport:
    """Load the crawled feeds, extract and load facts, close the run and publish its report.

    The one writing half of a run, shared by `crawl_flow` (crawls on this machine) and
    `flows.distributed.load_feeds` (crawls on workers); the caller holds the run lock.
    """
    from warehouse import Warehouse

    report = RunReport(run_id=run_id, db_path=str(db))
    for crawl in crawls:
        report.sources.append(load_articles_task(db, run_id, crawl))

    facts, read, extract_errors, implausible = extract_facts_task(db, extractor)
    report.articles_extracted = len(read) + len(extract_errors)
    report.implausible = implausible
    report.errors.extend(extract_errors)
    result = load_facts_task(db, run_id, facts, read, extractor)
    _attribute_facts(report, result)
    report.readings_replaced = result.readings_replaced
    if result.readings_replaced:
        # Articles an older version had read were read again: say what the new version changed.
        version = load_extractor(extractor).version
        wh = Warehouse(db)
        previous = wh.previous_version(version)
        if previous is not None:
            report.changes = wh.version_diff(previous, version).report()

    status = "completed_with_errors" if report.all_errors else "completed"
    Warehouse(db).finish_run(run_id, status, report.to_dict())
    create_table_artifact(
        key=REPORT_ARTIFACT_KEY,
        table=report.table_rows(),
        description=f"xephang run #{run_id} on {db}: {status}",
    )
    return report


def write_known_urls(db: Path, path: Path) -> Path:
    """Every stored address, one a line, for the crawlers to skip (they never open the db)."""
    from warehouse import Warehouse

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(sorted(Warehouse(db).known_urls())) + "\n", encoding="utf-8")
    return path


@flow(name="xephang-crawl", log_prints=True)
def crawl_flow(
    sources: list[SourceRef],
    db_path: str,
    base_urls: dict[str, str] | None = None,
    work_dir: str | None = None,
    crawl_timeout: float = DEFAULT_CRAWL_TIMEOUT,
    lock_wait: float = 0.0,
    extractor: str = DEFAULT_EXTRACTOR,
) -> RunReport:
    """Crawl the sources, load new articles, extract facts and load them; returns the run report.

    The whole run holds the database's run lock (flows/runlock.py): a second run on the same file
    waits `lock_wait` seconds for it, then fails with `RunLockBusy` instead of interleaving.
    """
    from warehouse import Warehouse

    logger = get_run_logger()
    db = Path(db_path).resolve()
    db.parent.mkdir(parents=True, exist_ok=True)
    with run_lock(db, wait=lock_wait):
        run_id = Warehouse(db).start_run([s.id for s in sources])
        run_dir = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix=f"xephang-run-{run_id}-"))
        run_dir.mkdir(parents=True, exist_ok=True)
        known_urls = write_known_urls(db, run_dir / "known_urls.txt")
        logger.info("run #%d: %d sources, database %s", run_id, len(sources), db)

        futures = [
            crawl_source_task.submit(
                source, run_dir, (base_urls or {}).get(source.demo_outlet or source.id), known_urls,
                crawl_timeout, db.parent,
            )
            for source in sources
        ]
        crawls: list[dict[str, Any]] = []
        for source, future in zip(sources, futures, strict=True):
            try:
                crawls.append(future.result())
            except Exception as exc:  # a source down for the whole run is reported, the others go on
                logger.error("crawl of %s failed: %s", source.id, exc)
                crawls.append(failed_crawl(source.id, exc))
        return load_and_report(db, run_id, crawls, extractor)


@flow(name="xephang-scheduled", log_prints=True)
def scheduled_flow(
    source_ids: list[str] | None = None,
    db_path: str = "data/xephang.duckdb",
    demo: bool = False,
    base_urls: dict[str, str] | None = None,
    crawl_timeout: float = DEFAULT_CRAWL_TIMEOUT,
    lock_wait: float = 0.0,
    source_dirs: list[str] | None = None,
) -> dict[str, Any]:
    """The flow `xephang serve` deploys: plain JSON parameters (source ids and the users' source
    folders, not source objects), so a schedule or a manual "run" in the Prefect UI can start it;
    it runs `crawl_flow`."""
    from flows.sources import select_sources

    sources = select_sources(source_ids, demo=demo, source_dirs=source_dirs)
    # Already typed objects; and when Prefect's runner loads this file from the deployment's
    # entrypoint, pydantic cannot resolve the postponed `list[SourceRef]` annotation of the subflow.
    report = crawl_flow.with_options(validate_parameters=False)(
        sources=sources, db_path=db_path, base_urls=base_urls, crawl_timeout=crawl_timeout, lock_wait=lock_wait
    )
    return report.to_dict()
