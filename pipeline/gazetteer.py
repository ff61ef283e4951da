"""Gazetteer: find provinces, ministries, agencies, provinces' own units and the country in news text.

The names live in CSV files under ``pipeline/gazetteer/`` (documented in its README) so they can be
corrected without touching code; this module loads them once and answers:

* ``find_entities(text, on_date)``: every entity mention in a sentence, longest non-overlapping
  matches, with character offsets, the surface text and the contract's canonical name and type;
* ``lookup(name, on_date)``: the canonical name and type for one name or alias;
* ``lookup_ministry_short(name)``: ``"Tư pháp"`` -> ``"Bộ Tư pháp"`` for elided lists;
* ``provinces_on(day)``, ``bodies_on(day)``, ``successor(name, day)``: the 63/34 maps and the 2025 merges.

Which date to pass: names resolve as of ``on_date``; for a ranking fact pass the end of the assessed
year when known ("Huế" in a 2025 article about DTI 2024 is Thừa Thiên Huế), else the article date.

Why a token trie and not one big regex: ``re`` tries the alternatives of an alternation one after the
other, so ~5 000 aliases would be slow; a dict-of-dicts keyed by word tokens finds the longest alias
starting at each token with a couple of dict lookups, and matching on tokens gives word boundaries
for free ("Long An" never matches inside "Long Anh") and makes spacing around punctuation
irrelevant ("TP.HCM", "TP. HCM" and underthesea's "TP . HCM" are the same token sequence).
Matching is case-sensitive (plus all-caps variants for headlines) because many names are common
words in lower case ("hòa bình", "nội vụ").
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = [
    "EntityMention",
    "Entity",
    "find_entities",
    "lookup",
    "lookup_ministry_short",
    "normalize_vi",
    "provinces_on",
    "bodies_on",
    "successor",
    "load",
    "District",
    "districts_of",
    "province_of_district",
]

DATA_DIR = Path(__file__).with_name("gazetteer")

# ---------------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _tone_map() -> dict[str, str]:
    """underthesea's token map restricted to length-preserving, NFC-stable replacements.

    underthesea ships ~2 900 token rewrites ("hoà" -> "hòa", "Thuỷ" -> "Thủy", "nghành" -> "ngành").
    87 of them change the token's length (spelling fixes, and a few that emit stray combining marks,
    e.g. "bíết" -> "biế́t"); those are dropped so that normalisation never moves character offsets.
    """
    from underthesea.pipeline.text_normalize.text_normalizer import token_map

    return {
        src: dst
        for src, dst in token_map.items()
        # underthesea itself leaves tokens longer than 6 characters alone
        if len(src) <= 6 and len(src) == len(dst) and unicodedata.normalize("NFC", dst) == dst
    }


@lru_cache(maxsize=1)
def _char_table() -> dict[int, str]:
    """underthesea's look-alike character fixes (the Icelandic eth for đ/Đ), one char to one char."""
    from underthesea.pipeline.text_normalize.text_normalizer import character_map

    return {ord(k): v for k, v in character_map.items() if len(k) == len(v) == 1}


def normalize_vi(text: str) -> str:
    """Return ``text`` in the one normal form the gazetteer and the extractor match on.

    Steps: Unicode NFC; the look-alike characters underthesea fixes (``ð``/``Ð`` -> ``đ``/``Đ``);
    then underthesea's ``text_normalize`` tone placement applied word by word ("Hoà" -> "Hòa",
    "Khánh Hoà" -> "Khánh Hòa", "Thanh Hoá" -> "Thanh Hóa", "Uỷ ban" -> "Ủy ban", "HOÀ" -> "HÒA").

    Offsets: the result has **exactly the same length as the NFC form of the input**, so spans found
    in the normalised text index the (NFC) original too. This is deliberately *not*
    ``underthesea.text_normalize(text)`` itself: that re-tokenises and joins tokens with single spaces
    ("điểm." -> "điểm .", "( Bộ" , runs of spaces collapsed), which changes lengths and breaks span
    mapping; and it applies ~87 length-changing spelling fixes ("nghành" -> "ngành"), which are skipped
    here. Whitespace and punctuation are left untouched. If the input is not NFC (e.g. decomposed
    diacritics from some CMSs), lengths differ from the *raw* input by the NFC composition only.
    """
    text = unicodedata.normalize("NFC", text)
    if "ð" in text or "Ð" in text:
        text = text.translate(_char_table())
    table = _tone_map()
    # Most texts reaching here are normalised already: only the words the table rewrites cost a callback.
    if table.keys().isdisjoint(_WORD_RE.findall(text)):
        return text
    return _WORD_RE.sub(lambda m: table.get(m.group(), m.group()), text)


# ---------------------------------------------------------------------------------------------------
# Data model
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntityMention:
    """One entity found in a text. Offsets are character offsets into the string passed in.

    ``parent`` is the province a local unit belongs to when the text names it
    ("Sở Du lịch tỉnh Quảng Nam" -> parent "Quảng Nam"); None otherwise.
    """

    start: int
    end: int
    surface: str
    canonical: str
    entity_type: str  # province | ministry | agency | local_unit | country
    parent: str | None = None


@dataclass(frozen=True)
class Entity:
    """One row of provinces.csv or bodies.csv: a named body over a validity period."""

    canonical: str
    entity_type: str
    valid_from: str  # ISO date or "" (since before any ranking)
    valid_to: str  # ISO date or "" (still exists)
    merged_into: str  # successor's canonical name or ""
    aliases: tuple[str, ...]
    level: str = ""  # provinces only: "tỉnh" or "thành phố" (centrally-run city)

    def valid_on(self, day: str) -> bool:
        """True when the body existed under this name on ISO date ``day``."""
        return _in_force(self.valid_from, self.valid_to, day)


def _in_force(valid_from: str, valid_to: str, day: str) -> bool:
    return (not valid_from or valid_from <= day) and (not valid_to or day <= valid_to)


