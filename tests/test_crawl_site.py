"""Real Scrapy crawls (subprocesses) of the hand-written test site in tests/fixtures_crawl.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from crawlers.run import REPO_ROOT, CrawlResult, crawl_source
from tests.fixtures_crawl import CP1258_TITLE, CrawlSite, Page, running_test_site, serve_pages, write_source

pytestmark = pytest.mark.slow

ITEM_KEYS = {
    "url", "requested_url", "canonical_url", "alias_urls", "source", "source_kind", "title", "date", "text",
    "tables", "author", "fetched_at", "http_status",
}


def _items(path: Path) -> dict[str, dict[str, Any]]:
    """Items keyed by URL path."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_path = {urlsplit(item["url"]).path: item for item in items}
    assert len(by_path) == len(items), "two items for one URL path"
    return by_path


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlSite, CrawlResult, dict[str, Any]]]:
    """One crawl of the whole test site, shared by the tests that only read its results."""
    tmp = tmp_path_factory.mktemp("crawl")
    with running_test_site(tmp) as site:
        result = crawl_source(site.source, tmp / "out.jsonl", base_url=site.base_url, timeout=120)
        yield site, result, _items(result.out)


def test_crawl_result_figures(full_crawl: tuple[CrawlSite, CrawlResult, dict[str, Any]]) -> None:
    site, result, items = full_crawl
    assert result.returncode == 0, result.log.read_text(encoding="utf-8")
    assert result.errors == []
    assert result.finish_reason == "finished"
    assert result.items == len(items) == 8
    # every response except robots.txt, as the server saw them
    assert result.pages == len([r for r in site.server.requests if r != "/robots.txt"])
    assert result.stats_path.exists() and result.log.exists()
    assert "Spider closed (finished)" in result.log.read_text(encoding="utf-8")


