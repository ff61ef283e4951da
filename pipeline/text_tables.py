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

When the table has a header of labels ("Hạng | Tỉnh/thành phố | Chỉ số | Hạng 2008", tab-separated, cells
apart by wide spaces as the article was written, or one label a line above a table copied one cell a line),
its columns are read by their labels instead: the place, the score and the change of each row, an earlier
year's place ("Hạng 2008"), and each pillar's place or value; a running number ("STT") is no place when a
place column exists (a table may be sorted by name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.context import ArticleContext
from pipeline.entities import (
    Mention,
    countries_named_ambiguously,
    find_mentions,
    short_name_mentions,
    units_named_by_kind,
)
from pipeline.gazetteer import districts_of
from pipeline.lexicon import (
    COMPONENT_ALT,
    GROUP_MERGED,
    GROUP_NO_SERVICE,
    MERGED_34,
    NO_SERVICE,
    REGION_NAMES,
    component_for_index,
    component_name,
)
from pipeline.model import Fact
from pipeline.numbers import parse_number
from pipeline.text_rank_cells import ranks_with_values_below
from pipeline.years import SPEAKS_OF_ASSESSMENT, find_years

MIN_ROWS = 3
_HAS_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"(?<![\w.,])[-+]?\d{1,4}(?:[.,]\d+)?(?![\w.,]|%)")
_ROW = re.compile(
    # ("Ủy ban nhân dân Phường 4 | 96": a name ending on its number, when a cell bar follows it; "2/ Bắc Ninh: …";
    # "1.Singapore (192)": no space after the item's number)
    r"^\s*(?:(?P<lead>\d{1,3})(?:[.)/]?\s+|[.)]?\s*[|\t]\s*|[.)](?=[A-ZĐÀ-Ỹ])))?(?P<name>[^\d|\t;:()]{2,70}(?:(?<=\s)\d{1,2}(?=\s*\|))?)\s*[|\t;:]?\s*"
    # ("96 | A | 1": a grade between the figures, in a row folded from one cell a line, is a cell of its own)
    r"(?P<cells>(?:(?:[-+]?\d{1,4}(?:[.,]\d+)?|(?<=\| )[^\W\d_]{1,12}(?:\s[^\W\d_]{1,12}){0,2}(?=\s*\|))\s*[|\t;]?\s*)*)"
    r"(?P<tail>[^\d]{0,25})$"
)
# "54 (tăng 14 bậc)": a place with its change in the same cell
_CHANGE_IN_CELL = re.compile(r"\s*\(\s*(?P<dir>tăng|giảm)\s+(?P<n>\d{1,3})\s+(?:bậc|hạng)\s*\)")
# ("(192 điểm đến)", "(194 nước/vùng lãnh thổ)": a passport's count of destinations, a few words after it)
_BRACKETED_VALUE = re.compile(r"\s*\(\s*(?P<v>\d{1,4}(?:[.,]\d+)?)\s*(?:[^\W\d_][^\s\d()]*(?:\s+[^\W\d_][^\s\d()]*){0,2})?\s*\)\s*$")
# "1. Phần Lan. Chỉ số EPI: 90,68.": a numbered line whose value follows its label after the name
_LABELLED_VALUE = re.compile(
    r"(?<=[^\W\d_])\s*[.,–-]\s+(?:chỉ số|điểm(?: số)?|tổng điểm)(?:\s+[^\W\d_]{1,10}){0,2}\s*:\s*"
    r"(?P<v>\d{1,4}(?:[.,]\d+)?)\s*\.?\s*$", re.IGNORECASE
)
_CHANGE_HEADER = re.compile(r"tăng\s*/\s*giảm|tăng,\s*giảm|thay đổi|so với năm")
# A list's heading that counts it from the bottom of its ranking ("10 quốc gia tham nhũng nhất", "… thấp nhất")
_BOTTOM_HEADER = re.compile(
    r"(?:tham nhũng|bất hạnh|kém hạnh phúc|thấp|kém|tệ|tồi tệ|yếu)\s+nhất|cuối bảng|xếp cuối|đội sổ|bét bảng|(?<![\w])chót"
)
_POINTS_LAST = re.compile(r"\d\s*điểm\s*\.?\s*$")
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
    # "2. Singapore, Hàn Quốc – 189": the other bodies a row's name cell lists, sharing its place
    tied: tuple[tuple[str, str], ...] = ()


def _cell_value(cell: str) -> float:
    return float(cell.replace(",", "."))


def _signed_change(m: re.Match) -> str:
    return (" +" if m["dir"] == "tăng" else " -") + m["n"]


def _cell_change(cell: str) -> int | None:
    """The change written in a place's cell ("155 (giảm 15 bậc)" → -15), or None."""
    m = _CHANGE_IN_CELL.search(cell)
    return int(_signed_change(m)) if m else None


def _parse_row(line: str, start: int, on_date: str | None, short_names: dict[str, str] | None = None) -> Row | None:
    if len(line) > 250 or not _HAS_DIGIT.search(line):
        return None  # prose, or a line with nothing to rank
    # "1. Sở Y tế (845,2 điểm)": a numbered line whose value is in brackets, or after its label
    read = _BRACKETED_VALUE.sub(r" \g<v>", _CHANGE_IN_CELL.sub(_signed_change, line))
    m = _ROW.match(_LABELLED_VALUE.sub(r" \g<v>", read) if _NUMBERED_NAME.match(read) else read)
    if not m:
        return None
    name = m["name"].strip(" .-–|")
    if re.search(r"(?<![\w-])(?:hạng|chỉ số|điểm|stt)(?![\w-])", name.lower()):
        return None  # a header line of labels ("Hạng   Tỉnh/thành phố   Chỉ số   Hạng 2008"), not a row
    mentions = find_mentions(name, on_date=on_date) or units_named_by_kind(name)  # "Phường Khánh Hậu"
    mentions = countries_named_ambiguously(name, mentions)  # ("Bỉ, Na Uy, Anh, Mỹ (186)": a tie of countries)
    if not mentions and short_names:
        mentions = short_name_mentions(name, [], short_names)  # a district by its bare name ("Buôn Đôn")
    if not mentions or mentions[0].start > 4 or len(name) - mentions[-1].end > 6:
        return None  # the name cell must be the body's name, not a sentence that mentions it
    mention = max(mentions, key=lambda x: x.end - x.start)
    cells = _NUMBER.findall(m["cells"] or "")
    lead = int(m["lead"]) if m["lead"] else None
    if not cells and lead is None:
        return None
    tied: tuple[tuple[str, str], ...] = ()
    if len(mentions) > 1 and lead is not None and _only_names(name, mentions):
        mention = mentions[0]
        tied = tuple((x.canonical, x.entity_type) for x in mentions[1:] if x.entity_type == mention.entity_type)
    return Row(start, start + len(line), line, mention.canonical, mention.entity_type, lead, cells, tied)


