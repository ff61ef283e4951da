"""The bundled demo news site, over real HTTP on 127.0.0.1.

The crawler and end-to-end tests trust this site to behave like a set of real outlets, so these tests
pin down what they rely on: discovery files (robots.txt, sitemaps, RSS), paginated listings that
reach every article, article pages with their titles, the AMP copy and tracking-parameter variants,
the listing-only portal, 404s, the source TOMLs matching the markup, and expected.json agreeing with
the article files it is generated from.
"""

from __future__ import annotations

import difflib
import html
import json
import re
import tomllib
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from parsel import Selector

from xephang.demo.manifest import EXPECTED_PATH, render_manifest
from xephang.demo.server import DemoSite

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "crawlers" / "sources" / "demo"
EXPECTED: dict[str, Any] = json.loads(EXPECTED_PATH.read_text(encoding="utf-8"))
OUTLETS: dict[str, Any] = EXPECTED["outlets"]
ARTICLES: dict[str, Any] = {a["id"]: a for a in EXPECTED["articles"]}
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
CONTRACT_KEYS = {"entity", "entity_type", "index", "component", "group", "year", "rank", "rank_total", "top",
                 "score", "rank_change"}


def fetch(url: str) -> tuple[int, str, str]:
    """(status, content type, body) for a GET, 4xx/5xx included."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode("utf-8")


def get(url: str) -> str:
    status, _, body = fetch(url)
    assert status == 200, (url, status)
    return body


def sitemap_urls(site: DemoSite, outlet: str) -> list[str]:
    """Every <loc> of an outlet's sitemap, following a sitemap index one level."""
    root = ET.fromstring(get(site.url(outlet, OUTLETS[outlet]["sitemap"])))
    if root.tag == f"{SM}sitemapindex":
        urls: list[str] = []
        for loc in root.iter(f"{SM}loc"):
            urls += [e.text or "" for e in ET.fromstring(get(loc.text or "")).iter(f"{SM}loc")]
        return urls
    assert root.tag == f"{SM}urlset"
    return [e.text or "" for e in root.iter(f"{SM}loc")]


def feed_links(site: DemoSite, outlet: str) -> list[str]:
    root = ET.fromstring(get(site.url(outlet, OUTLETS[outlet]["feed"])))
    assert root.tag == "rss" and root.get("version") == "2.0"
    return [item.findtext("link") or "" for item in root.iter("item")]


def crawl_listing(site: DemoSite, outlet: str, start: str) -> tuple[list[str], set[str]]:
    """Follow rel=next from a listing page; returns the pages visited and every link path on them."""
    pages, links = [], set()
    url: str | None = site.url(outlet, start)
    while url and len(pages) < 20:
        body = get(url)
        pages.append(url)
        sel = Selector(text=body)
        links |= {urlsplit(urljoin(url, h)).path for h in sel.css("a::attr(href)").getall()}
        nxt = sel.css("a[rel=next]::attr(href)").get()
        url = urljoin(url, nxt) if nxt else None
    return pages, links


def source(outlet: str) -> dict[str, Any]:
    with (SOURCES / f"{outlet}.toml").open("rb") as handle:
        return tomllib.load(handle)


