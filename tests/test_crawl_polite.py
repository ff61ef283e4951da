"""Politeness towards small servers, measured at the server: parallel requests per site, the per-source
`[politeness]` settings, and the settings every crawl starts from. (robots.txt, the User-Agent with
its contact, the page-size limit, the page budget and AutoThrottle being on are crawled in
tests/test_crawl_site.py; the depth budget and the pagination trap in tests/test_crawl_faults.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawlers import settings as crawler_settings
from tests.fixtures_crawl import GOOD_TEXT, Page, PageSpec, _article, serve_pages

SOURCE = """
id = "nho"
name = "Cổng nhỏ"
base_url = "{demo:nho}"
%s
[discovery]
listings = ["/tin"]

[articles]
url_pattern = '^/bai/\\d+\\.html$'
"""


def _site() -> dict[str, PageSpec]:
    pages: dict[str, PageSpec] = {"/tin": Page("".join(f'<a href="/bai/{i}.html">{i}</a>' for i in range(10)))}
    for i in range(10):
        # slow enough that a crawler allowed two requests at once does overlap them
        pages[f"/bai/{i}.html"] = Page(_article(f"Bài {i} về DTI", "14/07/2023", GOOD_TEXT), delay=0.3)
    return pages


@pytest.mark.slow
@pytest.mark.parametrize(("politeness", "expected"), [("", 2), ("[politeness]\nconcurrency = 1\n", 1)])
def test_requests_in_parallel_per_site(tmp_path: Path, politeness: str, expected: int) -> None:
    from crawlers.run import crawl_source

    source = tmp_path / "nho.toml"
    source.write_text(SOURCE % politeness, encoding="utf-8")
    with serve_pages(_site()) as server:
        # CONCURRENT_REQUESTS allows 8 at once overall; the per-site limit must still hold
        result = crawl_source(source, tmp_path / "out.jsonl", base_url=server.base_url)
        assert result.errors == [] and result.items == 10
        assert server.max_in_flight == expected


def test_polite_defaults() -> None:
    assert crawler_settings.ROBOTSTXT_OBEY is True
    assert crawler_settings.AUTOTHROTTLE_ENABLED is True and crawler_settings.DOWNLOAD_DELAY >= 1
    assert crawler_settings.CONCURRENT_REQUESTS_PER_DOMAIN <= 2
    assert crawler_settings.DOWNLOAD_MAXSIZE <= 10 * 1024 * 1024
    assert crawler_settings.USER_AGENT.startswith("xephang/") and "(+" in crawler_settings.USER_AGENT
    assert crawler_settings.COOKIES_ENABLED is False


def test_small_portals_ask_for_more_patience() -> None:
    from crawlers.sourcefile import SOURCES_DIR, load_source

    for path in sorted(SOURCES_DIR.glob("*.toml")):
        src = load_source(path)
        if src.kind in ("portal", "official_table"):
            assert src.delay is not None and src.delay >= 2, path
            assert src.concurrency == 1, path
