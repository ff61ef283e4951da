"""Reduce one article page's HTML to what the extractor reads: title, date, body text, tables, author.

The crawler (per-source selectors from the source TOML) and `xephang extract page.html` (no selectors)
share this module, so a page read from disk gives the same text as the same page crawled. It never
raises on bad input: bytes that are not HTML (empty, binary, undecodable, no article in them) come back
as a `ParsedArticle` with `skip_reason` set, because one broken page must not stop a crawl.

Vietnamese outlets matter here in three ways: dates are written in several local styles
("Thứ Sáu, 11/09/2020 - 10:18", "ngày 12 tháng 7 năm 2023"), old sites still serve windows-1258
(combining diacritics, hence NFC), and servers often declare the wrong charset.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urljoin

import lxml.etree
import lxml.html
from parsel import Selector

from pipeline.model import Article, Table

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------------
# Result


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
        return asdict(self)


# --------------------------------------------------------------------------------------------------
# Decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Single-byte charsets whose every byte decodes, so decoding "succeeds" even on UTF-8 input.
_SINGLE_BYTE = {"latin-1", "iso8859-1", "cp1252", "cp1258", "iso8859-15", "ascii"}


def _norm_codec(name: str | None) -> str | None:
    """Python's codec name for a charset label, or None if unknown. `latin-1` is read as cp1252
    (what browsers do, per the WHATWG encoding standard)."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first KB: an image, PDF, archive, not a page."""
    head = data[:1024]
    if b"\x00" in head:
        return True
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")):
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str, list[str]]:
    """Decode page bytes: (text, encoding used, warnings).

    Order: BOM, then strict UTF-8 when the bytes are valid UTF-8 (a single-byte charset label on
    bytes that are valid multi-byte UTF-8 is almost always a wrong header, and trusting it would
    produce mojibake like "ChÃ¡Â»â€°"), then the declared charset (HTTP header, then `<meta>`), then a
    charset detector, then UTF-8 with replacement characters, with a warning each time we overrule
    what the page declared.
    """
    warnings: list[str] = []
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec, warnings
    header = None
    if content_type and (m := _HEADER_CHARSET.search(content_type)):
        header = m.group(1)
    head = data[:4096]
    meta_match = _META_CHARSET.search(head) or _XML_DECL.search(head)
    meta = meta_match.group(1).decode("ascii", "ignore") if meta_match else None
    declared = [c for c in (_norm_codec(header), _norm_codec(meta)) if c]
    if header and not _norm_codec(header):
        warnings.append(f"unknown charset {header!r} in Content-Type")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        non_ascii = any(b > 127 for b in data)
        if declared and declared[0] not in ("utf-8",) and non_ascii:
            warnings.append(f"declared charset {declared[0]} but the body is valid UTF-8; read as UTF-8")
        return text, "utf-8", warnings

    # Not valid UTF-8: trust the declarations that are not UTF-8, in order.
    for codec in declared:
        if codec == "utf-8":
            continue
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if declared[0] == "utf-8":
            warnings.append(f"declared UTF-8 but the body is not valid UTF-8; read as {codec} (from <meta>)")
        return text, codec, warnings

    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # detector trouble is not a reason to lose the page
        best = None
    if best is not None and best.encoding:
        codec = _norm_codec(best.encoding) or best.encoding
        warnings.append(
            f"declared charset {declared[0] if declared else 'none'} does not decode the body; detected {codec}"
        )
        return data.decode(codec, errors="replace"), codec, warnings
    warnings.append("undecodable body; read as UTF-8 with replacement characters")
    return data.decode("utf-8", errors="replace"), "utf-8", warnings


# --------------------------------------------------------------------------------------------------
# Dates

_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_VN_LONG = re.compile(r"ngày\s+(\d{1,2})\s*(?:tháng|/)\s*(\d{1,2})\s*(?:năm|/)\s*(\d{4})", re.IGNORECASE)
_YMD_SLASH = re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    if not 1990 <= value.year <= 2100:
        return None
    return value.isoformat()


_VIETNAM = timezone(timedelta(hours=7))


