"""What every demo outlet does the same way: routing, pagination, feeds, sitemaps, robots.txt.

An outlet module subclasses `Outlet` and supplies its own page structure (the render_* methods and
its URL scheme for listings). Routing is shared so that every outlet answers robots.txt, its
sitemap, its feed, listings with `next` links, articles (ignoring tracking parameters, as real CMSs
do), optional AMP copies, and a 404 page for anything else.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from xephang.demo.content import Article, Placement
from xephang.demo.render import FeedItem, h, robots, rss, sitemap

HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
TEXT = "text/plain; charset=utf-8"

# Parameters the outlets put on some internal links, as newsletters and social shares do.
TRACKING_QUERIES = (
    "utm_source=zalo&utm_medium=social&utm_campaign=chuyen-doi-so",
    "fbclid=IwAR0demoXephang9kq2",
    "utm_source=newsletter&utm_medium=email",
)


@dataclass(frozen=True)
class Response:
    status: int
    body: str
    content_type: str = HTML


@dataclass(frozen=True)
class Listing:
    """A listing page request: which section (None for the outlet-wide list) and which page."""

    section: str | None
    page: int


class Outlet(ABC):
    """One fictional publisher; subclasses give its name, URL scheme and page markup."""

    id: str = ""
    name: str = ""
    tagline: str = ""
    page_size: int = 5
    sitemap_path: str = "/sitemap.xml"
    feed_path: str = "/rss.xml"
    sections: dict[str, str] = {}  # slug -> label, in menu order
    # Small static pages the chrome links to (so the site has no dead links): path -> (title, text).
    static_pages: dict[str, tuple[str, str]] = {
        "/lien-he": ("Liên hệ", "Mọi liên hệ xin gửi về hộp thư của tòa soạn (địa chỉ mẫu, trang demo)."),
        "/gioi-thieu": ("Giới thiệu", "Trang tin mẫu phục vụ thử nghiệm hệ thống xephang; nội dung không phải tin thật."),
        "/quang-cao": ("Quảng cáo", "Bảng giá quảng cáo mẫu. Trang demo, không nhận quảng cáo thật."),
    }

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles = [a for a in articles if a.placement_on(self.id)]
        self.by_path = {self.placement(a).path: a for a in self.articles}

    # -- article helpers ------------------------------------------------------------------
    def placement(self, article: Article) -> Placement:
        placement = article.placement_on(self.id)
        assert placement is not None
        return placement

    def section_of(self, article: Article) -> str:
        return self.placement(article).section or article.section

    def author_of(self, article: Article) -> str:
        return self.placement(article).author or article.author

    def article_url(self, base: str, article: Article) -> str:
        return base + self.placement(article).path

    def link(self, base: str, article: Article, variant: int = 0) -> str:
        """An internal link to an article; tracked articles get utm_/fbclid parameters on it."""
        url = self.article_url(base, article)
        if self.placement(article).tracking:
            url += "?" + TRACKING_QUERIES[variant % len(TRACKING_QUERIES)]
        return url

    def items(self, section: str | None = None) -> list[Article]:
        return [a for a in self.articles if section is None or self.section_of(a) == section]

    def page_count(self, section: str | None) -> int:
        return max(1, math.ceil(len(self.items(section)) / self.page_size))

    def page_items(self, listing: Listing) -> list[Article]:
        start = (listing.page - 1) * self.page_size
        return self.items(listing.section)[start:start + self.page_size]

    def related(self, article: Article, count: int = 3) -> list[Article]:
        same = [a for a in self.items(self.section_of(article)) if a.id != article.id]
        other = [a for a in self.articles if a.id != article.id and a not in same]
        return (same + other)[:count]

    # -- routing ----------------------------------------------------------------------------
    def handle(self, path: str, query: dict[str, str], base: str) -> Response:
        """Answer one GET request (path without query; query parsed to single values)."""
        if path == "/robots.txt":
            return Response(200, self.render_robots(base), TEXT)
        if path == self.sitemap_path:
            return Response(200, sitemap(self.sitemap_entries(base)), XML)
        if path == self.feed_path:
            return Response(200, rss(self.name, base + "/", self.tagline, self.feed_items(base)), RSS)
        if path == "/":
            return Response(200, self.render_home(base))
        listing = self.parse_listing(path, query)
        if listing is not None:
            known = listing.section is None or listing.section in self.sections
            if known and 1 <= listing.page <= self.page_count(listing.section):
                return Response(200, self.render_listing(base, listing))
            return self.not_found(base)
        article = self.by_path.get(path)
        if article is not None:
            return Response(200, self.render_article(base, article))
        if path.startswith("/amp/"):
            article = self.by_path.get(path[4:])
            if article is not None and self.placement(article).amp:
                return Response(200, self.render_amp(base, article))
        if path in self.static_pages:
            title, text = self.static_pages[path]
            return Response(200, self.render_simple(base, title, f"<h1>{h(title)}</h1>\n<p>{h(text)}</p>"))
        extra = self.extra_page(path, query, base)
        return extra if extra is not None else self.not_found(base)

    def not_found(self, base: str) -> Response:
        return Response(404, self.render_not_found(base))

    # -- defaults a subclass may override ------------------------------------------------------
    def render_robots(self, base: str) -> str:
        return robots(base, self.sitemap_path, disallow=("/tim-kiem", "/admin/"))

    def sitemap_entries(self, base: str) -> list[tuple[str, datetime | None]]:
        """Home, listing pages and every article (the listing-only outlet overrides this)."""
        entries: list[tuple[str, datetime | None]] = [(base + "/", None)]
        entries += [(base + self.listing_path(s, 1), None) for s in self.sections]
        entries += [(self.article_url(base, a), a.date) for a in self.articles]
        return entries

    def feed_items(self, base: str) -> list[FeedItem]:
        return [
            FeedItem(a.title, self.article_url(base, a), a.date, a.lead, self.sections.get(self.section_of(a), ""),
                     self.author_of(a))
            for a in self.articles[:20]
        ]

    def extra_page(self, path: str, query: dict[str, str], base: str) -> Response | None:
        """Pages beyond the common set (notices, about pages); None when the path is not one."""
        return None

    def render_amp(self, base: str, article: Article) -> str:
        raise NotImplementedError

    # -- what each outlet must supply ------------------------------------------------------------
    @abstractmethod
    def listing_path(self, section: str | None, page: int) -> str:
        """The path (with query, if the outlet paginates by query) of one listing page."""

    @abstractmethod
    def parse_listing(self, path: str, query: dict[str, str]) -> Listing | None:
        """The listing page a request asks for, or None when the path is not a listing."""

    @abstractmethod
    def render_home(self, base: str) -> str: ...

    @abstractmethod
    def render_listing(self, base: str, listing: Listing) -> str: ...

    @abstractmethod
    def render_article(self, base: str, article: Article) -> str: ...

    @abstractmethod
    def render_not_found(self, base: str) -> str: ...

    @abstractmethod
    def render_simple(self, base: str, title: str, main: str, head: str = "") -> str:
        """A page in the outlet's chrome around ready-made HTML (static pages, notices)."""


def page_number(raw: str | None) -> int | None:
    """A `page` value as a positive int; None when it is not one (served as 404)."""
    if raw is None:
        return 1
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None