@dataclass(frozen=True)
class District:
    """One row of districts.csv: a district-level unit (quận, huyện, thị xã, thành phố) of a province, over
    the period it had this kind. Articles on a province's own ranking often name these bare ("Buôn Đôn
    70,54 điểm"), and only the list of a province's districts tells such a name, and its kind, apart."""

    province: str
    kind: str  # quận | huyện | thị xã | thành phố
    name: str
    valid_from: str
    valid_to: str
    aliases: tuple[str, ...]  # the name first, then other spellings

    def valid_on(self, day: str) -> bool:
        return _in_force(self.valid_from, self.valid_to, day)


@dataclass(frozen=True)
class _Unit:
    """One row of local_units.csv."""

    canonical: str
    level: str  # none | required | optional | central (a central body's branch: its name never takes the level word) | branch (as central, but the bare head is the central body itself)


# Trie payload kinds
_PROV, _BODY, _UNIT = "prov", "body", "unit"

_END = ""  # key of a terminal's payload list inside a trie node (never a real token)
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_APOSTROPHES = frozenset({"'", "’", "ʼ"})
_DASHES = {"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"}

# Administrative prefixes that may precede a province name; they are included in the span.
_PROVINCE_PREFIXES: dict[str, str] = {
    "tỉnh": "tỉnh",
    "Tỉnh": "tỉnh",
    "TỈNH": "tỉnh",
    "thành phố": "thành phố",
    "Thành phố": "thành phố",
    "Thành Phố": "thành phố",
    "THÀNH PHỐ": "thành phố",
    "TP": "thành phố",
    "TP.": "thành phố",
    "Tp": "thành phố",
    "Tp.": "thành phố",
    "T.P": "thành phố",
    "T.P.": "thành phố",
    "thủ đô": "thành phố",
    "Thủ đô": "thành phố",
}
_LEVEL_WORDS: dict[str, str] = {k: v for k, v in _PROVINCE_PREFIXES.items() if "đô" not in k}

# District- and commune-level units: "<level> <Name>" (optionally after UBND).
_DISTRICT_LEVELS: dict[str, str] = {
    "quận": "quận",
    "Quận": "quận",
    "huyện": "huyện",
    "Huyện": "huyện",
    "thị xã": "thị xã",
    "Thị xã": "thị xã",
    "thành phố": "thành phố",
    "Thành phố": "thành phố",
    "TP": "thành phố",
    "TP.": "thành phố",
    "Tp": "thành phố",
    "Tp.": "thành phố",
    # abbreviations, read only before a district the gazetteer knows ("UBND H.Cẩm Mỹ", "Q. Bình Thạnh")
    "H.": "huyện",
    "Q.": "quận",
    "TX.": "thị xã",
    "TX": "thị xã",
}
_ABBREVIATED_LEVELS = frozenset({"H", "Q", "TX"})
_COMMUNE_LEVELS: dict[str, str] = {  # only after "UBND": bare "xã"/"phường" are too common
    "xã": "xã",
    "Xã": "xã",
    "phường": "phường",
    "Phường": "phường",
    "thị trấn": "thị trấn",
    "Thị trấn": "thị trấn",
    "đặc khu": "đặc khu",
    "Đặc khu": "đặc khu",
}
_UBND_FORMS = ("UBND", "Ủy ban nhân dân", "Ủy ban Nhân dân", "ỦY BAN NHÂN DÂN")
# First tokens that can open a district/commune mention (cheap pre-check before the pattern code).
_DISTRICT_FIRST = frozenset({"UBND", "Ủy", "ỦY", *(k.split()[0] for k in _DISTRICT_LEVELS), *_ABBREVIATED_LEVELS})
# The words a management board's name opens with ("Ban Quản lý …", "BQL …")
_BQL_FIRST = frozenset({"Ban", "BQL", "BAN"})

# Lower-case words allowed inside "Ban Quản lý <...>" names (capitalised words are always allowed).
_BQL_WORDS = frozenset(
    str.split(
        "các khu cụm công nghiệp kinh tế nghệ cao chế xuất dự án đầu tư xây dựng và an toàn thực phẩm "
        "di tích vịnh rừng phòng hộ đặc dụng giao thông cảng cá chợ du lịch nông dân dụng cửa khẩu đô thị "
        "mới hạ tầng bảo tồn quốc gia vườn số hàng hải đường sắt thủy lợi văn hóa thể thao thiên nhiên "
        "trung tâm hành chính phát triển cơ sở ứng lâm thương mại biển ven sông môi trường nước sạch vệ sinh trình "
        "dịch vụ ích tài nguyên khai thác bảo quy hoạch kiến trúc phố cổ - &"
    )
)

# Provinces whose names in lower case after the first word are common words ("Hòa bình" peace, "Hải dương" ocean,
# "Bình định" to pacify, "Cao bằng" as high as, "Long an"): only their capitalised spellings are names.
_COMMON_WORD_PROVINCES = frozenset({"Hòa Bình", "Thái Bình", "Hải Dương", "Bình Định", "Cao Bằng", "Long An", "Nam Định"})

# Capitalised words that follow "thành phố"/"huyện" in headlines without being a place ("Thành phố
# Thông minh"); only checked when there is no "UBND" in front.
_NOT_PLACE_NAMES = frozenset({"Thông", "Sáng", "Xanh", "Số", "Điện", "Trực"})

# Words before a bare "Hồ Chí Minh" that mean the person (or something named after him), not the city.
_HCM_PERSON_BEFORE = frozenset(
    {"tịch", "tưởng", "Bác", "Lăng", "lăng", "chí", "Chí", "sản", "Đường", "đường", "thưởng", "Người"}
)

