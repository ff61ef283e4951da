"""An unchanged re-run does not walk a listing to its end, and stopping early loses nothing.

Listings are newest first, so with the previous run's state (crawlers/state.py, kept in the cache
folder) a re-run stops following `next_page` at the first listing page whose articles are all known.
What must still hold: a new article is found, an article that failed on a page the re-run no longer
walks is fetched again, a run killed before it closed lets the next one walk in full, a killed and
resumed crawl ends with the same rows as an uninterrupted one, and a source can opt out.
"""

from __future__ import annotations

import json
import logging
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from crawlers.run import CrawlResult, crawl_source
from crawlers.state import STATE_FILE, CrawlState
from tests.fixtures_crawl import GOOD_TEXT, CrawlKiller, Page, PageSpec, _article, serve_pages

pytestmark = pytest.mark.slow

PER_PAGE = 4
SOURCE_TOML = """
id = "dung"
name = "Dừng sớm"
base_url = "{demo:dung}"

[discovery]
listings = ["/tin"]
max_pages = 200
%s

[articles]
url_pattern = '^/bai/\\d+\\.html$'
next_page = "a.next::attr(href)"
"""


def _source(tmp: Path, extra: str = "") -> Path:
    path = tmp / ("dung.toml" if not extra else "dung-full.toml")
    path.write_text(SOURCE_TOML % extra, encoding="utf-8")
    return path


def _listing_path(page: int) -> str:
    return "/tin" if page == 1 else f"/tin?trang={page}"


def build_site(n: int, article: Callable[[int], PageSpec] | None = None, delay: float = 0.0) -> dict[str, PageSpec]:
    """`n` articles, /bai/0.html (oldest) to /bai/<n-1>.html (newest), listed newest first."""
    pages: dict[str, PageSpec] = {}
    newest_first = list(range(n - 1, -1, -1))
    chunks = [newest_first[i:i + PER_PAGE] for i in range(0, n, PER_PAGE)]
    for number, ids in enumerate(chunks, start=1):
        links = "".join(f'<li><a href="/bai/{i}.html">Bài {i}</a></li>' for i in ids)
        nxt = f'<a class="next" href="{_listing_path(number + 1)}">Sau</a>' if number < len(chunks) else ""
        pages[_listing_path(number)] = Page(f"<html><body><ul>{links}</ul>{nxt}</body></html>")
    for i in range(n):
        pages[f"/bai/{i}.html"] = (article(i) if article else None) or Page(
            _article(f"Bài {i} về chỉ số DTI", "14/07/2023", GOOD_TEXT), delay=delay)
    return pages


def _items(result: CrawlResult) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.out.read_text(encoding="utf-8").splitlines() if line.strip()]


def _ids(items: list[dict[str, Any]]) -> list[int]:
    return sorted(int(urlsplit(i["url"]).path.rsplit("/", 1)[-1].removesuffix(".html")) for i in items)


def _listings(requests: list[str]) -> list[str]:
    return [r for r in requests if r.startswith("/tin")]


def _write_known(path: Path, urls: list[str]) -> Path:
    path.write_text("".join(f"{u}\n" for u in urls), encoding="utf-8")
    return path


def test_unchanged_rerun_stops_at_the_first_known_listing_page(tmp_path: Path) -> None:
    source = _source(tmp_path)
    cache = tmp_path / "cache"
    pages = build_site(20)  # five listing pages
    with serve_pages(pages) as server:
        def crawl(name: str, known: Path | None = None, src: Path = source) -> CrawlResult:
            server.requests.clear()
            result = crawl_source(src, tmp_path / f"{name}.jsonl", base_url=server.base_url, cache_dir=cache,
                                  known_urls=known)
            assert result.errors == [], result.errors
            return result

        first = crawl("run1")
        assert _ids(_items(first)) == list(range(20))
        assert _listings(server.requests) == [_listing_path(p) for p in range(1, 6)]
        known = _write_known(tmp_path / "known.txt", [i["url"] for i in _items(first)])

        second = crawl("run2", known)
        assert second.items == 0
        assert _listings(server.requests) == ["/tin"], "an unchanged re-run walked the listing"
        assert second.stats["xephang/pagination_stopped_at_known"] == 1
        assert not any(r.startswith("/bai/") for r in server.requests)

        # A new article: page 1 shows it, page 2 (shifted by one, all known) ends the walk.
        pages.update(build_site(21))
        third = crawl("run3", known)
        assert _ids(_items(third)) == [20]
        assert _listings(server.requests) == ["/tin", "/tin?trang=2"]

        # A source whose listing is not in date order opts out and is walked in full every run.
        full = crawl("run4", _write_known(tmp_path / "known2.txt", [i["url"] for i in _items(first) + _items(third)]),
                     src=_source(tmp_path, "stop_at_known = false"))
        assert full.items == 0
        assert len(_listings(server.requests)) == 6
        assert "xephang/pagination_stopped_at_known" not in full.stats


