"""What every part of the HTML reduction needs to agree on: an element's displayed text, and which tags
are inline (part of a sentence) or blocks (a paragraph of their own).

Cleaning, tables, body and metadata each read element text; if they collapsed whitespace or classified
tags differently, a heading, a table cell and a body paragraph holding the same words would not compare
equal (e.g. when a byline or dateline is stripped because it repeats the title or the author).
"""

from __future__ import annotations

import lxml.html

# Tags that are a body paragraph of their own (`h1` is the headline, not body text).
BLOCK_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"}
# Tags that sit inside a sentence: their text joins the surrounding run instead of starting a block.
INLINE_TAGS = {
    "a", "b", "strong", "i", "em", "u", "span", "font", "sup", "sub", "small", "big", "mark", "abbr",
    "cite", "code", "q", "time", "img", "s", "strike", "del", "ins", "label", "wbr",
}


def element_text(el: lxml.html.HtmlElement) -> str:
    """Displayed text of an element with whitespace collapsed (<br> becomes a space)."""
    return " ".join(" ".join(el.itertext()).split())