# Lists of ministries/departments with the head word elided: "các bộ: Tư pháp, Nội vụ".
_LIST_TRIGGERS_BO = ("các bộ", "Các bộ", "các Bộ", "Các Bộ", "CÁC BỘ", "một số bộ như", "một số Bộ như")
_LIST_TRIGGERS_SO = ("các sở", "Các sở", "các Sở", "Các Sở", "CÁC SỞ")
_TRIGGER_FIRST = frozenset(t.split()[0] for t in _LIST_TRIGGERS_BO + _LIST_TRIGGERS_SO)
_LIST_FILLERS = frozenset({",", ":", ";", "và", "-", "ngành", "cơ", "quan", "ngang", "bộ", "sở", "khác", "như", "sau"})
_LIST_SEPARATORS = frozenset({",", ";", "và"})


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens of ``text`` with their character offsets."""
    dashes = _DASHES
    return [(dashes.get(t := m.group(), t), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def _split_aliases(field: str) -> list[str]:
    return [a.strip() for a in field.split("|") if a.strip()]


class _Trie:
    """Token-sequence trie: node = dict(token -> child); payloads under the key ``_END``.

    With ``fold_tail`` every token after the first is stored casefolded and ``walk`` must be given
    the casefolded tokens: news writes "Ủy ban quản lý vốn nhà nước" or "Bộ Thông tin và truyền
    thông" as often as the official capitalisation, while the capitalised head word ("Bộ", "Sở",
    "Ủy") still keeps common lower-case phrases out.
    """

    def __init__(self, fold_tail: bool = False) -> None:
        self.root: dict = {}
        self.fold_tail = fold_tail

    def add(self, phrase: str, payload: tuple) -> None:
        node = self.root
        for k, (tok, _, _) in enumerate(_tokens(normalize_vi(phrase))):
            node = node.setdefault(tok.casefold() if self.fold_tail and k else tok, {})
        payloads = node.setdefault(_END, [])
        if payload not in payloads:
            payloads.append(payload)

    def walk(
        self, toks: list[tuple[str, int, int]], i: int, folded: list[str] | None = None
    ) -> list[tuple[int, list]]:
        """All terminals reachable from token ``i``: (index after the match, payloads), shortest first."""
        out = []
        node = self.root
        n = len(toks)
        first = i
        while i < n:
            node = node.get(folded[i] if folded is not None and i > first else toks[i][0])
            if node is None:
                break
            i += 1
            if _END in node:
                out.append((i, node[_END]))
        return out

    def longest(self, toks: list[tuple[str, int, int]], i: int) -> tuple[int, list] | None:
        hits = self.walk(toks, i)
        return hits[-1] if hits else None


@dataclass
class _Gazetteer:
    provinces: list[Entity]
    bodies: list[Entity]
    units: list[_Unit]
    main: _Trie  # provinces (with prefixes), bodies, local-unit heads
    province: _Trie  # provinces only (with prefixes): qualifiers after local units
    ministry_short: _Trie  # "Tư pháp" -> Bộ Tư pháp
    so_short: _Trie  # "Du lịch" -> Sở Du lịch
    bo_triggers: _Trie
    so_triggers: _Trie
    levels: _Trie  # "tỉnh", "thành phố", "TP." ...
    district_levels: _Trie
    commune_levels: _Trie
    ubnd: _Trie
    bql: _Trie
    body_fold: _Trie  # bodies and unit heads, case-insensitive after the head word
    # casefolded body alias -> payloads, for lookup() of oddly capitalised table cells. Bodies only:
    # many province names are common words in lower case ("hòa bình").
    folded: dict[str, list[tuple]]


def _without_va(names: Iterable[str], head: str) -> list[str]:
    """"Sở Khoa học Công nghệ", "Bộ Kế hoạch Đầu tư": a department's or ministry's two-part name is often written
    without its "và"."""
    return [n.replace(" và ", " ") for n in names if n.startswith(head) and n.count(" và ") == 1]


def _variants(alias: str) -> Iterable[str]:
    yield alias
    up = alias.upper()
    if up != alias:
        yield up


def _read_csv(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _entity(row: dict[str, str]) -> Entity:
    canonical = normalize_vi(row["canonical"])
    aliases = tuple(dict.fromkeys([canonical, *(normalize_vi(a) for a in _split_aliases(row["aliases"]))]))
    return Entity(
        canonical=canonical,
        entity_type=row["entity_type"],
        valid_from=row.get("valid_from", ""),
        valid_to=row.get("valid_to", ""),
        merged_into=normalize_vi(row.get("merged_into", "")),
        aliases=aliases,
        level=row.get("level", ""),
    )


@lru_cache(maxsize=1)
def _cities_abroad() -> frozenset[str]:
    """cities_abroad.csv, lower-cased and normalised: cities abroad ranked in world lists of cities."""
    return frozenset(normalize_vi(r["name"]).lower() for r in _read_csv("cities_abroad.csv"))


def is_city_abroad(name: str) -> bool:
    """Whether a name is a city abroad, never a unit or body of the contract: spelled as no Vietnamese syllable is
    ("Stockholm", "Davao"), or one the gazetteer lists because it reads as Vietnamese ("Thượng Hải", "Chiang Mai")."""
    return spelled_abroad(name) or normalize_vi(name).lower() in _cities_abroad()


def cities_abroad_pattern() -> str:
    """The listed cities abroad as one lower-case regex alternation (longest first), for matching lower-cased text."""
    return "|".join(re.escape(c) for c in sorted(_cities_abroad(), key=len, reverse=True))


@lru_cache(maxsize=1)
def load() -> _Gazetteer:
    """Read the CSV files and build the tries (once per process)."""
    provinces = [_entity(r) for r in _read_csv("provinces.csv")]
    bodies = [_entity(r) for r in _read_csv("bodies.csv")]
    units = []
    unit_rows = _read_csv("local_units.csv")
    main, province, ministry_short, so_short = _Trie(), _Trie(), _Trie(), _Trie()
    body_fold = _Trie(fold_tail=True)
    folded: dict[str, list[tuple]] = {}

    def fold_add(alias: str, payload: tuple) -> None:
        key = " ".join(t for t, _, _ in _tokens(normalize_vi(alias))).casefold()
        folded.setdefault(key, [])
        if payload not in folded[key]:
            folded[key].append(payload)

    for ent in provinces:
        for alias in ent.aliases:
            for form in _variants(alias):
                payload = (_PROV, ent, "")
                main.add(form, payload)
                province.add(form, payload)
                # "Hà nội" in a copied table: the capital of the first word is what tells the name
                folds = len(form.split()) >= 2 and ent.canonical not in _COMMON_WORD_PROVINCES
                if folds:
                    body_fold.add(form, payload)
                # "TPHCM"-style aliases already carry their prefix; do not stack another one
                if form.startswith(("TP", "Tp")) and form != ent.canonical:
                    continue
                for prefix, level in _PROVINCE_PREFIXES.items():
                    payload_p = (_PROV, ent, level)
                    main.add(f"{prefix} {form}", payload_p)
                    province.add(f"{prefix} {form}", payload_p)
                    if folds:
                        body_fold.add(f"{prefix} {form}", payload_p)
    for ent in bodies:
        for alias in dict.fromkeys([*ent.aliases, *_without_va(ent.aliases, "Bộ ")]):
            for form in _variants(alias):
                main.add(form, (_BODY, ent, ""))
                # ("4. Đan mạch": a country's two-word name as oddly capitalised as a body's longer one)
                if len(form.split()) >= 3 or ent.entity_type == "country" and len(form.split()) == 2:
                    body_fold.add(form, (_BODY, ent, ""))
                fold_add(form, (_BODY, ent, ""))
            if ent.entity_type == "ministry" and alias.startswith("Bộ "):
                ministry_short.add(alias[3:], (_BODY, ent, ""))
    for row in unit_rows:
        unit = _Unit(canonical=normalize_vi(row["canonical"]), level=row["level"] or "none")
        units.append(unit)
        names = [unit.canonical, *(normalize_vi(a) for a in _split_aliases(row["aliases"]))]
        for alias in dict.fromkeys([*names, *_without_va(names, "Sở ")]):
            for form in _variants(alias):
                main.add(form, (_UNIT, unit, ""))
                if form.startswith("Sở ") and form[3:4].isupper():
                    # "sở Công Thương xếp thứ ba": lists often lower-case the kind word; the capitalised
                    # name after it still tells the department from the common noun
                    main.add("sở " + form[3:], (_UNIT, unit, ""))
                if len(form.split()) >= 3:
                    body_fold.add(form, (_UNIT, unit, ""))
            if alias.startswith("Sở "):
                so_short.add(alias[3:], (_UNIT, unit, ""))

    def simple(phrases: Iterable[str] | dict[str, str]) -> _Trie:
        """Trie of fixed phrases; payload[1] is the mapped value (dict) or the phrase itself."""
        trie = _Trie()
        items = phrases.items() if isinstance(phrases, dict) else ((p, p) for p in phrases)
        for phrase, value in items:
            trie.add(phrase, ("x", value, ""))
        return trie

    return _Gazetteer(
        provinces=provinces,
        bodies=bodies,
        units=units,
        main=main,
        province=province,
        ministry_short=ministry_short,
        so_short=so_short,
        bo_triggers=simple(_LIST_TRIGGERS_BO),
        so_triggers=simple(_LIST_TRIGGERS_SO),
        levels=simple(_LEVEL_WORDS),
        district_levels=simple(_DISTRICT_LEVELS),
        commune_levels=simple(_COMMUNE_LEVELS),
        ubnd=simple(_UBND_FORMS),
        bql=simple(("Ban Quản lý", "Ban quản lý", "BQL", "BAN QUẢN LÝ")),
        body_fold=body_fold,
        folded=folded,
    )


@lru_cache(maxsize=1)
def _districts() -> tuple[District, ...]:
    out = []
    for row in _read_csv("districts.csv"):
        name = normalize_vi(row["name"])
        aliases = tuple(dict.fromkeys([name, *(normalize_vi(a) for a in _split_aliases(row["aliases"]))]))
        out.append(District(normalize_vi(row["province"]), row["kind"], name, row["valid_from"], row["valid_to"], aliases))
    return tuple(out)


def districts_of(province: str, on_date: str | None = None) -> list[District]:
    """The district-level units of ``province`` (a pre-July-2025 canonical name) on ``on_date``; with no
    date, each name's latest kind. (Districts were abolished on 2025-07-01, but articles of late 2025 still
    report the rankings of 2024, so a unit with no end date is taken as in force after that too.)"""
    rows = [d for d in _districts() if d.province == province]
    if on_date:
        return [d for d in rows if d.valid_on(on_date)]
    latest: dict[str, District] = {}
    for d in rows:
        if d.name not in latest or (d.valid_from or "") > (latest[d.name].valid_from or ""):
            latest[d.name] = d
    return list(latest.values())


def province_of_district(kind: str, name: str, on_date: str | None = None) -> str | None:
    """The one province with a district-level unit of this kind and name ("huyện", "Krông Năng" → Đắk
    Lắk), or None when there is none or several ("huyện Châu Thành" is in ten provinces)."""
    rows = _districts_by_name().get((kind, normalize_vi(name).casefold()), ())
    found = {d.province for d in rows if not on_date or d.valid_on(on_date)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _districts_by_name() -> dict[tuple[str, str], tuple[District, ...]]:
    """The district-level units by (kind, case-folded name or alias): looked up for every district an article
    names in full, so built once rather than scanned each time."""
    index: dict[tuple[str, str], list[District]] = {}
    for d in _districts():
        for alias in dict.fromkeys(a.casefold() for a in d.aliases):
            index.setdefault((d.kind, alias), []).append(d)
    return {key: tuple(rows) for key, rows in index.items()}


# ---------------------------------------------------------------------------------------------------
# Resolution helpers
# ---------------------------------------------------------------------------------------------------


def _pick(payloads: list[tuple], on_date: str | None) -> tuple:
    """Choose among payloads of one alias by date.

    An alias can name several rows: "Huế" is Thừa Thiên Huế until 2024-12-31 and the city Huế from
    2025-01-01; "Tuyên Quang" is the old and the merged province (same canonical). The row valid on
    ``on_date`` wins; with no row valid (e.g. "Bộ TT&TT" in a 2026 article about DTI 2023) the text
    still names that body, so it is kept. Without a date the earliest row wins, because most ranking
    news is about the 63-province map.
    """
    if len(payloads) == 1:
        return payloads[0]
    ents = [p for p in payloads if isinstance(p[1], Entity)]
    if not ents:
        return payloads[0]
    if on_date:
        valid = [p for p in ents if p[1].valid_on(on_date[:10])]
        if valid:
            ents = valid
    return min(ents, key=lambda p: p[1].valid_from)


def _province_at(g: _Gazetteer, toks: list, i: int, on_date: str | None) -> tuple[int, Entity, str] | None:
    """Longest province (with optional prefix) starting at token ``i``: (end index, entity, prefix level)."""
    hit = g.province.longest(toks, i)
    if hit is None:
        return None
    end, payloads = hit
    _, ent, level = _pick(payloads, on_date)
    return end, ent, level


def _is_name_token(tok: str) -> bool:
    """A capitalised word (part of a proper name) or a number ("Quận 1")."""
    return tok[:1].isupper() and tok[:1].isalpha() or tok.isdigit()


@dataclass
class _Cand:
    end: int  # token index after the mention
    canonical: str
    entity_type: str
    parent: str | None
    rank: int  # tie-break: lower wins at equal end
    kind: str


def _unit_candidate(
    g: _Gazetteer, toks: list, head_end: int, unit: _Unit, on_date: str | None
) -> _Cand | None:
    """Extend a local-unit head ("Sở Du lịch", "BHXH") with its level word and province qualifier."""
    prov = _province_at(g, toks, head_end, on_date) if head_end < len(toks) else None
    if unit.level == "none":
        if prov:
            return _Cand(prov[0], unit.canonical, "local_unit", prov[1].canonical, 2, "unit")
        lv = g.levels.longest(toks, head_end)
        if lv and (lv[0] >= len(toks) or _province_at(g, toks, lv[0], on_date) is None):
            # "Sở Nội vụ tỉnh và …": the level word alone is part of the name as written, not of the canonical
            return _Cand(lv[0], unit.canonical, "local_unit", None, 2, "unit")
        return _Cand(head_end, unit.canonical, "local_unit", None, 2, "unit")
    # level-taking unit: "Thanh tra tỉnh", "Công an tỉnh Quảng Nam", "BHXH Đà Nẵng". The canonical is
    # the name as written minus the place name: the level word stays when written ("Thanh tra thành
    # phố", "Bảo hiểm xã hội tỉnh"), a bare or fused place ("BHXH Đà Nẵng", "BHXH TP.HCM") leaves the head.
    # A central body's branch ("Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh Nam Định") is named without the level
    # word (GUIDELINES §7: its local name), so that every article's form of it is one entity.
    keep_level = unit.level not in ("central", "branch")
    if prov:
        end, ent, prefix_level = prov
        canonical = f"{unit.canonical} {prefix_level}" if prefix_level and keep_level else unit.canonical
        return _Cand(end, canonical, "local_unit", ent.canonical, 2, "unit")
    lv = g.levels.longest(toks, head_end)
    if lv:
        end, payloads = lv
        level = payloads[0][1]
        prov = _province_at(g, toks, end, on_date) if end < len(toks) else None
        parent = None
        if prov and not prov[2]:  # "Thanh tra tỉnh Quảng Nam": level word then a bare name
            end, parent = prov[0], prov[1].canonical
        return _Cand(end, f"{unit.canonical} {level}" if keep_level else unit.canonical, "local_unit", parent, 2, "unit")
    if unit.level in ("optional", "central"):
        return _Cand(head_end, unit.canonical, "local_unit", None, 2, "unit")
    return None


def _district_candidate(g: _Gazetteer, toks: list, i: int, on_date: str | None) -> _Cand | None:
    """ "UBND quận Thanh Khê", "huyện Hòa Vang", "Quận 1", "UBND xã Hòa Phú" -> UBND <level> <Name>."""
    j = i
    ub = g.ubnd.longest(toks, j)
    has_ubnd = ub is not None
    if ub:
        j = ub[0]
    lv = g.district_levels.longest(toks, j)
    if lv is None and has_ubnd:
        lv = g.commune_levels.longest(toks, j)
    if lv is None:
        return None
    k, payloads = lv
    level = payloads[0][1]
    if k >= len(toks):
        return None
    if toks[j][0] in _ABBREVIATED_LEVELS and not _known_district_at(toks, k, k, level):
        return None  # "H." is also a person's initial: only a district the gazetteer knows follows the abbreviation
    rank = 3
    if level == "thành phố":
        prov = _province_at(g, toks, k, on_date)
        if prov is not None:
            if prov[1].level == "thành phố":
                return None  # "UBND thành phố Đà Nẵng", "TP Cần Thơ": the province itself
            # "thành phố Bắc Ninh", "UBND thành phố Huế" (before 2025): the city inside the tỉnh
            # of the same name is a district-level unit; it beats the province reading.
            rank = 0
    if not has_ubnd and toks[k][0] in _NOT_PLACE_NAMES and not _known_district_at(toks, k, k, level):
        return None  # headline capitalisation: "Thành phố Thông minh" (but "huyện Điện Biên Đông" is a district)
    start = k
    n = len(toks)
    while k < n and k - start < 4 and _is_name_token(toks[k][0]):
        if k > start and g.province.longest(toks, k) is not None:
            break
        if toks[k][0].isdigit():
            if k > start:
                break  # "TP.HCM 85,5 điểm": a number after a name is a value, not part of it
            k += 1  # "Quận 1", "Phường 5": the number is the name
            break
        k += 1
        # Central Highlands names glue syllables with an apostrophe: "Cư M'gar", "Đắk R'lấp"
        if (
            k + 1 < n
            and toks[k][0] in _APOSTROPHES
            and toks[k][1] == toks[k - 1][2]
            and toks[k + 1][1] == toks[k][2]
            and toks[k + 1][0].isalpha()
        ):
            k += 2
    if k == start:
        return None
    # a known name the capitalised run cut short: "Phan Rang-Tháp Chàm" (a hyphen), "Điện Biên phủ" (a small letter)
    known = _known_district_at(toks, start, k, level)
    if known:
        k, proper = known
    elif level == "thành phố" and is_city_abroad(" ".join(t[0] for t in toks[start:k])):
        return None  # "thành phố Wellington", "thành phố Davao của Philippines", "thành phố Thượng Hải": abroad, no unit
    name_tokens = toks[start:k]
    parent = None
    prov = _province_at(g, toks, k, on_date) if k < len(toks) else None
    if prov:
        k, parent = prov[0], prov[1].canonical
    kind = f"district:{level}:{start}:{len(name_tokens)}"
    return _Cand(k, "", "local_unit", parent, rank, f"{kind}:{proper}" if known else kind)


# A word no Vietnamese syllable spells: a letter the alphabet lacks, two vowel groups ("Davao"), or a final
# consonant it never ends on ("Edinburgh", "Stockholm"). (Only for names the gazetteer does not know: the Central
# Highlands' "Cư M'gar", "Đắk Mil" are known.)
_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_FOREIGN_WORD = re.compile(
    rf"(?i)[fjwz]|[{_VOWELS}]+[^{_VOWELS}\W]+[{_VOWELS}]|(?<=[{_VOWELS}])(?:[bdklqrsvx]|gh?|[^{_VOWELS}\Wgh]{{2,}})$"
)


def spelled_abroad(name: str) -> bool:
    """Whether some word of a name is spelled as no Vietnamese syllable is ("Stockholm", "Davao", "Bangalore")."""
    return any(_FOREIGN_WORD.search(w) for w in name.split())


def _known_district_at(toks: list, start: int, end: int, level: str) -> tuple[int, str] | None:
    """The end of the longest district-level name of this kind in the gazetteer that starts at ``start`` and
    runs past ``end``, with the gazetteer's capitals when the text differs from it only in case."""
    index = _districts_by_name()
    for stop in range(min(len(toks), start + 6), end, -1):
        written = " ".join(t[0] for t in toks[start:stop])
        rows = index.get((level, written.casefold()))
        if rows:
            proper = next((a for a in rows[0].aliases if a.casefold() == written.casefold()), "")
            return stop, proper if proper != written else ""
    return None