def _vietnam_date(stamp: datetime) -> str:
    """The calendar date in Vietnam: a UTC timestamp of 20:00 is the next morning there."""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(_VIETNAM)
    return stamp.date().isoformat()


def parse_vietnamese_date(text: str | None, formats: list[str] | None = None) -> str | None:
    """The first publication date in `text` as `YYYY-MM-DD`, or None.

    Tries the source's strptime `formats` on the whole string first (they are exact), then a whole
    ISO 8601 timestamp (meta tags, `<time datetime>`; one with a UTC offset is turned into the date
    in Vietnam, UTC+7), then dates inside the text: ISO dates (as written), "ngày 12 tháng 7 năm 2023", and day-first numeric dates
    ("11/09/2020 - 10:18", "03:50 PM 25/10/2022") since Vietnamese outlets never write month first.
    """
    if not text:
        return None
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    for fmt in formats or []:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return _vietnam_date(parsed)
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        stamp = None
    if stamp is not None and 1990 <= stamp.year <= 2100:
        return _vietnam_date(stamp)
    candidates: list[tuple[int, str]] = []
    for pattern, order in ((_ISO_DATE, "ymd"), (_YMD_SLASH, "ymd"), (_VN_LONG, "dmy"), (_DMY, "dmy")):
        for m in pattern.finditer(text):
            a, b, c = (int(g) for g in m.groups())
            value = _iso(a, b, c) if order == "ymd" else _iso(c, b, a)
            if value:
                candidates.append((m.start(), value))
    if not candidates:
        return None
    return min(candidates)[1]


# --------------------------------------------------------------------------------------------------
# Boilerplate

# class/id words (split on space, "-" and "_") that mark page furniture rather than article body.
_NOISE_TOKENS = {
    "ad", "ads", "adv", "advert", "advertisement", "advertising", "banner", "qc", "quangcao", "sponsor",
    "sponsored", "promo", "related", "relate", "lienquan", "tinlienquan", "comment", "comments",
    "binhluan", "ykien", "share", "sharing", "social", "sns", "breadcrumb", "breadcrumbs", "nav",
    "navbar", "menu", "sidebar", "newsletter", "popup", "modal", "cookie", "recommend", "recommended",
    "mostread", "docnhieu", "xemthem", "readmore", "seealso", "caption", "figcaption", "toolbar",
    "print", "rating", "vote", "hotline", "subscribe", "widget", "search", "login",
}
# class/id words of the lead paragraph ("sapo") that many Vietnamese outlets print above the body
# container; it often carries the ranking claim, so it is put back in front of the text.
_LEAD_TOKENS = {
    "sapo", "lead", "summary", "description", "tomtat", "chapeau", "excerpt", "intro", "teaser",
    "standfirst", "abstract", "trichdan",
}
_NOISE_COMPOUNDS = re.compile(
    r"quang-?cao|lien-?quan|binh-?luan|y-?kien-?ban-?doc|doc-?nhieu|xem-?them|tin-?khac|most-?read|"
    r"read-?more|see-?also|you-?may|box-?tin|tag-?list|list-?tags?|author-?box|image_?desc|photo-?caption|"
    r"dable|taboola|outbrain|google_?ads|adsbygoogle|related|comment|sharedaddy",
    re.IGNORECASE,
)
_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input",
    "select", "textarea", "nav", "aside", "footer", "figcaption", "object", "embed", "video", "audio",
    "link", "meta", "head",
)
_BLOCK_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"}
# class names (lower-cased) of article body containers on common CMSs, Vietnamese portals included.
_CONTAINER_CLASSES = (
    "article-content", "article-body", "article__body", "article__content", "entry-content", "post-content",
    "detail-content", "content-detail", "detail__content", "news-content", "noidung", "noi-dung",
    "fck_detail", "singular-content", "detail-content-body", "content-news", "article_content",
    "cms-body", "maincontent", "contentdetail",
)


