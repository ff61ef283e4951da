"""Entity mentions for the extractor, from the project gazetteer (pipeline/gazetteer.py).

The gazetteer owns names; this module only adapts its API to what claim rules need (mentions with
offsets in the sentence, subject eligibility) and adds nothing to its vocabulary. underthesea's NER is
never used: it does not know ministries' abbreviations or merged provinces.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType


@dataclass(frozen=True)
class Mention:
    """A ranked body named in a sentence; offsets are relative to the text searched."""

    start: int
    end: int
    surface: str
    canonical: str
    entity_type: str


def gazetteer() -> ModuleType:
    """The gazetteer module (imported late so tests can put a stand-in in its place)."""
    return importlib.import_module("pipeline.gazetteer")


# An abbreviation in brackets inside a name: "Bảo hiểm Xã hội (BHXH) Việt Nam".
_BRACKETED_ABBREVIATION = re.compile(r"(?<=[^\W\d_])\s\([A-ZĐ][A-ZĐ&.-]{1,9}\)(?=\s+[A-ZĐ])")


def find_mentions(text: str, on_date: str | None = None) -> list[Mention]:
    """Non-overlapping mentions in `text`, longest first where they overlap, in text order.

    An abbreviation in brackets inside a name is blanked out (same length, so offsets hold) before the
    gazetteer reads the text; the surface keeps what the text says."""
    return list(_mentions(text, on_date))


@lru_cache(maxsize=64)
def _mentions(text: str, on_date: str | None) -> tuple[Mention, ...]:
    """find_mentions' work, kept for the last few texts: an article's sentence is read for its bodies by more than
    one reader (its claims, the ranking's owner, the table rows), and Mention is immutable. (Small on purpose:
    enough for one article, never a store of many.)"""
    searched = _BRACKETED_ABBREVIATION.sub(lambda m: " " * len(m.group(0)), text)
    raw = gazetteer().find_entities(searched, on_date=on_date)
    mentions = [Mention(m.start, m.end, text[m.start : m.end], m.canonical, m.entity_type) for m in raw]
    # ("vương quốc Anh tụt xuống thứ 9": the kingdom's full name is never the common word "anh")
    mentions += [Mention(u.start(), u.end(), u.group(0), "Anh", "country") for u in _UNITED_KINGDOM.finditer(text)]
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return tuple(out)


# Countries the gazetteer leaves out or lists under another name because their short names are also common words
# ("Anh", "Ý": the claim rules find them beside other countries): one name each, so that a body's facts are never
# split between two spellings.
AMBIGUOUS_COUNTRY_NAMES = {"Ý": "Italia", "Anh": "Anh", "Vương quốc Anh": "Anh", "Anh Quốc": "Anh", "Anh quốc": "Anh"}
_UNITED_KINGDOM = re.compile(r"(?<![\w])(?:[Vv]ương [Qq]uốc Anh|Anh Quốc|Anh quốc)(?![\w])")


# "Anh" (the United Kingdom) is also a pronoun, a given name and "tiếng Anh", and "Ý" (Italy) is also
# "idea", so the gazetteer leaves them out; each is a country only where it stands in a list with countries
# the gazetteer knows.
_AMBIGUOUS_COUNTRIES = re.compile(
    r"(?<![\w])(?:" + "|".join(map(re.escape, sorted(AMBIGUOUS_COUNTRY_NAMES, key=len, reverse=True))) + r")(?![\w])"
)
# between two countries of a list, maybe after the first one's place in brackets: ", ", " và ", " (thứ 7) và "
_LIST_GAP = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*và|,|và|;)\s*")  # (", và Anh": a serial comma)
_CLAUSE_OPENING = re.compile(r"(?:trong khi|còn|nhưng|song|và|[,;])\s+$")
# ("Pháp thứ 4 và Ý thứ 5": a bare place after the name is a place verb too)
_PLACE_VERB_AFTER = re.compile(r"\s+(?:đứng|xếp|giữ|vươn|tụt|tăng|giảm|dẫn đầu|(?:thứ|hạng)\s+\d+)(?![\w])")


def countries_named_ambiguously(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with "Anh" and "Ý" added where they stand as countries: in a list beside a country the gazetteer
    knows, or opening a clause on their place."""
    countries = [m for m in mentions if m.entity_type == "country"]
    if not countries:
        return mentions
    found = []
    for u in _AMBIGUOUS_COUNTRIES.finditer(sentence):
        beside = any(
            _LIST_GAP.fullmatch(sentence[c.end : u.start()]) or _LIST_GAP.fullmatch(sentence[u.end() : c.start])
            for c in countries
        ) or (  # "Anh đứng thứ 4, Hà Lan thứ 5": opening a sentence on its place, among other countries
            (not sentence[: u.start()].strip() or _CLAUSE_OPENING.search(sentence, 0, u.start()))
            and _PLACE_VERB_AFTER.match(sentence, u.end()) is not None
        )  # ("…, trong khi Anh tụt 2 hạng": a clause opening on it)
        if beside and not any(m.start < u.end() and u.start() < m.end for m in mentions):
            found.append(Mention(u.start(), u.end(), u.group(0), AMBIGUOUS_COUNTRY_NAMES[u.group(0)], "country"))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def lookup(name: str, on_date: str | None = None) -> tuple[str, str] | None:
    """(canonical, entity_type) for a bare name ("Tư pháp" is tried as a ministry too)."""
    gaz = gazetteer()
    name = name.strip(" .;:,")
    if not name:
        return None
    hit = gaz.lookup(name, on_date=on_date)
    if hit:
        return hit
    short = getattr(gaz, "lookup_ministry_short", None)
    if short is not None:
        canonical = short(name)
        if canonical:
            return canonical, "ministry"
    return None


