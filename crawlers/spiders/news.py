"""The `news` spider: one source file in, its articles out as `ArticleItem`s.

Everything specific to a site lives in its source file (crawlers/sources/README.md); the spider only
knows how to discover articles (feeds, sitemaps, listing pages with pagination and followed links,
search result pages), how to avoid fetching one article twice (tracking-parameter and AMP variants
collapse to one canonical URL; canonical URLs already stored are not fetched at all), and how to stay
within the source's page and depth budgets. With a state file from the previous run (`-a state=FILE`,
crawlers/state.py) a listing is not walked past its first page of known articles, and the articles
that failed last time are requested directly. Pages are reduced to articles by
`pipeline.html_article.parse_article_html`, shared with `xephang extract`.

    scrapy crawl news -a source=crawlers/sources/demo/<id>.toml [-a base_url=http://127.0.0.1:PORT]
                      [-a known_urls=FILE] [-a state=FILE] -O out.jsonl
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote_plus, urldefrag, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from twisted.python.failure import Failure

from crawlers.discovery import Link, parse_feed, parse_sitemap
from crawlers.items import ArticleItem
from crawlers.paging import next_listing_page
from crawlers.sourcefile import Source, SourceError, load_source
from crawlers.state import CrawlState
from pipeline.html_article import parse_article_html
from xephang.urls import TRACKING_PARAMS, TRACKING_PREFIXES, canonical_url

_AMP_HINT = re.compile(r"(/amp(/|$)|\.amp\.html?$|-amp\.html?$|[?&]amp(=|&|$)|^amp\.|//amp\.)", re.IGNORECASE)
_MOBILE_HOST = re.compile(r"^(www|m|mobile|amp)\.", re.IGNORECASE)


def strip_tracking(url: str) -> str:
    """`url` without tracking query parameters and fragment: the address actually requested, so a
    newsletter link and a plain link are one request (the original is kept as an alias)."""
    url = urldefrag(url)[0]
    parts = urlsplit(url)
    if not parts.query:
        return url
    kept = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), ""))


def _variant_rank(url: str) -> tuple[int, int, int]:
    """Sort key preferring the plain page over AMP and tracking variants of the same article."""
    return (1 if _AMP_HINT.search(url) else 0, 1 if strip_tracking(url) != urldefrag(url)[0] else 0, len(url))


def _site_host(url: str) -> str:
    """Host without `www.`/`m.`/`amp.` and with port: the unit of "same site" for link following."""
    parts = urlsplit(url)
    host = _MOBILE_HOST.sub("", (parts.hostname or "").lower())
    return f"{host}:{parts.port}" if parts.port else host


def _reason_key(reason: str) -> str:
    """A stats key fragment for a skip reason ("binary body (not HTML)" -> "binary_body")."""
    return re.sub(r"[^a-z0-9]+", "_", reason.split("(")[0].lower()).strip("_") or "other"


class NewsSpider(scrapy.Spider):
    """Crawl one source described by a TOML source file (`-a source=PATH_OR_ID`)."""

    name = "news"

    def __init__(
        self,
        source: str | None = None,
        base_url: str | None = None,
        known_urls: str | None = None,
        state: str | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if not source:
            raise SourceError("pass the source file: scrapy crawl news -a source=crawlers/sources/<id>.toml")
        self.src: Source = load_source(source, base_url or None)
        self.known: set[str] = self._read_known(known_urls)
        # The previous run's memory (crawlers/state.py): with it, an unchanged listing is not walked
        # page by page to its end, and what failed last time is requested again directly.
        self.state_path: Path | None = Path(state) if state else None
        self.prev = CrawlState.load(self.state_path)
        # "Not new" when judging a listing page: stored, or already handled by an earlier run.
        self._not_new: set[str] = self.known | self.prev.seen | {canonical_url(u) for u in self.prev.pending}
        # Hosts whose links are followed: the base URL's and those of absolute discovery URLs.
        self.sites: set[str] = {_site_host(self.src.base_url)} | {
            _site_host(u) for u in (*self.src.feeds, *self.src.sitemaps, *self.src.listings)
        }
        self.crawl_errors: list[str] = []
        self.crawl_skipped: list[str] = []
        self._requested = 0
        self._budget_logged = False
        self._pages: set[str] = set()  # canonical URLs of discovery/listing pages requested
        self._articles: dict[str, set[str]] = {}  # canonical URL -> every address seen for it
        self._emitted: set[str] = set()  # canonical URLs (own and rel=canonical) of emitted articles
        self._article_url: dict[str, str] = {}  # canonical URL -> the URL requested for it
        self._finished: set[str] = set()  # canonical URLs of articles with a final outcome in this run
        self._chains_done: set[str] = set()  # listing chains walked to their end (or to known pages)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        # The User-Agent carries the source's contact when it has one (robots.txt matching uses it too),
        # unless the user set USER_AGENT on the command line.
        settings = crawler.settings
        contact = spider.src.contact or settings.get("XEPHANG_CONTACT")
        if contact and (settings.getpriority("USER_AGENT") or 0) < 40:
            version = settings.get("XEPHANG_VERSION", "0.1")
            settings.set("USER_AGENT", f"xephang/{version} (+{contact})", priority="spider")
        # A small provincial server can ask for more patience in its source file ([politeness]);
        # the command line (e.g. the loopback settings of crawl_source) still wins.
        if spider.src.delay is not None:
            settings.set("DOWNLOAD_DELAY", spider.src.delay, priority="spider")
            settings.set("AUTOTHROTTLE_START_DELAY", max(spider.src.delay, 0.0), priority="spider")
        if spider.src.concurrency is not None:
            settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", spider.src.concurrency, priority="spider")
        # `xephang sources check` caps every source's budget without editing its file.
        cap = settings.getint("XEPHANG_MAX_PAGES", 0)
        if cap > 0:
            spider.src.max_pages = min(spider.src.max_pages, cap)
        return spider

    # -- set-up -------------------------------------------------------------------------------
    @staticmethod
    def _read_known(path: str | None) -> set[str]:
        """Canonical URLs already stored (one per line); re-canonicalised in case they were not."""
        if not path:
            return set()
        try:
            lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            raise SourceError(f"cannot read known_urls file {path}: {exc}") from exc
        known: set[str] = set()
        for line in lines:
            line = line.strip()
            if line and not line.startswith("#"):
                known.add(line)
                known.add(canonical_url(line))
        return known

    async def start(self) -> AsyncIterator[Any]:
        """Discovery pages: feeds, sitemaps, listings and search result pages, all at depth 0; then
        the articles the previous run requested and did not finish (its `pending`), as depth 1."""
        if self.state_path is not None:
            # In progress: until this run closes, no chain counts as complete (a kill -9 midway must
            # not let the next run stop early in front of articles this one never reached).
            try:
                CrawlState(pending=self.prev.pending, seen=self.prev.seen).save(self.state_path)
            except OSError as exc:  # then this run must not rely on the state either: a full walk
                self._error(f"could not write the crawl state {self.state_path}: {exc}")
                self.prev.complete.clear()
        for url in self.src.feeds:
            if request := self._page_request(url, self.parse_feed, depth=0):
                yield request
        for url in self.src.sitemaps:
            if request := self._page_request(url, self.parse_sitemap, depth=0):
                yield request
        for url in self.src.listings:
            if request := self._page_request(url, self.parse_listing, depth=0, chain=True):
                yield request
        for template in self.src.search:
            for query in self.src.queries:
                url = self.src.absolute(template.replace("{query}", quote_plus(query)))
                # Search results are not reliably newest first: never stopped early (no chain).
                if request := self._page_request(url, self.parse_listing, depth=0):
                    yield request
        retry = sorted(u for u in self.prev.pending if canonical_url(u) not in self.known)
        if retry:
            self.crawler.stats.set_value("xephang/pending_retried", len(retry))
            for request in self._article_requests([Link(u) for u in retry], depth=1):
                yield request

    # -- request bookkeeping -----------------------------------------------------------------
    def _in_budget(self) -> bool:
        if self._requested < self.src.max_pages:
            return True
        if not self._budget_logged:
            self._budget_logged = True
            self.logger.info("page budget of %d reached; no further pages requested", self.src.max_pages)
        self.crawler.stats.inc_value("xephang/budget_exhausted_links")
        return False

    def _followable(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and _site_host(url) in self.sites

    def _page_request(
        self, url: str, callback: Any, depth: int, priority: int = 20, chain: str | bool | None = None
    ) -> Request | None:
        """A request for a discovery/listing page, once per canonical URL, within budgets.

        Discovery pages go before articles (higher priority), so that most links to an article,
        with their tracking and AMP variants, are seen before it is fetched: the plainest variant
        is the one requested and the others are known as aliases when its item is written."""
        url = strip_tracking(url)
        canon = canonical_url(url)
        if canon in self._pages or depth > self.src.max_depth or not self._followable(url):
            return None
        if not self._in_budget():
            return None
        self._pages.add(canon)
        self._requested += 1
        # Discovery and listing pages change between runs: with the HTTP cache on, `max-age=0` makes
        # the RFC 2616 policy revalidate them every time (If-None-Match / If-Modified-Since, so an
        # unchanged page is a 304) instead of trusting a heuristic freshness and missing new articles.
        # `chain`: the listing chain (a pagination sequence) the page belongs to, named by its first
        # page's canonical URL (True = this page starts one); None for pages in none.
        return Request(
            url, callback=callback, errback=self.on_error, priority=priority,
            headers={"Cache-Control": "max-age=0"},
            meta={"xp_depth": depth, "xp_kind": "page", "xp_chain": canon if chain is True else chain or None},
            # The spider dedupes by canonical URL itself; Scrapy's dupefilter would silently swallow
            # the second leg of a redirect loop (no error, no skip: a lost page nobody hears of).
            dont_filter=True,
        )

    def _article_requests(self, links: Iterable[Link], depth: int) -> Iterator[Request]:
        """Requests for article links: one per canonical URL (the plainest variant), skipping
        articles already stored and recording every other variant as an alias."""
        if depth > self.src.max_depth:
            return
        yield from self._requests_for(self._article_groups(links), depth)

    def _article_groups(self, links: Iterable[Link]) -> dict[str, list[Link]]:
        """The article links among `links`, grouped by canonical URL."""
        groups: dict[str, list[Link]] = {}
        for link in links:
            url = urldefrag(link.url)[0]
            # A variant (AMP path) may miss the pattern while its canonical form matches it.
            if not self._followable(url) or not (self.src.is_article(url) or self.src.is_article(canonical_url(url))):
                continue
            groups.setdefault(canonical_url(url), []).append(Link(url, link.date))
        return groups

    def _requests_for(self, groups: dict[str, list[Link]], depth: int) -> Iterator[Request]:
        stats = self.crawler.stats
        for canon, variants in groups.items():
            variants.sort(key=lambda link: _variant_rank(link.url))
            if canon in self.known:
                stats.inc_value("xephang/known_skipped")
                continue
            if canon in self._articles:
                self._articles[canon].update(v.url for v in variants)
                stats.inc_value("xephang/variants_deduplicated", len(variants))
                continue
            if not self._in_budget():
                continue
            self._articles[canon] = {v.url for v in variants}
            stats.inc_value("xephang/variants_deduplicated", len(variants) - 1)
            self._requested += 1
            date_hint = next((v.date for v in variants if v.date), None)
            self._article_url[canon] = strip_tracking(variants[0].url)
            yield Request(
                self._article_url[canon], callback=self.parse_article, errback=self.on_error,
                priority=0,
                # Articles are fetched once and then known (known_urls): caching them only fills the disk.
                meta={"xp_depth": depth, "xp_kind": "article", "xp_canon": canon, "xp_date": date_hint,
                      "dont_cache": True},
                dont_filter=True,  # see _page_request: loops must end in a reported skip
            )

    # -- discovery callbacks ------------------------------------------------------------------
    def _body(self, response: Response) -> bytes:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
            except Exception as exc:  # a corrupt or oversize archive is one skipped page
                self._skip(response.url, f"unreadable gzip ({exc})")
                return b""
        return body

    def parse_feed(self, response: Response) -> Iterator[Request]:
        depth = response.meta.get("xp_depth", 0)
        links = parse_feed(self._body(response), response.url)
        if links is None:
            # Some sites serve an HTML page at the feed address: read it as a listing.
            self.logger.warning("%s is not an RSS/Atom feed; reading it as a listing page", response.url)
            yield from self.parse_listing(response)
            return
        self.crawler.stats.inc_value("xephang/feed_links", len(links))
        yield from self._article_requests(links, depth + 1)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        depth = response.meta.get("xp_depth", 0)
        parsed = parse_sitemap(self._body(response), response.url)
        if parsed is None:
            self._skip(response.url, "not a sitemap")
            return
        kind, links = parsed
        if kind == "index":
            for link in links:
                if request := self._page_request(link.url, self.parse_sitemap, depth + 1):
                    yield request
            return
        self.crawler.stats.inc_value("xephang/sitemap_links", len(links))
        yield from self._article_requests(links, depth + 1)

    def parse_listing(self, response: Response) -> Iterator[Request]:
        """Article links on a listing or search page, then `follow` links, then the next page."""
        if not isinstance(response, TextResponse):
            self._skip(response.url, "listing page is not text")
            return
        depth = response.meta.get("xp_depth", 0)
        chain = response.meta.get("xp_chain")
        hrefs = response.css("a::attr(href)").getall()
        links = [Link(response.urljoin(h.strip())) for h in hrefs if h.strip() and not h.strip().startswith("#")]
        groups = self._article_groups(links)
        if depth + 1 <= self.src.max_depth:
            yield from self._requests_for(groups, depth + 1)
        if self.src.follow:
            for href in self._select(response, self.src.follow):
                url = response.urljoin(href)
                if not self.src.is_article(url) and (
                    request := self._page_request(url, self.parse_listing, depth + 1, priority=10, chain=True)
                ):
                    yield request
        try:
            nxt = next_listing_page(self.src, response, response.url, response.meta.get("xp_page", 1),
                                    response.meta.get("xp_zone"), has_articles=bool(groups))
        except SourceError as exc:  # a bad next_page / page_zone selector in the source file
            self._error(f"{exc} in {self.src.path}")
            nxt = None
        if nxt and chain is not None and self._nothing_new_beyond(groups, chain):
            # Newest first, and this page shows only articles earlier runs already handled: the
            # pages after it hold nothing new either (their failures are in the state's `pending`).
            self.crawler.stats.inc_value("xephang/pagination_stopped_at_known")
            self.logger.info("%s: only known articles; pagination not followed further", response.url)
            nxt = None
        # Pagination is not a hop away from the listing: it is bounded by max_pages only.
        request = self._page_request(nxt.url, self.parse_listing, depth, priority=15, chain=chain) if nxt else None
        if request is not None and nxt is not None:
            request.meta.update(xp_page=nxt.page, xp_zone=nxt.zone)
            yield request
        elif chain is not None:
            # The end of the chain: no next page, stopped at known articles, a page seen already
            # (a loop) or out of bounds. Out of budget is caught at close (no chain is complete then).
            self._chains_done.add(chain)

    def _nothing_new_beyond(self, groups: dict[str, list[Link]], chain: str) -> bool:
        """Whether a listing page lets the walk stop: the source allows it, the previous run walked this
        chain to its end, and the page lists articles, all of them stored or handled before."""
        return (
            self.src.stop_at_known
            and chain in self.prev.complete
            and bool(groups)
            and all(canon in self._not_new for canon in groups)
        )

    def _select(self, response: TextResponse, query: str) -> list[str]:
        try:
            return [v.strip() for v in response.css(query).getall() if v.strip()]
        except Exception as exc:  # a bad selector in the source file
            self._error(f"bad selector {query!r} in {self.src.path}: {exc}")
            return []

    # -- articles -------------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[ArticleItem]:
        stats = self.crawler.stats
        stats.inc_value("xephang/articles_fetched")
        canon = response.meta.get("xp_canon") or canonical_url(response.url)
        # Whatever follows (an item, a duplicate, a page that is not an article) is final for this run.
        self._finished.add(canon)
        # A request restored from a resumed job's queue, or a redirect onto an article already
        # emitted, must not give a second item.
        for seen in {canon, canonical_url(response.url)}:
            if seen in self._emitted or seen in self.known:
                stats.inc_value("xephang/duplicate_fetch_not_emitted")
                return
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        parsed = parse_article_html(response.body, response.url, self.src.selectors, content_type=content_type)
        for warning in parsed.warnings:
            self.logger.warning("%s: %s", response.url, warning)
            stats.inc_value("xephang/page_warnings")
        if not parsed.ok:
            self._skip(response.url, parsed.skip_reason or "not an article")
            return
        own = {canon, canonical_url(response.url)}
        if parsed.canonical:
            declared = canonical_url(parsed.canonical)
            if declared not in own and declared in self._emitted:
                stats.inc_value("xephang/duplicate_by_rel_canonical")
                self.logger.info("%s duplicates %s (rel=canonical); not emitted again", response.url, parsed.canonical)
                return
            if declared not in own and declared in self.known:
                stats.inc_value("xephang/known_skipped")
                return
            own.add(declared)
        self._emitted |= own
        requested = response.request.url if response.request else response.url
        aliases = set(self._articles.get(canon, set())) | {requested}
        # The AMP copy a page announces is an address of this article too, even if never linked.
        aliases |= {response.urljoin(href) for href in response.css('link[rel="amphtml"]::attr(href)').getall()}
        aliases.discard(response.url)
        yield ArticleItem(
            url=response.url,
            requested_url=requested,
            canonical_url=parsed.canonical,
            alias_urls=sorted(aliases),
            source=self.src.id,
            source_kind=self.src.kind,
            title=parsed.title,
            date=parsed.date or response.meta.get("xp_date"),
            text=parsed.text,
            tables=[{"headers": t.headers, "rows": t.rows, "caption": t.caption} for t in parsed.tables],
            author=parsed.author,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            http_status=response.status,
        )

    # -- failures -------------------------------------------------------------------------------
    def _skip(self, url: str, reason: str) -> None:
        """A page that is not an article or not usable: expected on the web, reported but not an error."""
        self.crawl_skipped.append(f"{reason}: {url}")
        self.crawler.stats.inc_value(f"xephang/skipped/{_reason_key(reason)}")
        self.logger.warning("skipped %s: %s", url, reason)

    def _error(self, message: str) -> None:
        self.crawl_errors.append(message)
        self.crawler.stats.inc_value("xephang/errors")
        self.logger.error(message)

    def _final(self, canon: str | None) -> None:
        if canon:  # an article's request (pages have none)
            self._finished.add(canon)

    def on_error(self, failure: Failure) -> None:
        """Request failures: missing pages, robots.txt refusals and oversize pages are skips (the
        web is like that), network failures and server errors after retries are errors."""
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        # After redirects, report the address the source linked to (the one a later run retries).
        redirects = request.meta.get("redirect_urls") if request is not None else None
        if redirects:
            url = f"{redirects[0]} (redirected to {url})"
        # Gone, forbidden or oversize is final; anything else (a redirect loop included) stays pending.
        canon = request.meta.get("xp_canon") if request is not None else None
        if failure.check(HttpError):
            status = failure.value.response.status
            if status in (404, 410):
                self._final(canon)
                self._skip(url, f"http {status}")
            else:
                self._error(f"http {status}: {url}")
        elif failure.check(IgnoreRequest):
            if "robots.txt" in str(failure.value):
                self._final(canon)
            self._skip(url, str(failure.value) or "request ignored")
        elif failure.check(DownloadCancelledError):
            self._final(canon)
            self._skip(url, "too large (over DOWNLOAD_MAXSIZE)")
        else:
            self._error(f"{failure.type.__name__}: {failure.getErrorMessage()}: {url}")

    # -- the next run's memory ------------------------------------------------------------------
    def closed(self, reason: str) -> None:
        """Write the state for the next run (crawlers/state.py), whatever the finish reason: chains
        completed so far stay valid, and requests left in the queue become `pending`."""
        if self.state_path is None:
            return
        requested = dict(self._article_url)
        # Those not requested this run: known now, out of budget, or no longer this source's
        # articles (an edited url_pattern; dropped, else they would stay pending for ever).
        for canon, links in self._article_groups(Link(u) for u in self.prev.pending).items():
            requested.setdefault(canon, links[0].url)
        pending = {url for canon, url in requested.items() if canon not in self._finished and canon not in self.known}
        pending_canon = {canonical_url(u) for u in pending}
        seen = (self.prev.seen | self._finished) - self.known - pending_canon
        # Out of budget, some pages were never requested: no chain is known to be complete.
        complete = set() if self._budget_logged else set(self._chains_done)
        try:
            CrawlState(complete=complete, pending=pending, seen=seen).save(self.state_path)
        except OSError as exc:
            self._error(f"could not write the crawl state {self.state_path}: {exc}")
        stats = self.crawler.stats
        stats.set_value("xephang/state_pending", len(pending))
        stats.set_value("xephang/state_complete_chains", len(complete))