def _score_at(toks: list, k: int) -> bool:
    """Whether the number at token ``k`` is a value (a decimal "97,19", or followed by "điểm" or "%")."""
    after = [t[0] for t in toks[k + 1 : k + 3]]
    return bool(after) and (after[0] in {"điểm", "%"} or (after[0] in {",", "."} and len(after) > 1 and after[1].isdigit()))


def _bql_candidate(g: _Gazetteer, toks: list, i: int, on_date: str | None) -> _Cand | None:
    """ "Ban Quản lý Khu kinh tế", "BQL các Khu công nghiệp Đà Nẵng" -> Ban Quản lý <rest>."""
    hit = g.bql.longest(toks, i)
    if hit is None:
        return None
    k = start = hit[0]
    while k < len(toks):
        tok = toks[k][0]
        if k > start and g.province.longest(toks, k) is not None:
            break
        if tok.isdigit() and _score_at(toks, k):
            break  # "Ban Quản lý các khu công nghiệp 97,19 điểm": the board's score, not a number of its name
        if _is_name_token(tok) or tok in _BQL_WORDS:
            k += 1
            continue
        break
    while k > start and toks[k - 1][0] in {"và", "-", "&", "các"}:
        k -= 1
    if k == start:
        return None
    parent = None
    rest_end = k
    prov = _province_at(g, toks, k, on_date) if k < len(toks) else None
    if prov:
        k, parent = prov[0], prov[1].canonical
    elif k < len(toks) and (lv := g.levels.longest(toks, k)):
        # "Ban Quản lý dự án phát triển tỉnh": a provincial body keeps its level word when written (GUIDELINES §7)
        k = rest_end = lv[0]
    return _Cand(k, "", "local_unit", parent, 3, f"bql:{start}:{rest_end}")


