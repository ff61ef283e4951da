"""Reduce one article page's HTML to what the extractor reads: title, date, body text, tables, author.

The crawler (per-source selectors from the source TOML) and `xephang extract page.html` (no selectors)
share this entry point, so a page read from disk gives the same text as the same page crawled. It never
raises on bad input: bytes that are not HTML (empty, binary, undecodable, no article in them) come back
as a `ParsedArticle` with `skip_reason` set, because one broken page must not stop a crawl.

This module only orders the steps (decode, parse, read metadata, clean, find the body, fall back for
the date); each step lives in its own module of `pipeline.html`.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urljoin

import lxml.html
from parsel import Selector

from pipeline.html.body import (
    best_container,
    lead_paragraph,
    paragraphs_and_tables,
    pop_signature,
    strip_byline,
)
from pipeline.html.cleaning import clean_tree
from pipeline.html.dates import parse_vietnamese_date
from pipeline.html.decoding import decode_html, looks_binary
from pipeline.html.metadata import (
    date_before_body,
    date_from_meta,
    date_from_page,
    find_author,
    find_title,
    first_value,
    json_ld_objects,
    select_text,
)
from pipeline.model import Article, Table

log = logging.getLogger(__name__)


@dataclass
class ParsedArticle:
    """One page reduced to an article, or the reason it is not one (`skip_reason`).

    `text` holds the body paragraphs separated by blank lines (data tables are in `tables`, not in
    `text`). `date` is ISO `YYYY-MM-DD` as printed by the outlet (its local date), or None.
    `warnings` records recoverable problems worth a log line (e.g. a charset header that lied).
    """

    url: str
    title: str = ""
    date: str | None = None
    text: str = ""
    tables: list[Table] = field(default_factory=list)
    canonical: str | None = None
    author: str | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    skip_reason: str | None = None

    @property
    def ok(self) -> bool:
        """True when the page gave an article with a title and a body."""
        return self.skip_reason is None

    def to_article(self, source: str | None = None) -> Article:
        """The extractor's record for this page."""
        return Article(
            url=self.url, title=self.title, text=self.text, date=self.date, tables=list(self.tables), source=source
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain data (tables included), to compare with a stored page's expected JSON."""
        return asdict(self)


def parse_article_html(
    html: str | bytes,
    url: str,
    selectors: dict[str, Any] | None = None,
    content_type: str | None = None,
) -> ParsedArticle:
    """Reduce an article page to a `ParsedArticle`; never raises on bad input.

    `selectors` is a source's `[articles.selectors]` table (title, body, date, date_formats, author,
    lead, remove); anything absent, or a selector that matches nothing, is left to the generic
    extractor. `content_type` is the HTTP
    header, used only to decode bytes. A page without a title or body text comes back with
    `skip_reason` set (and whatever was found), so callers decide how to report it.
    """
    selectors = dict(selectors or {})
    result = ParsedArticle(url=url)
    try:
        return _parse(html, url, selectors, content_type, result)
    except Exception as exc:  # lxml/parsel edge cases must not stop a crawl
        log.warning("could not parse %s: %s: %s", url, type(exc).__name__, exc)
        result.skip_reason = f"unparseable HTML ({type(exc).__name__}: {exc})"
        return result


def _parse(
    html: str | bytes, url: str, selectors: dict[str, Any], content_type: str | None, result: ParsedArticle
) -> ParsedArticle:
    """`parse_article_html` without the safety net: decode, parse, read metadata, then clean and read
    the body (cleaning changes the tree, so metadata is read first)."""
    if isinstance(html, bytes):
        if not html.strip():
            result.skip_reason = "empty body"
            return result
        if looks_binary(html):
            result.skip_reason = "binary body (not HTML)"
            return result
        text, encoding, warnings = decode_html(html, content_type)
        result.encoding = encoding
        result.warnings.extend(warnings)
    else:
        text = html
    text = text.replace("\x00", "")
    if not text.strip():
        result.skip_reason = "empty body"
        return result
    if "<" not in text[:5000]:
        result.skip_reason = "not HTML (no markup)"
        return result
    # Drop an XML declaration: lxml refuses a str with an encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    text = unicodedata.normalize("NFC", text)

    sel = Selector(text=text, type="html")
    root = sel.root
    if not isinstance(root, lxml.html.HtmlElement) or root.find(".//body") is None and len(root) == 0:
        result.skip_reason = "malformed HTML (no document)"
        return result

    ld = json_ld_objects(sel)
    canonical = first_value(sel, 'link[rel="canonical"]::attr(href)')
    result.canonical = urljoin(url, canonical) if canonical else None
    result.title = find_title(sel, selectors)

    date_formats = list(selectors.get("date_formats") or [])
    if selectors.get("date"):
        result.date = parse_vietnamese_date(select_text(sel, selectors["date"]), date_formats)
    if result.date is None:
        result.date = date_from_meta(sel, ld)

    if selectors.get("author"):
        result.author = select_text(sel, selectors["author"])
    if not result.author:
        result.author = find_author(sel, ld)

    # Body: work on the tree after the metadata reads (cleaning removes header/meta furniture).
    container = None
    if selectors.get("body"):
        try:
            found = root.cssselect(selectors["body"])
        except Exception as exc:
            found = []
            result.warnings.append(f"bad body selector {selectors['body']!r}: {exc}")
        if found:
            container = found[0]
        else:
            result.warnings.append(f"body selector {selectors['body']!r} matched nothing; generic extractor used")
    remove = [s for s in (selectors.get("remove") or []) if isinstance(s, str)]
    clean_tree(root, remove, protect=container)
    if container is None or container.getparent() is None and container is not root:
        container = best_container(root)
    signature = pop_signature(container)
    if signature and not result.author:
        result.author = signature
    blocks, tables = paragraphs_and_tables(container)
    blocks = strip_byline(blocks, result.title, result.author)
    lead = lead_paragraph(root, container, selectors)
    if lead and not any(lead in block for block in blocks):
        blocks.insert(0, lead)
    result.text = "\n\n".join(blocks)
    result.tables = tables

    if result.date is None:
        result.date = date_from_page(root, set(blocks))
    if result.date is None:
        # Last resort: a date in the page outside the body (bylines without classes).
        result.date = date_before_body(root, container)

    result.title = _nfc(result.title) or ""
    result.author = _nfc(result.author)
    if not result.title:
        result.skip_reason = "no title"
    elif not result.text:
        result.skip_reason = "no article text"
    return result


def _nfc(value: str | None) -> str | None:
    """NFC form, so windows-1258 combining diacritics compare equal to precomposed ones."""
    return unicodedata.normalize("NFC", value) if value is not None else None
