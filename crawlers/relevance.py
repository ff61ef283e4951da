"""Is an article about the IT rankings this project monitors?

News sources publish far more than DTI / ICT Index stories; storing everything they print would fill
the warehouse with articles the extractor reads for nothing and the review page shows for nothing.
The test is deliberately cheap and recall-oriented (a missed ranking article is worse than an extra
one): the article must name one of the rankings (or an index/ranking of digital transformation, ICT
or e-government) *and* use ranking language somewhere (xếp hạng, xếp thứ, dẫn đầu, top, bậc, điểm...).
Tables count as text, because a portal's ranking page may be little more than a table.

`relevance_reason` returns None for a relevant article, else a short reason that goes into the run's
stats (`relevance/dropped/<reason>`) and `<out>.dropped.jsonl`, so the run report can say why.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

# The rankings, by name or abbreviation. Matched on NFC, case-insensitive text.
_INDEX = re.compile(
    r"\bDTI\b|\bICT[\s-]*Index\b|Vietnam\s+ICT|chỉ\s+số\s+chuyển\s+đổi\s+số|"
    r"chỉ\s+số\s+(?:sẵn\s+sàng|ứng\s+dụng|phát\s+triển)[^.]{0,80}?(?:công\s+nghệ\s+thông\s+tin|CNTT|"
    r"chính\s+phủ\s+(?:điện\s+tử|số))|"
    r"(?:xếp\s+hạng|bảng\s+xếp\s+hạng|đánh\s+giá)[^.]{0,60}?(?:chuyển\s+đổi\s+số|ứng\s+dụng\s+(?:công\s+nghệ"
    r"\s+thông\s+tin|CNTT)|chính\s+phủ\s+(?:điện\s+tử|số)|ICT)|"
    r"(?:mức\s+độ\s+)?ứng\s+dụng\s+(?:công\s+nghệ\s+thông\s+tin|CNTT)[^.]{0,60}?(?:xếp\s+hạng|xếp\s+thứ)|"
    r"\bEGDI\b|E-?Government\s+Development\s+Index|chỉ\s+số\s+phát\s+triển\s+chính\s+phủ\s+điện\s+tử",
    re.IGNORECASE,
)
# Ranking language: a rank, a lead, a score, a move up or down the table.
_RANKING = re.compile(
    r"xếp\s+(?:hạng|thứ)|thứ\s+hạng|dẫn\s+đầu|đứng\s+(?:đầu|thứ|cuối)|\btop\s*\d|\btop\b|"
    r"tăng\s+\d+\s+bậc|giảm\s+\d+\s+bậc|\bbậc\b|\bhạng\s+\d|\d+\s*/\s*63\b|điểm\b|công\s+bố\s+(?:kết\s+quả|chỉ\s+số)",
    re.IGNORECASE,
)

REASON_NO_INDEX = "no ranking named"
REASON_NO_RANKING = "ranking named but no ranking claim"


def _table_text(tables: Iterable[Any]) -> str:
    parts: list[str] = []
    for table in tables or []:
        if isinstance(table, dict):
            parts.append(str(table.get("caption") or ""))
            parts.extend(str(h) for h in table.get("headers") or [])
            for row in table.get("rows") or []:
                parts.extend(str(c) for c in row)
    return " ".join(parts)


def relevance_reason(title: str | None, text: str | None, tables: Iterable[Any] = ()) -> str | None:
    """None when the article is about the rankings; else why it is not (one of the REASON_* strings)."""
    content = unicodedata.normalize("NFC", " \n".join((title or "", text or "", _table_text(tables))))
    if not _INDEX.search(content):
        return REASON_NO_INDEX
    if not _RANKING.search(content):
        return REASON_NO_RANKING
    return None