def _squash(s: str) -> str:
    return " ".join(s.split())


# ---------------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------------


def _candidates(
    g: _Gazetteer, toks: list, i: int, on_date: str | None, folded: list[str] | None = None
) -> list[_Cand]:
    """Every mention that could start at token ``i`` (trie names, unit heads, district/BQL patterns)."""
    cands: list[_Cand] = []
    hits = g.main.walk(toks, i)
    if folded is not None and toks[i][0] in g.body_fold.root:
        hits += g.body_fold.walk(toks, i, folded)
    for end, payloads in hits:
        kind, obj, level = _pick(payloads, on_date)
        # "Ngân hàng Nhà nước tỉnh": a branch whose head also names the central body is the branch when its level
        # word or province follows (the longer mention then wins), the body otherwise
        for branch in (p[1] for p in payloads if p[0] == _UNIT and p[1].level == "branch" and kind != _UNIT):
            c = _unit_candidate(g, toks, end, branch, on_date)
            if c and c.end > end:
                cands.append(c)
        if kind == _UNIT:
            c = _unit_candidate(g, toks, end, obj, on_date)
            if c:
                cands.append(c)
            continue
        if (
            kind == _PROV
            and not level
            and obj.canonical == "Hồ Chí Minh"
            and toks[i][0] == "Hồ"
            and i > 0
            and toks[i - 1][0] in _HCM_PERSON_BEFORE
        ):
            continue  # "Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh"
        if (
            obj.entity_type == "country"
            and end == i + 1
            and end < len(toks)
            and toks[end][0][:1].isupper()
            and toks[end][0].isalpha()
        ):
            continue  # "Ủy ban nhân dân Mỹ Tú", "huyện Nga Sơn": a one-syllable country begins a longer place name
        cands.append(_Cand(end, obj.canonical, obj.entity_type, None, 1, kind))
    tok0 = toks[i][0]
    if tok0 in _DISTRICT_FIRST:
        c = _district_candidate(g, toks, i, on_date)
        if c:
            cands.append(c)
    if tok0 in _BQL_FIRST:
        c = _bql_candidate(g, toks, i, on_date)
        if c:
            cands.append(c)
    return cands


