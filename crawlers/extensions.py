"""Write a crawl's final figures to a JSON file, so the process that started the crawl can read them.

`crawlers.run.crawl_source` runs Scrapy in a subprocess (a Twisted reactor cannot restart within one
process) and needs pages fetched, items written, errors and skipped pages without scraping log text.
Scrapy's stats collector has the figures; the spider keeps the per-URL reasons. This extension dumps
both on `spider_closed`.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.settings import Settings

log = logging.getLogger(__name__)


def stats_path_for(settings: Settings) -> Path | None:
    """`XEPHANG_STATS_FILE`, else `<feed>.stats.json` next to the single local `-O`/`-o` feed."""
    explicit = settings.get("XEPHANG_STATS_FILE")
    if explicit:
        return Path(explicit)
    feeds = settings.getdict("FEEDS")
    if len(feeds) != 1:
        return None
    uri = str(next(iter(feeds)))
    if "%(" in uri:
        return None
    parts = urlsplit(uri)
    if parts.scheme == "file":
        return Path(unquote(parts.path) + ".stats.json")
    if parts.scheme and len(parts.scheme) > 1:  # s3://, ftp://, ... (a one-letter scheme is a drive)
        return None
    return Path(uri + ".stats.json")


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


class StatsFile:
    """On spider close, write `{"finish_reason", "stats", "errors", "skipped"}` as JSON."""

    def __init__(self, crawler: Crawler, path: Path | None) -> None:
        self.crawler = crawler
        self.path = path
        self.spider_errors: list[str] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatsFile:
        ext = cls(crawler, stats_path_for(crawler.settings))
        crawler.signals.connect(ext.spider_error, signal=signals.spider_error)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_error(self, failure: Any, response: Any, spider: Any) -> None:
        """A callback raised: a crawler bug, reported as an error of this crawl."""
        url = getattr(response, "url", "?")
        self.spider_errors.append(f"spider error on {url}: {failure.type.__name__}: {failure.value}")

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.path is None:
            return
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        payload = {
            "spider": getattr(spider, "name", None),
            "source": getattr(getattr(spider, "src", None), "id", None),
            "finish_reason": reason,
            "stats": _jsonable(stats),
            "errors": list(getattr(spider, "crawl_errors", [])) + self.spider_errors,
            "skipped": list(getattr(spider, "crawl_skipped", [])),
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
            tmp.replace(self.path)
        except OSError as exc:
            log.error("could not write crawl stats to %s: %s", self.path, exc)