def test_article_that_failed_on_a_deep_page_is_fetched_by_the_next_run(tmp_path: Path) -> None:
    """Page 5 is never walked again, yet its article that failed (a 500) is retried, and the one that
    is gone (404) is not asked for again."""
    source = _source(tmp_path)
    cache = tmp_path / "cache"
    repaired = {"on": False}

    def faulty(i: int) -> PageSpec | None:
        if i == 2:  # on the last listing page (ids 3, 2, 1, 0)
            return lambda count: Page(_article("Bài 2 về chỉ số DTI", "14/07/2023", GOOD_TEXT)) if repaired["on"] \
                else Page("<h1>Lỗi máy chủ</h1>", status=500)
        if i == 1:
            return Page("<h1>Không tìm thấy</h1>", status=404)
        return None

    pages = build_site(20, faulty)
    with serve_pages(pages) as server:
        first = crawl_source(source, tmp_path / "run1.jsonl", base_url=server.base_url, cache_dir=cache)
        assert any("http 500" in e and "/bai/2.html" in e for e in first.errors), first.errors
        assert _ids(_items(first)) == [i for i in range(20) if i not in (1, 2)]
        state = CrawlState.load(cache / STATE_FILE)
        assert state.pending == {server.url("/bai/2.html")}
        known = _write_known(tmp_path / "known.txt", [i["url"] for i in _items(first)])

        repaired["on"] = True
        server.requests.clear()
        second = crawl_source(source, tmp_path / "run2.jsonl", base_url=server.base_url, cache_dir=cache,
                              known_urls=known)
        assert second.errors == []
        assert _listings(server.requests) == ["/tin"], "the re-run walked to the failed article's page"
        assert _ids(_items(second)) == [2]
        assert "/bai/1.html" not in server.requests  # a 404 is final
        assert second.stats["xephang/pending_retried"] == 1
        assert CrawlState.load(cache / STATE_FILE).pending == set()


def test_a_killed_run_lets_the_next_one_walk_in_full(tmp_path: Path) -> None:
    """A crawl killed before it closes must not leave the previous run's "complete" listing behind:
    the articles it never reached may sit behind pages whose articles it did store."""
    source = _source(tmp_path)
    cache = tmp_path / "cache"
    job = tmp_path / "job"
    pages = build_site(12)
    with serve_pages(pages) as server:
        first = crawl_source(source, tmp_path / "run1.jsonl", base_url=server.base_url, cache_dir=cache)
        assert first.items == 12 and CrawlState.load(cache / STATE_FILE).complete

        pages.update(build_site(20))  # eight new articles: listing pages 1 and 2 are new
        killed: list[int] = []

        def kill_at_listing(path: str) -> None:
            if path == "/tin" and not killed:
                pid = int((job / "crawl.pid").read_text(encoding="utf-8"))
                killed.append(pid)
                os.kill(pid, signal.SIGKILL)  # the crawl this test started, by its pid

        server.on_request = kill_at_listing
        crawl_source(source, tmp_path / "run2.jsonl", base_url=server.base_url, cache_dir=cache, job_dir=job)
        server.on_request = None
        assert killed
        assert CrawlState.load(cache / STATE_FILE).complete == set()

        # As if the killed run had stored page 1's articles (16-19) before it died.
        known = _write_known(tmp_path / "known.txt",
                             [i["url"] for i in _items(first)] + [server.url(f"/bai/{i}.html") for i in range(16, 20)])
        server.requests.clear()
        third = crawl_source(source, tmp_path / "run3.jsonl", base_url=server.base_url, cache_dir=cache,
                             known_urls=known)
    assert third.errors == []
    assert _ids(_items(third)) == [12, 13, 14, 15]
    assert len(_listings(server.requests)) == 5  # walked in full


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killed_incremental_run_resumes_with_the_same_rows(tmp_path: Path, sig: int) -> None:
    """With the cache (and so the state) on, as the flow runs it: an earlier complete run, then 18 new
    articles, a crawl killed midway and resumed; the two outputs hold exactly the 18 new articles."""
    source = _source(tmp_path)
    cache = tmp_path / "cache"
    job = tmp_path / "job"
    kill_midway = CrawlKiller(job, after=6, sig=sig)

    pages = build_site(12, delay=0.05)
    with serve_pages(pages) as server:
        zero = crawl_source(source, tmp_path / "run0.jsonl", base_url=server.base_url, cache_dir=cache)
        assert zero.items == 12
        known = _write_known(tmp_path / "known.txt", [i["url"] for i in _items(zero)])
        pages.update(build_site(30, delay=0.05))

        server.on_request = kill_midway
        first = crawl_source(source, tmp_path / "run1.jsonl", base_url=server.base_url, cache_dir=cache,
                             job_dir=job, known_urls=known)
        server.on_request = None
        assert kill_midway.killed, "the crawl was not interrupted"
        first_items = _items(first)
        assert len(first_items) < 18
        second = crawl_source(source, tmp_path / "run2.jsonl", base_url=server.base_url, cache_dir=cache,
                              job_dir=job, known_urls=known)
    assert second.returncode == 0 and second.errors == [], second.log.read_text(encoding="utf-8")[-2000:]
    union = [i["url"] for i in first_items + _items(second)]
    assert len(union) == len(set(union)), "an article stored twice"
    assert _ids(first_items + _items(second)) == list(range(12, 30)), "an article lost"


@pytest.mark.parametrize("content", [b"", b"{\"version\": 1, \"complete\": [", b"\xff\xfe\x00binary", b"[1, 2]"])
def test_a_damaged_state_file_means_a_full_walk_and_says_so(tmp_path: Path, content: bytes, caplog) -> None:  # noqa: ANN001
    """Empty, truncated, binary or foreign state: nothing is assumed complete (every listing is walked), and it is logged."""
    from crawlers.state import CrawlState

    path = tmp_path / "crawl-state.json"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="crawlers.state"):
        state = CrawlState.load(path)
    assert (state.complete, state.pending, state.seen) == (set(), set(), set())
    assert "walking every listing in full" in caplog.text
    assert CrawlState.load(tmp_path / "absent.json").complete == set()  # a first run: no warning needed
