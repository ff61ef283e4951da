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
    BARE_APPLICATION,
    GROUP_MERGED,
    GROUP_NO_SERVICE,
    MERGED_34,
    NO_SERVICE,
    component_name,
)
from pipeline.model import Article, Fact
from pipeline.numbers import parse_int, parse_number
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


def table_facts(article: Article, ctx: ArticleContext, version: str) -> list[Fact]:
    """Facts from every ranking table of an article."""
    facts: list[Fact] = []
    for table in article.tables:
        headers = [normalize(h).lower() for h in table.headers]
        caption = normalize(table.caption or "")
        cap_low = caption.lower()
        rows = [[normalize(c) for c in row] for row in table.rows]
        if not rows:
            continue
        width = max(len(headers), max(len(r) for r in rows))
        headers += [""] * (width - len(headers))
        name_col = _name_column(rows, headers, article.date)
        if name_col is None:
            continue
        rank_col = next((i for i, h in enumerate(headers) if _RANK_HEADER.match(h) and i != name_col), None)
        if rank_col is None and _RANKED_CAPTION.search(cap_low):
            rank_col = next((i for i, h in enumerate(headers) if _STT_HEADER.match(h)), None)
        score_cols: list[tuple[int, str | None]] = []
        for i, h in enumerate(headers):
            if i in (name_col, rank_col):
                continue
            comp = component_name(h)
            if comp is not None:
                score_cols.append((i, comp))
            elif _SCORE_HEADER.search(h) and not _RANK_HEADER.match(h):
                score_cols.append((i, None))
        context = cap_low + " " + " ".join(headers)
        # A pillar column of whole numbers beside a rank column holds that pillar's ranks, not scores.
        rank_like = {
            col for col, comp in score_cols
            if comp is not None and rank_col is not None and not _SCORE_HEADER.search(headers[col])
            and all(re.fullmatch(r"\d{1,3}", r[col].strip()) for r in rows if col < len(r) and r[col].strip())
        }
        years = find_years(context, ctx.year)
        for row in rows:
            row = row + [""] * (width - len(row))
            hit = _entity(row[name_col], article.date)
            if hit is None:
                continue
            canonical, etype = hit
            if ctx.is_local and etype in ("ministry", "agency") and "Việt Nam" not in canonical and not canonical.startswith("Bộ"):
                etype = "local_unit"
            index = ctx.index_for(etype, context, -1)
            year = years[0].year if years else ctx.year_for(index, -1)
            group = None
            if etype in ("ministry", "agency") and NO_SERVICE.search(cap_low):
                group = GROUP_NO_SERVICE
            elif etype == "province" and index == "dti" and MERGED_34.search(cap_low):
                group = GROUP_MERGED
            base = dict(entity=canonical, entity_type=etype, index=index, group=group, year=year, source=article.url,
                        sentence=" | ".join(table.rows[rows.index(row)] if rows.index(row) < len(table.rows) else row),
                        extractor=version, confidence=0.85)
            overall = Fact(**base)
            if rank_col is not None:
                overall.rank = parse_int(re.sub(r"[^\d]", "", row[rank_col]) or "x")
            for col, comp in score_cols:
                value = parse_number(row[col].replace(" ", ""))
                if value is None:
                    continue
                if comp == BARE_APPLICATION:
                    comp = "ứng dụng cntt" if index == "ict_index" else None
                if comp is None and overall.score is None:
                    overall.score = value
                elif comp is not None and col in rank_like:
                    facts.append(Fact(**base, component=comp, rank=int(value)))
                elif comp is not None:
                    facts.append(Fact(**base, component=comp, score=value))
            if overall.rank is not None or overall.score is not None:
                facts.append(overall)
    return facts


def _name_column(rows: list[list[str]], headers: list[str], on_date: str | None) -> int | None:
    """The column whose cells are ranked bodies (most resolvable cells; a name-like header breaks ties)."""
    best, best_hits = None, 0
    for col in range(max(len(r) for r in rows)):
        hits = sum(1 for r in rows if col < len(r) and r[col] and not r[col][0].isdigit() and _entity(r[col], on_date))
        if hits > best_hits or (hits == best_hits and hits and _NAME_HEADER.search(headers[col] if col < len(headers) else "")):
            best, best_hits = col, hits
    return best if best_hits else None