_PUBLISHER_BEFORE = re.compile(
    r"(?:theo|của|do|từ)\s+(?:báo cáo|đánh giá|kết quả|thông tin|công bố)?\s*(?:của\s+)?$|"
    r"(?:bộ trưởng|thứ trưởng|giám đốc|chủ tịch|lãnh đạo|đại diện|trung tâm [\w ]+ của)\s+$|"
    # the agent of a passive: "Cà Mau được Bộ TT&TT đánh giá và công bố xếp hạng thứ 41/63"
    r"(?:^|\s)được\s+$"
)
_COMPARED = re.compile(
    r"(?:hợp nhất với|sáp nhập với|sáp nhập vào|so với|cao hơn|thấp hơn|hơn|vượt qua|vượt lên(?:\s+trên)?|vượt(?:\s+trên)?|vượt mặt|qua mặt|bỏ xa|"
    r"(?<![\w])ngoài|ngoại trừ)\s+$"
)
# "hội thảo … tổ chức chiều 19/10 tại Hà Nội, tỉnh Quảng Ninh đứng thứ 4": where something took place
_VENUE = re.compile(r"(?:^|\s)tại\s+$")
_PUBLISHER_AFTER = re.compile(
    r"^\s*(?:đã\s+|vừa\s+)?(?:công bố|ban hành|tổ chức|chủ trì|thông tin|cho biết|phối hợp|"
    r"(?:đánh giá|nhận định|nhận xét)(?=\s*[,:]|\s+(?:rằng|là|xếp hạng|và xếp hạng|và công bố)\b))"
)


def is_subject(sentence_lower: str, mention: Mention) -> bool:
    """Can this mention be the subject of a claim? Not when it is the publisher or an official's title.

    "Theo báo cáo của Bộ TT&TT, Đà Nẵng xếp thứ 2": Bộ TT&TT is the source, Đà Nẵng the ranked body.
    A possessive "của X" stays eligible ("Chỉ số tổng hợp của Việt Nam là 0,6667") unless "theo" opens it.
    """
    before = sentence_lower[max(0, mention.start - 40) : mention.start]
    if mention.canonical == "Việt Nam" and _ICT_INDEX_NAME_BEFORE.search(before):
        return False  # "chỉ số sẵn sàng cho phát triển và ứng dụng CNTT, truyền thông Việt Nam": the index's own name
    if _PUBLISHER_BEFORE.search(before):
        # "của X" alone is a possessive subject; publisher only when introduced by "theo".
        wide = sentence_lower[max(0, mention.start - 160) : mention.start]
        return bool(re.search(r"(?:^|\s)của\s+$", before)) and not re.search(r"\btheo\b[^,]*$", wide)
    after = sentence_lower[mention.end : mention.end + 40]
    if _OWN_PLACE_IN_BRACKET.match(after) and (
        _COMPARED.search(before)
        or _VENUE.search(before) and len(_OWN_PLACE_IN_BRACKET.findall(sentence_lower)) >= 2
    ):
        # "vượt qua Campuchia (hạng 105)", "tại Belarus (thứ 167) hay Gruzia (thứ 103)": the body compared with, or
        # places spoken of among others, each with its own place in brackets after it
        return True
    if _COMPARED.search(before) or _VENUE.search(before):
        return False
    return not _PUBLISHER_AFTER.search(after)


def is_compared(sentence_lower: str, mention: Mention) -> bool:
    """Whether the mention is a body another is compared with ("vượt mặt Indonesia"), with no place of its own."""
    before = sentence_lower[max(0, mention.start - 40) : mention.start]
    after = sentence_lower[mention.end : mention.end + 40]
    return bool(_COMPARED.search(before)) and not _OWN_PLACE_IN_BRACKET.match(after)


# The end of the Vietnam ICT Index's long name, before the country's name that closes it
_ICT_INDEX_NAME_BEFORE = re.compile(r"(?:truyền thông|cntt\s*[-–]\s*tt|sẵn sàng cho phát triển và ứng dụng cntt)\s+$")
_OWN_PLACE_IN_BRACKET = re.compile(r"\s*\(\s*(?:xếp\s+|đứng\s+)?(?:hạng|thứ|vị trí)\s+\d")