@lru_cache(maxsize=1)
def _starting_tokens() -> frozenset[str]:
    """Every token a mention or an elided list can start with. Most tokens of a sentence start none, and
    skipping them before the candidate search saves a third of the entity lookup's time."""
    g = load()
    return frozenset(g.main.root) | frozenset(g.body_fold.root) | _DISTRICT_FIRST | _BQL_FIRST | _TRIGGER_FIRST


def find_entities(text: str, on_date: str | None = None) -> list[EntityMention]:
    """All entity mentions in ``text``: leftmost-longest, non-overlapping, in text order.

    ``text`` should be NFC (ideally ``normalize_vi`` output); it is normalised again internally with
    the length-preserving ``normalize_vi``, so either tone convention ("Hoà Bình"/"Hòa Bình") matches
    and offsets still index ``text``. ``on_date`` (ISO ``YYYY-MM-DD``, usually the article's date)
    picks between names that changed meaning ("Huế"); see ``_pick``.

    Spans include an administrative prefix ("tỉnh Tuyên Quang", "TP. Đà Nẵng") while ``canonical``
    is the bare contract name. A local unit that contains a place ("UBND huyện Hòa Vang",
    "Bảo hiểm xã hội tỉnh Quảng Nam") is one local_unit mention, with the province in ``parent``.
    Items of elided lists ("các bộ: Tư pháp, Nội vụ", "Bộ Y tế, Xây dựng") are returned as ministries
    (or departments after "Sở"/"các sở") with the short name as span.
    """
    g = load()
    norm = normalize_vi(text)
    src = text if len(norm) == len(text) else norm
    toks = _tokens(norm)
    folded = [t.casefold() for t, _, _ in toks]
    n = len(toks)
    out: list[EntityMention] = []
    starts = _starting_tokens()
    i = 0
    while i < n:
        if toks[i][0] not in starts:
            i += 1
            continue
        cands = _candidates(g, toks, i, on_date, folded)
        if not cands:
            if toks[i][0] not in _TRIGGER_FIRST:
                i += 1
                continue
            trig_bo = g.bo_triggers.longest(toks, i)
            trig = trig_bo or g.so_triggers.longest(toks, i)
            if trig:
                i = _elided_list(g, toks, trig[0], trig_bo is not None, src, out, on_date, after_trigger=True)
            else:
                i += 1
            continue
        best = max(cands, key=lambda c: (c.end, -c.rank))
        if _names_a_region(best.canonical, folded, i, best.end):
            i = best.end  # "châu Mỹ", "Bắc Mỹ", "Mỹ Latinh": a region named with the country's word
            continue
        s, e = toks[i][1], toks[best.end - 1][2]
        canonical = best.canonical
        if best.kind.startswith("district:"):
            _, level, start, count, *proper = best.kind.split(":")
            a, b = int(start), int(start) + int(count)
            canonical = f"UBND {level} {proper[0] if proper and proper[0] else _squash(norm[toks[a][1] : toks[b - 1][2]])}"
        elif best.kind.startswith("bql:"):
            _, start, rest_end = best.kind.split(":")
            a, b = int(start), int(rest_end)
            canonical = f"Ban Quản lý {_squash(norm[toks[a][1] : toks[b - 1][2]])}"
        out.append(EntityMention(s, e, src[s:e], canonical, best.entity_type, best.parent))
        i = best.end
        if best.entity_type == "ministry" and canonical.startswith("Bộ "):
            i = _elided_list(g, toks, i, True, src, out, on_date, after_trigger=False)
        elif best.kind == "unit" and (canonical.startswith("Sở ") or _after_listed_value(toks, i) > i):
            # ("…; Văn phòng UBND Thành phố: 88,86%; Du lịch: 88,83%": a unit with its value in a list of departments)
            i = _elided_list(g, toks, i, False, src, out, on_date, after_trigger=False)
    return out


