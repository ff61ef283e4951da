"""Vietnamese number reading: decimal commas, thousands dots, number words.

Vietnamese writes "0,6667" for 0.6667 and "100.000" for 100000, the reverse of English. Ranks may be
written as words ("thứ nhì", "thứ ba"), changes too ("giảm một bậc").
"""

from __future__ import annotations

import re

# Ordinal and cardinal words used in rankings. "nhất"/"nhì" only occur as ordinals.
NUMBER_WORDS: dict[str, int] = {
    "nhất": 1, "một": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10,
}


def _compound_words() -> dict[str, int]:
    """11–99 written out: "mười lăm" 15, "ba mươi tư" 34, "bốn mươi mốt" 41 (after a ten, 1 is "mốt",
    4 is often "tư" and 5 "lăm")."""
    units = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
    after_ten = {**units, "mốt": 1, "tư": 4, "lăm": 5}
    out: dict[str, int] = {}
    for word, v in after_ten.items():
        if word != "mốt":
            out[f"mười {word}"] = 10 + v
    for tens_word, tens in units.items():
        if tens == 1:
            continue
        out[f"{tens_word} mươi"] = 10 * tens
        for word, v in after_ten.items():
            out[f"{tens_word} mươi {word}"] = 10 * tens + v
    return out


NUMBER_WORDS.update(_compound_words())
WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))

_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+\Z")
_DECIMAL = re.compile(r"\d+(?:,\d+)?\Z")
_DOT_DECIMAL = re.compile(r"(?:\d+\.\d{1,2}|0\.\d+)\Z")


def parse_int(token: str) -> int | None:
    """An integer from digits ("21", "1.000") or a number word ("ba", "nhì")."""
    t = token.strip().lower()
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    if t.isdigit():
        return int(t)
    if _THOUSANDS.match(t):
        return int(t.replace(".", ""))
    return None


def parse_number(token: str) -> float | None:
    """A Vietnamese-written number: "0,6667" → 0.6667, "99,87" → 99.87, "1.000" → 1000.0.

    A dot followed by exactly three digits is a thousands separator; a dot followed by one or two
    digits (English-style "99.87" that some outlets use) is read as a decimal point.
    """
    t = token.strip()
    if _DOT_DECIMAL.match(t) and t.startswith("0."):
        return float(t)  # "0.6747": an English-style index value, never a thousands group
    if _THOUSANDS.match(t):
        return float(t.replace(".", ""))
    if _DECIMAL.match(t):
        return float(t.replace(",", "."))
    if _DOT_DECIMAL.match(t):
        return float(t)
    return None


def parse_fraction(token: str) -> tuple[int, int] | None:
    """"21/63" → (21, 63) when it reads as a position in a field (1 ≤ rank ≤ total ≤ 300)."""
    m = re.fullmatch(r"\s*(\d{1,3})\s*/\s*(\d{1,3})\s*", token)
    if not m:
        return None
    rank, total = int(m.group(1)), int(m.group(2))
    if 1 <= rank <= total <= 300:
        return rank, total
    return None