# A unit below the province named by its kind: "phường Hòa Bình", "UBND xã Liên Hòa", "huyện Cư M'gar".
_LOCAL_KIND = re.compile(
    r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?P<kind>[Pp]hường|[Xx]ã|[Tt]hị trấn|[Tt]hị xã|TX\.?|[Qq]uận|[Hh]uyện|[Đđ]ặc khu)\s+"
    r"(?=(?P<name>[^\s,;.:()]+(?:\s+[^\s,;.:()]+){0,3}))"  # (looked at, not consumed: the next unit may follow)
)


def name_words(words: str) -> str:
    """The leading words of `words` that belong to a proper name (capitalised, or a ward's number)."""
    out = []
    for w in words.split():
        core = w.rstrip(".,;:!?)\"”")
        if not core or not (core[0].isupper() or (core.isdigit() and not out)):
            break  # (a number is a name only alone, a ward's: "Phường 1"; "Dương Kinh 83 điểm" ends at the name)
        out.append(core)
        if core != w:
            break  # "… Nghi Lộc, Quỳnh Lưu.": the name ends at its sentence's end
    return " ".join(out)


def units_named_by_kind(text: str) -> list[Mention]:
    """Wards, communes and districts named by their kind word ("phường Phú Hội" → "UBND phường Phú Hội"),
    which no gazetteer lists; whether they are ranked units is for the caller (a province's own ranking)."""
    out = []
    for m in _LOCAL_KIND.finditer(text):
        name = name_words(m["name"])
        if name:
            end = m.start("name") + len(name)
            kind = "thị xã" if m["kind"].startswith("TX") else m["kind"].lower()  # "TX Quảng Yên"
            out.append(Mention(m.start(), end, text[m.start() : end], f"UBND {kind} {name}", "local_unit"))
    for m in _ECONOMIC_ZONE.finditer(text) if "hu kinh tế" in text else ():
        name = name_words(m["name"])
        if name:
            end = m.start("name") + len(name)
            out.append(Mention(m.start(), end, text[m.start() : end], f"Khu kinh tế {name}", "local_unit"))
    return sorted(out, key=lambda x: x.start)


# "Khu kinh tế Đông Nam xếp thứ 3": an economic zone named as a ranked unit, its board left unsaid (the board
# named in full, "Ban Quản lý Khu kinh tế …", is the gazetteer's)
_ECONOMIC_ZONE = re.compile(r"(?<![Ll]ý )(?<![Ll]ý các )[Kk]hu kinh tế\s+(?=(?P<name>[^\s,;.:()]+(?:\s+[^\s,;.:()]+){0,3}))")


_UNIT_WITH_KIND = re.compile(r"UBND (?P<kind>huyện|thị xã|thành phố|quận) (?P<name>.+)")


def unit_short_names(text: str, on_date: str | None = None, provinces: tuple[str, ...] = ()) -> dict[str, str]:
    """Districts, towns and cities an article may call by their bare name ("Từ Sơn dẫn đầu …"): bare name ->
    canonical. They are the ones it names in full ("Thành phố Từ Sơn"), and every district-level unit of
    the province whose ranking it reports: `provinces`, and the province of a district it names in full
    ("huyện Krông Năng" → Đắk Lắk's "Buôn Đôn 70,54 điểm"). A bare name that is itself a known body ("Bắc
    Ninh", the province) is left out: the text may mean either."""
    gaz = gazetteer()
    out: dict[str, str] = {}
    in_play = dict.fromkeys(provinces)
    for m in find_mentions(text, on_date=on_date) + units_named_by_kind(text):
        hit = _UNIT_WITH_KIND.fullmatch(m.canonical) if m.entity_type == "local_unit" else None
        if not hit:
            continue
        if len(hit["name"]) >= 3 and lookup(hit["name"], on_date) is None:
            out.setdefault(hit["name"], m.canonical)
        owner = gaz.province_of_district(hit["kind"], hit["name"], on_date)
        if owner:
            in_play.setdefault(owner)
    for province in in_play:
        for alias, canonical in _district_short_names(province, on_date).items():
            out.setdefault(alias, canonical)
    return out


@lru_cache(maxsize=256)
def _district_short_names(province: str, on_date: str | None) -> dict[str, str]:
    """A province's districts by their bare names (none that is also a known body's name), once per day."""
    out: dict[str, str] = {}
    for district in gazetteer().districts_of(province, on_date):
        for alias in district.aliases:
            if len(alias) >= 3 and lookup(alias, on_date) is None:
                out.setdefault(alias, f"UBND {district.kind} {alias}")
    return out


def short_name_mentions(sentence: str, mentions: list[Mention], short_names: dict[str, str]) -> list[Mention]:
    """`mentions` with the bare names of `short_names` added where no other mention covers them."""
    found = []
    for name, canonical in short_names.items():
        for m in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", sentence):
            if not any(x.start < m.end() and m.start() < x.end for x in mentions + found):
                found.append(Mention(m.start(), m.end(), m.group(0), canonical, "local_unit"))
    return sorted(mentions + found, key=lambda x: x.start) if found else mentions
