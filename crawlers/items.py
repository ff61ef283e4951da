"""The one item the crawler emits: an article page reduced to text, as the flow and warehouse read it."""

from __future__ import annotations

import scrapy


class ArticleItem(scrapy.Item):
    """One article, written as a JSON line by the feed export.

    `url` is the final URL (after redirects); `requested_url` what was requested; `canonical_url` the
    page's own `<link rel=canonical>` made absolute, or None; `alias_urls` the other addresses seen for
    this article in this crawl (tracking / AMP variants, redirects), `url` excluded. `date` is
    `YYYY-MM-DD` or None, `tables` a list of `{"headers", "rows", "caption"}`, `fetched_at` ISO 8601
    UTC.
    """

    url = scrapy.Field()
    requested_url = scrapy.Field()
    canonical_url = scrapy.Field()
    alias_urls = scrapy.Field()
    source = scrapy.Field()
    source_kind = scrapy.Field()
    title = scrapy.Field()
    date = scrapy.Field()
    text = scrapy.Field()
    tables = scrapy.Field()
    author = scrapy.Field()
    fetched_at = scrapy.Field()
    http_status = scrapy.Field()
