"""Loading saved article files (.txt, .html) into the warehouse, then extracting them like crawled ones.

Why: saved articles (the real-press development corpus, a page a user kept) are never committed or
crawled, yet a reviewer should be able to read and annotate them in the review page. Each file
becomes a crawler-shaped item of source `file` and source kind `file` and goes through the same
loader (canonical URL, text hash, near-duplicate clusters: warehouse/articles.py), so a file loaded
twice, or a file holding an article already crawled, is recognised; then the same extraction step
as `xephang run` (flows/crawl_flow.py, extract_pending) reads every article not yet read.

A file's address is its `file://` URI (the path resolved); the extractor's own loader
(`pipeline.extract.load_article_file`) reads it, so `xephang extract PATH` and an ingested file
give the same facts.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flows.extractor import DEFAULT_EXTRACTOR, load_extractor

SUFFIXES = (".txt", ".html", ".htm")
SOURCE_ID = "file"
log = logging.getLogger("xephang.ingest")


@dataclass
class IngestReport:
    """What one ingest did: files read, articles new or duplicate, facts, and files skipped with why."""

    files: int = 0
    new_articles: int = 0
    duplicates: int = 0
    articles_read: int = 0
    new_facts: int = 0
    known_facts: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    implausible: list[str] = field(default_factory=list)  # values the extractor dropped as implausible
    run_id: int | None = None

    def summary(self) -> str:
        lines = [f"{self.files} file(s): {self.new_articles} new article(s), {self.duplicates} already stored;"
                 f" {self.articles_read} article(s) read, {self.new_facts} new fact value(s),"
                 f" {self.known_facts} already known"]
        lines += [f"  skipped {path}: {why}" for path, why in self.skipped]
        lines += [f"  error: {e}" for e in self.errors]
        if self.implausible:
            lines.append(f"  {len(self.implausible)} implausible value(s) dropped, e.g. {self.implausible[0]}")
        return "\n".join(lines)


def article_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """(files to load, [(path, why skipped)]): folders are walked (sorted), other suffixes skipped."""
    found: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for inner in sorted(p for p in path.rglob("*") if p.is_file()):
                if inner.suffix.lower() in SUFFIXES:
                    found.append(inner)
                else:
                    skipped.append((str(inner), f"not a .txt or .html file ({inner.suffix or 'no suffix'})"))
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                found.append(path)
            else:
                skipped.append((str(path), f"not a .txt or .html file ({path.suffix or 'no suffix'})"))
        else:
            skipped.append((str(path), "no such file or folder"))
    return found, skipped


def file_item(path: Path) -> dict[str, Any]:
    """A crawler-shaped item for one article file (what `Warehouse.load_articles` takes)."""
    from pipeline.extract import load_article_file

    article = load_article_file(path)
    return {
        "url": article.url, "requested_url": article.url, "canonical_url": None, "source": SOURCE_ID,
        "source_kind": "file", "title": article.title, "date": article.date, "text": article.text,
        "tables": list(article.tables or []), "http_status": 200,
        "fetched_at": datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(),
    }


def ingest(db: str | Path, paths: Iterable[str | Path], extractor: str = DEFAULT_EXTRACTOR) -> IngestReport:
    """Load article files into the warehouse at `db` and extract every article not read yet."""
    from flows.crawl_flow import extract_pending
    from warehouse import Warehouse

    files, skipped = article_files(paths)
    report = IngestReport(files=len(files), skipped=skipped)
    items = []
    for path in files:
        try:
            item = file_item(path)
        except (OSError, ValueError) as exc:
            report.skipped.append((str(path), f"unreadable: {exc}"))
            continue
        if not (item["text"] or "").strip():
            report.skipped.append((str(path), "no article text found"))
            continue
        items.append(item)
    wh = Warehouse(db)
    version = load_extractor(extractor).version
    run_id = wh.start_run([SOURCE_ID])
    report.run_id = run_id
    status = "failed"
    try:
        loaded = wh.load_articles(run_id, items)
        report.new_articles = loaded.new
        report.duplicates = loaded.duplicates
        facts, read, errors, implausible = extract_pending(Path(db), log, extractor)
        report.errors += errors
        report.implausible = implausible
        report.articles_read = len(read)
        result = wh.load_facts(run_id, version, facts, extracted_article_ids=read)
        report.new_facts, report.known_facts = result.new_facts, result.known_facts
        status = "completed"
    finally:
        wh.finish_run(run_id, status, {"kind": "ingest", "files": report.files, "new_articles": report.new_articles,
                                       "skipped": [{"path": p, "reason": r} for p, r in report.skipped],
                                       "errors": report.errors, "implausible": report.implausible})
    return report
