"""Scheduled runs for months: fetch only what is new, resume a killed crawl without losing or doubling
anything, and keep only ranking articles (saying why the others were left out)."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from crawlers.run import CrawlResult, crawl_source
from pipeline.urls import canonical_url
from tests.fixtures_crawl import (
    GOOD_TEXT,
    CrawlKiller,
    Page,
    PageSpec,
    _article,
    running_test_site,
    serve_pages,
)

pytestmark = pytest.mark.slow

STORED_PAGES = {"/2023/07/da-nang-dan-dau.html", "/2023/07/tin-quang-cao.html", "/2023/06/trang-hai.html",
                "/2023/05/trang-ba.html", "/2023/04/chi-tim-thay.html", "/2023/07/sai-bang-ma.html",
                "/2023/07/windows-1258.html", "/2023/07/loi-html.html"}


def _items(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _known(tmp: Path, *results: CrawlResult) -> Path:
    known = tmp / "known.txt"
    known.write_text("".join(f"{i['url']}\n" for r in results for i in _items(r.out)), encoding="utf-8")
    return known


def test_unchanged_pages_come_back_304_and_stored_articles_are_not_fetched(tmp_path: Path) -> None:
    cache = tmp_path / "httpcache" / "baothu"
    with running_test_site(tmp_path) as site:
        server = site.server
        first = crawl_source(site.source, tmp_path / "run1.jsonl", base_url=site.base_url, cache_dir=cache)
        assert first.errors == [] and first.items == 8
        assert server.not_modified == []  # nothing cached yet: no conditional requests
        known = _known(tmp_path, first)
        server.requests.clear()

        second = crawl_source(site.source, tmp_path / "run2.jsonl", base_url=site.base_url, cache_dir=cache,
                              known_urls=known)
        assert second.errors == [] and second.items == 0
        # every discovery page and the listing's first page were revalidated and found unchanged; the
        # listing, all known on page 1, was not walked further (tests/test_crawl_stop_early.py)
        for path in ("/rss.xml", "/sitemap_index.xml", "/sitemap-news.xml", "/chuyen-muc/cds"):
            assert path in server.not_modified, path
        assert "/chuyen-muc/cds?page=2" not in server.requests and "/chuyen-muc/cds?page=3" not in server.requests
        assert second.stats.get("httpcache/revalidate", 0) >= 4
        assert not STORED_PAGES & set(server.requests), "a stored article was fetched again"

        # A new article on page 1 of the listing: the page has changed (new ETag), is fetched, and
        # only the new article is.
        pages_obj = site.pages
        old = pages_obj["/chuyen-muc/cds"]
        assert isinstance(old, Page)
        pages_obj["/chuyen-muc/cds"] = Page(old.data().decode("utf-8").replace(
            '<ul class="list">', '<ul class="list"><li><a href="/2023/08/bai-moi.html">Bài mới</a></li>'))
        pages_obj["/2023/08/bai-moi.html"] = Page(_article("Bài mới về DTI", "01/08/2023", GOOD_TEXT))
        server.requests.clear()
        server.not_modified.clear()
        third = crawl_source(site.source, tmp_path / "run3.jsonl", base_url=site.base_url, cache_dir=cache,
                             known_urls=known)
        assert [i["title"] for i in _items(third.out)] == ["Bài mới về DTI"]
        assert "/chuyen-muc/cds" not in server.not_modified and "/rss.xml" in server.not_modified
        # page 1 had a new article, so page 2 was read; it had none, so page 3 was not
        assert "/chuyen-muc/cds?page=2" in server.not_modified and "/chuyen-muc/cds?page=3" not in server.requests
        assert not STORED_PAGES & set(server.requests)
    # articles are not cached (they are known instead): the cache holds only discovery/listing pages
    assert first.stats.get("httpcache/store", 0) < first.pages - 5


# -- resume -------------------------------------------------------------------------------------

N_ARTICLES = 30
KILL_AFTER = 10
RESUME_TOML = """
id = "tieptuc"
name = "Tiếp tục"
base_url = "{demo:tieptuc}"

[discovery]
listings = ["/tin"]
max_pages = 100

