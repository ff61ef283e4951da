"""The real-source catalogue (crawlers/sources/*.toml): every source loads, declares what the crawl
needs, and parses a stored page written in that site's structure with its own selectors (Fundus-style:
tests/pages/sources/<id>.html + <id>.expected.json). No network: the sites themselves are not reached."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from parsel import Selector

from crawlers.probe import probe_article
from crawlers.relevance import REASON_NO_INDEX, REASON_NO_RANKING, relevance_reason
from crawlers.sourcefile import SOURCES_DIR, SourceError, load_source
from pipeline.html_article import parse_article_html

PAGES = Path(__file__).parent / "pages" / "sources"
REAL_SOURCES = sorted(p.stem for p in SOURCES_DIR.glob("*.toml"))
# Page furniture the per-source `remove` / `body` selectors must keep out of the text.
FURNITURE = ("Tin liên quan", "Tin khác", "Các tin khác", "Xem thêm", "Chia sẻ", "In bài", "Bản quyền", "©",
             "Ảnh:", "Video:", "Đọc thêm", "Trang chủ", "Nguồn:")


def _case(source_id: str) -> tuple[bytes, dict[str, Any]]:
    return (PAGES / f"{source_id}.html").read_bytes(), json.loads((PAGES / f"{source_id}.expected.json").read_text("utf-8"))


def test_catalogue_size_and_kinds() -> None:
    assert len(REAL_SOURCES) >= 12
    kinds = {load_source(s).kind for s in REAL_SOURCES}
    assert {"news", "ministry", "portal", "official_table"} <= kinds


def test_every_real_source_has_a_stored_page() -> None:
    assert {p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json")} == set(REAL_SOURCES)
    assert {p.stem for p in PAGES.glob("*.html")} == set(REAL_SOURCES)


@pytest.mark.parametrize("source_id", REAL_SOURCES)
def test_source_file_is_complete(source_id: str) -> None:
    src = load_source(source_id)
    assert src.id == source_id and src.base_url.startswith("https://")
    assert src.relevance == "rankings", "real sources keep only ranking articles"
    assert src.url_pattern is not None and src.language == "vi"
    assert src.feeds or src.sitemaps or src.listings
    assert 0 < src.max_pages <= 300 and 0 < src.max_depth <= 5
    for template in src.search:
        assert "{query}" in template
    if src.search:
        assert src.queries
    # every CSS selector in the file is valid (a typo would only show on the live site)
    probe = Selector(text="<html><body><p>x</p></body></html>")
    queries = [src.next_page, src.follow] + [v for k, v in src.selectors.items() if k not in ("date_formats", "remove")]
    queries += list(src.selectors.get("remove", []))
    for query in filter(None, queries):
        probe.css(query)
    # listing and discovery pages are not mistaken for articles
    for url in (*src.listings, src.base_url):
        assert not src.is_article(url), url


@pytest.mark.parametrize("source_id", REAL_SOURCES)
def test_stored_page_parses_with_the_source_selectors(source_id: str) -> None:
    html, case = _case(source_id)
    src = load_source(source_id)
    assert case["source"] == source_id
    assert src.is_article(case["url"]), "the stored page's address must match url_pattern"
    parsed = parse_article_html(html, case["url"], src.selectors, content_type=case.get("content_type"))
    got = parsed.to_dict()
    for key, value in case["expected"].items():
        assert got[key] == value, f"{source_id}: {key}"
    for phrase in FURNITURE:
        assert phrase not in parsed.text, f"{source_id}: {phrase!r} in text"
    # every selector the file sets matches on its page by itself (not rescued by the generic rules)
    probe = probe_article(src, html, case["url"])
    for name, field in probe.fields.items():
        assert field.selector is None or field.matched, f"{source_id}: {name} selector {field.selector!r} matched nothing"
    assert probe.fields["date"].selector is None or probe.fields["date"].parsed == case["expected"].get("date")
    assert probe.body_matched or not src.selectors.get("body"), f"{source_id}: body selector matched nothing"
    # and the relevance filter keeps it: every stored page is a ranking article
    tables = [{"caption": t.caption, "headers": t.headers, "rows": t.rows} for t in parsed.tables]
    assert relevance_reason(parsed.title, parsed.text, tables) is None


def test_relevance_reasons() -> None:
    assert relevance_reason("Đà Nẵng dẫn đầu DTI 2022", "Đà Nẵng xếp thứ nhất.") is None
    assert relevance_reason("ICT Index", "TP.HCM đứng đầu bảng.") is None
    assert relevance_reason("EGDI", "Việt Nam xếp hạng 71/193.") is None
    assert relevance_reason("Bảng", "", [{"caption": "Chỉ số chuyển đổi số 2022", "headers": ["Hạng"], "rows": [["1"]]}]) is None
    # plain ICT news: no ranking named
    assert relevance_reason("Hà Nội ra mắt ứng dụng công dân số", "Ứng dụng giúp người dân nộp hồ sơ.") == REASON_NO_INDEX
    assert relevance_reason("Giá vàng hôm nay", "Giá vàng tăng mạnh, dẫn đầu châu Á.") == REASON_NO_INDEX
    # a ranking named, but nothing ranked
    assert relevance_reason("Hội thảo về DTI", "Hội thảo bàn cách thu thập dữ liệu cho bộ chỉ số.") == REASON_NO_RANKING


def test_bad_relevance_and_politeness_values(tmp_path: Path) -> None:
    base = 'id = "x"\nbase_url = "https://x.vn"\n[articles]\nurl_pattern = "a"\n'
    path = tmp_path / "x.toml"
    path.write_text('relevance = "some"\n' + base, encoding="utf-8")
    with pytest.raises(SourceError, match="relevance must be one of"):
        load_source(path)
    path.write_text(base + "[politeness]\nconcurrency = 0\n", encoding="utf-8")
    with pytest.raises(SourceError, match="concurrency"):
        load_source(path)
    path.write_text(base + "[politeness]\ndelay = 2.5\nconcurrency = 1\n", encoding="utf-8")
    src = load_source(path)
    assert (src.delay, src.concurrency, src.relevance) == (2.5, 1, "all")
