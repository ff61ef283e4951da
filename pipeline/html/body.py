"""The article body of a cleaned page: which element holds it, its paragraphs, the lead, the signature.

Finding the body is separate from cleaning because the two fail differently: cleaning removes what is
surely not the article, while this module chooses what is (a source's selector, a known CMS body class,
or the element collecting the most text) and then fixes what Vietnamese layouts get wrong: the lead
("sapo") printed outside the body container, the author's right-aligned signature ending the text, and
a header (title, byline, dateline) caught by a too-wide container.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import lxml.html

from pipeline.html.dates import parse_vietnamese_date
from pipeline.html.elements import BLOCK_TAGS, INLINE_TAGS, element_text
from pipeline.html.tables import is_layout_table, parse_html_table
from pipeline.model import Table

log = logging.getLogger(__name__)


# class/id words of the lead paragraph ("sapo") that many Vietnamese outlets print above the body
# container; it often carries the ranking claim, so it is put back in front of the text.
_LEAD_TOKENS = {
    "sapo", "lead", "summary", "description", "tomtat", "chapeau", "excerpt", "intro", "teaser",
    "standfirst", "abstract", "trichdan",
}
# class names (lower-cased) of article body containers on common CMSs, Vietnamese portals included.
_CONTAINER_CLASSES = (
    "article-content", "article-body", "article__body", "article__content", "entry-content", "post-content",
    "detail-content", "content-detail", "detail__content", "news-content", "noidung", "noi-dung",
    "fck_detail", "singular-content", "detail-content-body", "content-news", "article_content",
    "cms-body", "maincontent", "contentdetail",
)


def _classes(el: lxml.html.HtmlElement) -> set[str]:
    """Lower-cased class names and id, to match against `_CONTAINER_CLASSES` whatever the case."""
    return {c.lower() for c in (el.get("class") or "").split()} | ({el.get("id").lower()} if el.get("id") else set())


def best_container(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The element holding the article text: `itemprop=articleBody` or a known body class (any case)
    with some text in it, else the element that collects the most text directly or through its
    paragraphs (a small readability: paragraphs credit their parent fully and grandparent by half),
    else `<body>`."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if (el.get("itemprop") == "articleBody" or _classes(el) & set(_CONTAINER_CLASSES)) and len(element_text(el)) >= 80:
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
            if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
                own += len(element_text(child))
        if el.tag in INLINE_TAGS or own < 25:
            continue
        owner = el.getparent() if el.tag in BLOCK_TAGS and el.getparent() is not None else el
        credit(owner, own)
        credit(owner.getparent(), own // 2)
    if scores:
        return max(scores, key=lambda el: scores[el])
    body = root.find(".//body")
    return body if body is not None else root


def _has_block(el: lxml.html.HtmlElement) -> bool:
    """An inline element wrapping blocks (a `<span>` around paragraphs) must be walked, not joined."""
    return any(isinstance(d.tag, str) and d.tag not in INLINE_TAGS and d.tag != "br" for d in el.iterdescendants())


def paragraphs_and_tables(container: lxml.html.HtmlElement) -> tuple[list[str], list[Table]]:
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
            if child.tag in INLINE_TAGS and not _has_block(child):
                run.append(" " + " ".join(child.itertext()) + " " + tail)
                continue
            flush(run)
            if child.tag == "table" and not is_layout_table(child):
                table = parse_html_table(child)
                if table is not None:
                    tables.append(table)
            elif child.tag == "h1":
                pass
            elif child.tag in BLOCK_TAGS and not (child.tag == "li" and child.find(".//p") is not None):
                text = element_text(child)
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
    """Class/id marks the element as the lead ("sapo"), split into words or run together."""
    values = " ".join(v for v in (el.get("class"), el.get("id")) if v).lower()
    if not values:
        return False
    tokens = set(re.split(r"[\s_-]+", values)) | {re.sub(r"[\s_-]", "", values)}
    return bool(tokens & _LEAD_TOKENS) or "tom-tat" in values


def lead_paragraph(
    root: lxml.html.HtmlElement, container: lxml.html.HtmlElement, selectors: dict[str, Any]
) -> str | None:
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
        text = element_text(el)
        if 30 <= len(text) <= 1500:
            return text
    return None


def pop_signature(container: lxml.html.HtmlElement) -> str | None:
    """The right-aligned short line ending Vietnamese articles ("Minh Anh", "Văn phòng Sở"): the
    author's signature. Removed from the body; returned as the author."""
    last = None
    for el in container.iter("p", "div"):
        if element_text(el):
            last = el
    if last is None:
        return None
    style = (last.get("style") or "").replace(" ", "").lower()
    if last.get("align", "").lower() != "right" and "text-align:right" not in style:
        return None
    text = element_text(last)
    if len(text) > 60 or parse_vietnamese_date(text):
        return None
    last.drop_tree()
    return re.sub(r"^(Theo|Tác giả)\s*:?\s*", "", text, flags=re.IGNORECASE)


def strip_byline(blocks: list[str], title: str, author: str | None) -> list[str]:
    """Drop leading short blocks that repeat the title, the author or a dateline: they are the
    article header caught by a too-wide body container, not text."""
    while blocks:
        first = blocks[0]
        if first == title or (author and first == author) or _is_dateline(first):
            blocks = blocks[1:]
            continue
        break
    return blocks
