"""Listings whose "more" control is JavaScript: the spider pages through the CMS's timeline URLs.

A loopback site in the Tuổi Trẻ style: the section page has a `javascript:;` "Xem thêm" and its zone
id in `input#hdZoneId`; `/timeline/<zone>/trang-<n>.htm` fragments list older stories until one
lists none. Real Scrapy crawls; the server counts every request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawlers.run import crawl_source
from tests.fixtures_crawl import Page, serve_pages

pytestmark = pytest.mark.slow

SOURCE = """
id = "baodong"
name = "Báo Động"
base_url = "{demo:baodong}"

[discovery]
listings = ["/cong-nghe.htm"]
max_pages = 50
max_depth = 2

[articles]
url_pattern = '^/[a-z0-9-]+-\\d{14}\\.htm$'
next_page = "a.view-more::attr(href)"
page_url = "/timeline/{zone}/trang-{page}.htm"
page_zone = "input#hdZoneId::attr(value)"
"""


def _article(n: int) -> Page:
    return Page(f"""<html><head><title>Bài {n}</title></head><body><h1>Tỉnh số {n} tăng hạng DTI</h1>
<div class="detail-time">13/07/2023 14:20</div><div class="detail-content"><p>Tỉnh số {n} xếp thứ {n} về chỉ
số chuyển đổi số cấp tỉnh năm 2022, tăng {n} bậc so với năm trước.</p></div></body></html>""")


def _links(*numbers: int) -> str:
    return "".join(f'<h3><a class="box-category-link-title" href="/bai-so-{n}-2023071314200{n}.htm">Bài {n}</a></h3>'
                   for n in numbers)


def _site() -> dict[str, Page]:
    section = f"""<html><body><nav><a href="/cong-nghe.htm">Công nghệ</a><a href="/">Trang chủ</a></nav>
<input type="hidden" name="hdZoneId" id="hdZoneId" value="16">{_links(1)}
<a href="javascript:;" rel="nofollow" class="view-more">Xem thêm</a></body></html>"""
    pages = {
        "/cong-nghe.htm": Page(section),
        "/timeline/16/trang-2.htm": Page(_links(2, 3)),
        "/timeline/16/trang-3.htm": Page(_links(4)),
        "/timeline/16/trang-4.htm": Page("<ul></ul>"),  # past the last page: an empty fragment, not a 404
    }
    pages.update({f"/bai-so-{n}-2023071314200{n}.htm": _article(n) for n in range(1, 5)})
    return pages


def test_timeline_pages_walked_to_the_first_empty_one(tmp_path: Path) -> None:
    source = tmp_path / "baodong.toml"
    source.write_text(SOURCE, encoding="utf-8")
    with serve_pages(_site()) as server:
        first = crawl_source(source, tmp_path / "first.jsonl", base_url=server.base_url, timeout=120,
                             cache_dir=tmp_path / "cache")
        first_requests = list(server.requests)
        server.requests.clear()
        # as a run does: the stored articles' URLs are known
        known = tmp_path / "known.txt"
        known.write_text("".join(json.loads(line)["url"] + "\n" for line in first.out.read_text("utf-8").splitlines()),
                         encoding="utf-8")
        second = crawl_source(source, tmp_path / "second.jsonl", base_url=server.base_url, timeout=120,
                              cache_dir=tmp_path / "cache", known_urls=known)
    assert first.errors == [] and first.items == 4, first.log.read_text(encoding="utf-8")
    titles = sorted(json.loads(line)["title"] for line in first.out.read_text(encoding="utf-8").splitlines())
    assert titles == [f"Tỉnh số {n} tăng hạng DTI" for n in range(1, 5)]
    timeline = [r for r in first_requests if r.startswith("/timeline/")]
    assert timeline == ["/timeline/16/trang-2.htm", "/timeline/16/trang-3.htm", "/timeline/16/trang-4.htm"]
    assert not any("javascript" in r for r in first_requests)
    # the walk reached its end, so an unchanged re-run stops at the first page of known stories
    assert second.errors == [] and second.items == 0
    assert not any(r.startswith("/timeline/") for r in server.requests), server.requests
