"""Crawl every outlet of the bundled demo site with its source file, as `xephang run --demo` does.

The demo outlets' own article lists are the ground truth: every article an outlet publishes must be
found (through whatever discovery that outlet offers; the listing-only portal only through
pagination), fetched once even when linked with tracking parameters and served as AMP, and come out
with its title, date and text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from crawlers.run import CrawlResult, crawl_source
from crawlers.sourcefile import SOURCES_DIR
from pipeline.urls import canonical_url

pytestmark = pytest.mark.slow

DEMO_SOURCES = sorted(p.stem for p in (SOURCES_DIR / "demo").glob("*.toml"))
_CRAWLED = re.compile(r"Crawled \((\d{3})\) <GET (\S+)>")


def _outlets() -> dict[str, Any]:
    from xephang.demo.outlets import build_outlets

    return build_outlets()


def _crawl(outlet: str, base_url: str, tmp_path: Path) -> tuple[CrawlResult, list[dict[str, Any]], Counter[str]]:
    """Crawl one outlet at DEBUG level, so the log lists every response; returns the items and
    the number of fetches per URL path (query kept)."""
    result = crawl_source(
        SOURCES_DIR / "demo" / f"{outlet}.toml", tmp_path / f"{outlet}.jsonl", base_url=base_url,
        settings={"LOG_LEVEL": "DEBUG"}, timeout=300,
    )
    items = [json.loads(line) for line in result.out.read_text(encoding="utf-8").splitlines() if line.strip()]
    fetched: Counter[str] = Counter()
    for _status, url in _CRAWLED.findall(result.log.read_text(encoding="utf-8")):
        parts = urlsplit(url)
        fetched[parts.path + (f"?{parts.query}" if parts.query else "")] += 1
    return result, items, fetched


def test_demo_sources_exist() -> None:
    assert len(DEMO_SOURCES) >= 3, "crawlers/sources/demo/*.toml missing"
    assert set(DEMO_SOURCES) <= set(_outlets())


@pytest.mark.parametrize("outlet", DEMO_SOURCES)
def test_crawl_demo_outlet(outlet: str, demo_site: Any, tmp_path: Path) -> None:
    demo = _outlets()[outlet]
    result, items, fetched = _crawl(outlet, demo_site.outlets[outlet], tmp_path)
    assert result.returncode == 0, result.log.read_text(encoding="utf-8")[-3000:]
    assert result.errors == [], result.errors
    assert result.pages >= len(items)

    expected = {demo.placement(a).path: a for a in demo.articles}
    got = {urlsplit(item["url"]).path: item for item in items}
    assert len(got) == len(items), "an article was emitted twice"
    assert set(got) == set(expected)
    assert len({canonical_url(item["url"]) for item in items}) == len(items)

    for path, article in expected.items():
        item = got[path]
        assert item["source"] == outlet
        assert item["title"].strip(), path
        assert item["date"] == article.date.date().isoformat(), path
        assert len(item["text"]) > 200, path
        assert "\n\n" in item["text"], path
        # every article is fetched once: plain URL once, no tracking or AMP variant fetched
        assert fetched[path] == 1, (path, fetched)
        assert fetched[f"/amp{path}"] == 0, path
        assert not any(k.startswith(path + "?") for k in fetched), path
        placement = demo.placement(article)
        if placement.tracking:
            assert any("utm_" in a or "fbclid" in a for a in item["alias_urls"]), item["alias_urls"]
        # body paragraphs are in the text, image captions are not, tables come out as tables
        assert article.lead[:60] in item["text"], path  # the sapo, printed above the body on most outlets
        paragraphs = [b.text for b in article.blocks if b.kind == "p"]
        assert paragraphs[0][:60] in item["text"] and paragraphs[-1][:60] in item["text"], path
        for block in article.blocks:
            if block.kind == "img":
                assert block.text not in item["text"], (path, block.text)
            if block.kind == "table":
                assert any(t["rows"] and len(t["rows"][0]) == len(block.rows[-1]) for t in item["tables"]), path


@pytest.mark.parametrize("outlet", DEMO_SOURCES)
def test_generic_extractor_on_demo_pages(outlet: str) -> None:
    """Without the source's selectors the generic extractor still gets title, date, lead and body
    of every demo page and leaves out captions: what a new source without selectors gets."""
    from pipeline.html_article import parse_article_html

    demo = _outlets()[outlet]
    base = "http://127.0.0.1:9"
    for article in demo.articles:
        url = demo.article_url(base, article)
        parsed = parse_article_html(demo.render_article(base, article).encode("utf-8"), url)
        assert parsed.ok, (url, parsed.skip_reason)
        assert parsed.title == article.title, url
        assert parsed.date == article.date.date().isoformat(), url
        assert article.lead[:60] in parsed.text, url
        for block in article.blocks:
            if block.kind == "p":
                assert block.text[:60] in parsed.text, (url, block.text)
            elif block.kind == "img":
                assert block.text not in parsed.text, (url, block.text)


def test_listing_only_outlet_found_through_pagination(demo_site: Any, tmp_path: Path) -> None:
    """chinhquyenso publishes its articles only on paginated listings (no feed, no sitemap entries)."""
    assert "chinhquyenso" in DEMO_SOURCES, "the demo needs its listing-only outlet"
    demo = _outlets()["chinhquyenso"]
    result, items, fetched = _crawl("chinhquyenso", demo_site.outlets["chinhquyenso"], tmp_path)
    assert {urlsplit(i["url"]).path for i in items} == {demo.placement(a).path for a in demo.articles}
    assert len(demo.articles) > demo.page_size, "the demo outlet needs more than one listing page"
    listing_pages = [k for k in fetched if k.startswith("/tin-tuc") and "/chi-tiet/" not in k]
    assert len(listing_pages) >= 2, fetched
    assert result.stats.get("xephang/feed_links", 0) == 0 or not any(
        "/tin-tuc/chi-tiet/" in k for k in fetched if "rss" in k
    )
