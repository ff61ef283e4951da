"""Boilerplate removal: strip a parsed page down to what could be the article.

Pages carry scripts, navigation, ads, related-article boxes, comments, share bars and captions whose
words ("Quảng cáo", "Tin liên quan", "Bình luận") would otherwise reach the extractor as article text.
Removal works on class/id words common on Vietnamese portals and CMSs, plus each source's own `remove`
selectors, and never removes what holds the headline or the source's chosen body container.
"""

from __future__ import annotations

import logging
import re

import lxml.etree
import lxml.html

from pipeline.html.elements import element_text
from pipeline.html.tables import is_layout_table

log = logging.getLogger(__name__)


# class/id words (split on space, "-" and "_") that mark page furniture rather than article body.
_NOISE_TOKENS = {
    "ad", "ads", "adv", "advert", "advertisement", "advertising", "banner", "qc", "quangcao", "sponsor",
    "sponsored", "promo", "related", "relate", "lienquan", "tinlienquan", "comment", "comments",
    "binhluan", "ykien", "share", "sharing", "social", "sns", "breadcrumb", "breadcrumbs", "nav",
    "navbar", "menu", "sidebar", "newsletter", "popup", "modal", "cookie", "recommend", "recommended",
    "mostread", "docnhieu", "xemthem", "readmore", "seealso", "caption", "figcaption", "toolbar",
    "print", "rating", "vote", "hotline", "subscribe", "widget", "search", "login",
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


def clean_tree(
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
            caption.text = element_text(figcaption)
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
            el.find(".//img") is not None and not is_layout_table(el) and len(element_text(el)) < 400
        ):
            _drop(el)