def _only_names(name: str, mentions: list[Mention]) -> bool:
    """Whether a row's name cell is nothing but its bodies' names joined by commas or "và" ("Pháp, Đức"). A
    name no gazetteer knows may stand among them ("Australia, Canada, CH Czech, Hy Lạp"): the row's place is
    still each known one's."""
    rest, last = [], 0
    for x in mentions:
        rest.append(name[last : x.start])
        last = x.end
    rest.append(name[last:])
    return all(_NAMES_GAP.fullmatch(piece) for piece in rest[1:-1]) and not rest[0].strip()


# between two names of a tied row: a comma or "và", maybe an unknown name of a few capitalised words between
# commas, maybe the next name's title ("CH Czech")
_CAPITALISED = r"[A-ZĐÀ-Ỹ][^\s,;:()\d]*"
_NAMES_GAP = re.compile(
    rf"\s*(?:,|và|&)?\s*(?:(?:{_CAPITALISED}\s+){{0,2}}{_CAPITALISED}\s*(?:,|và)\s*)?(?:{_CAPITALISED}\s+)?"
)


# A table that numbers its rows ("STT Đơn vị …") anywhere on the page: a run of its rows far down is no place
# ("Sở TT&TT" is no such label)
_ROW_NUMBERS_NAMED = re.compile(r"(?<![\w&])(?:stt|tt|số tt|số thứ tự)(?![\w&])", re.IGNORECASE)


def _rank_column(values: list[int | None], cut_from_below: bool = False) -> bool:
    """Whether a column of whole numbers reads as ranks: present on nearly every row (a table cut off
    mid-row loses its last cell), starting near the top and never going down. With `cut_from_below`, a column
    may start anywhere when it climbs by small steps ("145 Iraq 53,30 / 146 Azerbaijan 53,50 / 148 Sudan …": the
    bottom of a table, its places written, ties and rows left out making the gaps)."""
    present = [v for v in values if v is not None]
    if len(present) < max(MIN_ROWS, 0.8 * len(values)):
        return False
    steps = [b - a for a, b in zip(present, present[1:], strict=False)]
    if present[0] > 3 and not (cut_from_below and all(0 <= d <= 3 for d in steps) and steps.count(1) * 2 >= len(steps)):
        return False
    return all(d >= 0 for d in steps)


# A picture's caption on a line of its own, as portals set one between the members of a list ("… - Ảnh 3.", "Ảnh: …")
# ("Những nơi có môi trường kinh doanh tốt nhất trên thế giới ảnh 1": the title of a gallery and its picture's number)
_CAPTION_LINE = re.compile(
    r"\s*(?:[^\n]{0,150}?[-–—]\s*[ẢảAa]nh\s*\d{0,2}\.?|\(?[Ảả]nh(?:\s+minh\s+họa)?\s*:[^\n]{0,150}|[^\n\d]{10,150}?\s[Ảả]nh\s+\d{1,2})\s*"
)
_WHOLE_LINE = re.compile(r"\s*\d{1,3}[.)]?\s*")
_NUMBER_LINE = re.compile(r"\s*[-+]?\d{1,4}(?:[.,]\d+)?\s*(?:điểm)?(?:" + _CHANGE_IN_CELL.pattern + r")?\s*")
_NAME_LINE = re.compile(r"\s*[^\d|\t;:()]{2,70}")


def _first_places(rows: list[Row]) -> list[int | None]:
    """The first cell of rows of whole numbers only ("Hà Lan 5 7"): a table of places in two editions, the one
    reported first."""
    if not all(len(r.cells) >= 2 and all(_whole(c) is not None for c in r.cells) for r in rows):
        return [None] * len(rows)
    return [_whole(r.cells[0]) for r in rows]


def is_cell_line(line: str) -> bool:
    """Whether a line is only a number cell ("0,8002", "54 (tăng 14 bậc)"), as tables copied one cell a line give."""
    return bool(_NUMBER_LINE.fullmatch(line))


_NUMBERED_NAME = re.compile(r"\s*\d{1,3}[.)]\s+[^\d|\t;:()]{2,70}")
_NUMBERED_UNKNOWN_ROW = re.compile(r"\s*\d{1,3}[.)]\s+[^\d|\t;:()]{2,40}?\s*[-–:]?\s*(?:điểm\s*:\s*)?\d{1,4}(?:[.,]\d+)?\s*")


def _lines(text: str) -> list[tuple[int, str]]:
    """(start offset, line) for every non-empty line; the cell bars a copied table keeps at the ends of its
    lines ("843.24 |", a lone "|" for an empty cell) are not part of the cell. A numbered list whose line breaks
    were lost is a line an item."""
    out, pos = [], 0
    for line in text.split("\n"):
        cell = line.strip().strip("|").strip()
        if cell:
            start = pos + line.index(cell)
            out += [(start + a, cell[a:b].strip()) for a, b in _glued_items(cell)]
        pos += len(line) + 1
    return out


# "1. Nhật Bản, Singapore (192 điểm đến)2. Đức, Hàn Quốc (190)3. …": an item's number where the one before ends
_ITEM_NUMBER = re.compile(r"(?<![\d.,/])(?P<n>\d{1,2})\.\s+(?=[^\W\d_])")


def _glued_items(line: str) -> list[tuple[int, int]]:
    """The spans of a line's items when it is a numbered list run together (1., 2., 3. … from its start, at
    least three); else the whole line."""
    if "3." not in line:
        return [(0, len(line))]  # (no third item: the common case, settled without the pattern)
    cuts, expect = [], 1
    for m in _ITEM_NUMBER.finditer(line):
        if int(m["n"]) == expect and (expect > 1 or not line[: m.start()].strip()):
            cuts.append(m.start())
            expect += 1
    if len(cuts) < 3:
        return [(0, len(line))]
    return list(zip(cuts, [*cuts[1:], len(line)], strict=True))


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
    runs = [run for run in runs if len(run) >= MIN_ROWS]
    # (a header of labels one a line has a rank or score label alone on its line: cheap to look for first)
    labelled = any(_ALONE_LABEL.fullmatch(line) for _s, line in lines)
    for other in _name_first_runs(lines) + (_header_led_runs(lines) if labelled else []):
        # "Đà Nẵng" / "1" / "3" / "Hà Nội" / …: read opening on the number, the last cell of each row would open
        # the next; of two readings of the same lines, the one that takes in more of them wins
        span = set(range(other[0][0], other[-1][1]))
        clashing = [run for run in runs if span & set(range(run[0][0], run[-1][1]))]
        if all(run[-1][1] - run[0][0] < len(span) for run in clashing):
            runs = [run for run in runs if run not in clashing] + [other]
    folded: dict[int, tuple[int, str, int]] = {}  # first line -> (start, folded text, line after)
    for run in runs:
        for first, after in run:
            start = lines[first][0]
            folded[first] = (start, " | ".join(line.strip() for _s, line in lines[first:after]), after)
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


