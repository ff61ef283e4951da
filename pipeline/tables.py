"""Ranking tables (Article.tables) straight to facts.

A table has a name column (cells the gazetteer resolves), usually a rank column ("Thứ hạng", "Xếp hạng",
"Hạng") and a score column ("Điểm", "Điểm DTI 2022", "Chỉ số"); sub-index columns named after a pillar
("Chính quyền số", "Hạ tầng số") give component scores. Index, year and group come from the caption and
headers first, then the article.
"""

from __future__ import annotations

import re

from pipeline.context import ArticleContext
from pipeline.entities import find_mentions, lookup
from pipeline.lexicon import (
    GROUP_MERGED,
    GROUP_NO_SERVICE,
    MERGED_34,
    NO_SERVICE,
    component_for_index,
    component_name,
)
from pipeline.model import Article, Fact
from pipeline.numbers import parse_fraction, parse_number
from pipeline.text import normalize
from pipeline.years import find_years

_RANK_HEADER = re.compile(r"^(?:thứ hạng|xếp hạng|hạng|vị trí|thứ tự)\b")
_STT_HEADER = re.compile(r"^(?:stt|tt|số tt|số thứ tự)$")
_SCORE_HEADER = re.compile(r"điểm|chỉ số|\bdti\b|index|egdi|giá trị|kết quả")
_NAME_HEADER = re.compile(r"tỉnh|thành phố|địa phương|bộ|ngành|cơ quan|đơn vị|tên|quốc gia")
_RANKED_CAPTION = re.compile(r"xếp hạng|dẫn đầu|đứng đầu|top|cao nhất|bảng")


def _entity(cell: str, on_date: str | None) -> tuple[str, str] | None:
    cell = normalize(cell)
    if not cell:
        return None
    mentions = find_mentions(cell, on_date=on_date)
    if mentions:
        m = max(mentions, key=lambda m: m.end - m.start)
        return m.canonical, m.entity_type
    return lookup(cell, on_date)


_CHANGE_HEADER = re.compile(r"tăng/giảm|tăng giảm|thay đổi|biến động|so với|\+/-|±|tăng hạng|bậc")
_YEAR_IN_HEADER = re.compile(r"(?:19|20)\d\d")
_GRADE_HEADER = re.compile(r"xếp loại|mức độ|ghi chú|loại")


def _column_roles(headers: list[str], rows: list[list[str]], name_col: int, cap_low: str) -> list[tuple[int, str, str | None, int | None]]:
    """(column, role, component, year) for every column that holds a rank, score or change."""
    roles: list[tuple[int, str, str | None, int | None]] = []
    has_rank = any(_RANK_HEADER.search(h) and "điểm" not in h for i, h in enumerate(headers) if i != name_col)
    for i, h in enumerate(headers):
        if i == name_col or not h and not has_rank:
            continue
        ym = _YEAR_IN_HEADER.search(h)
        year = int(ym.group(0)) if ym else None
        comp = component_name(re.sub(r"^(?:điểm|chỉ số|xếp hạng|hạng|thứ hạng)\s+", "", h))
        cells = [r[i].strip() for r in rows if i < len(r) and r[i].strip()]
        integers = bool(cells) and all(re.fullmatch(r"\d{1,3}", c) for c in cells)
        if _GRADE_HEADER.match(h):
            continue
        if _CHANGE_HEADER.search(h):
            roles.append((i, "change", comp, year))
        elif _RANK_HEADER.search(h) and "điểm" not in h:
            roles.append((i, "rank", comp, year))
        elif _STT_HEADER.match(h):
            continue  # a row number is not a rank (GUIDELINES §11)
        elif comp is not None:
            # A pillar column of whole numbers holds that pillar's ranks; decimals are its scores.
            rank_like = integers and not re.search(r"điểm", h)
            roles.append((i, "rank" if rank_like else "score", comp, year))
        elif _SCORE_HEADER.search(h):
            roles.append((i, "score", None, year))
    return roles


def _parse_change(cell: str) -> int | None:
    cell = cell.strip().replace("−", "-").replace("–", "-")
    m = re.fullmatch(r"(?P<sign>[+-]|↑|↓|tăng|giảm)?\s*(?P<n>\d{1,3})(?:\s*bậc)?", cell)
    if not m:
        return 0 if cell in ("0", "=", "không đổi", "giữ nguyên") else None
    n = int(m["n"])
    return -n if m["sign"] in ("-", "↓", "giảm") else n


