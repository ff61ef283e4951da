"""What one crawl of a source leaves for the next: the memory that lets an unchanged re-run stop early.

Listings are newest first, so once a listing page shows only articles the previous runs already
know, the pages after it hold nothing new either, and an unchanged re-run need not walk a long
archive page by page (each page only reveals the next, so the walk is sequential). Stopping there
is only safe if nothing behind that page is still owed, so the state records:

- `complete`: listing chains (keyed by the canonical URL of their first page) that the last run
  walked to their end, or to such a page, without running out of page budget. A chain not in it
  (first run, budget hit, a listing page failed, a crawl killed before it closed) is walked in full.
- `pending`: articles requested and not finished (a network error, a 5xx after retries, a crawl
  stopped with requests in its queue), by the URL that was requested. The next run requests them
  first-hand, wherever they sit in the listings, so stopping early never drops a retry.
- `seen`: canonical URLs of articles fetched with a final outcome that the warehouse may not hold
  (left out by the relevance filter, a 404, a page that is not an article, an item not yet loaded).
  Together with the known URLs they are "not new" when judging a listing page; URLs that became
  known are pruned, so the file only grows with articles never stored.

A run marks the file as in progress when it starts (its `complete` emptied) and writes the full
state when it closes; a run killed in between therefore leaves no `complete` chains, and the next
run walks every listing in full.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

STATE_FILE = "crawl-state.json"
logger = logging.getLogger(__name__)
VERSION = 1


@dataclass
class CrawlState:
    complete: set[str] = field(default_factory=set)
    pending: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path | None) -> CrawlState:
        """The saved state; an absent, unreadable or foreign file is an empty state (a full walk)."""
        if path is None:
            return cls()
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            logger.warning("crawl state %s is unreadable (%s): walking every listing in full", path, exc)
            return cls()
        if not isinstance(data, dict) or data.get("version") != VERSION:
            logger.warning("crawl state %s is not a version-%d state: walking every listing in full", path, VERSION)
            return cls()

        def strings(key: str) -> set[str]:
            value = data.get(key)
            return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()

        return cls(complete=strings("complete"), pending=strings("pending"), seen=strings("seen"))

    def save(self, path: Path) -> None:
        """Write atomically (a crash mid-write leaves the previous file, never half of one)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "version": VERSION,
            "complete": sorted(self.complete),
            "pending": sorted(self.pending),
            "seen": sorted(self.seen),
        }
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=0), encoding="utf-8")
        tmp.replace(path)