def _name_first_runs(lines: list[tuple[int, str]]) -> list[list[tuple[int, int]]]:
    """Rows copied one cell a line that open with the name ("Đà Nẵng" / "1" / "3" / "2" / "Hà Nội" / …): at
    least MIN_ROWS names in a row, each followed by the same number of number lines."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i + 1
        if _NAME_LINE.fullmatch(lines[i][1]):
            while j < len(lines) and _NUMBER_LINE.fullmatch(lines[j][1]):
                j += 1
        if j > i + 1 and (not run or (run[-1][1] == i and run[-1][1] - run[-1][0] == j - i)):
            run.append((i, j))
            i = j
            continue
        if len(run) >= MIN_ROWS:
            runs.append(run)
        run = [(i, j)] if j > i + 1 else []
        i = j if j > i + 1 else i + 1
    if len(run) >= MIN_ROWS:
        runs.append(run)
    return runs


def _header_led_runs(lines: list[tuple[int, str]]) -> list[list[tuple[int, int]]]:
    """Rows copied one cell a line under a header copied the same way ("Tên tỉnh" / "PCI" / "Xếp hạng" / "Nhóm xếp
    hạng" / "Đà Nẵng" / "66.87" / "1" / "Rất tốt" / …): the labels say how many cells a row has, and which of them
    must be numbers, so a word cell (a grade) neither ends a row nor opens the next."""
    runs: list[list[tuple[int, int]]] = []
    i = 0
    while i < len(lines):
        labels = 0
        while i + labels < len(lines) and labels < 8 and _LABEL_LINE.fullmatch(lines[i + labels][1]):
            labels += 1
        # the first row's name looks like one more label: of the widths the labels allow, the one that reads
        # the most rows
        best: list[tuple[int, int]] = []
        merged = _joined_labels([line for _s, line in lines[i : i + labels]])
        for width in range(3, len(merged) + 1):
            run = _rows_under(lines, [label for label, _n in merged[:width]], i + merged[width - 1][1])
            if len(run) > len(best):
                best = run
        if len(best) >= MIN_ROWS:
            runs.append(best)
            i = best[-1][1]
        else:
            i += max(labels, 1)
    return runs


def _joined_labels(label_lines: list[str]) -> list[tuple[str, int]]:
    """Column labels copied one a line, a label broken over two lines joined again ("Điểm" / "đánh giá": a line
    opening in lower case goes on from the one above), each with the number of lines read up to its end."""
    out: list[tuple[str, int]] = []
    for n, line in enumerate(label_lines, start=1):
        text = line.strip()
        if out and text[:1].islower():
            out[-1] = (f"{out[-1][0]} {text}", n)
        else:
            out.append((text, n))
    return out


def _rows_under(lines: list[tuple[int, str]], labels: list[str], j: int) -> list[tuple[int, int]]:
    """The rows of as many cells as `labels` from lines[j] on, while each has numbers where its labels say numbers
    go and words elsewhere."""
    width = len(labels)
    roles = [_role(cell)[0] for cell in labels]
    if roles.count("name") != 1 or not any(r in ("rank", "score", "total", "seq") for r in roles):
        return []
    numeric = [r in ("rank", "score", "total", "seq", "change", "component", "year") for r in roles]
    run: list[tuple[int, int]] = []
    while j + width <= len(lines):
        cells = [cell for _s, cell in lines[j : j + width]]
        if not all((_number(c) is not None) == must for c, must in zip(cells, numeric, strict=True)):
            break
        run.append((j, j + width))
        j += width
    return run


_ALONE_LABEL = re.compile(r"(?i)\s*(?:xếp hạng|thứ hạng|hạng|điểm(?: số)?|tổng điểm|chỉ số|stt|tt|pci|papi|par index|dti|sipas)\s*")
# One column label on a line of its own: a few words, no figures (a year label is the years-as-rows reader's)
_LABEL_LINE = re.compile(r"\s*[^\d|\t;:()]{2,40}")


def _runs(
    text: str, on_date: str | None, short_names: dict[str, str] | None = None
) -> list[tuple[list[tuple[int, str]], list[Row]]]:
    """(the lines before, with their offsets; rows) for every run of table lines; blank lines do not break a
    run. The last line before a run is its header or caption."""
    out: list[tuple[list[tuple[int, str]], list[Row]]] = []
    rows: list[Row] = []
    before: list[tuple[int, str]] = []
    seen: list[tuple[int, str]] = []
    for start, line in _fold_cells(text, _lines(text)):
        row = _parse_row(line, start, on_date, short_names)
        if row is not None:
            if not rows:
                before = seen[-8:]
            rows.append(row)
            continue
        if rows and (_NUMBERED_NAME.fullmatch(line) or _NUMBERED_UNKNOWN_ROW.fullmatch(line)):
            continue  # "5. Bảo hiểm Y tế", "13. Aurtralia - Điểm: 1.435": a numbered member we cannot name keeps its place
        if rows and _CAPTION_LINE.fullmatch(line):
            continue  # "10 nước an toàn nhất - Ảnh 3.": a picture's caption between two rows breaks nothing
        if rows and " | " in line and len(_cells(line)) == len(_cells(rows[-1].line)):
            continue  # a row copied one cell a line whose name we do not know ("Lao People's Demcratic …")
        if len(rows) >= MIN_ROWS:
            out.append((before, _towns_named_as_their_province(rows, on_date)))
        rows = []
        seen.append((start, line))
    if len(rows) >= MIN_ROWS:
        out.append((before, _towns_named_as_their_province(rows, on_date)))
    return out


def _towns_named_as_their_province(rows: list[Row], on_date: str | None) -> list[Row]:
    """In a table of a province's districts, a row named as a province is that province's town of the same
    name ("Quảng Trị" among "Đông Hà", "Hải Lăng": thị xã Quảng Trị), never the province itself."""
    if sum(r.entity_type == "local_unit" for r in rows) * 2 <= len(rows):
        return rows
    for row in rows:
        if row.entity_type == "province":
            town = next((d for d in districts_of(row.entity, on_date) if d.name == row.entity), None)
            if town is not None:
                row.entity, row.entity_type = f"UBND {town.kind} {town.name}", "local_unit"
    return rows


_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{2,}")
# Column labels of ranking tables, and what their cells hold.
_REGION_RANK_LABEL = re.compile(
    r"(?:xếp hạng|thứ hạng|hạng|xh|vị trí)\s+(?:trong\s+|tại\s+)?(?P<g>thế giới|toàn cầu|khu vực(?:\s+(?:châu á|đông nam á|asean))?|"
    r"châu á|đông nam á|asean)"
)
_SEQ_LABEL = re.compile(r"(?:stt|tt|số tt|số thứ tự|thứ tự)")
_SEQ_LABEL_FIRST = re.compile(r"^\s*(?:stt|tt|số tt|số thứ tự)(?![\w])")


def _row_numbers_labelled(lines: list[str]) -> bool:
    """Whether the label line above a table opens with the row number ("STT TÊN CƠ QUAN Điểm … Xếp loại")
    and names no rank column: the rows' leading numbers then only count the rows."""
    return any(_SEQ_LABEL_FIRST.match(low) and not _RANK_LABEL.search(low) for low in (ln.lower() for ln in lines))


def _row_numbers_labelled_in_cells(lines: list[str]) -> bool:
    """The same, for labels copied one cell a line ("STT" / "Tên đơn vị" / "Điểm …" / "(1)" / "(2)" …): a line that
    is "STT" alone among the labels above the rows, none of them naming a rank."""
    lows = [ln.strip().lower() for ln in lines]
    return any(_SEQ_LABEL_FIRST.fullmatch(low) for low in lows) and not any(_RANK_LABEL.search(low) for low in lows)


def _row_numbers_then_rank_last(lines: list[str]) -> bool:
    """Whether the label line above a table opens with the row number and ends with the rank ("STT Đơn vị Điểm
    Xếp hạng"): the rows' leading numbers count them, their last numbers are their places."""
    return any(_SEQ_LABEL_FIRST.match(low) and _RANK_LABEL_LAST.search(low) for low in (ln.lower() for ln in lines))


def _counted_down(values: list[int | None]) -> bool:
    """Whether row numbers count down: to the first place ("31. … 1."), or one by one ("20. … 19. … 18.", a list cut
    before its top): places, which row numbers that only count rows never do."""
    if any(v is None for v in values) or len(values) < MIN_ROWS:
        return False
    if values[-1] <= 3 and _rank_column(values[::-1]):
        return True
    return all(b in (a, a - 1) for a, b in zip(values, values[1:], strict=False)) and values[0] > values[-1]


def _labelled_rank_column(values: list[int | None]) -> bool:
    """Whether a column its label calls the rank holds places: on nearly every row, each a place a field can have."""
    present = [v for v in values if v is not None]
    return len(present) >= max(MIN_ROWS, 0.8 * len(values)) and all(1 <= v <= 400 for v in present)


_RANK_LABEL_LAST = re.compile(r"(?:xếp hạng|thứ hạng|hạng|xh|vị trí)\s*$")
_RANK_LABEL = re.compile(
    r"(?:thứ tự xếp hạng|xếp hạng|thứ hạng|hạng|xh|vị trí|vị thứ)"
    r"(?:\s+(?:chung|dti|ict index|egdi|tổng thể|pci|papi|par index|sipas|pgi|pii))?"  # ("Xếp hạng PCI")
    r"(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d))?"
)
_SCORE_LABEL = re.compile(r"(?:tổng\s+)?(?:chỉ số|điểm(?:\s+số)?|giá trị|kết quả|ict index|dti|egdi|index|"
                          r"pci|papi|par index|sipas|pii|pgi|ebi)(?:\s+[^\d]{0,20}?)?"
                          r"(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d))?")
_CHANGE_LABEL = re.compile(
    r"(?:tăng\s*/\s*giảm|tăng,\s*giảm|thay đổi(?:\s+thứ hạng)?|cải thiện)(?:\s+(?:bậc|hạng))?"
    r"(?:\s+so với\s+(?:năm\s+)?(?:(?:19|20)\d\d|năm trước|kỳ trước))?"
)
# Short labels tables give their pillars ("Ứng dụng nội bộ", "Cổng TTĐT", "DVC trực tuyến").
_TABLE_PILLARS = {
    "ứng dụng nội bộ": "ứng dụng cntt", "ứng dụng trong nội bộ": "ứng dụng cntt", "cổng ttđt": "cổng thông tin điện tử",
    "trang/cổng ttđt": "cổng thông tin điện tử", "dvc trực tuyến": "dịch vụ công trực tuyến",
    "dvctt": "dịch vụ công trực tuyến", "môi trường tổ chức – chính sách": "cơ chế chính sách",
    "môi trường tổ chức - chính sách": "cơ chế chính sách", "sản xuất kinh doanh cntt": "công nghiệp cntt",
    # the UN survey's sub-indices by their abbreviations
    "osi": "dịch vụ công trực tuyến", "tii": "hạ tầng viễn thông", "hci": "nguồn nhân lực", "epi": "tham gia điện tử",
}


def _label(cell: str) -> str:
    """A column label without its bracketed note ("Điểm (tối đa 1.000)" is the score column)."""
    return " ".join(re.sub(r"\([^()]*\)", " ", cell).lower().split())


def _role(label: str) -> tuple[str, object]:
    """("seq"|"rank"|"region"|"year"|"score"|"total"|"change"|"component"|"name", detail) for one column label."""
    low = _label(label)
    if _SEQ_LABEL.fullmatch(low):
        return "seq", None
    if re.fullmatch(r"(?:19|20)\d\d", low):
        return "year", int(low)  # "Quốc gia | 2014 | 2016 …": that edition's place or value
    region = _REGION_RANK_LABEL.fullmatch(low)
    if region:  # "Hạng thế giới" is the usual field; "Hạng khu vực", "Hạng Đông Nam Á" a region's
        return ("rank", None) if region["g"] in ("thế giới", "toàn cầu") else ("region", region["g"])
    m = _RANK_LABEL.fullmatch(low)
    if m:
        return "rank", int(m["y"]) if m["y"] else None
    if _CHANGE_LABEL.fullmatch(low):
        return "change", None
    comp = _TABLE_PILLARS.get(low) or component_name(low) or component_name(re.sub(r"^chỉ số\s+(?:thành phần\s+)?", "", low))
    if comp and not low.startswith(("chỉ số chung", "tổng")):
        return "component", comp
    m = _SCORE_LABEL.fullmatch(low)
    if m:
        # ("Tổng điểm | Điểm đánh giá trực tiếp | Điểm điều tra XHH": the total is the score, the others its parts)
        # ("Chỉ số tổng hợp – PAR INDEX 2017" after "Điểm thẩm định | Điểm điều tra XHH": the index itself, the total)
        total = low.startswith("tổng") or low.startswith("chỉ số tổng hợp")
        return "total" if total else "score", int(m["y"]) if m["y"] else None
    if _GRADE_LABEL.fullmatch(low):
        return "grade", None  # "Nhóm xếp hạng" over "Rất tốt": a band, not a place
    return "name", None


_GRADE_LABEL = re.compile(r"(?:nhóm(?:\s+xếp hạng|\s+điều hành)?|xếp loại|phân loại|loại|mức độ|đánh giá)")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELL_SPLIT.split(line.strip()) if c.strip()]


