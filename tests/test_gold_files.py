"""Validate the hand-annotated gold set in tests/gold/ against the fact contract.

The gold files are JSON Lines, one article per line (see tests/gold/GUIDELINES.md). These checks look at
real content: field types and allowed values, key uniqueness, NFC text, and that every annotated entity
and score can actually be found in the article it is attributed to.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import pytest

GOLD_DIR = Path(__file__).parent / "gold"
FILES = {"dev": GOLD_DIR / "dev.jsonl", "heldout": GOLD_DIR / "heldout.jsonl",
         "dev2": GOLD_DIR / "dev2.jsonl"}
MIN_ARTICLES = {"dev": 30, "heldout": 15, "dev2": 15}

ARTICLE_KEYS = {"id", "url", "date", "title", "text", "kind", "facts"}
OPTIONAL_ARTICLE_KEYS = {"tables"}
FACT_KEYS = ("entity", "entity_type", "index", "component", "group", "year",
             "rank", "rank_total", "top", "score", "rank_change")
KEY_FIELDS = ("entity", "index", "component", "group", "year")
ATTRIBUTES = ("rank", "rank_total", "top", "score", "rank_change")

KINDS = {"national_daily", "provincial_portal", "ministry_news", "brief", "long_report", "list",
         "table", "headline_only", "no_claim"}
ENTITY_TYPES = {"province", "ministry", "agency", "local_unit", "country"}
INDEXES = {"dti", "ict_index", "ict_application", "egdi", "local", "other"}
COMPONENTS = {"chính quyền số", "kinh tế số", "xã hội số", "thể chế số", "hạ tầng số", "nhân lực số",
              "nhận thức số", "an toàn thông tin mạng", "hạ tầng kỹ thuật", "hạ tầng nhân lực",
              "ứng dụng cntt", "công nghiệp cntt", "cổng thông tin điện tử", "dịch vụ công trực tuyến",
              "cơ chế chính sách", "hoạt động chính quyền số", "hoạt động kinh tế số", "hoạt động xã hội số",
              "hạ tầng viễn thông", "nguồn nhân lực", "tham gia điện tử"}
GROUPS = {"34 tỉnh, thành phố sau sắp xếp", "bộ không cung cấp dịch vụ công", "châu Á", "Đông Nam Á"}
YEAR_MIN, YEAR_MAX = 2015, 2026
PROVINCE_PREFIXES = ("tỉnh ", "tp ", "tp.", "thành phố ", "tp. ")

# How the texts may write a canonical entity name (abbreviations used in the gold articles).
ALIASES = {
    "Hồ Chí Minh": ["TP.HCM", "TPHCM", "TP HCM", "TP. HCM"],
    "Thừa Thiên Huế": ["Thừa Thiên - Huế", "TT-Huế", "TT Huế", "Huế"],
    "Bộ Khoa học và Công nghệ": ["Bộ KH&CN"],
    "Bộ Kế hoạch và Đầu tư": ["Bộ KH&ĐT"],
    "Bộ Thông tin và Truyền thông": ["Bộ TT&TT"],
    "Bộ Tài nguyên và Môi trường": ["Bộ TN&MT"],
    "Bộ Giáo dục và Đào tạo": ["Bộ GD&ĐT"],
    "Bộ Lao động - Thương binh và Xã hội": ["Bộ LĐ-TB&XH"],
    "Bộ Nông nghiệp và Phát triển nông thôn": ["Bộ NN&PTNT"],
    "Bộ Giao thông vận tải": ["Bộ GTVT"],
    "Ngân hàng Nhà nước Việt Nam": ["NHNN", "Ngân hàng Nhà nước"],
    "Bảo hiểm xã hội Việt Nam": ["BHXH Việt Nam", "BHXH VN"],
    "Viện Hàn lâm Khoa học và Công nghệ Việt Nam": ["Viện Hàn lâm KH&CN Việt Nam"],
    "Viện Hàn lâm Khoa học xã hội Việt Nam": ["Viện Hàn lâm KHXH Việt Nam"],
    "Sở Thông tin và Truyền thông": ["Sở TT&TT"],
    "Sở Kế hoạch và Đầu tư": ["Sở KH&ĐT"],
    "Sở Khoa học và Công nghệ": ["Sở KH&CN"],
    "Sở Giáo dục và Đào tạo": ["Sở GD&ĐT"],
    "Sở Tài nguyên và Môi trường": ["Sở TN&MT"],
    "Sở Lao động - Thương binh và Xã hội": ["Sở LĐ-TB&XH"],
    "Cục Hải quan": ["Cụ Hải quan"],  # seed 003 has the typo
}
STRIP_PREFIXES = ("Bộ ", "UBND ", "Sở ")
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")


def _load(name: str) -> list[dict]:
    path = FILES[name]
    assert path.exists(), f"missing gold file {path}"
    articles = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{lineno}: blank line"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:  # pragma: no cover - message only
            pytest.fail(f"{path.name}:{lineno}: not JSON: {exc}")
        assert isinstance(obj, dict), f"{path.name}:{lineno}: not an object"
        articles.append(obj)
    return articles


@pytest.fixture(scope="module", params=sorted(FILES))
def gold(request) -> tuple[str, list[dict]]:
    return request.param, _load(request.param)


def _haystack(article: dict) -> str:
    parts = [article["title"], article["text"]]
    for table in article.get("tables") or []:
        parts.append(table.get("caption", ""))
        parts.extend(table["headers"])
        for row in table["rows"]:
            parts.extend(row)
    return "\n".join(parts)


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for item in obj:
            yield from _strings(item)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield key
            yield from _strings(value)


def test_article_counts():
    for name, minimum in MIN_ARTICLES.items():
        assert len(_load(name)) >= minimum, f"{name} has fewer than {minimum} articles"


def test_ids_unique_across_files():
    ids = [a["id"] for name in FILES for a in _load(name)]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, f"duplicate ids: {sorted(dupes)}"


def test_urls_unique_across_files():
    urls = [a["url"] for name in FILES for a in _load(name)]
    dupes = {u for u in urls if urls.count(u) > 1}
    assert not dupes, f"duplicate urls: {sorted(dupes)}"


def test_article_shape(gold):
    name, articles = gold
    for a in articles:
        where = f"{name}:{a.get('id')}"
        keys = set(a)
        assert keys >= ARTICLE_KEYS, f"{where}: missing {ARTICLE_KEYS - keys}"
        assert keys <= ARTICLE_KEYS | OPTIONAL_ARTICLE_KEYS, f"{where}: unknown keys {keys - ARTICLE_KEYS}"
        assert isinstance(a["id"], str) and re.fullmatch(r"[ghn]\d{3}", a["id"]), where
        assert isinstance(a["url"], str) and re.match(r"https?://[^/\s]+/\S*$", a["url"]), where
        if a["date"] is not None:
            assert isinstance(a["date"], str), where
            day = dt.date.fromisoformat(a["date"])
            assert dt.date(2008, 1, 1) <= day <= dt.date(2026, 12, 31), where
        assert isinstance(a["title"], str) and a["title"].strip() == a["title"] and a["title"], where
        assert isinstance(a["text"], str) and a["text"].strip(), where
        assert "\r" not in a["text"], f"{where}: CR in text"
        assert a["kind"] in KINDS, f"{where}: kind {a['kind']!r}"
        assert isinstance(a["facts"], list), where
        if a["kind"] == "no_claim":
            assert a["facts"] == [], f"{where}: no_claim article has facts"
        else:
            assert a["facts"], f"{where}: kind {a['kind']} but no facts"
        if a["kind"] == "table":
            assert a.get("tables"), f"{where}: table article without tables"
        for table in a.get("tables") or []:
            assert set(table) <= {"headers", "rows", "caption"}, where
            assert isinstance(table["headers"], list) and table["headers"], where
            assert all(isinstance(h, str) for h in table["headers"]), where
            assert isinstance(table["rows"], list) and table["rows"], where
            for row in table["rows"]:
                assert isinstance(row, list) and len(row) == len(table["headers"]), f"{where}: ragged row"
                assert all(isinstance(c, str) for c in row), where
            assert isinstance(table.get("caption", ""), str), where


def test_text_is_nfc(gold):
    name, articles = gold
    for a in articles:
        for s in _strings(a):
            assert unicodedata.is_normalized("NFC", s), f"{name}:{a['id']}: not NFC: {s[:60]!r}"


def test_fact_fields(gold):
    name, articles = gold
    for a in articles:
        for f in a["facts"]:
            where = f"{name}:{a['id']}: {f.get('entity')}"
            assert tuple(f) == FACT_KEYS or set(f) == set(FACT_KEYS), f"{where}: keys {sorted(f)}"
            assert isinstance(f["entity"], str) and f["entity"].strip() == f["entity"] and f["entity"], where
            assert f["entity_type"] in ENTITY_TYPES, f"{where}: entity_type {f['entity_type']!r}"
            assert f["index"] in INDEXES, f"{where}: index {f['index']!r}"
            assert f["component"] is None or f["component"] in COMPONENTS, f"{where}: {f['component']!r}"
            assert f["group"] is None or f["group"] in GROUPS, f"{where}: group {f['group']!r}"
            assert _is_int(f["year"]) and YEAR_MIN <= f["year"] <= YEAR_MAX, f"{where}: year {f['year']!r}"
            for attr in ("rank", "rank_total", "top", "rank_change"):
                assert f[attr] is None or _is_int(f[attr]), f"{where}: {attr} {f[attr]!r}"
            for attr in ("rank", "rank_total", "top"):
                assert f[attr] is None or f[attr] >= 1, f"{where}: {attr} < 1"
            score = f["score"]
            assert score is None or (isinstance(score, (int, float)) and not isinstance(score, bool)), where
            assert score is None or score >= 0, where
            assert any(f[attr] is not None for attr in ATTRIBUTES), f"{where}: fact without any attribute"
            if f["rank"] is not None and f["rank_total"] is not None:
                assert f["rank"] <= f["rank_total"], f"{where}: rank > rank_total"
            if f["top"] is not None and f["rank_total"] is not None:
                assert f["top"] <= f["rank_total"], f"{where}: top > rank_total"
            if f["rank"] is not None:
                assert f["top"] is None, f"{where}: top set although rank is known"
            if f["entity_type"] == "province":
                assert not f["entity"].lower().startswith(PROVINCE_PREFIXES), f"{where}: prefixed name"
            if f["entity_type"] == "ministry":
                assert not f["entity"].startswith("Bộ ") or "&" not in f["entity"], f"{where}: abbreviation"
            if f["index"] == "local":
                assert f["entity_type"] == "local_unit", f"{where}: local index needs local_unit"
            if f["entity_type"] == "local_unit":
                assert f["index"] == "local", f"{where}: local_unit outside a local ranking"
            if f["index"] == "egdi":
                assert f["entity_type"] == "country", f"{where}: egdi ranks countries"
            if f["entity_type"] == "country":
                assert f["index"] in {"egdi", "other"}, where
            if f["index"] == "dti":
                assert f["year"] >= 2020, f"{where}: DTI starts in 2020"
            if f["index"] == "ict_index":
                assert f["year"] <= 2019, f"{where}: ICT Index ended in 2019"
            if f["group"] == "34 tỉnh, thành phố sau sắp xếp":
                assert f["entity_type"] == "province" and (f["rank_total"] in (None, 34)), where
            if f["group"] == "bộ không cung cấp dịch vụ công":
                assert f["entity_type"] in {"ministry", "agency"}, where
            if f["group"] in {"châu Á", "Đông Nam Á"}:
                assert f["index"] == "egdi", where


def test_no_duplicate_fact_keys(gold):
    name, articles = gold
    for a in articles:
        keys = [tuple(f[k] for k in KEY_FIELDS) for f in a["facts"]]
        dupes = {k for k in keys if keys.count(k) > 1}
        assert not dupes, f"{name}:{a['id']}: duplicate fact keys {dupes}"


def test_fact_years_plausible_against_date(gold):
    name, articles = gold
    for a in articles:
        if a["date"] is None:
            continue
        published = int(a["date"][:4])
        for f in a["facts"]:
            assert f["year"] <= published, f"{name}:{a['id']}: {f['entity']} assessed after publication"


def test_entities_appear_in_article(gold):
    name, articles = gold
    for a in articles:
        hay = _haystack(a).casefold()
        for f in a["facts"]:
            entity = f["entity"]
            names = [entity, *ALIASES.get(entity, [])]
            names += [entity[len(p):] for p in STRIP_PREFIXES if entity.startswith(p)]
            assert any(n.casefold() in hay for n in names), f"{name}:{a['id']}: {entity!r} not in the article"


def test_scores_appear_in_article(gold):
    name, articles = gold
    for a in articles:
        numbers = {float(m.replace(",", ".")) for m in NUMBER_RE.findall(_haystack(a))}
        for f in a["facts"]:
            if f["score"] is None:
                continue
            assert any(abs(f["score"] - n) < 1e-6 for n in numbers), (
                f"{name}:{a['id']}: score {f['score']} of {f['entity']} is not written in the article")


def test_numeric_ranks_appear_in_article(gold):
    """A rank above 10 or a rank_total is always written in digits in our texts."""
    name, articles = gold
    for a in articles:
        numbers = {m for m in re.findall(r"\d+", _haystack(a))}
        for f in a["facts"]:
            for attr in ("rank", "rank_total", "top"):
                value = f[attr]
                if value is not None and (value > 10 or attr == "rank_total"):
                    assert str(value) in numbers, f"{name}:{a['id']}: {attr} {value} of {f['entity']} not written"


def test_share_of_no_claim_articles():
    for name in FILES:
        articles = _load(name)
        empty = sum(1 for a in articles if not a["facts"])
        share = empty / len(articles)
        assert 0.08 <= share <= 0.3, f"{name}: {empty}/{len(articles)} articles without facts"
