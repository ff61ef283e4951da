"""Item validation: the last check before an article reaches the JSON-lines feed.

The spider already skips pages without an article; this catches anything that still lacks a title or
text (e.g. a selector that matched only whitespace) and puts every string in NFC, because Vietnamese
pages mix precomposed and combining diacritics and the warehouse hashes and compares text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

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