def _header_columns(before: list[str], rows: list[str]) -> tuple[list[tuple[str, object]], int] | None:
    """The roles of a table's columns and the number of lines its labels take, read from its header: one
    line of labels split like the rows ("Hạng | Tỉnh | Chỉ số | Hạng 2008", tabs, wide spaces), or one label a
    line right above the first row (a table copied one cell per line). None when the rows do not split into
    as many cells."""
    widths = {len(_cells(r)) for r in rows}
    if len(widths) != 1:
        return None
    width = widths.pop()
    if width < 3:
        return None
    candidates = []
    if before:
        candidates.append((_cells(before[-1]), 1))
    # one label a line; a note in brackets under a label ("(150 điểm)") is part of it, not a label
    labels: list[str] = []
    n_lines = 0
    carried = ""  # a label broken over two lines ("Điểm" / "đánh giá"): the part in lower case below the first
    for line in reversed(before):
        n_lines += 1
        text = line.strip()
        if re.fullmatch(r"\(.*\)", text):
            continue
        if text[:1].islower() and not carried:
            carried = text
            continue
        labels.insert(0, f"{text} {carried}" if carried else text)
        carried = ""
        if len(labels) == width:
            candidates.append((labels, n_lines))
            break
    for labels, n_lines in candidates:
        if len(labels) != width or any(re.search(r"\d{2,}", _label(c)) and not _RANK_LABEL.fullmatch(_label(c)) and
                                       not _SCORE_LABEL.fullmatch(_label(c)) and not _CHANGE_LABEL.fullmatch(_label(c))
                                       and _role(c)[0] != "year" for c in labels):
            continue
        roles = [_role(c) for c in labels]
        kinds = [k for k, _ in roles]
        if kinds.count("name") == 1 and (any(k in ("rank", "score", "total", "component", "region") for k in kinds) or kinds.count("year") >= 2):
            return roles, n_lines
    return None


