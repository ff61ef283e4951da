"""The main job as a Prefect flow: crawl → load articles → extract facts → load facts with evidence.

Each source is crawled by its own Scrapy process (Twisted's reactor cannot restart inside one
process), so crawls run side by side as Prefect tasks with retries and timeouts. Crawls only write
JSON-lines files; the load tasks are the one place that writes to DuckDB, so the file is held for
writing only briefly and never by a crawler.
"""

from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE

from flows.report import RunReport, SourceReport
from flows.sources import SourceRef

log = logging.getLogger(__name__)


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


# No Prefect timeout here: it cannot interrupt a task in a worker thread. The crawl subprocess has
# its own timeout (crawlers.run.crawl_source), which kills the Scrapy process.
@task(name="crawl-source", retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def crawl_source_task(source: SourceRef, run_dir: Path, base_url: str | None, known_urls: Path) -> dict[str, Any]:
    """Crawl one source in its own Scrapy process; returns its items and the crawl's figures."""
    from crawlers.run import crawl_source

    logger = get_run_logger()
    out = run_dir / f"{source.id}.jsonl"
    logger.info("crawling %s (%s)%s", source.id, source.name, f" at {base_url}" if base_url else "")
    result = crawl_source(source.path, out, base_url=base_url, known_urls=known_urls)
    items, read_errors = read_items(out)
    errors = list(result.errors) + read_errors
    logger.info("%s: %d pages fetched, %d articles collected, %d errors", source.id, result.pages, len(items), len(errors))
    return {"source": source.id, "pages": result.pages, "items": items, "errors": errors}


@task(name="load-articles", retries=1, retry_delay_seconds=2, cache_policy=NO_CACHE)
def load_articles_task(db_path: Path, run_id: int, crawl: dict[str, Any]) -> SourceReport:
    """Write one source's articles to the warehouse (deduplicated there) and count what was new."""
    from warehouse import Warehouse

    report = SourceReport(source=crawl["source"], pages=crawl["pages"], items=len(crawl["items"]))
    report.errors.extend(crawl["errors"])
    result = Warehouse(db_path).load_articles(run_id, crawl["items"])
    report.new_articles = result.new
    report.duplicate_articles = result.duplicates
    get_run_logger().info(
        "%s: %d new articles, %d duplicates", report.source, report.new_articles, report.duplicate_articles
    )
    return report


@task(name="extract-facts", cache_policy=NO_CACHE)
def extract_facts_task(db_path: Path) -> tuple[list[tuple[int, Any]], int, list[str]]:
    """Extract facts from every stored article this extractor version has not read yet."""
    from pipeline.extract import EXTRACTOR_VERSION, extract_article
    from warehouse import Warehouse

    logger = get_run_logger()
    pending = Warehouse(db_path).articles_to_extract(EXTRACTOR_VERSION)
    logger.info("extracting facts from %d articles (extractor %s)", len(pending), EXTRACTOR_VERSION)
    facts: list[tuple[int, Any]] = []
    errors: list[str] = []
    for article_id, article in pending:
        try:
            facts.extend((article_id, fact) for fact in extract_article(article))
        except Exception as exc:  # one bad article must not stop the run; it is reported
            errors.append(f"extract {article.url}: {type(exc).__name__}: {exc}")
            logger.warning("extraction failed for %s: %s", article.url, exc)
    logger.info("%d facts extracted", len(facts))
    return facts, len(pending), errors


@task(name="load-facts", retries=1, retry_delay_seconds=2, cache_policy=NO_CACHE)
def load_facts_task(db_path: Path, run_id: int, facts: list[tuple[int, Any]]) -> Any:
    """Write facts with their evidence; the warehouse dedupes them and surfaces conflicts."""
    from pipeline.extract import EXTRACTOR_VERSION
    from warehouse import Warehouse

    return Warehouse(db_path).load_facts(run_id, EXTRACTOR_VERSION, facts)


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


@flow(name="xephang-crawl", log_prints=True)
def crawl_flow(
    sources: list[SourceRef],
    db_path: str,
    base_urls: dict[str, str] | None = None,
    work_dir: str | None = None,
) -> RunReport:
    """Crawl the sources, load new articles, extract facts and load them; returns the run report."""
    from warehouse import Warehouse

    logger = get_run_logger()
    db = Path(db_path).resolve()
    db.parent.mkdir(parents=True, exist_ok=True)
    warehouse = Warehouse(db)
    run_id = warehouse.start_run([s.id for s in sources])
    run_dir = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix=f"xephang-run-{run_id}-"))
    run_dir.mkdir(parents=True, exist_ok=True)
    known_urls = run_dir / "known_urls.txt"
    known_urls.write_text("\n".join(sorted(warehouse.known_urls())) + "\n", encoding="utf-8")
    report = RunReport(run_id=run_id, db_path=str(db))
    logger.info("run #%d: %d sources, database %s", run_id, len(sources), db)

    futures = [
        crawl_source_task.submit(source, run_dir, (base_urls or {}).get(source.demo_outlet or source.id), known_urls) for source in sources
    ]
    crawls: list[dict[str, Any]] = []
    for source, future in zip(sources, futures, strict=True):
        try:
            crawls.append(future.result())
        except Exception as exc:  # a source down for the whole run is reported, the others go on
            logger.error("crawl of %s failed: %s", source.id, exc)
            crawls.append({"source": source.id, "pages": 0, "items": [], "errors": [f"crawl failed: {exc}"]})

    for crawl in crawls:
        report.sources.append(load_articles_task(db, run_id, crawl))

    facts, extracted, extract_errors = extract_facts_task(db)
    report.articles_extracted = extracted
    report.errors.extend(extract_errors)
    result = load_facts_task(db, run_id, facts)
    _attribute_facts(report, result)

    status = "completed_with_errors" if report.all_errors else "completed"
    warehouse.finish_run(run_id, status, report.to_dict())
    create_table_artifact(
        key="xephang-run-report",
        table=report.table_rows(),
        description=f"xephang run #{run_id}: {status}",
    )
    return report
