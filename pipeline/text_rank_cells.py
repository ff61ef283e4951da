"""The official ranking table copied from its portal as text: every cell a place with its value below it.

The DTI portal publishes "Xếp hạng DTI | Tỉnh, thành phố | Xếp hạng CQS | Xếp hạng KTS | Xếp hạng XHS", each
place cell "1" over "(0,6419)". Copied as text, a row becomes lines of its own:

    1
    (0,6419)
    TP. Đà Nẵng 1
    (0,6868)
    1
    (0,6312)
    …

(the body's name shares a line with the next cell's place). No row or sentence reader can pair these numbers, so
this module reads them by the header: its "Xếp hạng X" labels name, in order, the overall index and its pillars,
and one other label the column of names. Each body gets the place and value of every column.
"""

from __future__ import annotations

import re

from pipeline.context import ArticleContext
from pipeline.entities import find_mentions
from pipeline.model import Fact
from pipeline.numbers import parse_number
from pipeline.years import find_years

# "Xếp hạng DTI", "Xếp hạng CQS": the columns of places, by the short names the portal gives them
_PLACE_LABEL = re.compile(r"xếp hạng\s+(?P<what>dti|ict index|cqs|kts|xhs|chính quyền số|kinh tế số|xã hội số|tổng thể)", re.IGNORECASE)
_PILLAR_OF_LABEL = {
    "dti": None, "ict index": None, "tổng thể": None,
    "cqs": "chính quyền số", "chính quyền số": "chính quyền số",
    "kts": "kinh tế số", "kinh tế số": "kinh tế số",
    "xhs": "xã hội số", "xã hội số": "xã hội số",
}
_PLACE = re.compile(r"\s*(?P<n>\d{1,3})\s*")
_VALUE = re.compile(r"\s*\(\s*(?P<v>\d(?:[,.]\d{1,4})?)\s*\)\s*")
_NAMED_PLACE = re.compile(r"\s*(?P<name>[^\d()]{2,60}?)\s+(?P<n>\d{1,3})\s*")
MIN_ROWS = 2


def ranks_with_values_below(text: str, ctx: ArticleContext, on_date: str | None, source: str, version: str) -> list[Fact]:
    """Facts of every such table in `text` (the normalised article)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out: list[Fact] = []
    for i, header in enumerate(lines):
        labels = list(_PLACE_LABEL.finditer(header))
        if len(labels) < 2:
            continue
        if not header[labels[0].end() : labels[1].start()].strip(" |\t"):
            continue  # the names' column is the second: "Xếp hạng DTI | Tỉnh, thành phố | Xếp hạng CQS …"
        columns = [_PILLAR_OF_LABEL[m["what"].lower()] for m in labels]
        above = " ".join(lines[max(0, i - 3) : i + 1]).lower()
        out += _rows(lines, starts, i + 1, columns, above, ctx, on_date, source, version)
    return out


def _cells(lines: list[str], first: int, on_date: str | None) -> list[tuple[str, object, int]]:
    """The cells under a header, in order: ("place", n, line), ("value", v, line), ("name", mention, line)."""
    cells: list[tuple[str, object, int]] = []
    for j in range(first, len(lines)):
        line = lines[j]
        if not line.strip():
            continue
        if m := _PLACE.fullmatch(line):
            cells.append(("place", int(m["n"]), j))
        elif m := _VALUE.fullmatch(line):
            v = parse_number(m["v"].replace(".", ","))
            if v is None:
                break
            cells.append(("value", v, j))
        elif (m := _NAMED_PLACE.fullmatch(line)) and len(found := find_mentions(m["name"].strip(), on_date=on_date)) == 1:
            cells.append(("name", found[0], j))
            cells.append(("place", int(m["n"]), j))
        else:
            break
    return cells


def _rows(
    lines: list[str], starts: list[int], first: int, columns: list[str | None], above: str,
    ctx: ArticleContext, on_date: str | None, source: str, version: str,
) -> list[Fact]:
    """Rows of a place-and-value cell for the first column, the name, then one such cell for each other column."""
    cells = _cells(lines, first, on_date)
    rows: list[tuple[object, list[tuple[int, float | None]], int, int]] = []
    k = 0
    while k < len(cells):
        places: list[tuple[int, float | None]] = []
        name = None
        begin = cells[k][2]
        while k < len(cells) and len(places) < len(columns):
            kind, value, _line = cells[k]
            if kind == "name" and name is None and len(places) == 1:
                name = value
                k += 1
                continue
            if kind != "place":
                break
            has_value = k + 1 < len(cells) and cells[k + 1][0] == "value"
            places.append((int(value), float(cells[k + 1][1]) if has_value else None))  # type: ignore[arg-type]
            k += 2 if has_value else 1
        if name is None or len(places) != len(columns):
            break  # (a row cut by the excerpt's end, or the table is over)
        rows.append((name, places, begin, cells[k - 1][2]))
    if len(rows) < MIN_ROWS:
        return []
    named_years = {y.year for y in find_years(above, ctx.year)}
    out: list[Fact] = []
    for name, places, begin, end in rows:
        index = ctx.index_for(name.entity_type, above, -1)  # type: ignore[attr-defined]
        year = next(iter(named_years)) if len(named_years) == 1 else ctx.year_for(index, -1, name.entity_type)  # type: ignore[attr-defined]
        evidence = " | ".join(line.strip() for line in lines[begin : end + 1] if line.strip())
        for component, (rank, score) in zip(columns, places, strict=True):
            out.append(Fact(
                entity=name.canonical, entity_type=name.entity_type, index=index, component=component,  # type: ignore[attr-defined]
                year=year, rank=rank, score=score, source=source, sentence=evidence, start=starts[begin],
                end=starts[end] + len(lines[end]), extractor=version, confidence=0.8,
            ))
    return out
