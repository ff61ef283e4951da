"""The public entry point for reducing an article page's HTML: import these names from here.

The crawler (`crawlers/spiders/news.py`, `crawlers/discovery.py`) and `xephang extract`
(`pipeline/extract.py`) import `parse_article_html`, `ParsedArticle`, `decode_html` and
`parse_vietnamese_date` from this module. The work itself lives in the `pipeline.html` package, one
module a job; this module only re-exports, so callers do not depend on that internal layout.
"""

from __future__ import annotations

from pipeline.html.article import ParsedArticle, parse_article_html
from pipeline.html.dates import parse_vietnamese_date
from pipeline.html.decoding import decode_html

__all__ = ["ParsedArticle", "decode_html", "parse_article_html", "parse_vietnamese_date"]
