"""Scrapy settings for the xephang crawler: polite by default, since it reads other people's sites.

One request at a time per site with AutoThrottle backing off when a site slows down, robots.txt obeyed,
an honest User-Agent with a contact address, bounded downloads. Loopback crawls of the demo site turn
the throttling off from the command line (`-s AUTOTHROTTLE_ENABLED=0 -s DOWNLOAD_DELAY=0`;
`crawlers.run.crawl_source` does it by itself for 127.0.0.1).
"""

from __future__ import annotations

import os

from scrapy.settings import default_settings as _scrapy_defaults

BOT_NAME = "xephang"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# Who to write to when the crawler misbehaves; a source file's `contact` overrides it per site.
# (`-s XEPHANG_CONTACT=...` works too: the spider rebuilds USER_AGENT from it.)
XEPHANG_CONTACT = os.environ.get("XEPHANG_CONTACT", "").strip() or "contact unset: set XEPHANG_CONTACT"
XEPHANG_VERSION = "0.1"
USER_AGENT = f"xephang/{XEPHANG_VERSION} (+{XEPHANG_CONTACT})"

# Politeness.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
# Cookies are off, so their middleware (and the tldextract it imports, ~30 ms) is not loaded at all.
DOWNLOADER_MIDDLEWARES_BASE = {
    name: order
    for name, order in _scrapy_defaults.DOWNLOADER_MIDDLEWARES_BASE.items()
    if name != "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"
}
# Only http(s) links are followed: no s3/ftp/file/data download handlers to build at start-up.
DOWNLOAD_HANDLERS = {"s3": None, "ftp": None, "file": None, "data": None}
# Enforces CONCURRENT_REQUESTS_PER_DOMAIN, which Scrapy 2.19 under asyncio overshoots (crawlers/downloader.py).
DOWNLOADER = "crawlers.downloader.PoliteDownloader"
TELNETCONSOLE_ENABLED = False

# Bounded work per request.
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
DNS_TIMEOUT = 20
REDIRECT_MAX_TIMES = 5
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

# HTTP cache for listing and feed pages: off until the incremental-crawl issue turns it on. RFC2616
# so that conditional requests (ETag / Last-Modified) are honoured when it is enabled.
HTTPCACHE_ENABLED = False
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"
HTTPCACHE_STORAGE = "scrapy.extensions.httpcache.FilesystemCacheStorage"
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]

# Output: JSON lines written by the feed export (`-O out.jsonl`), validated by the pipeline first.
FEED_EXPORT_ENCODING = "utf-8"
ITEM_PIPELINES = {
    "crawlers.pipelines.ValidateArticlePipeline": 300,
    # after validation, so that only real articles are judged (and counted) for relevance
    "crawlers.pipelines.RelevancePipeline": 400,
}
# Dropped-for-relevance articles with reasons, as JSON lines; empty = `<feed>.dropped.jsonl`.
XEPHANG_DROPPED_FILE = ""
# A page budget that caps every source's `max_pages` (0 = none): `xephang sources check` uses it.
XEPHANG_MAX_PAGES = 0
EXTENSIONS = {"crawlers.extensions.StatsFile": 500}
# Every crawl is a new process, so start-up counts. Two of Scrapy's built-in extensions do nothing for a
# batch crawl: the telnet console (off anyway) and Scrapy 2.19's remote-control HTTP server, which would
# run Python code sent to it on a local port and imports aiohttp to do so (~80 ms). They are left out of
# the base list rather than set to None in EXTENSIONS, because Scrapy imports every class named there,
# disabled or not. The rest of the base list is Scrapy's own, whatever its version.
EXTENSIONS_BASE = {
    name: order
    for name, order in _scrapy_defaults.EXTENSIONS_BASE.items()
    if name not in ("scrapy.extensions.telnet.TelnetConsole", "scrapy.extensions.remote_control.RemoteControl")
}
REMOTE_CONTROL_ENABLED = False
# Where crawlers.extensions.StatsFile writes the final stats as JSON; empty = next to the `-O` feed
# as `<feed>.stats.json` (no file when there is no local feed).
XEPHANG_STATS_FILE = ""
STATS_DUMP = True

LOG_LEVEL = "INFO"