def _number(cell: str) -> float | int | None:
    cell = cell.strip()
    if re.fullmatch(r"\d{1,3}[.)]", cell):
        return int(cell[:-1])  # "1." / "2)": a numbered row's place
    if re.fullmatch(r"[-+]?\d{1,3}", cell):
        return int(cell)
    if re.fullmatch(r"\d{1,4}[.,]\d+", cell):
        return _cell_value(cell)
    return None


def _column_facts(
    columns: tuple[list[tuple[str, object]], int], before: list[str], rows: list[Row], written: list[str],
    ctx: ArticleContext, source: str, version: str,
) -> list[Fact]:
    """Facts of a table whose columns are known: the place, score and change of each row, its place in an
    earlier year's column ("Hạng 2008"), and its place or score in each pillar column."""
    roles, n_lines = columns
    labels_at = len(before) - n_lines
    caption = " ".join(before[max(0, labels_at - 2) : labels_at]).lower()
    # (a line of another story between the caption and the table, "Cục thuế … tổ chức Hội nghị … năm 2017", dates
    # nothing: only a line that speaks of a ranking gives the table its year)
    years = find_years(" ".join(line for line in before[max(0, labels_at - 2) : labels_at] if SPEAKS_OF_ASSESSMENT.search(line.lower())), ctx.year)
    out: list[Fact] = []
    kinds = [k for k, _ in roles]
    # "Hạng khu vực" is the region the caption names ("các quốc gia Đông Nam Á")
    above = caption + " " + " ".join(before).lower()
    named_region = re.search(r"đông nam á|asean|châu á(?!\s*[-–]\s*thái bình dương)", above)
    ranked = bool(_RANKING_HEADER.search(above))  # "(hạng trên thế giới)": whole numbers under years are places
    for row, line in zip(rows, written, strict=True):
        cells = _cells(line)
        values: dict[tuple[str | None, int | None, str | None], dict[str, object]] = {}
        for (kind, detail), cell in zip(roles, cells, strict=True):
            v = _number(_CHANGE_IN_CELL.sub("", cell))
            moved = _cell_change(cell)
            if moved is not None and kind in ("year", "rank") and isinstance(v, int) and (kind == "rank" or ranked):
                values.setdefault((None, None if kind == "rank" else int(str(detail)), None), {})["rank_change"] = moved
            if kind == "region" and isinstance(v, int) and v > 0:
                where = str(detail) if not str(detail).startswith("khu vực") else (
                    str(detail)[len("khu vực"):].strip() or (named_region.group(0) if named_region else ""))
                if REGION_NAMES.get(where):
                    values.setdefault((None, None, REGION_NAMES[where]), {})["rank"] = v
            elif kind == "year" and isinstance(v, int) and v > 0 and ranked:
                values.setdefault((None, int(str(detail)), None), {})["rank"] = v  # type: ignore[arg-type]
            elif kind == "year" and isinstance(v, float):
                values.setdefault((None, int(str(detail)), None), {})["score"] = v  # type: ignore[arg-type]
            elif kind == "seq" and "rank" not in kinds and isinstance(v, int) and _RANKING_HEADER.search(caption):
                values.setdefault((None, None, None), {})["rank"] = v
            elif kind == "rank" and isinstance(v, int) and v > 0:
                values.setdefault((None, detail, None), {})["rank"] = v  # type: ignore[index]
            elif kind == "total" and v is not None or kind == "score" and v is not None and "total" not in kinds:
                # the first of several score columns is the score (the ones after it are its parts), unless one is the total
                values.setdefault((None, detail, None), {}).setdefault("score", float(v))  # type: ignore[index]
            elif kind == "change" and isinstance(v, int):
                values.setdefault((None, None, None), {})["rank_change"] = v
            elif kind == "component" and v is not None:
                key = "rank" if isinstance(v, int) and v > 0 else "score"
                values.setdefault((str(detail), None, None), {})[key] = v if key == "rank" else float(v)
        index = ctx.index_for(row.entity_type, caption or row.line.lower(), -1)
        table_year = years[0].year if years else ctx.year_for(index, -1, row.entity_type)
        for (component, year, group), attrs in values.items():
            comp = component_for_index(component, index) if component else None
            if component and comp is None:
                continue
            out.append(Fact(
                entity=row.entity, entity_type=row.entity_type, index=index, component=comp, group=group,
                year=year or table_year,
                source=source, sentence=row.line.strip(), start=row.start, end=row.end, extractor=version,
                confidence=0.8, **attrs,  # type: ignore[arg-type]
            ))
    return out


def _line_starts(lines: list[str]) -> list[int]:
    """The offset in the text of each of its lines (the text split on "\\n")."""
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return starts


def _whole(cell: str) -> int | None:
    return int(cell) if re.fullmatch(r"\d{1,3}", cell) else None


