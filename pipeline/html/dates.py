"""Publication dates as Vietnamese outlets write them, to ISO `YYYY-MM-DD`.

Dates come in several local styles ("Thứ Sáu, 11/09/2020 - 10:18", "ngày 12 tháng 7 năm 2023",
"03:50 PM 25/10/2022"), always day first, and timestamps in UTC must become the calendar date in
Vietnam (UTC+7). The article reduction and the crawler's discovery (sitemaps, feeds) both need this,
so it lives apart from any HTML handling.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone

_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_VN_LONG = re.compile(r"ngày\s+(\d{1,2})\s*(?:tháng|/)\s*(\d{1,2})\s*(?:năm|/)\s*(\d{4})", re.IGNORECASE)
_YMD_SLASH = re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    if not 1990 <= value.year <= 2100:
        return None
    return value.isoformat()


_VIETNAM = timezone(timedelta(hours=7))


def _vietnam_date(stamp: datetime) -> str:
    """The calendar date in Vietnam: a UTC timestamp of 20:00 is the next morning there."""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(_VIETNAM)
    return stamp.date().isoformat()


def parse_vietnamese_date(text: str | None, formats: list[str] | None = None) -> str | None:
    """The first publication date in `text` as `YYYY-MM-DD`, or None.

    Tries the source's strptime `formats` on the whole string first (they are exact), then a whole
    ISO 8601 timestamp (meta tags, `<time datetime>`; one with a UTC offset is turned into the date
    in Vietnam, UTC+7), then dates inside the text: ISO dates (as written), "ngày 12 tháng 7 năm 2023", and day-first numeric dates
    ("11/09/2020 - 10:18", "03:50 PM 25/10/2022") since Vietnamese outlets never write month first.
    """
    if not text:
        return None
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    for fmt in formats or []:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return _vietnam_date(parsed)
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        stamp = None
    if stamp is not None and 1990 <= stamp.year <= 2100:
        return _vietnam_date(stamp)
    candidates: list[tuple[int, str]] = []
    for pattern, order in ((_ISO_DATE, "ymd"), (_YMD_SLASH, "ymd"), (_VN_LONG, "dmy"), (_DMY, "dmy")):
        for m in pattern.finditer(text):
            a, b, c = (int(g) for g in m.groups())
            value = _iso(a, b, c) if order == "ymd" else _iso(c, b, a)
            if value:
                candidates.append((m.start(), value))
    if not candidates:
        return None
    return min(candidates)[1]