[articles]
url_pattern = '^/bai/\\d+\\.html$'
next_page = "a.next::attr(href)"
"""


def _resume_site() -> dict[str, PageSpec]:
    pages: dict[str, PageSpec] = {}
    per_page = 6
    for start in range(0, N_ARTICLES, per_page):
        n = start // per_page
        links = "".join(f'<a href="/bai/{i}.html">Bài {i}</a>' for i in range(start, start + per_page))
        nxt = f'<a class="next" href="/tin?trang={n + 1}">Sau</a>' if start + per_page < N_ARTICLES else ""
        pages[f"/tin?trang={n}" if n else "/tin"] = Page(f"<html><body>{links}{nxt}</body></html>")
    for i in range(N_ARTICLES):
        pages[f"/bai/{i}.html"] = Page(_article(f"Bài số {i} về chỉ số DTI", "14/07/2023", GOOD_TEXT), delay=0.05)
    return pages


def _canon(items: list[dict[str, Any]]) -> list[str]:
    """Canonical URLs without scheme and host (each crawl has its own server port)."""
    return [urlsplit(canonical_url(i["url"])).path for i in items]


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    tmp = tmp_path_factory.mktemp("whole")
    source = tmp / "tieptuc.toml"
    source.write_text(RESUME_TOML, encoding="utf-8")
    with serve_pages(_resume_site()) as server:
        result = crawl_source(source, tmp / "all.jsonl", base_url=server.base_url)
    assert result.errors == []
    urls = _canon(_items(result.out))
    assert len(urls) == N_ARTICLES
    return urls


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killed_crawl_resumes_without_loss_or_doubles(tmp_path: Path, uninterrupted: list[str], sig: int) -> None:
    source = tmp_path / "tieptuc.toml"
    source.write_text(RESUME_TOML, encoding="utf-8")
    job = tmp_path / "job"
    kill_midway = CrawlKiller(job, after=KILL_AFTER, sig=sig)

    with serve_pages(_resume_site()) as server:
        server.on_request = kill_midway
        first = crawl_source(source, tmp_path / "run1.jsonl", base_url=server.base_url, job_dir=job)
        server.on_request = None
        assert kill_midway.killed, "the crawl was not interrupted"
        assert first.errors  # a killed crawl is reported
        first_items = _items(first.out)
        assert len(first_items) < N_ARTICLES
        second = crawl_source(source, tmp_path / "run2.jsonl", base_url=server.base_url, job_dir=job)
    assert second.returncode == 0 and second.errors == [], second.log.read_text(encoding="utf-8")[-2000:]
    assert second.resumed_from == [first.out]
    union = _canon(first_items) + _canon(_items(second.out))
    assert len(union) == len(set(union)), "an article stored twice"
    assert sorted(union) == sorted(uninterrupted), "an article lost"
    if sig == signal.SIGKILL:
        assert "did not stop cleanly" in second.log.read_text(encoding="utf-8")


def test_job_resume_repairs_a_half_written_line(tmp_path: Path) -> None:
    """A crawl killed mid-write leaves half a JSON line; the resumed job cuts it and refetches it."""
    from crawlers.run import _prepare_job

    earlier = tmp_path / "run1.jsonl"
    earlier.write_text('{"url": "http://h/bai/1.html"}\n{"url": "http://h/bai/2.ht', encoding="utf-8")
    job = tmp_path / "job"
    job.mkdir()
    (job / "outputs.txt").write_text(f"{earlier}\n", encoding="utf-8")
    resumed, known = _prepare_job(job, tmp_path / "run2.jsonl", None, tmp_path / "run2.log")
    assert resumed == [earlier]
    assert earlier.read_text(encoding="utf-8") == '{"url": "http://h/bai/1.html"}\n'
    assert known.read_text(encoding="utf-8").split() == ["http://h/bai/1.html"]
    assert (job / "outputs.txt").read_text(encoding="utf-8").split() == [str(earlier), str(tmp_path / "run2.jsonl")]


# -- relevance ----------------------------------------------------------------------------------

RELEVANCE_TOML = """
id = "loc"
name = "Lọc"
base_url = "{demo:loc}"
%s
[discovery]
listings = ["/tin"]

[articles]
url_pattern = '^/bai/[\\w-]+\\.html$'
"""


def _relevance_site() -> dict[str, PageSpec]:
    return {
        "/tin": Page('<a href="/bai/dti.html">1</a><a href="/bai/ict.html">2</a><a href="/bai/hoi-thao.html">3</a>'),
        "/bai/dti.html": Page(_article("Đà Nẵng dẫn đầu DTI", "14/07/2023", GOOD_TEXT)),
        "/bai/ict.html": Page(_article("Hà Nội ra mắt ứng dụng công dân số", "14/07/2023",
                                       ["Ứng dụng giúp người dân nộp hồ sơ trực tuyến nhanh hơn."])),
        "/bai/hoi-thao.html": Page(_article("Hội thảo về bộ chỉ số DTI", "14/07/2023",
                                            ["Các đại biểu bàn cách thu thập dữ liệu cho bộ chỉ số."])),
    }


@pytest.mark.parametrize("mode", ["rankings", "all", None])
def test_relevance_filter_per_source(tmp_path: Path, mode: str | None) -> None:
    source = tmp_path / "loc.toml"
    source.write_text(RELEVANCE_TOML % (f'relevance = "{mode}"' if mode else ""), encoding="utf-8")
    with serve_pages(_relevance_site()) as server:
        result = crawl_source(source, tmp_path / "out.jsonl", base_url=server.base_url)
    assert result.errors == []
    titles = sorted(i["title"] for i in _items(result.out))
    if mode == "rankings":
        assert titles == ["Đà Nẵng dẫn đầu DTI"]
        assert result.stats["relevance/dropped"] == 2
        assert result.stats["relevance/dropped/no_ranking_named"] == 1
        assert result.stats["relevance/dropped/ranking_named_but_no_ranking_claim"] == 1
        dropped = [json.loads(line) for line in result.dropped_path.read_text(encoding="utf-8").splitlines()]
        assert {(d["url"].rsplit("/", 1)[-1], d["reason"]) for d in dropped} == {
            ("ict.html", "no ranking named"), ("hoi-thao.html", "ranking named but no ranking claim")}
        assert sorted(result.dropped) == sorted(f"{d['reason']}: {d['url']}" for d in dropped)
    else:  # "all", and the default when the source file says nothing (the demo outlets)
        assert len(titles) == 3
        assert "relevance/dropped" not in result.stats and result.dropped == []
        assert not result.dropped_path.exists()


def test_resuming_into_the_same_output_keeps_the_earlier_items(tmp_path: Path) -> None:
    from crawlers.run import _keep_earlier_output

    job = tmp_path / "job"
    job.mkdir()
    out = tmp_path / "out.jsonl"
    out.write_text('{"url": "http://h/bai/1.html"}\n', encoding="utf-8")
    (job / "outputs.txt").write_text(f"{out}\n", encoding="utf-8")
    _keep_earlier_output(job, out)
    moved = tmp_path / "out.part1.jsonl"
    assert not out.exists() and moved.read_text(encoding="utf-8") == '{"url": "http://h/bai/1.html"}\n'
    assert (job / "outputs.txt").read_text(encoding="utf-8").split() == [str(moved)]