def text_table_facts(
    text: str, ctx: ArticleContext, on_date: str | None, source: str, version: str, original: str | None = None,
    short_names: dict[str, str] | None = None,
) -> list[Fact]:
    """Facts from every ranking table written as text lines in `text` (the normalised article). `original`
    (the article as written, one line for each line of `text`) keeps the tabs and wide spaces that separate
    cells, which normalising folds into single spaces. `short_names`: the bare names of the districts the
    article may rank (`pipeline.entities.unit_short_names`)."""
    original_lines = original.split("\n") if original is not None else None

    def as_written(start: int, line: str) -> str:
        if original_lines is None or text[start : start + len(line)] != line:
            return line  # a row folded from one cell a line keeps the bars it was folded with
        n = text.count("\n", 0, start)
        return original_lines[n] if n < len(original_lines) else line

    facts: list[Fact] = _years_as_rows(text, ctx, on_date, source, version, original_lines)
    facts += _years_as_columns(text, ctx, on_date, source, version)
    facts += _spilled_totals(text, ctx, on_date, source, version)
    if "\n(" in text:
        facts += ranks_with_values_below(text, ctx, on_date, source, version)
    if "Năm" in text:
        facts += _bodies_as_column_groups(text, ctx, on_date, source, version)
    for before_lines, all_rows in _runs(text, on_date, short_names):
        before = [line for _s, line in before_lines]
        header = before[-1] if before else ""
        before_written = [as_written(s, line) for s, line in before_lines]
        rows_written = [as_written(r.start, r.line) for r in all_rows]
        columns = _header_columns(before_written, rows_written)
        if columns is not None:
            facts.extend(_column_facts(columns, before, all_rows, rows_written, ctx, source, version))
            continue
        header_low = header.lower()
        # A row with far fewer cells than its table was cut off ("Đồng Nai 6" at an excerpt's end): its
        # numbers are fragments, not a rank or a score.
        width = sorted(len(r.cells) for r in all_rows)[len(all_rows) // 2]
        rows = [r for r in all_rows if len(r.cells) * 2 >= width]
        leads = [r.lead for r in rows]
        tails = [_whole(r.cells[-1]) if r.cells else None for r in rows]
        rank_last = _row_numbers_then_rank_last(before[-3:])
        if rank_last or _row_numbers_labelled(before[-3:]) or _row_numbers_labelled_in_cells(
            [ln for ln in text[max(0, all_rows[0].start - 600) : all_rows[0].start].splitlines() if ln.strip()][-16:]
        ):
            leads = [None] * len(rows)  # GUIDELINES §11: "STT" (the row number) is not a rank
        if rank_last and _labelled_rank_column(tails):
            ranks: list[int | None] = list(tails)  # "STT Đơn vị Điểm Xếp hạng": the labelled last column, in any order
        elif _rank_column(leads, cut_from_below=all(r.cells for r in rows) and not _ROW_NUMBERS_NAMED.search(text)) and (
            any(r.cells for r in rows) or _RANKING_HEADER.search(header_low)
        ):
            ranks = list(leads)
        elif _counted_down(leads) and any(r.cells for r in rows):
            ranks = list(leads)  # "31. Latvia - Điểm: 1.689 … 1. Iceland - Điểm: 1.096": counted down to the first
        elif _rank_column(tails):
            ranks = list(tails)
        elif _rank_column(firsts := _first_places(rows)):
            ranks = firsts  # "Phần Lan 3 4": this edition's place, then an earlier one's (unlabelled, left out)
        else:
            ranks = [None] * len(rows)
        if _BOTTOM_HEADER.search(header_low) and not (ranks and ranks[0] is not None and ranks[0] > 3):
            # "Danh sách 10 quốc gia tham nhũng nhất": counted from the bottom, no places (places written from far
            # down the table, "145 Iraq …", are its own)
            ranks = [None] * len(rows)
        years = find_years(header_low, ctx.year)
        changes = bool(_CHANGE_HEADER.search(header_low))
        # "Năm địa phương dẫn đầu về hạ tầng kỹ thuật:" over a list: the rows' places are in that pillar
        named = {component_name(m.group(0)) for m in re.finditer(COMPONENT_ALT, header_low)}
        pillar = named.pop() if len(named) == 1 and re.search(r"\bvề\s+(?:chỉ số\s+)?" + "(?:" + COMPONENT_ALT + ")", header_low) else None
        # (the heading's year is looked for once a table, and only where nothing else dates it)
        heading_year = cache(lambda before=before: _heading_year(before, ctx))
        # ("STT / Quốc gia / GDP (tỷ USD) / Dân số (triệu người)": columns of raw statistics, no score among them)
        statistics = bool(_STATISTIC_LABELS.search("\n".join(before[-6:]).lower()))
        for row, rank in zip(rows, ranks, strict=True):
            decimals = [c for c in row.cells if re.search(r"[.,]\d", c)] if not statistics else []
            score = _cell_value(decimals[-1]) if decimals else None
            if score is None and row.cells and _POINTS_LAST.search(row.line):
                score = float(row.cells[-1])  # "2. Triều Tiên: 8 điểm": whole points, so labelled
            # "Hạng | Đơn vị | Điểm | Tăng/giảm" … "2 | Sở Y tế | 95,75 | -1": the last column is the change
            change = int(row.cells[-1]) if changes and row.cells and re.fullmatch(r"[-+]?\d{1,2}", row.cells[-1]) and (
                len(row.cells) >= 2
            ) else None
            if rank is None and score is None:
                continue
            index = ctx.index_for(row.entity_type, header_low or row.line.lower(), -1)
            year = years[0].year if years else ctx.year_for(index, -1, row.entity_type) or heading_year()
            group = None
            if row.entity_type in ("ministry", "agency") and NO_SERVICE.search(header_low):
                group = GROUP_NO_SERVICE
            elif row.entity_type == "province" and index == "dti" and MERGED_34.search(header_low):
                group = GROUP_MERGED
            for entity, entity_type in ((row.entity, row.entity_type), *row.tied):
                facts.append(Fact(
                    entity=entity, entity_type=entity_type, index=index, group=group, year=year, rank=rank, score=score,
                    rank_change=change, component=component_for_index(pillar, index) if pillar else None,
                    source=source, sentence=row.line.strip(), start=row.start, end=row.end, extractor=version,
                    confidence=0.8,
                ))
    return facts


_STATISTIC_LABELS = re.compile(r"(?<![\w])(?:gdp|grdp|dân số|diện tích|(?:tỷ|tỉ|triệu)\s+(?:usd|đô la|đồng|người))(?![\w])")
_YEAR_CELL = re.compile(r"(?:năm\s+)?(?P<y>(?:19|20)\d\d)")
_PLACE_OVER_FIELD = re.compile(r"(?P<n>\d{1,3})\s*/\s*(?P<t>\d{1,3})")


# A years-as-rows table found in the text: its labels, its rows (cells, start, end, the row as one line), the
# text above it and the line under it (either may name the body)
_YearRowsTable = tuple[list[str], list[tuple[list[str], int, int, str]], str, str]


def _years_as_rows(
    text: str, ctx: ArticleContext, on_date: str | None, source: str, version: str, original_lines: list[str] | None
) -> list[Fact]:
    """One body's results over the years, a year a row ("Năm | EGDI | Hạng thế giới | Hạng châu Á" over "2018 |
    0,5931 | 88/193 | 26/47"): the body is the one the caption names; each column is a score, the place in the
    world (the usual field) or in a region (its group), or a pillar's value."""
    text_lines = text.split("\n")
    lines = original_lines if original_lines is not None else text_lines
    offsets = _line_starts(text_lines)
    tables: list[_YearRowsTable] = []
    for i, header in enumerate(lines):
        labels = _cells(header)
        if len(labels) < 3 or _label(labels[0]) != "năm" or i >= len(offsets):
            continue
        rows = []
        for j in range(i + 1, len(lines)):
            cells = _cells(lines[j])
            if len(cells) != len(labels) or not _YEAR_CELL.fullmatch(cells[0].lower()):
                break
            rows.append((cells, offsets[j], offsets[j] + len(text_lines[j]), text_lines[j]))
        after = text_lines[i + 1 + len(rows)] if i + 1 + len(rows) < len(text_lines) else ""
        tables.append((labels, rows, " ".join(text_lines[max(0, i - 2) : i]), after))
    tables += _years_as_rows_one_cell_a_paragraph(text)
    out: list[Fact] = []
    for labels, rows, caption, after in tables:
        bodies = {(m.canonical, m.entity_type) for m in find_mentions(caption, on_date=on_date)}
        if len(bodies) != 1 and _CAPTION_AFTER.match(after):
            # "Bảng 3: Điểm các chỉ số của Việt Nam giữa năm 2016 và 2014" under the table
            caption = after
            bodies = {(m.canonical, m.entity_type) for m in find_mentions(caption, on_date=on_date)}
        if len(rows) < 2 or len(bodies) != 1:
            continue
        entity, entity_type = bodies.pop()
        index = ctx.index_for(entity_type, (caption + " " + " ".join(labels)).lower(), -1)
        for cells, start, end, line in rows:
            year = int(_YEAR_CELL.fullmatch(cells[0].lower())["y"])
            for label, cell in zip(labels[1:], cells[1:], strict=True):
                low = _label(label)
                region = _REGION_RANK_LABEL.fullmatch(low)
                kind, detail = ("rank", None) if region else _role(label)
                group = None
                if region and region["g"] not in ("thế giới", "toàn cầu"):
                    group = REGION_NAMES.get(region["g"])
                attrs: dict[str, object] = {}
                place = _PLACE_OVER_FIELD.fullmatch(cell)
                value = _number(cell)
                if kind == "rank" and place:
                    attrs = {"rank": int(place["n"]), "rank_total": int(place["t"])}
                elif kind == "rank" and isinstance(value, int) and value > 0:
                    attrs = {"rank": value}
                elif kind in ("score", "total", "component") and isinstance(value, float):
                    attrs = {"score": value}
                if not attrs:
                    continue
                component = component_for_index(str(detail), index) if kind == "component" else None
                if kind == "component" and component is None:
                    continue
                out.append(Fact(
                    entity=entity, entity_type=entity_type, index=index, component=component, group=group,
                    year=year, source=source, sentence=line.strip(), start=start, end=end,
                    extractor=version, confidence=0.8, **attrs,  # type: ignore[arg-type]
                ))
    return out


def _heading_year(before: list[str], ctx: ArticleContext) -> int | None:
    """The year of an assessment named above a table on a page with no other year ("BÁO CÁO ĐÁNH GIÁ CHẤT LƯỢNG … NĂM
    2021" over the table): the nearest line above that speaks of a ranking and names one year."""
    for line in reversed(before):
        if SPEAKS_OF_ASSESSMENT.search(line.lower()):
            years = {y.year for y in find_years(line.lower(), ctx.year)}
            if len(years) == 1:
                return years.pop()
    return None


_NAME_LINE_MAX = 60
_PAIR_LABELS = {"điểm": "score", "bậc": "rank", "hạng": "rank", "thứ": "rank"}
_YEAR_ROW = re.compile(r"\s*(?P<y>(?:19|20)\d\d)\s+(?P<cells>\d[\d.,]*(?:\s+\d[\d.,]*)+)\s*")


def _bodies_as_column_groups(text: str, ctx: ArticleContext, on_date: str | None, source: str, version: str) -> list[Fact]:
    """Several bodies over the years, a year a row and a group of columns a body: "Năm  Số nước  Điểm cao nhất", then
    the bodies' names one a line ("Việt Nam" / "Malaysia" / …), then their column labels ("Điểm Bậc Điểm Bậc …"), then
    rows "2008 153 5.8 2.38 65 3.47 26 …". The last columns of each row are the bodies' groups, in their order; the
    columns before them (the field, the best score) belong to no body. A cell that cannot be a place ("64.8" under
    "Bậc") gives nothing."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    out: list[Fact] = []
    for i, (_s, head) in enumerate(lines):
        if not re.match(r"\s*Năm\b", head):
            continue
        bodies: list[Mention] = []
        j = i + 1
        while j < len(lines) and len(lines[j][1].strip()) <= _NAME_LINE_MAX:  # (a paragraph is no name line)
            found = find_mentions(lines[j][1].strip(), on_date=on_date)
            if len(found) != 1 or found[0].start != 0 or found[0].end != len(lines[j][1].strip()):
                break
            bodies.append(found[0])
            j += 1
        if len(bodies) < 2 or j >= len(lines):
            continue
        labels = lines[j][1].lower().split()
        if len(labels) != 2 * len(bodies) or any(w not in _PAIR_LABELS for w in labels):
            continue
        index = ctx.index_for(bodies[0].entity_type, " ".join(line for _s, line in lines[max(0, i - 3) : i + 1]).lower(), -1)
        for start, line in lines[j + 1 :]:
            row = _YEAR_ROW.fullmatch(line)
            if not row:
                break
            cells = row["cells"].split()[-len(labels) :]
            if len(row["cells"].split()) < len(labels):
                break
            for n, body in enumerate(bodies):
                attrs: dict[str, object] = {}
                for role, cell in zip(labels[2 * n : 2 * n + 2], cells[2 * n : 2 * n + 2], strict=True):
                    if _PAIR_LABELS[role] == "rank" and re.fullmatch(r"\d{1,3}", cell) and int(cell) > 0:
                        attrs["rank"] = int(cell)
                    elif _PAIR_LABELS[role] == "score" and (value := parse_number(cell)) is not None:
                        attrs["score"] = value
                if attrs:
                    out.append(Fact(
                        entity=body.canonical, entity_type=body.entity_type, index=index, year=int(row["y"]),
                        source=source, sentence=line.strip(), start=start, end=start + len(line), extractor=version,
                        confidence=0.8, **attrs,  # type: ignore[arg-type]
                    ))
    return out


def _spilled_totals(text: str, ctx: ArticleContext, on_date: str | None, source: str, version: str) -> list[Fact]:
    """Rows whose last, wide cell was wrapped onto lines of their own when the table was copied from a document:
    "Huyện Vũ Quang 147 7.02 6.62 …" / "68.85" / "Khá" (the body's sub-index values, then its total, then its
    grade). At least MIN_ROWS such rows in a run: the lone number is each body's total score."""
    lines = text.split("\n")
    offsets = _line_starts(lines)
    runs: list[list[tuple[int, Row, float]]] = []
    run: list[tuple[int, Row, float]] = []
    i = 0
    while i + 2 < len(lines):
        cells = re.sub(r"(?<=\s)[-–](?=\s)", " ", lines[i]).strip()  # ("- " is an empty cell)
        row = _parse_row(cells, offsets[i], on_date) if len(_NUMBER.findall(cells)) >= 3 else None
        total = lines[i + 1].strip()
        if row is not None and re.fullmatch(r"\d{1,4}[.,]\d{1,3}", total) and _GRADE_CELL.fullmatch(lines[i + 2].strip()) and (
            not find_mentions(lines[i + 2], on_date=on_date)
        ):
            run.append((i, row, _cell_value(total)))
            i += 3
            continue
        if len(run) >= MIN_ROWS:
            runs.append(run)
        run = []
        i += 1
    if len(run) >= MIN_ROWS:
        runs.append(run)
    out: list[Fact] = []
    for found in runs:
        above = " ".join(lines[max(0, found[0][0] - 12) : found[0][0]]).lower()
        named = {y.year for y in find_years(above, ctx.year)}  # "DDCI năm 2021 (Thang điểm 100)" in the header
        table_year = next(iter(named)) if len(named) == 1 else None
        for i, row, total in found:
            index = ctx.index_for(row.entity_type, above, -1)
            year = table_year if table_year is not None else ctx.year_for(index, -1, row.entity_type)
            out.append(Fact(
                entity=row.entity, entity_type=row.entity_type, index=index, year=year, score=total,
                source=source, sentence=" | ".join(ln.strip() for ln in lines[i : i + 3]), start=offsets[i],
                end=offsets[i + 2] + len(lines[i + 2]), extractor=version, confidence=0.8,
            ))
    return out


# "Năm 2023 2022 2021 …": a header of years, the cells apart by single spaces
_YEARS_HEADER = re.compile(r"\s*(?:năm\s+)?(?:(?:19|20)\d\d\s+){2,}(?:19|20)\d\d\s*", re.IGNORECASE)
_NO_VALUE = {"n/a", "-", "–", "na"}


def _years_as_columns(text: str, ctx: ArticleContext, on_date: str | None, source: str, version: str) -> list[Fact]:
    """One body's results over the years, a year a column ("Năm 2023 2022 2021 …" over "PCI N/A 67.18 64.87 …"
    and "Xếp hạng N/A 18 27 …", as a province's PCI profile gives them, or barred: "Năm | 2013 | 2015 |" over
    "Xếp hạng | 80/139 | 75/141 |" and "Cải thiện (bậc) | 0 | 5 |"): the body is the one the lines above name; only
    the rows labelled as the index's value, its place or its change are read (a sub-index row is no fact)."""
    lines = text.split("\n")
    out: list[Fact] = []
    offsets = _line_starts(lines)
    for i, header in enumerate(lines):
        if not _YEARS_HEADER.fullmatch(header.replace("|", " ")):  # ("Năm | 2013 | 2015 | 2017 |": its cells barred)
            continue
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", header)]
        above = [ln for ln in lines[max(0, i - 4) : i] if ln.strip()][-2:]
        bodies = {(m.canonical, m.entity_type) for ln in above for m in find_mentions(ln, on_date=on_date)}
        if len(bodies) != 1:
            continue
        entity, entity_type = bodies.pop()
        index = ctx.index_for(entity_type, " ".join(above).lower(), -1)
        values: dict[int, dict[str, object]] = {}
        used: list[int] = []  # the lines values were read from: the evidence of each year's fact
        for j in range(i + 1, min(len(lines), i + 40)):
            tokens = lines[j].replace("|", " ").split()
            if not tokens:
                continue
            cells, label = tokens[-len(years) :], " ".join(tokens[: -len(years)])
            readable = [_number(c) is not None or c.lower() in _NO_VALUE or _PLACE_OVER_FIELD.fullmatch(c) for c in cells]
            if len(tokens) <= len(years) or not all(readable):
                break
            kind = _role(label)[0]
            if kind not in ("rank", "score", "total", "change"):
                continue
            used.append(j)
            for year, cell in zip(years, cells, strict=True):
                value = _number(cell)
                over = _PLACE_OVER_FIELD.fullmatch(cell)
                if kind == "rank" and over and 0 < int(over["n"]) <= int(over["t"]):
                    values.setdefault(year, {}).update(rank=int(over["n"]), rank_total=int(over["t"]))  # "80/139"
                elif kind == "rank" and isinstance(value, int) and value > 0:
                    values.setdefault(year, {})["rank"] = value
                elif kind in ("score", "total") and isinstance(value, float):
                    values.setdefault(year, {})["score"] = value
                elif kind == "change" and isinstance(value, int):
                    values.setdefault(year, {})["rank_change"] = value  # "Cải thiện (bậc) | 0 | 5 | 8"
        if not values:
            continue
        sentence = " | ".join(lines[j].strip() for j in used)
        for year, attrs in values.items():
            out.append(Fact(
                entity=entity, entity_type=entity_type, index=index, year=year, source=source, sentence=sentence,
                start=offsets[used[0]], end=offsets[used[-1]] + len(lines[used[-1]]), extractor=version,
                confidence=0.8, **attrs,  # type: ignore[arg-type]
            ))
    return out


_CAPTION_AFTER = re.compile(r"\s*(?:bảng|biểu|hình|nguồn)\b", re.IGNORECASE)
_YEAR_PARAGRAPH = re.compile(r"(?:19|20)\d\d")
_YEAR_LABEL_LINE = re.compile(r"(?:^|\n)\|?\s*[Nn]ăm(?:\s+(?:đánh giá|khảo sát|xếp hạng|công bố))?\s*\|?\s*(?:\n|$)")
_GRADE_CELL = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,3}")
_YEAR_LABEL = re.compile(r"năm(?:\s+(?:đánh giá|khảo sát|xếp hạng|công bố))?")


