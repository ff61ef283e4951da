"""Item validation: the last check before an article reaches the JSON-lines feed.

The spider already skips pages without an article; this catches anything that still lacks a title or
text (e.g. a selector that matched only whitespace) and puts every string in NFC, because Vietnamese
pages mix precomposed and combining diacritics and the warehouse hashes and compares text.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.settings import Settings

from crawlers.extensions import stats_path_for
from crawlers.relevance import relevance_reason

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def nfc(value: Any) -> Any:
    """NFC-normalise every string inside a JSON-like value."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: nfc(v) for k, v in value.items()}
    return value


class ValidateArticlePipeline:
    """Drop items without title or text (Scrapy logs the reason and counts it in the stats),
    normalise strings, and null out a date that is not ISO `YYYY-MM-DD`."""

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        for key in list(adapter.keys()):
            adapter[key] = nfc(adapter[key])
        url = adapter.get("url") or "?"
        title = (adapter.get("title") or "").strip()
        text = (adapter.get("text") or "").strip()
        if not title:
            raise DropItem(f"no title: {url}")
        if not text:
            raise DropItem(f"no article text: {url}")
        adapter["title"] = title
        adapter["text"] = text
        date = adapter.get("date")
        if date is not None and not (isinstance(date, str) and _ISO_DATE.match(date)):
            adapter["date"] = None
        if adapter.get("alias_urls") is None:
            adapter["alias_urls"] = []
        if adapter.get("tables") is None:
            adapter["tables"] = []
        return item


class RelevancePipeline:
    """Keep only articles about the monitored rankings when the source says `relevance = "rankings"`.

    Real sources print far more than ranking news; what is dropped is not lost silently: each drop is
    counted (`relevance/dropped`, `relevance/dropped/<reason>`) and written with its reason to
    `<feed>.dropped.jsonl` (or `XEPHANG_DROPPED_FILE`), so a run report can say why a source that
    found articles stored none. Sources without the setting (the demo outlets) keep everything.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.path = dropped_path_for(crawler.settings)
        self._handle: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RelevancePipeline:
        return cls(crawler)

    def _mode(self) -> str:
        src = getattr(self.crawler.spider, "src", None)
        return getattr(src, "relevance", "all")

    def process_item(self, item: Any) -> Any:
        if self._mode() != "rankings":
            return item
        adapter = ItemAdapter(item)
        reason = relevance_reason(adapter.get("title"), adapter.get("text"), adapter.get("tables") or [])
        if reason is None:
            self.crawler.stats.inc_value("relevance/kept")
            return item
        stats = self.crawler.stats
        stats.inc_value("relevance/dropped")
        stats.inc_value(f"relevance/dropped/{re.sub(r'[^a-z0-9]+', '_', reason)}")
        self._record({"url": adapter.get("url"), "title": adapter.get("title"), "reason": reason})
        raise DropItem(f"not about the rankings ({reason}): {adapter.get('url')}")

    def _record(self, row: dict[str, Any]) -> None:
        if self.path is None:
            return
        try:
            if self._handle is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._handle = self.path.open("w", encoding="utf-8")
            self._handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            self._handle.flush()
        except OSError as exc:
            self.crawler.stats.inc_value("relevance/dropped_file_errors")
            logging.getLogger(__name__).error("could not write %s: %s", self.path, exc)

    def close_spider(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def dropped_path_for(settings: Settings) -> Path | None:
    """`XEPHANG_DROPPED_FILE`, else `<feed>.dropped.jsonl` next to the single local feed."""
    explicit = settings.get("XEPHANG_DROPPED_FILE")
    if explicit:
        return Path(explicit)
    stats = stats_path_for(settings)
    if stats is None:
        return None
    return stats.with_name(stats.name.removesuffix(".stats.json") + ".dropped.jsonl")