# Countries whose word also names a region with the words around it ("châu Mỹ", "Bắc Mỹ", "Mỹ Latinh"), in casefolded tokens
_REGION_WORDS_BEFORE = {"Mỹ": frozenset({"châu", "bắc", "nam", "trung"})}
_REGION_WORDS_AFTER = {"Mỹ": ("latinh", "la tinh", "la - tinh")}


def _names_a_region(canonical: str, folded: list[str], start: int, end: int) -> bool:
    """Whether the country mention at tokens [start, end) is part of a region's name, no mention of the country."""
    before = _REGION_WORDS_BEFORE.get(canonical)
    if before is None:
        return False
    after = " ".join(folded[end : end + 3])
    return (start > 0 and folded[start - 1] in before) or any(
        after == w or after.startswith(w + " ") for w in _REGION_WORDS_AFTER.get(canonical, ())
    )


def _after_listed_value(toks: list, k: int) -> int:
    """The token after a value written after a list item ("Tài chính: 90,57%; Tư pháp: …", "Y tế (0,8639 điểm), …"),
    or `k` when none is."""
    n = len(toks)
    if k < n and toks[k][0] == "(":
        close = next((j for j in range(k + 1, min(n, k + 9)) if toks[j][0] == ")"), None)
        if close is not None and toks[k + 1][0][:1].isdigit():
            return close + 1
    if k + 1 < n and toks[k][0] == ":" and toks[k + 1][0].isdigit():
        k += 2
        if k + 1 < n and toks[k][0] in (",", ".") and toks[k + 1][0].isdigit():
            k += 2  # the decimal part
        if k < n and toks[k][0] in ("%", "điểm"):
            k += 1
    return k