def _years_as_rows_one_cell_a_paragraph(text: str) -> list[_YearRowsTable]:
    """The same table copied one cell a paragraph (cells apart by a blank line, a label broken over two lines
    inside its cell: "Năm / đánh giá" · "Chỉ số / phát triển CPĐT" · … · "2016" · "0.51426" · … · "2014" · …) or
    one cell a line (with or without the bars of the table: "Năm |" · "Điểm PCI |" · "|" · "2008 |" · …)."""
    if not _YEAR_LABEL_LINE.search(text):
        return []  # (most articles have no such table: the paragraphs are not split for nothing)
    paragraphs: list[tuple[int, int, str]] = []  # (start, end, cell text on one line)
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        paragraphs.append((m.start(), m.end(), " ".join(m.group(0).split())))
    lines = [(start, start + len(cell), cell) for start, cell in _lines(text)]
    tables = _years_table_in_cells(paragraphs)
    taken = {t[1][0][1] for t in tables}  # a table whose cells are both paragraphs and lines is read once
    return tables + [t for t in _years_table_in_cells(lines) if t[1][0][1] not in taken]


def _years_table_in_cells(units: list[tuple[int, int, str]]) -> list[_YearRowsTable]:
    """Years-as-rows tables in a sequence of single cells (start, end, cell): a "Năm" label, the other labels
    up to the first year, then rows of that many cells, each opening with a year."""
    out = []
    for i, (_s, _e, cell) in enumerate(units):
        if not _YEAR_LABEL.fullmatch(cell.lower()):
            continue
        j = i + 1
        labels = ["Năm"]
        while j < len(units) and not _YEAR_PARAGRAPH.fullmatch(units[j][2]) and len(labels) < 12:
            labels.append(units[j][2])
            j += 1
        width = len(labels)
        rows = []
        while j + width <= len(units) and _YEAR_PARAGRAPH.fullmatch(units[j][2]):
            cells = [p[2] for p in units[j : j + width]]
            values = [_number(c) is not None or bool(_PLACE_OVER_FIELD.fullmatch(c)) for c in cells[1:]]
            # (a word cell such as the PCI's "Khá" grade is read past; a cell with other digits ends the table)
            if not any(values) or not all(v or _GRADE_CELL.fullmatch(c) for v, c in zip(values, cells[1:], strict=True)):
                break
            rows.append((cells, units[j][0], units[j + width - 1][1], " | ".join(cells)))
            j += width
        if width >= 3 and len(rows) >= 2:
            caption = " ".join(p[2] for p in units[max(0, i - 2) : i])
            out.append((labels, rows, caption, units[j][2] if j < len(units) else ""))
    return out
