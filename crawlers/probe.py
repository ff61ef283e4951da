"""What each of a source's selectors gives on a saved page, without the generic extractor's help.

The article reduction falls back to generic rules for every field a selector misses, so a crawl (and
a test that only looks at its result) cannot tell a working selector from a dead one: a dead title
selector is hidden by the `<h1>` rule. Writing or repairing a source needs the opposite view, one
field at a time: this selector, on this page, gives this value (or nothing). `xephang sources test`
prints it and the real-page tests assert on it. Listing pages get the same treatment: which links
`url_pattern` takes as articles and what the next page is (crawlers.paging, as the spider sees it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from crawlers.paging import NextPage, next_listing_page
from crawlers.sourcefile import Source, SourceError
from pipeline.html.metadata import select_text
from pipeline.html_article import ParsedArticle, decode_html, parse_article_html, parse_vietnamese_date

# The fields of `[articles.selectors]` that name one value, in the order they are printed.
TEXT_FIELDS = ("title", "date", "author", "lead")


@dataclass
class FieldProbe:
    """One selector's result: the raw string it gives (None = matched nothing) and, for the date,
    the ISO date read from it and how (`note`)."""

    field: str
    selector: str | None
    value: str | None
    parsed: str | None = None
    note: str = ""

    @property
    def matched(self) -> bool:
        return self.value is not None


@dataclass
class ArticleProbe:
    """A saved article page held against a source: each selector alone, then what the crawl stores."""

    url: str
    is_article: bool
    fields: dict[str, FieldProbe]
    body_matched: bool
    removed: dict[str, int]
    parsed: ParsedArticle

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.parsed.text.split("\n\n") if p] if self.body_matched else []


@dataclass
class ListingProbe:
    """A saved listing page held against a source: the same-site links `url_pattern` takes as
    articles, those it leaves, and the next page the spider would request."""

    url: str
    articles: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    next_page: NextPage | None = None


def page_text(html: bytes | str) -> str:
    """The page as text, decoded as the crawler decodes it (meta charset, windows-1258 …)."""
    return decode_html(html, None)[0] if isinstance(html, bytes) else html


def page_url(sel: Selector, fallback: str) -> str:
    """The address a saved page names for itself (rel=canonical, og:url), else `fallback`."""
    for query in ('link[rel="canonical"]::attr(href)', 'meta[property="og:url"]::attr(content)'):
        value = (sel.css(query).get() or "").strip()
        if value:
            return urljoin(fallback, value)
    return fallback


def _date_probe(src: Source, sel: Selector) -> FieldProbe:
    query = src.selectors.get("date")
    raw = select_text(sel, query) if query else None
    probe = FieldProbe("date", query, raw)
    if raw is None:
        return probe
    formats = list(src.selectors.get("date_formats") or [])
    text = " ".join(raw.split())
    exact = next((fmt for fmt in formats if _fits(text, fmt)), None)
    probe.parsed = parse_vietnamese_date(raw, formats)
    probe.note = f"format {exact!r}" if exact else ("generic date parsing" if probe.parsed else "no date in it")
    return probe


def _fits(text: str, fmt: str) -> bool:
    try:
        datetime.strptime(text, fmt)
    except ValueError:
        return False
    return True


def probe_article(src: Source, html: bytes | str, url: str | None = None) -> ArticleProbe:
    """Each of `src`'s selectors on an article page, alone; `url` defaults to the page's own."""
    text = page_text(html)
    sel = Selector(text=text)
    url = url or page_url(sel, src.base_url)
    fields: dict[str, FieldProbe] = {}
    for name in TEXT_FIELDS:
        if name == "date":
            fields[name] = _date_probe(src, sel)
            continue
        query = src.selectors.get(name)
        fields[name] = FieldProbe(name, query, select_text(sel, query) if query else None)
    removed: dict[str, int] = {}
    for query in src.selectors.get("remove") or []:
        try:
            removed[query] = len(sel.css(query))
        except Exception as exc:
            raise SourceError(f"bad remove selector {query!r}: {exc}") from exc
    parsed = parse_article_html(html, url, src.selectors)
    body = src.selectors.get("body")
    body_matched = bool(body) and not any("body selector" in w for w in parsed.warnings)
    return ArticleProbe(url=url, is_article=src.is_article(url), fields=fields, body_matched=body_matched,
                        removed=removed, parsed=parsed)


def _site(url: str) -> str:
    return re.sub(r"^(www|m|amp)\.", "", (urlsplit(url).hostname or "").lower())


def probe_listing(src: Source, html: bytes | str, url: str) -> ListingProbe:
    """The links of a listing page at `url` that `src` takes as articles (in page order, once each),
    the other same-site links, and the next page."""
    sel = Selector(text=page_text(html))
    result = ListingProbe(url=url)
    seen: set[str] = set()
    for href in sel.css("a::attr(href)").getall():
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        link = urljoin(url, href).split("#")[0]
        if link in seen or _site(link) != _site(url):
            continue
        seen.add(link)
        (result.articles if src.is_article(link) else result.others).append(link)
    result.next_page = next_listing_page(src, sel, url, has_articles=bool(result.articles))
    return result
