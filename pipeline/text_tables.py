"""Ranking tables that arrive as text: one row a line, the cells flattened into words and numbers.

Tables copied from PDFs and portal pages reach the extractor without their HTML: "1 TP. Đà Nẵng 1.0000
0.9000 … 0.8002" (rank first, overall index last) or "Quảng Ninh 7.98 7.39 … 73.02 1 Rất tốt" (sub-scores,
total, rank, grade). No sentence rule reads these, and they are often the official figures. A run of at
least three consecutive lines that each name a ranked body followed by numbers is read as a table:

* the rank is the row's leading whole number, or its last whole number after the scores, when that
  column never goes down from row to row (ties repeat a rank);
* the score is the last decimal of the row (the overall value: sub-scores come before it);
* a bare numbered list of names ("1 TP. Đà Nẵng", "2 TP. Hồ Chí Minh" …) gives ranks only when the line
  before it says it is a ranking.

Index and year come from the line above the run (its header or caption), then the article. The row
line is the evidence sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.context import ArticleContext
from pipeline.entities import find_mentions
from pipeline.lexicon import GROUP_MERGED, GROUP_NO_SERVICE, MERGED_34, NO_SERVICE
from pipeline.model import Fact
from pipeline.years import find_years

MIN_ROWS = 3
_NUMBER = re.compile(r"(?<![\w.,])[-+]?\d{1,4}(?:[.,]\d+)?(?![\w.,]|%)")
_ROW = re.compile(
    r"^\s*(?:(?P<lead>\d{1,3})(?:[.)]?\s+|\s*[|\t]\s*))?(?P<name>[^\d|\t;:()]{2,70})\s*[|\t;:]?\s*"
    r"(?P<cells>(?:[-+]?\d{1,4}(?:[.,]\d+)?\s*[|\t;]?\s*)*)(?P<tail>[^\d]{0,25})$"
)
_CHANGE_HEADER = re.compile(r"tăng\s*/\s*giảm|tăng,\s*giảm|thay đổi|so với năm")
_RANKING_HEADER = re.compile(r"xếp hạng|thứ hạng|bảng xếp|thứ tự|dẫn đầu|\btop\b|\bhạng\b", re.IGNORECASE)


@dataclass
class Row:
    """One table line: where it is, whom it names, its leading number and its cells."""

    start: int
    end: int
    line: str
    entity: str
    entity_type: str
    lead: int | None
    cells: list[str]


def _cell_value(cell: str) -> float:
    return float(cell.replace(",", "."))


def _parse_row(line: str, start: int, on_date: str | None) -> Row | None:
    if len(line) > 250 or not any(ch.isdigit() for ch in line):
        return None  # prose, or a line with nothing to rank
    m = _ROW.match(line)
    if not m:
        return None
    name = m["name"].strip(" .-–|")
    mentions = find_mentions(name, on_date=on_date)
    if not mentions or mentions[0].start > 4 or len(name) - mentions[-1].end > 6:
        return None  # the name cell must be the body's name, not a sentence that mentions it
    mention = max(mentions, key=lambda x: x.end - x.start)
    cells = _NUMBER.findall(m["cells"] or "")
    lead = int(m["lead"]) if m["lead"] else None
    if not cells and lead is None:
        return None
    return Row(start, start + len(line), line, mention.canonical, mention.entity_type, lead, cells)


def _rank_column(values: list[int | None]) -> bool:
    """Whether a column of whole numbers reads as ranks: present on nearly every row (a table cut off
    mid-row loses its last cell), starting near the top and never going down."""
    present = [v for v in values if v is not None]
    if len(present) < max(MIN_ROWS, 0.8 * len(values)):
        return False
    return present[0] <= 3 and all(a <= b for a, b in zip(present, present[1:], strict=False))


_WHOLE_LINE = re.compile(r"\s*\d{1,3}[.)]?\s*")
_NUMBER_LINE = re.compile(r"\s*[-+]?\d{1,4}(?:[.,]\d+)?\s*(?:điểm)?\s*")
_NAME_LINE = re.compile(r"\s*[^\d|\t;:()]{2,70}")


_NUMBERED_NAME = re.compile(r"\s*\d{1,3}[.)]\s+[^\d|\t;:()]{2,70}")


def _lines(text: str) -> list[tuple[int, str]]:
    """(start offset, line) for every non-empty line; the cell bars a copied table keeps at the ends of its
    lines ("843.24 |", a lone "|" for an empty cell) are not part of the cell."""
    out, pos = [], 0
    for line in text.split("\n"):
        cell = line.strip().strip("|").strip()
        if cell:
            out.append((pos + line.index(cell), cell))
        pos += len(line) + 1
    return out


def _fold_cells(text: str, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Tables whose cells arrive one per line ("1" / "Sở Tư pháp" / "95,20" / "2" / …) folded into one
    line a row, so the row reader can take them; only where at least MIN_ROWS such rows follow each other."""
    groups: list[tuple[int, int]] = []  # (first line, line after the row)
    i = 0
    while i + 2 < len(lines):
        if _WHOLE_LINE.fullmatch(lines[i][1]) and _NAME_LINE.fullmatch(lines[i + 1][1]):
            j = i + 2
            while j < len(lines) and _NUMBER_LINE.fullmatch(lines[j][1]) and not (
                _WHOLE_LINE.fullmatch(lines[j][1]) and j + 1 < len(lines) and _NAME_LINE.fullmatch(lines[j + 1][1])
            ):
                j += 1
            if j > i + 2:
                groups.append((i, j))
                i = j
                continue
        i += 1
    runs: list[list[tuple[int, int]]] = []
    for g in groups:
        if runs and runs[-1][-1][1] == g[0]:
            runs[-1].append(g)
        else:
            runs.append([g])
    folded: dict[int, tuple[int, str, int]] = {}  # first line -> (start, folded text, line after)
    for run in runs:
        if len(run) < MIN_ROWS:
            continue
        for first, after in run:
            start = lines[first][0]
            folded[first] = (start, " ".join(line.strip() for _s, line in lines[first:after]), after)
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        if i in folded:
            start, joined, after = folded[i]
            out.append((start, joined))
            i = after
        else:
            out.append(lines[i])
            i += 1
    return out