def copies(outlet: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    return [(a["id"], c) for a in EXPECTED["articles"] for c in a["copies"] if outlet in (None, c["outlet"])]


# -- the server ------------------------------------------------------------------------------------------

def test_demo_site_is_on_loopback(demo_site: DemoSite) -> None:
    assert set(demo_site.outlets) == set(OUTLETS)
    assert len(OUTLETS) >= 3
    ports = set()
    for outlet, base in demo_site.outlets.items():
        parts = urlsplit(base)
        assert parts.scheme == "http" and parts.hostname == "127.0.0.1" and parts.port, base
        ports.add(parts.port)
        assert demo_site.url(outlet, "/robots.txt") == f"{base}/robots.txt"
        assert demo_site.url(outlet, "tin?page=2") == f"{base}/tin?page=2"
    assert len(ports) == len(OUTLETS), "each outlet has its own origin"


@pytest.mark.parametrize("outlet", sorted(OUTLETS))
def test_robots_allows_crawl_and_names_sitemap(demo_site: DemoSite, outlet: str) -> None:
    status, ctype, body = fetch(demo_site.url(outlet, "/robots.txt"))
    assert status == 200 and ctype.startswith("text/plain") and "charset=utf-8" in ctype
    assert "User-agent: *" in body and "Disallow: /\n" not in body
    assert f"Sitemap: {demo_site.url(outlet, OUTLETS[outlet]['sitemap'])}" in body


@pytest.mark.parametrize("outlet", sorted(OUTLETS))
def test_sitemap_and_feed_are_valid_and_live(demo_site: DemoSite, outlet: str) -> None:
    base = demo_site.outlets[outlet]
    urls = sitemap_urls(demo_site, outlet)
    links = feed_links(demo_site, outlet)
    assert urls and links
    for url in urls + links:
        assert url.startswith(base + "/"), url  # the running port is rendered into the documents
        assert fetch(url)[0] == 200, url


@pytest.mark.parametrize("outlet", sorted(OUTLETS))
def test_pages_are_utf8_html_marked_demo(demo_site: DemoSite, outlet: str) -> None:
    status, ctype, body = fetch(demo_site.url(outlet, "/"))
    assert status == 200 and ctype == "text/html; charset=utf-8"
    assert "demo" in body.lower().split("<footer", 1)[-1] or "demo" in body[-800:].lower()


@pytest.mark.parametrize("outlet", sorted(OUTLETS))
def test_listings_paginate_and_reach_every_article(demo_site: DemoSite, outlet: str) -> None:
    reached: set[str] = set()
    longest = 0
    for listing in OUTLETS[outlet]["listings"]:
        pages, links = crawl_listing(demo_site, outlet, listing)
        longest = max(longest, len(pages))
        reached |= links
    paths = {c["path"] for _, c in copies(outlet)}
    assert paths <= reached, sorted(paths - reached)
    assert longest >= 2, "no listing of this outlet has a second page"


def test_listing_page_beyond_the_last_is_404(demo_site: DemoSite) -> None:
    assert fetch(demo_site.url("nhipso", "/tin-moi?page=99"))[0] == 404
    assert fetch(demo_site.url("nhipso", "/tin-moi?page=abc"))[0] == 404
    assert fetch(demo_site.url("doisongso", "/trang-99"))[0] == 404
    assert fetch(demo_site.url("chinhquyenso", "/tin-tuc/trang-99"))[0] == 404


@pytest.mark.parametrize("outlet", sorted(OUTLETS))
def test_unknown_paths_are_404_pages(demo_site: DemoSite, outlet: str) -> None:
    for path in ("/khong-ton-tai", "/2099/01/khong-co-bai-nay.html", "/amp/khong-co.html", "/chuyen-muc/khong-co"):
        status, ctype, body = fetch(demo_site.url(outlet, path))
        assert status == 404, path
        assert ctype == "text/html; charset=utf-8" and "<html" in body


def test_every_article_url_serves_its_title(demo_site: DemoSite) -> None:
    assert len(ARTICLES) >= 32
    for article_id, copy in copies():
        status, ctype, body = fetch(demo_site.url(copy["outlet"], copy["path"]))
        assert status == 200 and ctype == "text/html; charset=utf-8", (article_id, copy)
        title = Selector(text=body).css("title::text").get() or ""
        assert ARTICLES[article_id]["title"] in html.unescape(body), article_id
        assert ARTICLES[article_id]["title"] in title, article_id


def test_amp_copy_points_back_to_the_article(demo_site: DemoSite) -> None:
    cases = [c for c in EXPECTED["special_cases"]["tracking_and_amp"] if c["amp_path"]]
    assert cases
    for case in cases:
        main_url = demo_site.url(case["outlet"], case["path"])
        amp_url = demo_site.url(case["outlet"], case["amp_path"])
        assert case["amp_path"] == "/amp" + case["path"]
        assert Selector(text=get(main_url)).css("link[rel=amphtml]::attr(href)").get() == amp_url
        amp = Selector(text=get(amp_url))
        assert amp.css("link[rel=canonical]::attr(href)").get() == main_url
        assert amp.css("html").attrib.get("⚡") is not None or "amp" in amp.css("html").attrib
        assert ARTICLES[case["article"]]["title"] in amp.css("h1::text").get("")


def test_amp_is_only_served_for_articles_that_have_one(demo_site: DemoSite) -> None:
    plain = next(c for _, c in copies("nhipso") if "amp_path" not in c)
    assert fetch(demo_site.url("nhipso", "/amp" + plain["path"]))[0] == 404


def test_tracking_urls_serve_the_same_article_and_are_linked(demo_site: DemoSite) -> None:
    cases = [c for c in EXPECTED["special_cases"]["tracking_and_amp"] if c["tracking_paths"]]
    assert cases
    for case in cases:
        plain = get(demo_site.url(case["outlet"], case["path"]))
        assert any("utm_" in p for p in case["tracking_paths"]) and any("fbclid" in p for p in case["tracking_paths"])
        for path in case["tracking_paths"]:
            assert get(demo_site.url(case["outlet"], path)) == plain, path
        # the site itself links to the article with tracking parameters (home "Đọc nhiều", listings)
        home = Selector(text=get(demo_site.url(case["outlet"], "/")))
        hrefs = home.css("a::attr(href)").getall()
        assert any(h.startswith(demo_site.url(case["outlet"], case["path"]) + "?fbclid=") for h in hrefs)
        _, listing_links = crawl_listing(demo_site, case["outlet"], "/tin-moi")
        assert case["path"] in listing_links


def test_listing_only_outlet_hides_articles_from_sitemap_and_feed(demo_site: DemoSite) -> None:
    outlet = EXPECTED["special_cases"]["listing_only_outlet"]
    assert OUTLETS[outlet]["listing_only"]
    paths = {c["path"] for _, c in copies(outlet)}
    assert len(paths) > 5
    pattern = re.compile(source(outlet)["articles"]["url_pattern"])
    discovered = sitemap_urls(demo_site, outlet) + feed_links(demo_site, outlet)
    assert discovered
    assert not {urlsplit(u).path for u in discovered} & paths
    assert not any(pattern.search(urlsplit(u).path) for u in discovered)
    home_links = {urlsplit(h).path for h in Selector(text=get(demo_site.url(outlet, "/"))).css("a::attr(href)").getall()}
    assert not home_links & paths
    pages, reached = crawl_listing(demo_site, outlet, OUTLETS[outlet]["listings"][0])
    assert len(pages) >= 2 and paths <= reached


def body_paragraphs(site: DemoSite, outlet: str, path: str) -> list[str]:
    """The article body's paragraphs, read with the outlet's own body selector from its source file."""
    body = Selector(text=get(site.url(outlet, path))).css(source(outlet)["articles"]["selectors"]["body"])
    return [" ".join(p.css("::text").getall()).strip() for p in body.css("p:not(.excerpt)")]


def test_syndicated_copies_share_text_but_not_template(demo_site: DemoSite) -> None:
    pairs = EXPECTED["special_cases"]["syndicated_pairs"]
    assert pairs
    for pair in pairs:
        first, second = pair["copies"][:2]
        assert first["outlet"] != second["outlet"] and first["path"] != second["path"]
        texts = [body_paragraphs(demo_site, c["outlet"], c["path"]) for c in (first, second)]
        assert len(texts[0]) >= 3 and texts[0] == texts[1]
        bylines = {c["author"] for c in ARTICLES[pair["article"]]["copies"]}
        assert len(bylines) == 2
        pages = [get(demo_site.url(c["outlet"], c["path"])) for c in (first, second)]
        for page, byline in zip(pages, sorted(bylines, key=lambda b: b not in pages[0]), strict=True):
            assert html.escape(byline, quote=True) in page
        assert difflib.SequenceMatcher(None, pages[0], pages[1]).ratio() < 0.8, "templates should differ"


def test_republished_story_is_a_light_edit_a_few_days_later(demo_site: DemoSite) -> None:
    pairs = EXPECTED["special_cases"]["republished_pairs"]
    assert pairs
    for pair in pairs:
        original, copy = ARTICLES[pair["original"]], ARTICLES[pair["republished"]]
        assert original["title"] != copy["title"]
        assert {c["outlet"] for c in original["copies"]}.isdisjoint({c["outlet"] for c in copy["copies"]})
        days = (datetime.fromisoformat(copy["published"]) - datetime.fromisoformat(original["published"])).days
        assert 1 <= days <= 7
        bodies = [" ".join(body_paragraphs(demo_site, a["copies"][0]["outlet"], a["copies"][0]["path"]))
                  for a in (original, copy)]
        ratio = difflib.SequenceMatcher(None, bodies[0], bodies[1]).ratio()
        assert 0.85 < ratio < 1.0, ratio


def test_official_table_page(demo_site: DemoSite) -> None:
    tables = EXPECTED["special_cases"]["official_tables"]
    assert tables
    for case in tables:
        sel = Selector(text=get(demo_site.url(case["outlet"], case["path"])))
        table = sel.css("table")
        assert table, case
        caption = table.css("caption::text").get("")
        assert re.search(r"20\d\d", caption), caption
        headers = [h.strip() for h in table.css("thead th::text").getall()]
        assert headers[:3] == ["STT", "Tỉnh, thành phố", "Chỉ số DTI"]
        assert {"Chính quyền số", "Kinh tế số", "Xã hội số"} <= set(headers)
        rows = table.css("tbody tr")
        assert 10 <= len(rows) <= 20
        assert [r.css("td::text").get() for r in rows] == [str(i) for i in range(1, len(rows) + 1)]


def test_date_formats_differ_between_outlets(demo_site: DemoSite) -> None:
    def page(outlet: str) -> str:
        return get(demo_site.url(outlet, copies(outlet)[0][1]["path"]))

    assert re.search(r"Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật", page("nhipso"))
    assert re.search(r'<span class="dt">\d\d/\d\d/\d{4} - \d\d:\d\d</span>', page("nhipso"))
    assert re.search(r'<time class="entry-date published" datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00">', page("doisongso"))
    assert 'property="article:published_time"' in page("doisongso")
    assert re.search(r'class="detail__time">\d\d:\d\d (AM|PM) \d\d/\d\d/\d{4}<', page("songhan"))
    assert re.search(r'<span class="ngay">ngày \d{1,2} tháng \d{1,2} năm \d{4}</span>', page("chinhquyenso"))


# -- the source files ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("outlet", sorted(OUTLETS))
def test_source_file_matches_the_outlet(demo_site: DemoSite, outlet: str) -> None:
    """The TOML's url_pattern and selectors actually fit this outlet's markup."""
    data = source(outlet)
    assert data["id"] == outlet and data["base_url"] == f"{{demo:{outlet}}}"
    assert data["kind"] in {"news", "portal", "ministry", "official_table"}
    pattern = re.compile(data["articles"]["url_pattern"])
    sel_conf = data["articles"]["selectors"]
    for article_id, copy in copies(outlet):
        assert pattern.search(copy["path"]), copy["path"]
        if "amp_path" in copy:
            assert not pattern.search(copy["amp_path"])
        sel = Selector(text=get(demo_site.url(outlet, copy["path"])))
        article = ARTICLES[article_id]
        assert (sel.css(sel_conf["title"]).get() or "").strip() == article["title"]
        assert sel.css(sel_conf["body"]).css("p"), article_id
        raw = (sel.css(sel_conf["date"]).get() or "").strip()
        parsed = None
        for fmt in sel_conf["date_formats"]:
            try:
                parsed = datetime.strptime(raw, fmt)
                break
            except ValueError:
                continue
        assert parsed is not None and parsed.date().isoformat() == article["date"], (raw, article_id)
    discovery = data["discovery"]
    assert discovery["feeds"] == [OUTLETS[outlet]["feed"]] and discovery["sitemaps"] == [OUTLETS[outlet]["sitemap"]]
    for listing in discovery["listings"]:
        assert not pattern.search(listing)
        assert fetch(demo_site.url(outlet, listing))[0] == 200
    # next_page selects the second page on the first listing that has one
    for listing in discovery["listings"]:
        nxt = Selector(text=get(demo_site.url(outlet, listing))).css(data["articles"]["next_page"]).get()
        if nxt:
            assert fetch(urljoin(demo_site.url(outlet, listing), nxt))[0] == 200
            break
    else:
        pytest.fail(f"{outlet}: next_page selects nothing on any listing")


# -- the manifest -------------------------------------------------------------------------------------------

def test_expected_json_is_up_to_date() -> None:
    assert EXPECTED_PATH.read_text(encoding="utf-8") == render_manifest(), (
        "expected.json is stale: run `python -m xephang.demo.manifest`"
    )


def test_expected_facts_follow_the_contract() -> None:
    from xephang.demo.content import load_articles

    texts = {a.id: a.text() for a in load_articles()}
    no_claim = set(EXPECTED["special_cases"]["no_claim"])
    assert len(no_claim) >= 3
    assert len([a for a in ARTICLES if a.startswith("s")]) == 5  # the five seeds
    for article_id, article in ARTICLES.items():
        facts = article["facts"]
        if article_id in no_claim:
            assert article["kind"] == "no_claim" and facts == []
            continue
        assert len(facts) >= 2, article_id
        for fact in facts:
            assert set(fact) == CONTRACT_KEYS, (article_id, fact)
            assert fact["entity_type"] in {"province", "ministry", "agency", "local_unit", "country"}
            assert fact["index"] in {"dti", "ict_index", "ict_application", "egdi", "local", "other"}
            assert isinstance(fact["year"], int) and 2015 <= fact["year"] <= int(article["date"][:4])
            assert any(fact[k] is not None for k in ("rank", "rank_total", "top", "score", "rank_change"))
            assert not re.match(r"(TP|tỉnh|thành phố)\b", fact["entity"]), fact["entity"]
            if fact["component"] is not None:
                assert fact["component"] == fact["component"].lower()
            if fact["score"] is not None:
                written = {f"{fact['score']:.4f}".replace(".", ","), f"{fact['score']:.2f}".replace(".", ",")}
                assert any(w in texts[article_id] for w in written), (article_id, fact)
            if fact["rank_total"] is not None and fact["rank"] is not None and fact["rank_total"] != fact["rank"]:
                assert f"{fact['rank']}/{fact['rank_total']}" in texts[article_id] or str(fact["rank_total"]) in texts[article_id]


def test_server_prints_nothing_and_shuts_down(capfd: pytest.CaptureFixture[str]) -> None:
    from xephang.demo.server import serve_demo_site

    with serve_demo_site() as site:
        url = site.url("songhan", "/")
        assert fetch(url)[0] == 200
        assert fetch(site.url("songhan", "/khong-co"))[0] == 404
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)


def test_unchanged_pages_revalidate_with_304(demo_site) -> None:
    """Listings carry an ETag; asking again with If-None-Match gets 304 and no body."""
    import urllib.error
    import urllib.request

    url = demo_site.url("nhipso", "/tin-moi")
    with urllib.request.urlopen(url, timeout=10) as first:
        etag = first.headers["ETag"]
        assert etag and first.read()
    request = urllib.request.Request(url, headers={"If-None-Match": etag})
    try:
        urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as exc:
        assert exc.code == 304
    else:
        raise AssertionError("expected 304 Not Modified for an unchanged page")