def _is_noise(el: lxml.html.HtmlElement) -> bool:
    """Furniture by class/id (ads, related links, comments, share bars, captions) or hidden."""
    values = " ".join(v for v in (el.get("class"), el.get("id")) if v)
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if el.get("role") in ("navigation", "complementary", "banner", "contentinfo"):
        return True
    if not values:
        return False
    tokens = {t.lower() for t in re.split(r"[\s_-]+", values) if t}
    return bool(tokens & _NOISE_TOKENS) or bool(_NOISE_COMPOUNDS.search(values))


def _drop(el: lxml.html.HtmlElement) -> None:
    """Remove an element but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    el.drop_tree()


def _clean_tree(
    root: lxml.html.HtmlElement, remove: list[str], protect: lxml.html.HtmlElement | None = None
) -> None:
    """Remove scripts, navigation, ads, related links, comments, captions and the source's own
    `remove` selectors, so what remains of the body is the article itself. `protect` (the body
    container a source selector chose) and the headline's ancestors survive class-based removal."""
    for selector in remove:
        try:
            for el in list(root.cssselect(selector)):
                _drop(el)
        except Exception as exc:  # a bad selector in one TOML must not break the page
            log.warning("bad remove selector %r: %s", selector, exc)
    # A figure around a table (CKEditor 5 writes `<figure class="table">`) is data: its figcaption
    # becomes the table's caption before captions are dropped.
    for figure in list(root.iter("figure")):
        table = figure.find(".//table")
        if table is None:
            continue
        figcaption = figure.find(".//figcaption")
        if figcaption is not None and table.find("caption") is None:
            caption = lxml.html.Element("caption")
            caption.text = _text(figcaption)
            table.insert(0, caption)
        figure.drop_tag()
    for el in list(root.iter(*_DROP_TAGS)):
        _drop(el)
    for el in list(root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        _drop(el)
    headline = next(iter(root.iter("h1")), None)
    keep = set(headline.iterancestors()) if headline is not None else set()
    if protect is not None:
        keep |= set(protect.iterancestors()) | {protect}
    for el in list(root.iter()):
        if (
            isinstance(el.tag, str) and el.tag not in ("html", "body") and el.getparent() is not None
            and el not in keep and _is_noise(el)
        ):
            # Never drop what holds the headline or the source's body: "sidebar-1" is the main column
            # on some outlets.
            _drop(el)
    # Figures and small image "tables" (picture + caption, common on older CMSs) are not text or data;
    # a table holding an image among much text is page layout and stays.
    for el in list(root.iter("figure", "table")):
        if el.getparent() is None:
            continue
        if el.tag == "figure" or (
            el.find(".//img") is not None and not _is_layout_table(el) and len(_text(el)) < 400
        ):
            _drop(el)


def _text(el: lxml.html.HtmlElement) -> str:
    """Displayed text of an element with whitespace collapsed (<br> becomes a space)."""
    return " ".join(" ".join(el.itertext()).split())


# --------------------------------------------------------------------------------------------------
# Tables


def _is_layout_table(table: lxml.html.HtmlElement) -> bool:
    """Old portals lay whole pages out in tables; those are body, not data."""
    if table.find(".//table") is not None:
        return True
    return any(len(_text(p)) > 300 for p in table.iter("p", "div"))


def _is_bold(cell: lxml.html.HtmlElement) -> bool:
    """A cell whose whole text is bold: how Word-pasted tables mark their header row."""
    text = _text(cell)
    bold = " ".join(_text(b) for b in cell.iter("b", "strong"))
    return bool(text) and " ".join(bold.split()) == text


def _table(table: lxml.html.HtmlElement) -> Table | None:
    caption_el = table.find(".//caption")
    caption = _text(caption_el) if caption_el is not None else ""
    rows: list[list[str]] = []
    headers: list[str] = []
    for tr in table.iter("tr"):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not cells:
            continue
        values = [_text(c) for c in cells]
        in_head = tr.getparent() is not None and tr.getparent().tag == "thead"
        if not headers and not rows and (in_head or all(c.tag == "th" or _is_bold(c) for c in cells)):
            headers = values
        else:
            rows.append(values)
    if not rows and not headers:
        return None
    return Table(headers=headers, rows=rows, caption=caption)


# --------------------------------------------------------------------------------------------------
# Body


def _classes(el: lxml.html.HtmlElement) -> set[str]:
    return {c.lower() for c in (el.get("class") or "").split()} | ({el.get("id").lower()} if el.get("id") else set())


def _best_container(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The element holding the article text: `itemprop=articleBody` or a known body class (any case)
    with some text in it, else the element that collects the most text directly or through its
    paragraphs (a small readability: paragraphs credit their parent fully and grandparent by half),
    else `<body>`."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if (el.get("itemprop") == "articleBody" or _classes(el) & set(_CONTAINER_CLASSES)) and len(_text(el)) >= 80:
            return el
    scores: dict[lxml.html.HtmlElement, int] = {}

    def credit(el: lxml.html.HtmlElement | None, amount: int) -> None:
        if el is not None and amount:
            scores[el] = scores.get(el, 0) + amount

    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        own = len((el.text or "").strip())
        for child in el:
            own += len((child.tail or "").strip())
            if isinstance(child.tag, str) and child.tag in _INLINE_TAGS:
                own += len(_text(child))
        if el.tag in _INLINE_TAGS or own < 25:
            continue
        owner = el.getparent() if el.tag in _BLOCK_TAGS and el.getparent() is not None else el
        credit(owner, own)
        credit(owner.getparent(), own // 2)
    if scores:
        return max(scores, key=lambda el: scores[el])
    body = root.find(".//body")
    return body if body is not None else root


_INLINE_TAGS = {
    "a", "b", "strong", "i", "em", "u", "span", "font", "sup", "sub", "small", "big", "mark", "abbr",
    "cite", "code", "q", "time", "img", "s", "strike", "del", "ins", "label", "wbr",
}


def _has_block(el: lxml.html.HtmlElement) -> bool:
    return any(isinstance(d.tag, str) and d.tag not in _INLINE_TAGS and d.tag != "br" for d in el.iterdescendants())


def _paragraphs(container: lxml.html.HtmlElement) -> tuple[list[str], list[Table]]:
    """Body blocks in document order, and the data tables (whose text stays out of the blocks).

    Block elements (`p`, headings, list items) are one block each; runs of loose text and inline
    elements between blocks (sites that never write `<p>`) are split at `<br>` into blocks.
    """
    tables: list[Table] = []
    blocks: list[str] = []

    def flush(run: list[str]) -> None:
        for line in "".join(run).split("\n"):
            line = " ".join(line.split())
            if line:
                blocks.append(line)
        run.clear()

    def walk(el: lxml.html.HtmlElement) -> None:
        run: list[str] = [el.text or ""]
        for child in el:
            tail = child.tail or ""
            if not isinstance(child.tag, str):
                run.append(tail)
                continue
            if child.tag == "br":
                run.append("\n" + tail)
                continue
            if child.tag in _INLINE_TAGS and not _has_block(child):
                run.append(" " + " ".join(child.itertext()) + " " + tail)
                continue
            flush(run)
            if child.tag == "table" and not _is_layout_table(child):
                table = _table(child)
                if table is not None:
                    tables.append(table)
            elif child.tag == "h1":
                pass
            elif child.tag in _BLOCK_TAGS and not (child.tag == "li" and child.find(".//p") is not None):
                text = _text(child)
                if text:
                    blocks.append(text)
            else:
                walk(child)
            run.append(tail)
        flush(run)

    walk(container)
    # Collapse consecutive duplicates (lede repeated as summary, etc.).
    deduped: list[str] = []
    for block in blocks:
        if not deduped or deduped[-1] != block:
            deduped.append(block)
    return deduped, tables


_DATELINE_WORDS = re.compile(
    r"\b(thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật|cn|ngày|tháng|am|pm|gmt|utc|cập|nhật|đăng|lúc|giờ)\b|[\d\W_]+",
    re.IGNORECASE,
)


def _is_dateline(block: str) -> bool:
    """A short block that is a date (and little else): "Thứ Sáu, 11/09/2020 - 10:18", "Minh Anh | 12/07/2023"."""
    if len(block) > 100 or not parse_vietnamese_date(block):
        return False
    return len(_DATELINE_WORDS.sub("", block)) < 25


def _is_lead(el: lxml.html.HtmlElement) -> bool:
    values = " ".join(v for v in (el.get("class"), el.get("id")) if v).lower()
    if not values:
        return False
    tokens = set(re.split(r"[\s_-]+", values)) | {re.sub(r"[\s_-]", "", values)}
    return bool(tokens & _LEAD_TOKENS) or "tom-tat" in values


def _lead(root: lxml.html.HtmlElement, container: lxml.html.HtmlElement, selectors: dict[str, Any]) -> str | None:
    """The lead paragraph when it sits outside the body container (`selectors["lead"]` or a
    sapo/summary/lead class), else None."""
    candidates: list[lxml.html.HtmlElement] = []
    if selectors.get("lead"):
        try:
            candidates = list(root.cssselect(selectors["lead"]))
        except Exception as exc:
            log.warning("bad lead selector %r: %s", selectors["lead"], exc)
    if not candidates:
        candidates = [
            el for el in root.iter("p", "h2", "h3", "div", "span", "strong", "em", "section")
            if _is_lead(el)
        ]
    container_ancestors = set(container.iterancestors())
    # A lead follows the headline; "site-description" taglines in the page header come before it.
    order = {el: i for i, el in enumerate(root.iter())}
    heading = next(iter(root.iter("h1")), None)
    after = order.get(heading, -1) if heading is not None else -1
    for el in candidates:
        if order.get(el, 0) < after:
            continue
        if el is container or el in container_ancestors or container in set(el.iterancestors()):
            continue
        if any(a is container for a in el.iterancestors()):
            continue
        text = _text(el)
        if 30 <= len(text) <= 1500:
            return text
    return None


def _signature(container: lxml.html.HtmlElement) -> str | None:
    """The right-aligned short line ending Vietnamese articles ("Minh Anh", "Văn phòng Sở"): the
    author's signature. Removed from the body; returned as the author."""
    last = None
    for el in container.iter("p", "div"):
        if _text(el):
            last = el
    if last is None:
        return None
    style = (last.get("style") or "").replace(" ", "").lower()
    if last.get("align", "").lower() != "right" and "text-align:right" not in style:
        return None
    text = _text(last)
    if len(text) > 60 or parse_vietnamese_date(text):
        return None
    last.drop_tree()
    return re.sub(r"^(Theo|Tác giả)\s*:?\s*", "", text, flags=re.IGNORECASE)


def _strip_byline(blocks: list[str], title: str, author: str | None) -> list[str]:
    """Drop leading short blocks that repeat the title, the author or a dateline: they are the
    article header caught by a too-wide body container, not text."""
    while blocks:
        first = blocks[0]
        if first == title or (author and first == author) or _is_dateline(first):
            blocks = blocks[1:]
            continue
        break
    return blocks


# --------------------------------------------------------------------------------------------------
# Metadata


def _first(sel: Selector, *queries: str) -> str | None:
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


def _select_text(sel: Selector, query: str) -> str | None:
    """A TOML selector's value: `::text`/`::attr()` selectors give strings, element selectors their text."""
    try:
        found = sel.css(query)
    except Exception as exc:
        log.warning("bad selector %r: %s", query, exc)
        return None
    for node in found:
        root = node.root
        value = _text(root) if isinstance(root, lxml.html.HtmlElement) else str(node.get())
        value = " ".join(value.split())
        if value:
            return value
    return None


def _json_ld(sel: Selector) -> list[dict[str, Any]]:
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


def _date_from_meta(sel: Selector, ld: list[dict[str, Any]]) -> str | None:
    value = _first(
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


def _date_from_page(root: lxml.html.HtmlElement, body_texts: set[str]) -> str | None:
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
        text = _text(el)
        if text and text not in body_texts and len(text) < 200 and (found := parse_vietnamese_date(text)):
            return found
    return None


def _author(sel: Selector, ld: list[dict[str, Any]]) -> str | None:
    value = _first(
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
        text = _select_text(sel, query)
        if text and len(text) < 100:
            return re.sub(r"^(Tác giả|Theo|By)\s*:?\s*", "", text, flags=re.IGNORECASE) or None
    return None


def _heading_text(el: lxml.html.HtmlElement) -> str:
    """A heading's own text: an unclosed `<h1>` swallows the page in lxml's recovery, so text inside
    nested block elements is not part of the title."""
    parts: list[str] = [el.text or ""]

    def walk(node: lxml.html.HtmlElement) -> None:
        for child in node:
            if isinstance(child.tag, str) and child.tag in _INLINE_TAGS:
                parts.append(child.text or "")
                walk(child)
            parts.append(child.tail or "")

    walk(el)
    return " ".join("".join(parts).split())


_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:»]\s+")


def _title(sel: Selector, selectors: dict[str, Any]) -> str:
    """The headline: the source's selector, `<h1>`, og:title, an element with a title class whose text
    the `<title>` contains (portals without `<h1>`), then the longest part of `<title>` (site name cut)."""
    if selectors.get("title") and (value := _select_text(sel, selectors["title"])):
        return value
    for query in ("article h1", "h1"):
        for node in sel.css(query):
            if isinstance(node.root, lxml.html.HtmlElement) and (value := _heading_text(node.root)):
                return value
    value = _first(sel, 'meta[property="og:title"]::attr(content)', 'meta[name="twitter:title"]::attr(content)')
    if value:
        return value
    page_title = _first(sel, "title::text") or ""
    if "<" in page_title:  # an unclosed <title> swallowed the page (browsers show nothing either)
        page_title = ""
    root = sel.root
    if page_title and isinstance(root, lxml.html.HtmlElement):
        for el in root.iter():
            if not isinstance(el.tag, str) or el.tag in ("title", "head"):
                continue
            marks = (el.get("class") or "").lower()
            if any(h in marks for h in ("title", "tieude", "tieu-de", "headline")):
                text = _text(el)
                if 10 <= len(text) <= 300 and text in page_title:
                    return text
    parts = _TITLE_SEPARATORS.split(page_title)
    return max(parts, key=len).strip() if parts else ""


def _nfc(value: str | None) -> str | None:
    return unicodedata.normalize("NFC", value) if value is not None else None


# --------------------------------------------------------------------------------------------------
# Entry point


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
    if isinstance(html, bytes):
        if not html.strip():
            result.skip_reason = "empty body"
            return result
        if _looks_binary(html):
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

    ld = _json_ld(sel)
    canonical = _first(sel, 'link[rel="canonical"]::attr(href)')
    result.canonical = urljoin(url, canonical) if canonical else None
    result.title = _title(sel, selectors)

    date_formats = list(selectors.get("date_formats") or [])
    if selectors.get("date"):
        result.date = parse_vietnamese_date(_select_text(sel, selectors["date"]), date_formats)
    if result.date is None:
        result.date = _date_from_meta(sel, ld)

    if selectors.get("author"):
        result.author = _select_text(sel, selectors["author"])
    if not result.author:
        result.author = _author(sel, ld)

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
    _clean_tree(root, remove, protect=container)
    if container is None or container.getparent() is None and container is not root:
        container = _best_container(root)
    signature = _signature(container)
    if signature and not result.author:
        result.author = signature
    blocks, tables = _paragraphs(container)
    blocks = _strip_byline(blocks, result.title, result.author)
    lead = _lead(root, container, selectors)
    if lead and not any(lead in block for block in blocks):
        blocks.insert(0, lead)
    result.text = "\n\n".join(blocks)
    result.tables = tables

    if result.date is None:
        result.date = _date_from_page(root, set(blocks))
    if result.date is None:
        # Last resort: a date in the page outside the body (bylines without classes).
        result.date = _date_outside(root, container)

    result.title = _nfc(result.title) or ""
    result.author = _nfc(result.author)
    if not result.title:
        result.skip_reason = "no title"
    elif not result.text:
        result.skip_reason = "no article text"
    return result


def _date_outside(root: lxml.html.HtmlElement, container: lxml.html.HtmlElement) -> str | None:
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