def _runs(text: str, on_date: str | None) -> list[tuple[str, list[Row]]]:
    """(header line, rows) for every run of table lines; blank lines do not break a run."""
    out: list[tuple[str, list[Row]]] = []
    rows: list[Row] = []
    header = ""
    previous = ""
    for start, line in _fold_cells(text, _lines(text)):
        row = _parse_row(line, start, on_date)
        if row is not None:
            if not rows:
                header = previous
            rows.append(row)
            continue
        if rows and _NUMBERED_NAME.fullmatch(line):
            continue  # "5. Bảo hiểm Y tế": a numbered member we cannot name keeps its place, breaks nothing
        if len(rows) >= MIN_ROWS:
            out.append((header, rows))
        rows = []
        previous = line
    if len(rows) >= MIN_ROWS:
        out.append((header, rows))
    return out


def _whole(cell: str) -> int | None:
    return int(cell) if re.fullmatch(r"\d{1,3}", cell) else None


def text_table_facts(text: str, ctx: ArticleContext, on_date: str | None, source: str, version: str) -> list[Fact]:
    """Facts from every ranking table written as text lines in `text` (the normalised article)."""
    facts: list[Fact] = []
    for header, all_rows in _runs(text, on_date):
        header_low = header.lower()
        # A row with far fewer cells than its table was cut off ("Đồng Nai 6" at an excerpt's end): its
        # numbers are fragments, not a rank or a score.
        width = sorted(len(r.cells) for r in all_rows)[len(all_rows) // 2]
        rows = [r for r in all_rows if len(r.cells) * 2 >= width]
        leads = [r.lead for r in rows]
        tails = [_whole(r.cells[-1]) if r.cells else None for r in rows]
        if _rank_column(leads) and (any(r.cells for r in rows) or _RANKING_HEADER.search(header_low)):
            ranks: list[int | None] = list(leads)
        elif _rank_column(tails):
            ranks = list(tails)
        else:
            ranks = [None] * len(rows)
        years = find_years(header_low, ctx.year)
        changes = bool(_CHANGE_HEADER.search(header_low))
        for row, rank in zip(rows, ranks, strict=True):
            decimals = [c for c in row.cells if re.search(r"[.,]\d", c)]
            score = _cell_value(decimals[-1]) if decimals else None
            # "Hạng | Đơn vị | Điểm | Tăng/giảm" … "2 | Sở Y tế | 95,75 | -1": the last column is the change
            change = int(row.cells[-1]) if changes and row.cells and re.fullmatch(r"[-+]?\d{1,2}", row.cells[-1]) and (
                len(row.cells) >= 2
            ) else None
            if rank is None and score is None:
                continue
            index = ctx.index_for(row.entity_type, header_low or row.line.lower(), -1)
            year = years[0].year if years else ctx.year_for(index, -1)
            group = None
            if row.entity_type in ("ministry", "agency") and NO_SERVICE.search(header_low):
                group = GROUP_NO_SERVICE
            elif row.entity_type == "province" and index == "dti" and MERGED_34.search(header_low):
                group = GROUP_MERGED
            facts.append(Fact(
                entity=row.entity, entity_type=row.entity_type, index=index, group=group, year=year, rank=rank, score=score,
                rank_change=change,
                source=source, sentence=row.line.strip(), start=row.start, end=row.end, extractor=version,
                confidence=0.8,
            ))
    return facts