def _elided_list(
    g: _Gazetteer,
    toks: list,
    i: int,
    is_bo: bool,
    src: str,
    out: list[EntityMention],
    on_date: str | None,
    after_trigger: bool,
) -> int:
    """Collect "Tư pháp, Nội vụ và Y tế" after "các bộ:" or after a full "Bộ X" / "Sở X" mention.

    Returns the token index to continue scanning from (``i`` when nothing was taken). After a
    trigger, filler words such as ", ngành:" may come first; every later item needs a separator
    ("," ";" "và"). An item where a full mention starts ("Công an tỉnh ...") ends the list so the
    main scan gets it.
    """
    trie = g.ministry_short if is_bo else g.so_short
    n = len(toks)
    k = i
    need_sep = not after_trigger
    if after_trigger:
        while k < n and toks[k][0] in _LIST_FILLERS:
            k += 1
    last = i
    while k < n:
        j = _after_listed_value(toks, k)
        while j < n and toks[j][0] in _LIST_SEPARATORS:
            j += 1
        if (need_sep and j == k) or j >= n:
            break
        hit = trie.longest(toks, j)
        if hit is None or _candidates(g, toks, j, on_date):
            break
        end, payloads = hit
        kind, obj, _ = _pick(payloads, on_date)
        s, e = toks[j][1], toks[end - 1][2]
        etype = obj.entity_type if kind == _BODY else "local_unit"
        out.append(EntityMention(s, e, src[s:e], obj.canonical, etype))
        last = k = end
        need_sep = True
    return last


def lookup(name: str, on_date: str | None = None) -> tuple[str, str] | None:
    """(canonical, entity_type) for one name or alias, or None.

    The whole of ``name`` (stripped) must be one mention: "TP.HCM", "Bộ KH&ĐT", "tỉnh Quảng Nam",
    "Sở TT&TT", "UBND quận Sơn Trà". Falls back to a case-insensitive alias match so table cells in
    odd capitalisation ("bộ tư pháp", "BHXH việt nam") still resolve (bodies only: lower-case
    province names are too often ordinary words).
    """
    name = _squash(normalize_vi(name))
    if not name:
        return None
    mentions = find_entities(name, on_date)
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(name):
        return mentions[0].canonical, mentions[0].entity_type
    key = " ".join(t for t, _, _ in _tokens(name)).casefold()
    payloads = load().folded.get(key)
    if payloads:
        _, ent, _ = _pick(payloads, on_date)
        return ent.canonical, ent.entity_type
    return None


def lookup_ministry_short(name: str, on_date: str | None = None) -> str | None:
    """Canonical ministry for a short, elided name: "Tư pháp" -> "Bộ Tư pháp", "KH&ĐT" -> "Bộ Kế hoạch và Đầu tư".

    Used for lists like "các bộ: Tư pháp, Nội vụ, Tài nguyên và Môi trường" where "Bộ" is said once.
    A full name ("Bộ Tư pháp") is accepted too.
    """
    g = load()
    toks = _tokens(_squash(normalize_vi(name)))
    if not toks:
        return None
    for trie in (g.ministry_short, g.main):
        hit = trie.longest(toks, 0)
        if hit and hit[0] == len(toks):
            kind, obj, _ = _pick(hit[1], on_date)
            if kind == _BODY and obj.entity_type == "ministry":
                return obj.canonical
    return None


def provinces_on(day: str) -> list[Entity]:
    """Provinces that existed on ISO date ``day`` (63 before 2025, 34 from 2025-07-01)."""
    return [p for p in load().provinces if p.valid_on(day)]


def bodies_on(day: str, entity_type: str | None = None) -> list[Entity]:
    """Ministries/agencies/countries that existed on ``day``, optionally of one entity_type."""
    return [
        b for b in load().bodies if b.valid_on(day) and (entity_type is None or b.entity_type == entity_type)
    ]


def successor(canonical: str, on_date: str) -> str:
    """Follow ``merged_into`` links to the body that carries ``canonical``'s role on ``on_date``.

    "Quảng Nam" on 2025-08-01 -> "Đà Nẵng"; "Bộ Thông tin và Truyền thông" on 2025-06-01 ->
    "Bộ Khoa học và Công nghệ". Names still valid on that date come back unchanged.
    """
    g = load()
    rows = {}
    for e in [*g.provinces, *g.bodies]:
        rows.setdefault(e.canonical, []).append(e)
    name = canonical
    for _ in range(5):
        ents = rows.get(name)
        if not ents or any(e.valid_on(on_date) for e in ents):
            return name
        nxt = next((e.merged_into for e in ents if e.merged_into and e.valid_to and e.valid_to < on_date), "")
        if not nxt:
            return name
        name = nxt
    return name


def _ascii_letters(name: str) -> str:
    """"Quảng Bình" -> "quangbinh": how a province's name is spelled in a web host."""
    folded = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z]", "", "".join(c for c in folded if unicodedata.category(c) != "Mn").lower())


@lru_cache(maxsize=1)
def _provinces_by_host_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for ent in load().provinces:
        for alias in ent.aliases:
            key = _ascii_letters(alias)
            if len(key) >= 4:  # "hue" alone is too short to trust inside a host name
                out.setdefault(key, ent.canonical)
    return out


def province_of_host(host: str, on_date: str | None = None) -> str | None:
    """The province whose own site a host is ("quangbinh.gov.vn", "sotttt.kontum.gov.vn", "baoquangbinh.vn"):
    one label of the host is the province's name, alone or after "bao" (its party paper)."""
    names = _provinces_by_host_name()
    for label in host.lower().split("."):
        for prefix in ("", "bao"):
            if label.startswith(prefix) and label[len(prefix) :] in names:
                hit = lookup(names[label[len(prefix) :]], on_date)
                return hit[0] if hit and hit[1] == "province" else None
    return None
