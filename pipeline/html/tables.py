"""HTML `<table>` elements in an article body to `pipeline.model.Table` (caption, header row, rows).

This only parses HTML tables into cells; `pipeline/tables.py` is a different job: it reads those
`Table`s (ranking tables) and turns them into facts. Kept apart from the body walk because telling a
data table from a page-layout table (old portals lay whole pages out in tables) is needed both when
cleaning the page and when collecting the body.
"""

from __future__ import annotations

import lxml.html

from pipeline.html.elements import element_text
from pipeline.model import Table


def is_layout_table(table: lxml.html.HtmlElement) -> bool:
    """Old portals lay whole pages out in tables; those are body, not data."""
    if table.find(".//table") is not None:
        return True
    return any(len(element_text(p)) > 300 for p in table.iter("p", "div"))


def _is_bold(cell: lxml.html.HtmlElement) -> bool:
    """A cell whose whole text is bold: how Word-pasted tables mark their header row."""
    text = element_text(cell)
    bold = " ".join(element_text(b) for b in cell.iter("b", "strong"))
    return bool(text) and " ".join(bold.split()) == text


def parse_html_table(table: lxml.html.HtmlElement) -> Table | None:
    """A data table's caption, header row (`<thead>`, all `<th>` or all-bold first row) and rows, or
    None when it has no cells."""
    caption_el = table.find(".//caption")
    caption = element_text(caption_el) if caption_el is not None else ""
    rows: list[list[str]] = []
    headers: list[str] = []
    for tr in table.iter("tr"):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not cells:
            continue
        values = [element_text(c) for c in cells]
        in_head = tr.getparent() is not None and tr.getparent().tag == "thead"
        if not headers and not rows and (in_head or all(c.tag == "th" or _is_bold(c) for c in cells)):
            headers = values
        else:
            rows.append(values)
    if not rows and not headers:
        return None
    return Table(headers=headers, rows=rows, caption=caption)