_RANK_CELL = re.compile(r"[^\d(]*?(?P<rank>\d{1,3})(?:\((?P<score>\d{1,4}(?:[.,]\d+)?)\))?[^\d]*")


def parse_rank_cell(cell: str) -> tuple[int | None, float | None]:
    """A rank cell, alone ("7", "7.") or with its score in brackets, as official ICT-application tables
    print it ("1(0,9291)" once spaces are gone), with words or arrows around it ("Hạng3", "5↑"):
    (rank, score). Digits are never glued together, so that cell is rank 1 with score 0.9291, not rank
    109291; a cell with any other digits gives (None, None)."""
    m = _RANK_CELL.fullmatch(cell.strip())
    if not m:
        return None, None
    score = parse_number(m["score"]) if m["score"] else None
    return int(m["rank"]), score


def table_facts(article: Article, ctx: ArticleContext, version: str) -> list[Fact]:
    """Facts from every ranking table of an article."""
    facts: list[Fact] = []
    for table in article.tables:
        headers = [normalize(h).lower() for h in table.headers]
        cap_low = normalize(table.caption or "").lower()
        rows = [[normalize(c) for c in row] for row in table.rows]
        if not rows:
            continue
        width = max(len(headers), max(len(r) for r in rows))
        headers += [""] * (width - len(headers))
        name_col = _name_column(rows, headers, article.date)
        if name_col is None:
            continue
        roles = _column_roles(headers, rows, name_col, cap_low)
        if not roles:
            continue
        context = cap_low + " " + " ".join(h for h in headers if not _YEAR_IN_HEADER.search(h))
        years = find_years(cap_low, ctx.year) or find_years(context, ctx.year)
        column_years = [y for _, _, _, y in roles if y is not None]
        latest = max(column_years) if column_years else None
        for raw, row in zip(table.rows, rows, strict=False):
            row = row + [""] * (width - len(row))
            hit = _entity(row[name_col], article.date)
            if hit is None:
                continue
            canonical, etype = hit
            if ctx.is_local and etype in ("ministry", "agency") and "Việt Nam" not in canonical and not canonical.startswith("Bộ"):
                etype = "local_unit"
            index = ctx.index_for(etype, context, -1)
            default_year = years[0].year if years else ctx.year_for(index, -1, etype)
            group = None
            if etype in ("ministry", "agency") and NO_SERVICE.search(cap_low):
                group = GROUP_NO_SERVICE
            elif etype == "province" and index == "dti" and MERGED_34.search(cap_low):
                group = GROUP_MERGED
            by_key: dict[tuple, Fact] = {}
            for col, role, comp, col_year in roles:
                comp = component_for_index(comp, index)
                year = col_year or (latest if role == "change" and latest else default_year)
                cell = row[col].replace(" ", "") if role != "change" else row[col]
                total = None
                cell_score = None
                if role == "rank":
                    frac = parse_fraction(cell)
                    if frac:
                        value: int | float | None = frac[0]
                        total = frac[1]
                    else:
                        value, cell_score = parse_rank_cell(cell)
                elif role == "score":
                    value = parse_number(cell)
                else:
                    value = _parse_change(cell)
                if value is None:
                    continue
                key = (comp, year)
                if key not in by_key:
                    by_key[key] = Fact(entity=canonical, entity_type=etype, index=index, component=comp, group=group,
                                       year=year, source=article.url, sentence=" | ".join(raw), extractor=version,
                                       confidence=0.85, from_table=True)
                attr = {"rank": "rank", "score": "score", "change": "rank_change"}[role]
                if getattr(by_key[key], attr) is None:
                    setattr(by_key[key], attr, value)
                if total is not None and by_key[key].rank_total is None:
                    by_key[key].rank_total = total
                if cell_score is not None and by_key[key].score is None:
                    by_key[key].score = cell_score
            facts.extend(by_key.values())
    return facts


def _name_column(rows: list[list[str]], headers: list[str], on_date: str | None) -> int | None:
    """The column whose cells are ranked bodies (most resolvable cells; a name-like header breaks ties)."""
    best, best_hits = None, 0
    for col in range(max(len(r) for r in rows)):
        hits = sum(1 for r in rows if col < len(r) and r[col] and not r[col][0].isdigit() and _entity(r[col], on_date))
        if hits > best_hits or (hits == best_hits and hits and _NAME_HEADER.search(headers[col] if col < len(headers) else "")):
            best, best_hits = col, hits
    return best if best_hits else None