def test_items_have_the_contract_fields(full_crawl: tuple[CrawlSite, CrawlResult, dict[str, Any]]) -> None:
    site, _, items = full_crawl
    for item in items.values():
        assert set(item) == ITEM_KEYS
        assert item["source"] == "baothu" and item["source_kind"] == "news"
        assert item["title"].strip() and item["text"].strip()
        assert item["http_status"] == 200
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", item["fetched_at"])
        assert item["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["date"])
        assert item["url"].startswith(site.base_url)


def test_good_article(full_crawl: tuple[CrawlSite, CrawlResult, dict[str, Any]]) -> None:
    site, _, items = full_crawl
    item = items["/2023/07/da-nang-dan-dau.html"]
    assert item["title"] == "Đà Nẵng dẫn đầu Chỉ số chuyển đổi số 2022"
    assert item["date"] == "2020-09-11"
    assert item["author"] == "Minh Anh"
    assert item["canonical_url"] == site.server.url("/2023/07/da-nang-dan-dau.html")
    assert item["text"].split("\n\n")[0].startswith("Bộ Thông tin và Truyền thông vừa công bố")
    assert "Quảng Ngãi tăng 5 bậc, xếp thứ 21/63" in item["text"]
    for chrome in ("Trang chủ", "Giới thiệu", "Bản quyền", "window.ads", "Minh Anh", "11/09/2020"):
        assert chrome not in item["text"]


def test_tracking_and_amp_variants_fetched_once(full_crawl: tuple[CrawlSite, CrawlResult, dict[str, Any]]) -> None:
    site, _, items = full_crawl
    assert site.server.count("/2023/07/da-nang-dan-dau.html") == 1
    assert site.server.count("/amp/2023/07/da-nang-dan-dau.html") == 0
    assert site.server.count("/2023/07/tin-quang-cao.html") == 1
    # requested without the tracking parameters
    assert "/2023/07/da-nang-dan-dau.html" in site.server.requests
    assert not any("utm_" in r or "fbclid" in r for r in site.server.requests)
    # Variants are recorded as far as they are known when the item is written (discovery pages are
    # fetched first, so normally all of them; a loaded machine may reorder responses).
    aliases = {a.replace(site.base_url, "") for a in items["/2023/07/da-nang-dan-dau.html"]["alias_urls"]}
    variants = {
        "/amp/2023/07/da-nang-dan-dau.html",
        "/2023/07/da-nang-dan-dau.html?utm_source=zalo&utm_medium=social",
        "/2023/07/da-nang-dan-dau.html?utm_source=rss",
        "/2023/07/da-nang-dan-dau.html?fbclid=abc",
    }
    assert aliases and aliases <= variants
    ads = items["/2023/07/tin-quang-cao.html"]
    assert ads["alias_urls"] == [site.server.url("/2023/07/tin-quang-cao.html?fbclid=IwAR0x")]


def test_boilerplate_removed_and_tables_kept(full_crawl: tuple[CrawlSite, CrawlResult, dict[str, Any]]) -> None:
    _, _, items = full_crawl
    item = items["/2023/07/tin-quang-cao.html"]
    assert item["text"] == (
        "Sở TT&TT Thừa Thiên Huế đạt 99,87 điểm, đứng đầu khối sở ngành.\n\n"
        "Kết quả được công bố tại hội nghị tổng kết năm."
    )
    assert item["date"] == "2022-10-25"
    assert item["tables"] == [
        {"headers": ["Hạng", "Tỉnh", "Điểm"], "rows": [["1", "Đà Nẵng", "0,6"], ["2", "Quảng Ninh", "0,57"]],
         "caption": "Top 3 DTI 2022"}
    ]


def test_pagination_followed_to_the_last_page(full_crawl: tuple[CrawlSite, CrawlResult, dict[str, Any]]) -> None:
    site, _, items = full_crawl
    assert items["/2023/06/trang-hai.html"]["date"] == "2023-06-12"
    assert items["/2023/05/trang-ba.html"]["date"] == "2023-05-12"
    assert site.server.count("/chuyen-muc/cds") == 3  # pages 1, 2, 3, each once


def test_search_template_with_queries(full_crawl: tuple[CrawlSite, CrawlResult, dict[str, Any]]) -> None:
    site, _, items = full_crawl
    assert items["/2023/04/chi-tim-thay.html"]["date"] == "2023-04-20"
    assert [r for r in site.server.requests if r.startswith("/tim-kiem")] == [
        "/tim-kiem?q=ch%E1%BB%89+s%E1%BB%91+chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"
    ]


def test_robots_offsite_and_non_articles(full_crawl: tuple[CrawlSite, CrawlResult, dict[str, Any]]) -> None:
    site, result, _ = full_crawl
    assert site.server.count("/2023/07/bi-mat.html") == 0
    assert any("robots.txt" in s and "bi-mat" in s for s in result.skipped)
    assert site.server.count("/gioi-thieu") == 0  # not an article, and no `follow` selector
    assert all(not r.startswith("http") for r in site.server.requests)


def test_charset_problems_do_not_make_mojibake(full_crawl: tuple[CrawlSite, CrawlResult, dict[str, Any]]) -> None:
    _, result, items = full_crawl
    assert items["/2023/07/sai-bang-ma.html"]["title"] == "Bình Dương vào top 10 DTI"
    cp1258 = items["/2023/07/windows-1258.html"]
    assert cp1258["title"] == CP1258_TITLE
    assert "Hà Giang tăng 7 bậc" in cp1258["text"]
    raw = result.out.read_text(encoding="utf-8")
    for mojibake in ("Ã", "Â»", "áº", "\ufffd"):
        assert mojibake not in raw
    log = result.log.read_text(encoding="utf-8")
    assert "declared charset cp1252 but the body is valid UTF-8" in log
    assert "read as cp1258" in log


def test_bad_pages_skipped_with_reasons(full_crawl: tuple[CrawlSite, CrawlResult, dict[str, Any]]) -> None:
    _, result, items = full_crawl
    reasons = {s.rsplit("/", 1)[-1]: s for s in result.skipped}
    assert reasons["rong.html"].startswith("empty body")
    assert reasons["nhi-phan.html"].startswith("binary body")
    assert reasons["rac.html"].startswith("no title")
    assert reasons["khong-ton-tai.html"].startswith("http 404")
    for slug in ("rong", "nhi-phan", "rac", "khong-ton-tai"):
        assert f"/2023/07/{slug}.html" not in items
    # recoverable malformed HTML still gives its article; the sitemap's date fills the missing one
    malformed = items["/2023/07/loi-html.html"]
    assert malformed["title"] == "Hà Nội công bố kết quả DTI"
    assert malformed["text"].startswith("Hà Nội xếp thứ 3 về chỉ số chuyển đổi số cấp tỉnh")
    assert malformed["date"] == "2023-07-04"
    assert "skipped" in result.log.read_text(encoding="utf-8")


def test_known_urls_are_not_requested(crawl_site: CrawlSite, tmp_path: Path) -> None:
    known = tmp_path / "known.txt"
    known.write_text(
        # one stored canonically, one as a raw tracking variant (re-canonicalised by the spider)
        f"{crawl_site.server.url('/2023/07/da-nang-dan-dau.html')}\n"
        f"{crawl_site.server.url('/2023/06/trang-hai.html?utm_source=x')}\n",
        encoding="utf-8",
    )
    result = crawl_source(crawl_site.source, tmp_path / "out.jsonl", base_url=crawl_site.base_url, known_urls=known)
    items = _items(result.out)
    assert result.errors == []
    assert crawl_site.server.count("/2023/07/da-nang-dan-dau.html") == 0
    assert crawl_site.server.count("/amp/2023/07/da-nang-dan-dau.html") == 0
    assert crawl_site.server.count("/2023/06/trang-hai.html") == 0
    assert "/2023/07/da-nang-dan-dau.html" not in items and "/2023/06/trang-hai.html" not in items
    assert "/2023/05/trang-ba.html" in items
    assert result.stats["xephang/known_skipped"] >= 2


def test_page_budget(tmp_path: Path) -> None:
    with running_test_site(tmp_path, max_pages=4) as site:
        result = crawl_source(site.source, tmp_path / "out.jsonl", base_url=site.base_url)
        requests = [r for r in site.server.requests if r != "/robots.txt"]
    assert result.errors == []
    assert len(requests) == 4 == result.pages
    assert "page budget of 4 reached" in result.log.read_text(encoding="utf-8")


def test_user_agent_carries_the_contact(
    crawl_site: CrawlSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XEPHANG_CONTACT", "mailto:ops@example.org")
    crawl_source(crawl_site.source, tmp_path / "out.jsonl", base_url=crawl_site.base_url)
    assert crawl_site.server.user_agents
    assert set(crawl_site.server.user_agents) == {"xephang/0.1 (+mailto:ops@example.org)"}
    crawl_site.server.user_agents.clear()
    crawl_source(crawl_site.source, tmp_path / "out2.jsonl", base_url=crawl_site.base_url,
                 settings={"XEPHANG_CONTACT": "https://lien-he.example/xephang"})
    assert set(crawl_site.server.user_agents) == {"xephang/0.1 (+https://lien-he.example/xephang)"}


def test_scrapy_command_line(crawl_site: CrawlSite, tmp_path: Path) -> None:
    """`scrapy list` and `scrapy crawl` work from the repository root as in any Scrapy project, and
    the flow's loopback settings switch throttling off."""
    listed = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split() == ["news"]

    out = tmp_path / "cli.jsonl"
    crawled = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"source={crawl_site.source}",
         "-a", f"base_url={crawl_site.base_url}", "-O", str(out),
         "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
    )
    assert crawled.returncode == 0, crawled.stderr
    assert len(_items(out)) == 8
    stats = json.loads((tmp_path / "cli.jsonl.stats.json").read_text(encoding="utf-8"))
    assert stats["finish_reason"] == "finished" and stats["source"] == "baothu"
    enabled = crawled.stderr.split("Enabled extensions:", 1)[1].split("]", 1)[0]
    assert "AutoThrottle" not in enabled
    assert "'DOWNLOAD_DELAY': '0'" in crawled.stderr
    # Left out to start faster: no telnet console, no remote-control server (which would run code
    # sent to a local port), no cookies middleware (cookies are off)
    assert "TelnetConsole" not in enabled and "RemoteControl" not in enabled
    assert "Remote control HTTP server listening" not in crawled.stderr
    middlewares = crawled.stderr.split("Enabled downloader middlewares:", 1)[1].split("]", 1)[0]
    assert "CookiesMiddleware" not in middlewares and "RobotsTxtMiddleware" in middlewares


def test_autothrottle_on_by_default(crawl_site: CrawlSite, tmp_path: Path) -> None:
    """Polite defaults hold for a non-loopback-looking crawl: settings are not overridden."""
    out = tmp_path / "polite.jsonl"
    crawled = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"source={crawl_site.source}",
         "-a", f"base_url={crawl_site.base_url}", "-O", str(out), "-s", "CLOSESPIDER_PAGECOUNT=1"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
    )
    assert crawled.returncode == 0, crawled.stderr
    enabled = crawled.stderr.split("Enabled extensions:", 1)[1].split("]", 1)[0]
    assert "scrapy.extensions.throttle.AutoThrottle" in enabled
    assert "RobotsTxtMiddleware" in crawled.stderr


