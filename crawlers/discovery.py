"""Links out of feeds and sitemaps: what the spider's discovery pages point to.

Scrapy's `Sitemap` helper reads `<loc>` but not the news-sitemap publication date nested under
`<news:news>`, and feeds need RSS and Atom alike, so both are read here with one recovering lxml parse
(no entity resolution, no network) into `Link`s carrying a date hint when the document gives one.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import lxml.etree

from pipeline.html_article import parse_vietnamese_date

_PARSER = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


@dataclass(frozen=True)
class Link:
    """A URL found in a feed or sitemap; `date` (YYYY-MM-DD) is the document's date for it, if any."""

    url: str
    date: str | None = None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _root(body: bytes) -> lxml.etree._Element | None:
    try:
        return lxml.etree.fromstring(body.lstrip(), parser=_PARSER)
    except (lxml.etree.XMLSyntaxError, ValueError):
        return None


def _feed_date(value: str | None) -> str | None:
    """RFC 822 (RSS pubDate) or ISO (Atom) date, as the outlet's local date."""
    if not value:
        return None
    value = value.strip()
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return parse_vietnamese_date(value)


def _child_text(el: lxml.etree._Element, *names: str) -> str | None:
    for child in el:
        if _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_feed(body: bytes, base_url: str) -> list[Link] | None:
    """Entry links of an RSS 2.0 / RSS 1.0 / Atom feed, or None if the body is not a feed."""
    root = _root(body)
    if root is None or _local(root.tag) not in ("rss", "feed", "rdf"):
        return None
    links: list[Link] = []
    for el in root.iter():
        name = _local(el.tag)
        if name == "item":
            url = _child_text(el, "link")
            if not url:
                guid = next((c for c in el if _local(c.tag) == "guid"), None)
                if guid is not None and guid.get("isPermaLink", "true") != "false" and guid.text:
                    url = guid.text.strip()
            date = _feed_date(_child_text(el, "pubdate", "date", "published"))
        elif name == "entry":
            url = None
            for child in el:
                if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate" and child.get("href"):
                    url = child.get("href")
                    break
            date = _feed_date(_child_text(el, "published", "updated"))
        else:
            continue
        if url:
            links.append(Link(urljoin(base_url, url.strip()), date))
    return links


def parse_sitemap(body: bytes, base_url: str) -> tuple[str, list[Link]] | None:
    """("index", child sitemaps) or ("urlset", page links with news/lastmod dates), None if not a sitemap."""
    root = _root(body)
    if root is None:
        return None
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        return None
    links: list[Link] = []
    for el in root:
        if _local(el.tag) not in ("sitemap", "url"):
            continue
        loc = _child_text(el, "loc")
        if not loc:
            continue
        date = None
        for child in el.iter():
            if _local(child.tag) == "publication_date" and child.text:
                date = parse_vietnamese_date(child.text)
                break
        links.append(Link(urljoin(base_url, loc), date))
    return ("index" if kind == "sitemapindex" else "urlset"), links
