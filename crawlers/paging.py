"""The next page of a listing: a link (`next_page`) or a URL template (`page_url`).

News CMSs of the VCCorp family (Tuổi Trẻ, Thanh Niên, Báo Chính phủ) draw their "Xem thêm" control
as a JavaScript button with no address; the browser then fetches `/timeline/<zone>/trang-<n>.htm`
or `/timelinelist/<zone>/<n>.htm`, with the section's zone id from the page (`input#hdZoneId`). A
selector finds no next link there, so a source gives the template instead. The spider, the
real-page tests and `xephang sources test` all ask this module, so they agree on what the next page is.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from parsel import Selector

from crawlers.sourcefile import Source, SourceError


@dataclass(frozen=True)
class NextPage:
    """A listing's next page: its URL, its number in the walk (the first page is 1) and the zone id
    read from the first page, carried along because later timeline pages do not repeat it."""

    url: str
    page: int
    zone: str | None = None


def select_values(sel: Selector, query: str) -> list[str]:
    """The non-blank strings a source selector gives; a selector parsel cannot read is a SourceError."""
    try:
        return [v.strip() for v in sel.css(query).getall() if v.strip()]
    except Exception as exc:  # cssselect raises several types for a malformed query
        raise SourceError(f"bad selector {query!r}: {exc}") from exc


def _is_link(href: str) -> bool:
    """A followable href: load-more controls carry `javascript:;` or `#` instead of an address."""
    return not href.lower().startswith(("javascript:", "#", "mailto:"))


def next_listing_page(
    src: Source, sel: Selector, url: str, page: int = 1, zone: str | None = None, has_articles: bool = True
) -> NextPage | None:
    """The page after `url` (page number `page`) of a listing of `src`, or None at the end.

    The `next_page` link wins when the page has one. Otherwise `page_url` gives page `page + 1`;
    a templated walk ends at the first page past the first that lists no article (the CMS answers
    an empty fragment, not a 404, after the last page) or when the zone id cannot be read."""
    if src.next_page:
        hrefs = [h for h in select_values(sel, src.next_page) if _is_link(h)]
        if hrefs:
            return NextPage(urljoin(url, hrefs[0]), page + 1, zone)
    if not src.page_url:
        return None
    if page > 1 and not has_articles:
        return None
    if "{zone}" in src.page_url and not zone:
        found = select_values(sel, src.page_zone) if src.page_zone else []
        if not found:
            return None
        zone = found[0]
    return NextPage(src.absolute(src.page_url.format(page=page + 1, zone=zone or "")), page + 1, zone)