def test_oversize_page_is_skipped(tmp_path: Path) -> None:
    big = "<html><body><h1>Bài rất dài</h1>" + "<p>Đoạn văn lặp lại để trang vượt giới hạn tải.</p>" * 2000 + "</body></html>"
    pages = {
        "/chuyen-muc/cds": Page('<a href="/2023/07/lon.html">lớn</a><a href="/2023/07/nho.html">nhỏ</a>'),
        "/2023/07/lon.html": Page(big),
        "/2023/07/nho.html": Page("<h1>Bài ngắn</h1><p>Bài ngắn vẫn được lấy về bình thường.</p>"),
    }
    with serve_pages(pages) as server:
        result = crawl_source(write_source(tmp_path / "big.toml"), tmp_path / "out.jsonl", base_url=server.base_url,
                              settings={"DOWNLOAD_MAXSIZE": "20000"})
    assert result.errors == []
    assert [s for s in result.skipped if "lon.html" in s] == [
        f"too large (over DOWNLOAD_MAXSIZE): {server.base_url}/2023/07/lon.html"
    ]
    assert result.items == 1


def test_timeout_stops_the_crawl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crawl still running at the timeout is stopped (SIGINT, then SIGKILL) and reported, not hung on."""
    import crawlers.run

    monkeypatch.setattr(crawlers.run, "_GRACE_SECONDS", 3.0)
    with serve_pages({"/chuyen-muc/cds": Page("<html><body>chậm</body></html>", delay=30)}) as server:
        result = crawl_source(write_source(tmp_path / "slow.toml"), tmp_path / "out.jsonl", base_url=server.base_url,
                              timeout=3)
    assert any("timed out after 3s" in e for e in result.errors)
    assert result.returncode is not None and result.items == 0
    assert result.duration < 20


def test_broken_source_is_an_error_not_an_exception(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "bad"\nbase_url = "{demo:bad}"\n', encoding="utf-8")
    result = crawl_source(bad, tmp_path / "out.jsonl")
    assert result.returncode != 0
    assert result.items == 0
    assert any("exited with code" in e for e in result.errors)
    assert "pass -a base_url=" in result.log.read_text(encoding="utf-8")
