"""Source files, discovery documents and URL variants: the crawler's pieces that need no network."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from crawlers.discovery import Link, parse_feed, parse_sitemap
from crawlers.extensions import stats_path_for
from crawlers.run import build_command
from crawlers.sourcefile import SOURCES_DIR, SourceError, find_source_file, load_source
from crawlers.spiders.news import _variant_rank, strip_tracking

MINIMAL = """
id = "mau"
name = "Mẫu"
base_url = "{demo:mau}"
kind = "portal"

[discovery]
feeds = ["/rss.xml", "https://cdn.example.vn/feed.xml"]
search = ["/tim-kiem?q={query}"]
queries = ["DTI"]

[articles]
url_pattern = '^/tin/\\d+\\.html$|[?&]id=\\d+'
"""


def _write(tmp_path: Path, text: str = MINIMAL) -> Path:
    path = tmp_path / "mau.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_configured_source_loads() -> None:
    files = sorted(SOURCES_DIR.rglob("*.toml"))
    assert files, "no source files"
    for path in files:
        source = load_source(path, base_url="http://127.0.0.1:1")
        assert source.id == path.stem
        assert source.url_pattern is not None, f"{path}: url_pattern missing"
        assert source.feeds or source.sitemaps or source.listings or source.search, path


def test_source_by_id_and_by_path(tmp_path: Path) -> None:
    demo_ids = sorted(p.stem for p in (SOURCES_DIR / "demo").glob("*.toml"))
    if demo_ids:
        assert find_source_file(demo_ids[0]) == SOURCES_DIR / "demo" / f"{demo_ids[0]}.toml"
    path = _write(tmp_path)
    assert find_source_file(str(path)) == path
    with pytest.raises(SourceError, match="unknown source id 'khong-co'; known:"):
        find_source_file("khong-co")
    with pytest.raises(SourceError, match="not found"):
        find_source_file(tmp_path / "missing.toml")


def test_load_source_resolves_urls(tmp_path: Path) -> None:
    source = load_source(_write(tmp_path), base_url="http://127.0.0.1:8001")
    assert source.base_url == "http://127.0.0.1:8001/"
    assert source.kind == "portal" and source.max_pages == 300 and source.max_depth == 5
    assert source.feeds == ["http://127.0.0.1:8001/rss.xml", "https://cdn.example.vn/feed.xml"]
    assert source.is_article("http://127.0.0.1:8001/tin/123.html")
    assert source.is_article("http://127.0.0.1:8001/tin/123.html?utm_source=x")
    assert source.is_article("http://127.0.0.1:8001/ChiTiet.aspx?id=42")
    assert not source.is_article("http://127.0.0.1:8001/tin/")
    assert source.stop_at_known is True  # the default: listings are newest first


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (MINIMAL.replace("'^/tin", "'^/(tin"), "not a valid regex"),
        (MINIMAL.replace("{query}", "q"), "has no {query}"),
        ("id = [", "invalid TOML"),
        (MINIMAL.replace('feeds = ["/rss.xml", "https://cdn.example.vn/feed.xml"]', "feeds = 3"), "list of strings"),
        (MINIMAL.replace('feeds = ["/rss.xml", "https://cdn.example.vn/feed.xml"]',
                         'feeds = ["/rss.xml"]\nstop_at_known = "no"'), "stop_at_known must be true or false"),
    ],
)
def test_bad_source_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        load_source(_write(tmp_path, text), base_url="http://127.0.0.1:1")


def test_demo_placeholder_needs_base_url(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="pass -a base_url="):
        load_source(_write(tmp_path))


RSS = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>x</title>
<item><title>A</title><link>/tin/1.html</link><pubDate>Wed, 12 Jul 2023 23:30:00 +0700</pubDate></item>
<item><title>B</title><guid isPermaLink="true">http://h/tin/2.html</guid></item>
<item><title>C</title><guid isPermaLink="false">abc</guid></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<entry><title>A</title><link rel="alternate" href="http://h/tin/3.html"/><link rel="edit" href="http://h/e"/>
<published>2023-07-12T08:00:00+07:00</published></entry></feed>"""


def test_feeds() -> None:
    assert parse_feed(RSS, "http://h/rss.xml") == [Link("http://h/tin/1.html", "2023-07-12"), Link("http://h/tin/2.html")]
    assert parse_feed(ATOM, "http://h/atom.xml") == [Link("http://h/tin/3.html", "2023-07-12")]
    assert parse_feed(b"<html><body>not a feed</body></html>", "http://h/") is None
    assert parse_feed(b"\x00\x01garbage", "http://h/") is None


def test_sitemaps() -> None:
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>http://h/s1.xml</loc></sitemap><sitemap><loc>/s2.xml.gz</loc></sitemap></sitemapindex>"""
    assert parse_sitemap(index, "http://h/sitemap.xml") == ("index", [Link("http://h/s1.xml"), Link("http://h/s2.xml.gz")])
    news = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>http://h/tin/1.html</loc><lastmod>2024-01-01</lastmod>
    <news:news><news:publication_date>2023-07-12T08:00:00+07:00</news:publication_date></news:news></url>
    <url><loc>http://h/tin/2.html</loc></url></urlset>"""
    assert parse_sitemap(news, "http://h/") == ("urlset", [Link("http://h/tin/1.html", "2023-07-12"), Link("http://h/tin/2.html")])
    assert parse_sitemap(b"<rss/>", "http://h/") is None
    assert gzip.decompress(gzip.compress(news)) == news  # the spider gunzips before parsing


def test_tracking_variants() -> None:
    assert strip_tracking("http://h/a.html?utm_source=x&id=3&fbclid=y#top") == "http://h/a.html?id=3"
    assert strip_tracking("http://h/a.html") == "http://h/a.html"
    variants = ["http://h/amp/a.html", "http://h/a.html?utm_source=x", "http://h/a.html"]
    assert sorted(variants, key=_variant_rank)[0] == "http://h/a.html"


def test_stats_path_and_command(tmp_path: Path) -> None:
    from scrapy.settings import Settings

    assert stats_path_for(Settings({"FEEDS": {str(tmp_path / "o.jsonl"): {"format": "jsonlines"}}})) == tmp_path / "o.jsonl.stats.json"
    assert stats_path_for(Settings({"XEPHANG_STATS_FILE": "/x/s.json"})) == Path("/x/s.json")
    assert stats_path_for(Settings({"FEEDS": {"s3://b/o.jsonl": {}}})) is None
    command = build_command("nhipso", tmp_path / "o.jsonl", base_url="http://127.0.0.1:5", known_urls=tmp_path / "k.txt")
    assert command[1:6] == ["-m", "crawlers", "crawl", "news", "-a"]
    joined = " ".join(command)
    assert "AUTOTHROTTLE_ENABLED=0" in joined and "DOWNLOAD_DELAY=0" in joined
    assert "AUTOTHROTTLE_ENABLED" not in " ".join(build_command("x", tmp_path / "o.jsonl", base_url="https://a.vn"))
    # the caller's settings win over the loopback defaults
    assert "DOWNLOAD_DELAY=2" in " ".join(
        build_command("x", tmp_path / "o.jsonl", base_url="http://127.0.0.1:5", settings={"DOWNLOAD_DELAY": "2"})
    )
