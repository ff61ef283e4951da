"""What the web does to a crawler, against a local server whose every failure the test controls.

One site carries every fault at once (5xx bursts, a server error that lasts the run, timeouts,
dropped connections, a transfer cut short, HTML cut mid-document, a lying charset header, a redirect
loop, an endless pagination trap, a link chain deeper than the depth budget, a 20 MB page, a page
robots.txt forbids, a 404). It is crawled twice: first broken, then "repaired" with the first run's
articles as known URLs, as the flow's next scheduled run would. Each crawl must complete; every
reachable article is stored exactly once over the two runs; the failures are in the result's
errors/skipped; the second run retries exactly what failed and fetches nothing it already stored.
A source that is down for the whole run is reported and does not hang the crawl.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from crawlers.run import CrawlResult, crawl_source
from tests.fixtures_crawl import Page, PageSpec, serve_pages

pytestmark = pytest.mark.slow

MAX_PAGES = 45
MAX_DEPTH = 3
FAULT_TOML = f"""
id = "loi"
name = "Trang lỗi"
base_url = "{{demo:loi}}"
kind = "portal"

[discovery]
listings = ["/tin", "/lich", "/muc/0"]
max_pages = {MAX_PAGES}
max_depth = {MAX_DEPTH}

[articles]
url_pattern = '^/bai/[\\w-]+\\.html$'
next_page = "a.next::attr(href)"
follow = "a.muc::attr(href)"
"""

# Settings that make the faults quick to hit: a 1 s download timeout (the slow page takes 1.5 s).
FAST_FAIL = {"DOWNLOAD_TIMEOUT": "1"}


def _article(title: str, body: str = "Quảng Ninh xếp thứ hai về chỉ số chuyển đổi số năm 2022.") -> str:
    return (f'<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<h1>{title}</h1><div class="content"><p>{body}</p><p>Đoạn thứ hai của bài "{title}".</p></div>'
            "</body></html>")


# Articles stored by the first crawl despite their trouble, and the ones that fail until repaired.
STORED_FIRST = ["ok", "burst", "cut", "charset"]
FAIL_FIRST = ["down", "slow", "drop", "truncated", "loop"]
NEVER = ["big", "cam", "mat"]  # too large, forbidden by robots.txt, 404


def _fault_site(repaired: dict[str, bool]) -> dict[str, PageSpec]:
    """The pages; `repaired["on"]` switches the temporary faults off (the second run)."""

    def until_repaired(bad: Page, good: Page) -> Callable[[int], Page]:
        return lambda count: good if repaired["on"] else bad

    def burst(count: int) -> Page:
        # 503, 500, then fine: within the two retries
        return Page("<h1>Quá tải</h1>", status=(503, 500)[count - 1]) if count <= 2 else Page(_article("Bài burst"))

    links = "".join(f'<a href="/bai/{slug}.html">{slug}</a>' for slug in STORED_FIRST + FAIL_FIRST + NEVER)
    pages: dict[str, PageSpec] = {
        "/robots.txt": Page("User-agent: *\nDisallow: /bai/cam.html\n", "text/plain"),
        "/tin": Page(f"<html><body><h1>Tin tức</h1>{links}</body></html>"),
        "/bai/ok.html": Page(_article("Bài ok")),
        "/bai/burst.html": burst,
        # a complete HTTP response whose HTML stops mid-document
        "/bai/cut.html": Page(_article("Bài cut").split("<p>Đoạn thứ hai")[0][:-3]),
        "/bai/charset.html": Page(_article("Bình Dương vào top 10"), "text/html; charset=iso-8859-1"),
        "/bai/down.html": until_repaired(Page("<h1>Lỗi máy chủ</h1>", status=500), Page(_article("Bài down"))),
        "/bai/slow.html": until_repaired(Page(_article("Bài slow"), delay=1.5), Page(_article("Bài slow"))),
        "/bai/drop.html": until_repaired(Page("", action="drop"), Page(_article("Bài drop"))),
        "/bai/truncated.html": until_repaired(Page(_article("Bài truncated"), action="truncate"),
                                              Page(_article("Bài truncated"))),
        "/bai/loop.html": until_repaired(Page("", status=302, headers=(("Location", "/bai/loop-b.html"),)),
                                         Page(_article("Bài loop"))),
        "/bai/loop-b.html": Page("", status=302, headers=(("Location", "/bai/loop.html"),)),
        "/bai/big.html": Page(_article("Bài big", "Chỉ số DTI. " * 2_000_000)),  # ~24 MB
        "/bai/cam.html": Page(_article("Bài cam")),
    }
    return pages


class TrapServer:
    """Adds the endless traps: /lich?page=N links to page N+1 forever; /muc/N links to /muc/N+1."""

    def __init__(self, pages: dict[str, PageSpec]) -> None:
        self.pages = pages
        for n in range(0, 500):
            pages[f"/lich?page={n}" if n else "/lich"] = Page(
                f'<html><body><h1>Lịch {n}</h1><a class="next" href="/lich?page={n + 1}">Sau</a></body></html>')
            pages[f"/muc/{n}"] = Page(f'<html><body><a class="muc" href="/muc/{n + 1}">Mục {n + 1}</a></body></html>')


def _items(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _slug(url: str) -> str:
    return urlsplit(url).path.rsplit("/", 1)[-1].removesuffix(".html")


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("faults")
    source = tmp / "loi.toml"
    source.write_text(FAULT_TOML, encoding="utf-8")
    repaired = {"on": False}
    pages = _fault_site(repaired)
    TrapServer(pages)
    with serve_pages(pages) as server:
        first = crawl_source(source, tmp / "run1.jsonl", base_url=server.base_url, settings=FAST_FAIL, timeout=180)
        first_requests = list(server.requests)
        first_items = _items(first.out)
        known = tmp / "known.txt"
        known.write_text("".join(f"{i['url']}\n" for i in first_items), encoding="utf-8")
        repaired["on"] = True
        server.requests.clear()
        second = crawl_source(source, tmp / "run2.jsonl", base_url=server.base_url, known_urls=known,
                              settings=FAST_FAIL, timeout=180)
        yield {"server": server, "first": first, "second": second, "first_items": first_items,
               "second_items": _items(second.out), "first_requests": first_requests,
               "second_requests": list(server.requests)}


def test_both_crawls_complete(two_runs: dict[str, Any]) -> None:
    for key in ("first", "second"):
        result: CrawlResult = two_runs[key]
        assert result.returncode == 0, result.log.read_text(encoding="utf-8")[-3000:]
        assert result.finish_reason == "finished"


def test_first_run_stores_what_it_can_and_reports_the_rest(two_runs: dict[str, Any]) -> None:
    first: CrawlResult = two_runs["first"]
    slugs = sorted(_slug(i["url"]) for i in two_runs["first_items"])
    assert slugs == sorted(STORED_FIRST)
    errors = "\n".join(first.errors)
    skipped = "\n".join(first.skipped)
    assert "http 500" in errors and "down.html" in errors
    assert "slow.html" in errors and "TimeoutError" in errors
    assert "drop.html" in errors and "truncated.html" in errors
    assert any("loop.html" in s and "redirect" in s.lower() for s in first.skipped), skipped
    assert any(s.startswith("too large") and "big.html" in s for s in first.skipped), skipped
    assert any("robots.txt" in s and "cam.html" in s for s in first.skipped), skipped
    assert any(s.startswith("http 404") and "mat.html" in s for s in first.skipped), skipped


def test_retries_absorb_a_burst_of_server_errors(two_runs: dict[str, Any]) -> None:
    requests = two_runs["first_requests"]
    assert requests.count("/bai/burst.html") == 3  # 503, 500, 200
    assert requests.count("/bai/down.html") == 3  # 500 three times: given up, reported
    burst = next(i for i in two_runs["first_items"] if _slug(i["url"]) == "burst")
    assert burst["title"] == "Bài burst"


def test_broken_pages_still_give_clean_text(two_runs: dict[str, Any]) -> None:
    items = {_slug(i["url"]): i for i in two_runs["first_items"]}
    assert items["cut"]["title"] == "Bài cut"
    assert items["cut"]["text"].startswith("Quảng Ninh xếp thứ hai")
    assert items["charset"]["title"] == "Bình Dương vào top 10"
    assert "Ã" not in json.dumps(items["charset"], ensure_ascii=False)


def test_traps_are_stopped_by_the_budgets(two_runs: dict[str, Any]) -> None:
    first: CrawlResult = two_runs["first"]
    requests = two_runs["first_requests"]
    # the endless pagination ran into the page budget, not forever
    assert 5 < len([r for r in requests if r.startswith("/lich")]) < MAX_PAGES
    assert "page budget of 45 reached" in first.log.read_text(encoding="utf-8")
    # the link chain stopped at the depth budget: /muc/0 is depth 0
    depths = sorted(int(r.rsplit("/", 1)[-1]) for r in requests if r.startswith("/muc/"))
    assert depths == list(range(MAX_DEPTH + 1))


def test_big_page_is_refused_without_being_read(two_runs: dict[str, Any]) -> None:
    first: CrawlResult = two_runs["first"]
    assert first.stats.get("downloader/response_bytes", 0) < 5 * 1024 * 1024


def test_second_run_retries_exactly_what_failed(two_runs: dict[str, Any]) -> None:
    second: CrawlResult = two_runs["second"]
    requests = two_runs["second_requests"]
    assert sorted(_slug(i["url"]) for i in two_runs["second_items"]) == sorted(FAIL_FIRST)
    assert second.errors == []
    for slug in STORED_FIRST:
        assert f"/bai/{slug}.html" not in requests, f"{slug} was stored and fetched again"
    assert "/bai/big.html" in requests  # still skipped, but tried again
    assert "/bai/cam.html" not in requests


def test_every_reachable_article_stored_exactly_once(two_runs: dict[str, Any]) -> None:
    urls = [i["url"] for i in two_runs["first_items"] + two_runs["second_items"]]
    assert len(urls) == len(set(urls))
    assert sorted(_slug(u) for u in urls) == sorted(STORED_FIRST + FAIL_FIRST)


def test_source_down_for_the_whole_run(tmp_path: Path) -> None:
    """Connection refused everywhere: reported as errors, no items, and crawl_source returns."""
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    source = tmp_path / "loi.toml"
    source.write_text(FAULT_TOML, encoding="utf-8")
    result = crawl_source(source, tmp_path / "out.jsonl", base_url=f"http://127.0.0.1:{port}", timeout=120)
    assert result.returncode == 0 and result.finish_reason == "finished"
    assert result.items == 0 and result.pages == 0
    assert result.errors and all("ConnectionRefused" in e for e in result.errors), result.errors
    assert len(result.errors) == 3  # the three discovery pages


def test_server_helper_answers_conditional_requests() -> None:
    """The fixture server's ETag / 304 behaviour, which the incremental tests rely on."""
    import urllib.request

    with serve_pages({"/a": Page("<h1>A</h1>")}) as server:
        first = urllib.request.urlopen(server.url("/a"))
        etag = first.headers["ETag"]
        assert etag and first.read() == b"<h1>A</h1>"
        request = urllib.request.Request(server.url("/a"), headers={"If-None-Match": etag})
        with pytest.raises(urllib.error.HTTPError) as raised:
            urllib.request.urlopen(request)
        assert raised.value.code == 304
        assert server.not_modified == ["/a"]

