"""Scrapy's downloader with the per-site concurrency limit actually enforced.

Under the asyncio reactor (Scrapy's default), Scrapy 2.19's `Downloader._process_queue` pops requests
from a site's slot queue while `slot.free_transfer_slots() > 0`, but a popped request only joins
`slot.transferring` once its download coroutine starts, on a later turn of the event loop. With no
download delay the loop therefore pops the whole queue at once: CONCURRENT_REQUESTS_PER_DOMAIN = 2
let 8 requests hit one site at the same time (tests/test_crawl_polite.py measures it at the server).
With a delay the loop stops after one request per tick, but a slow server still gets a new request
every tick however many are pending, which is exactly when a small server needs fewer.

The fix is the smallest one that keeps Scrapy's own code path: a slot queue whose `popleft` counts
the request as transferring at once (the download coroutine adds it again, a set, and removes it
when the download ends, as before).
"""

from __future__ import annotations

from collections import deque
from typing import Any

from scrapy.core.downloader import Downloader, Slot
from scrapy.http import Request


class _CountingQueue(deque):  # type: ignore[type-arg]
    """A slot queue that marks a request as transferring the moment it is taken for download."""

    def __init__(self, slot: Slot, items: Any = ()) -> None:
        super().__init__(items)
        self.slot = slot

    def popleft(self) -> Any:
        entry = super().popleft()
        self.slot.transferring.add(entry[0])
        return entry


class PoliteDownloader(Downloader):
    """`scrapy.core.downloader.Downloader` whose slots never exceed their concurrency."""

    def _get_slot(self, request: Request, spider: Any = None) -> tuple[str, Slot]:
        key, slot = super()._get_slot(request)
        if not isinstance(slot.queue, _CountingQueue):
            slot.queue = _CountingQueue(slot, slot.queue)
        return key, slot
