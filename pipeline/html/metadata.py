"""An article's title, author and publication date from the page around the body.

These come from many places that differ by outlet: a source's TOML selectors, `<meta>` tags, JSON-LD,
`<h1>`, `<title>`, `<time>`, byline-like classes, or bare text before the body. Each reader here tries
them in a fixed order of trust, so the order is decided in one place and the entry point only asks.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import lxml.html
from parsel import Selector

from pipeline.html.dates import parse_vietnamese_date
from pipeline.html.elements import INLINE_TAGS, element_text

log = logging.getLogger(__name__)


def first_value(sel: Selector, *queries: str) -> str | None:
    """The first non-blank string the queries give, tried in order of trust; a bad query is skipped."""
    for query in queries:
        try:
            values = sel.css(query).getall()
        except Exception as exc:
            log.warning("bad selector %r: %s", query, exc)
            continue
        for value in values:
            value = " ".join(value.split())
            if value:
                return value
    return None


def select_text(sel: Selector, query: str) -> str | None:
    """A TOML selector's value: `::text`/`::attr()` selectors give strings, element selectors their text."""
    try:
        found = sel.css(query)
    except Exception as exc:
        log.warning("bad selector %r: %s", query, exc)
        return None
    for node in found:
        root = node.root
        value = element_text(root) if isinstance(root, lxml.html.HtmlElement) else str(node.get())
        value = " ".join(value.split())
        if value:
            return value
    return None


def json_ld_objects(sel: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, `@graph` members included; broken JSON-LD is skipped."""
    objects: list[dict[str, Any]] = []
    for raw in sel.css('script[type="application/ld+json"]::text').getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return objects


def date_from_meta(sel: Selector, ld: list[dict[str, Any]]) -> str | None:
    """The publication date from `<meta>` tags, then JSON-LD `datePublished`: machine-written, so
    trusted before any date printed in the page."""
    value = first_value(
        sel,
        'meta[property="article:published_time"]::attr(content)',
        'meta[itemprop="datePublished"]::attr(content)',
        'meta[name="pubdate"]::attr(content)',
        'meta[name="publishdate"]::attr(content)',
        'meta[name="article:published_time"]::attr(content)',
        'meta[property="og:published_time"]::attr(content)',
        'meta[name="dc.date"]::attr(content)',
        'meta[name="DC.date.issued"]::attr(content)',
    )
    if value and (found := parse_vietnamese_date(value)):
        return found
    for item in ld:
        if isinstance(item.get("datePublished"), str) and (found := parse_vietnamese_date(item["datePublished"])):
            return found
    return None


_DATE_HINTS = ("date", "time", "publish", "posted", "ngay", "meta", "thoigian", "thoi-gian", "byline")


def date_from_page(root: lxml.html.HtmlElement, body_texts: set[str]) -> str | None:
    """`<time datetime>`, then short elements whose class/id (any case) says date, time or byline."""
    for el in root.iter("time"):
        if found := parse_vietnamese_date(el.get("datetime")):
            return found
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        marks = " ".join(v for v in (el.get("class"), el.get("id"), el.get("itemprop")) if v).lower()
        if el.tag != "time" and not any(h in marks for h in _DATE_HINTS) and "datepublished" not in marks:
            continue
        text = element_text(el)
        if text and text not in body_texts and len(text) < 200 and (found := parse_vietnamese_date(text)):
            return found
    return None


def find_author(sel: Selector, ld: list[dict[str, Any]]) -> str | None:
    """The author from `<meta>`/microdata, then JSON-LD, then byline-like classes ("Tác giả: …" cut)."""
    value = first_value(
        sel,
        'meta[name="author"]::attr(content)',
        'meta[property="article:author"]::attr(content)',
        '[itemprop="author"] [itemprop="name"]::text',
        '[itemprop="author"]::attr(content)',
    )
    if value and not value.startswith("http"):
        return value
    for item in ld:
        author = item.get("author")
        if isinstance(author, list) and author:
            author = author[0]
        if isinstance(author, dict) and isinstance(author.get("name"), str) and author["name"].strip():
            return author["name"].strip()
        if isinstance(author, str) and author.strip():
            return author.strip()
    for query in ('[itemprop="author"]', "[rel=author]", ".author", ".tac-gia", ".tacgia", ".byline", ".author-name"):
        text = select_text(sel, query)
        if text and len(text) < 100:
            return re.sub(r"^(Tác giả|Theo|By)\s*:?\s*", "", text, flags=re.IGNORECASE) or None
    return None


def _heading_text(el: lxml.html.HtmlElement) -> str:
    """A heading's own text: an unclosed `<h1>` swallows the page in lxml's recovery, so text inside
    nested block elements is not part of the title."""
    parts: list[str] = [el.text or ""]

    def walk(node: lxml.html.HtmlElement) -> None:
        for child in node:
            if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
                parts.append(child.text or "")
                walk(child)
            parts.append(child.tail or "")

    walk(el)
    return " ".join("".join(parts).split())


_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:»]\s+")


def find_title(sel: Selector, selectors: dict[str, Any]) -> str:
    """The headline: the source's selector, `<h1>`, og:title, an element with a title class whose text
    the `<title>` contains (portals without `<h1>`), then the longest part of `<title>` (site name cut)."""
    if selectors.get("title") and (value := select_text(sel, selectors["title"])):
        return value
    for query in ("article h1", "h1"):
        for node in sel.css(query):
            if isinstance(node.root, lxml.html.HtmlElement) and (value := _heading_text(node.root)):
                return value
    value = first_value(sel, 'meta[property="og:title"]::attr(content)', 'meta[name="twitter:title"]::attr(content)')
    if value:
        return value
    page_title = first_value(sel, "title::text") or ""
    if "<" in page_title:  # an unclosed <title> swallowed the page (browsers show nothing either)
        page_title = ""
    root = sel.root
    if page_title and isinstance(root, lxml.html.HtmlElement):
        for el in root.iter():
            if not isinstance(el.tag, str) or el.tag in ("title", "head"):
                continue
            marks = (el.get("class") or "").lower()
            if any(h in marks for h in ("title", "tieude", "tieu-de", "headline")):
                text = element_text(el)
                if 10 <= len(text) <= 300 and text in page_title:
                    return text
    parts = _TITLE_SEPARATORS.split(page_title)
    return max(parts, key=len).strip() if parts else ""


def date_before_body(root: lxml.html.HtmlElement, container: lxml.html.HtmlElement) -> str | None:
    """The first date in the page text that precedes the body (bylines written without classes)."""
    before: list[str] = []
    for el in root.iter():
        if el is container:
            break
        if el.text and el.text.strip():
            before.append(el.text)
        if el.tail and el.tail.strip():
            before.append(el.tail)
    return parse_vietnamese_date(" ".join(before)[-2000:])
