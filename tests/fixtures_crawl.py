"""Fixtures for the crawl tests: a small site of hand-written pages served on 127.0.0.1.

Like Scrapy's own mock-server tests, the crawler is exercised over real HTTP against pages whose
every byte the test controls: a good article, one buried in ads / comments / related links, the same
article through tracking-parameter and AMP links, malformed HTML, an empty body, a binary body, wrong
charset headers, a 404, paginated listings, an RSS feed, a sitemap index with a news sitemap, and a
robots.txt that forbids a section. The server records every request so tests can count fetches.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest


@dataclass(frozen=True)
class Page:
    """One response: status, body bytes and Content-Type."""

    body: bytes | str
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0  # seconds to wait before answering (a slow server)
    headers: tuple[tuple[str, str], ...] = ()  # extra response headers (e.g. Location)
    # "drop": close the connection without answering; "truncate": announce the full length, send
    # half the body and close (a connection lost mid-transfer).
    action: str = ""
    etag: bool = True  # send an ETag and answer a matching If-None-Match with 304

    def data(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


@dataclass
class PageServer:
    """A running server: its base URL, the paths (with query) requested so far in order, and the
    User-Agent of each request."""

    base_url: str
    requests: list[str] = field(default_factory=list)
    user_agents: list[str] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)  # paths answered 304
    in_flight: int = 0
    max_in_flight: int = 0  # the most requests the server was answering at once
    # called with each requested path before it is answered (e.g. to kill the crawler midway)
    on_request: Callable[[str], None] | None = None

    def url(self, path: str) -> str:
        return self.base_url + path

    def count(self, path: str) -> int:
        """How many times `path` was requested, ignoring the query string."""
        return sum(1 for r in self.requests if urlsplit(r).path == path)


# A page, or a function of how many times its path has been requested (1 for the first request):
# a server that fails twice and then recovers, or one that is repaired between two crawls.
PageSpec = Page | Callable[[int], Page]


@contextmanager
def serve_pages(pages: dict[str, PageSpec]) -> Iterator[PageServer]:
    """Serve `pages` (keyed by path, or path?query for an exact match) on a free loopback port;
    anything else is a 404 page. 200 responses carry an ETag (a hash of the body) and a matching
    If-None-Match is answered 304, as a well-configured news server does."""
    lock = threading.Lock()
    state = PageServer(base_url="")
    counts: dict[str, int] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            with lock:
                state.requests.append(self.path)
                state.user_agents.append(self.headers.get("User-Agent", ""))
                counts[self.path] = counts.get(self.path, 0) + 1
                count = counts[self.path]
                state.in_flight += 1
                state.max_in_flight = max(state.max_in_flight, state.in_flight)
            try:
                if state.on_request is not None:
                    state.on_request(self.path)
                self._answer(count)
            finally:
                with lock:
                    state.in_flight -= 1

        def _answer(self, count: int) -> None:
            spec = pages.get(self.path) or pages.get(urlsplit(self.path).path)
            page = spec(count) if callable(spec) else spec
            if page is None:
                page = Page("<html><body><h1>404</h1><p>Không tìm thấy trang.</p></body></html>", status=404)
            data = page.data()
            if page.delay:
                time.sleep(page.delay)
            if page.action == "drop":
                self.close_connection = True
                return
            etag = f'"{hashlib.sha1(data).hexdigest()[:16]}"' if page.etag and page.status == 200 else None
            if etag and self.headers.get("If-None-Match") == etag:
                with lock:
                    state.not_modified.append(self.path)
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(data)))
            if etag:
                self.send_header("ETag", etag)
            for name, value in page.headers:
                self.send_header(name, value)
            self.end_headers()
            if page.action == "truncate":
                self.wfile.write(data[: len(data) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - silence stderr
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client hanging up mid-answer (an oversize page refused) is expected here

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="crawl-test-site", daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


# -------------------------------------------------------------------------------------------------
# The test site's pages

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode Vietnamese as windows-1258 does: precomposed base letters, tone marks as combining
    characters (which is why pages in it must be NFC-normalised after decoding)."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258") + "".join(c for c in parts if c in _TONES).encode("cp1258")
    return bytes(out)


def _article(title: str, date_line: str, paragraphs: list[str], extra_head: str = "", extra_body: str = "",
             charset: str = "utf-8") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="{charset}"><title>{title} | Báo Thử</title>{extra_head}</head>
<body>
<header class="site-header"><a href="/">Báo Thử</a>
<nav class="menu"><a href="/chuyen-muc/cds">Chuyển đổi số</a><a href="/gioi-thieu">Giới thiệu</a></nav></header>
<main><article>
<h1 class="article-title">{title}</h1>
<div class="byline"><span class="author">Minh Anh</span> <span class="publish-date">{date_line}</span></div>
<div class="article-content">
{body}
{extra_body}
</div>
</article></main>
<footer>© Báo Thử. Trang thử nghiệm.</footer>
<script>window.ads = [];</script>
</body></html>"""


GOOD_TEXT = [
    "Bộ Thông tin và Truyền thông vừa công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022.",
    "Đà Nẵng tiếp tục dẫn đầu cả nước với 0,6 điểm, Quảng Ninh xếp thứ hai.",
    "Quảng Ngãi tăng 5 bậc, xếp thứ 21/63 tỉnh, thành phố.",
]

ADS_TEXT = [
    "Sở TT&amp;TT Thừa Thiên Huế đạt 99,87 điểm, đứng đầu khối sở ngành.",
    "Kết quả được công bố tại hội nghị tổng kết năm.",
]

ADS_EXTRAS = """
<div class="ads-banner">QUẢNG CÁO: Mua máy tính giá rẻ</div>
<figure class="image"><img src="/a.jpg" alt=""><figcaption>Ảnh: Hội nghị công bố kết quả</figcaption></figure>
<div class="related-news"><h3>Tin liên quan</h3><ul><li><a href="/2023/07/tin-khac.html">Tin khác về DTI</a></li></ul></div>
<table class="rank"><caption>Top 3 DTI 2022</caption>
<thead><tr><th>Hạng</th><th>Tỉnh</th><th>Điểm</th></tr></thead>
<tbody><tr><td>1</td><td>Đà Nẵng</td><td>0,6</td></tr><tr><td>2</td><td>Quảng Ninh</td><td>0,57</td></tr></tbody></table>
<div id="comments" class="comment-list"><p>Bạn đọc A: Bình luận rất hay!</p></div>
"""

CP1258_TITLE = "Hà Giang cải thiện chỉ số ứng dụng CNTT"
CP1258_TEXT = ["Hà Giang tăng 7 bậc trên bảng xếp hạng ICT Index năm 2022, đứng thứ 40/63."]


def build_test_site(base: str) -> dict[str, Page]:
    """The pages of the test site; `base` is the server's own URL (feeds and sitemaps are absolute)."""
    good = _article(
        "Đà Nẵng dẫn đầu Chỉ số chuyển đổi số 2022",
        "Thứ Sáu, 11/09/2020 - 10:18",
        GOOD_TEXT,
        extra_head=f'<link rel="canonical" href="{base}/2023/07/da-nang-dan-dau.html">'
        '<link rel="amphtml" href="/amp/2023/07/da-nang-dan-dau.html">',
    )
    amp = good.replace("<body>", "<body class='amp'>")
    ads = _article("Thừa Thiên Huế đứng đầu khối sở", "03:50 PM 25/10/2022", ADS_TEXT, extra_body=ADS_EXTRAS)
    listing_1 = """<html><body><h1>Chuyển đổi số</h1><ul class="list">
<li><a href="/2023/07/da-nang-dan-dau.html">Đà Nẵng dẫn đầu</a></li>
<li><a href="/2023/07/da-nang-dan-dau.html?utm_source=zalo&amp;utm_medium=social">Đà Nẵng (zalo)</a></li>
<li><a href="/amp/2023/07/da-nang-dan-dau.html">Đà Nẵng (AMP)</a></li>
<li><a href="/2023/07/tin-quang-cao.html?fbclid=IwAR0x">Thừa Thiên Huế</a></li>
<li><a href="/2023/07/bi-mat.html">Bí mật</a></li>
<li><a href="https://example.com/2023/07/ngoai-trang.html">Trang ngoài</a></li>
<li><a href="/gioi-thieu">Giới thiệu</a></li></ul>
<a class="next-page" href="/chuyen-muc/cds?page=2">Trang sau</a></body></html>"""
    listing_2 = """<html><body><ul class="list"><li><a href="/2023/06/trang-hai.html">Trang hai</a></li>
<li><a href="/2023/07/da-nang-dan-dau.html?fbclid=abc">Đà Nẵng lần nữa</a></li></ul>
<a class="next-page" href="/chuyen-muc/cds?page=3">Trang sau</a></body></html>"""
    listing_3 = """<html><body><ul class="list"><li><a href="/2023/05/trang-ba.html">Trang ba</a></li>
<li><a href="/2023/07/khong-ton-tai.html">Bài đã gỡ</a></li></ul></body></html>"""
    rss = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Báo Thử</title><link>{base}/</link>
<item><title>Đà Nẵng</title><link>{base}/2023/07/da-nang-dan-dau.html?utm_source=rss</link>
<pubDate>Wed, 12 Jul 2023 08:00:00 +0700</pubDate></item>
<item><title>Sai bảng mã</title><link>{base}/2023/07/sai-bang-ma.html</link></item>
</channel></rss>"""
    sitemap_index = f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap></sitemapindex>"""
    news_urls = ["windows-1258", "rong", "nhi-phan", "loi-html", "rac", "khong-ton-tai"]
    news_sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        + "\n".join(
            f"<url><loc>{base}/2023/07/{slug}.html</loc><news:news><news:publication_date>2023-07-0{i + 1}"
            f"</news:publication_date><news:title>{slug}</news:title></news:news></url>"
            for i, slug in enumerate(news_urls)
        )
        + "\n</urlset>"
    )
    malformed = (
        "<html><head><title>Lỗi HTML</title><body><h1>Hà Nội công bố kết quả DTI<div class=content>"
        "<p>Hà Nội xếp thứ 3 về chỉ số chuyển đổi số cấp tỉnh<p>Đoạn hai chưa đóng thẻ <b>đậm <i>nghiêng"
        "</div></span></table>"
    )
    return {
        "/robots.txt": Page("User-agent: *\nDisallow: /2023/07/bi-mat.html\n", "text/plain"),
        "/rss.xml": Page(rss, "application/rss+xml; charset=utf-8"),
        "/sitemap_index.xml": Page(sitemap_index, "application/xml"),
        "/sitemap-news.xml": Page(news_sitemap, "application/xml"),
        "/chuyen-muc/cds": Page(listing_1),
        "/chuyen-muc/cds?page=2": Page(listing_2),
        "/chuyen-muc/cds?page=3": Page(listing_3),
        # the search result page for the configured query (URL-encoded by the spider)
        "/tim-kiem?q=ch%E1%BB%89+s%E1%BB%91+chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91": Page(
            '<html><body><h1>Kết quả tìm kiếm</h1><a href="/2023/04/chi-tim-thay.html">Chỉ tìm thấy qua tìm kiếm</a>'
            "</body></html>"
        ),
        "/2023/04/chi-tim-thay.html": Page(_article("Bài chỉ tìm thấy qua tìm kiếm", "20/04/2023", GOOD_TEXT[:2])),
        "/gioi-thieu": Page("<html><body><h1>Giới thiệu</h1><p>Trang thử.</p></body></html>"),
        "/2023/07/da-nang-dan-dau.html": Page(good),
        "/amp/2023/07/da-nang-dan-dau.html": Page(amp),
        "/2023/07/tin-quang-cao.html": Page(ads),
        "/2023/06/trang-hai.html": Page(_article("Bài ở trang hai", "ngày 12 tháng 6 năm 2023", GOOD_TEXT[:1])),
        "/2023/05/trang-ba.html": Page(_article("Bài ở trang ba", "12/05/2023", GOOD_TEXT[1:2])),
        "/2023/07/bi-mat.html": Page(_article("Bí mật", "12/07/2023", GOOD_TEXT)),
        # UTF-8 bytes under a latin-1 header: must not become mojibake.
        "/2023/07/sai-bang-ma.html": Page(
            _article("Bình Dương vào top 10 DTI", "13/07/2023", GOOD_TEXT[2:]), "text/html; charset=iso-8859-1"
        ),
        # windows-1258 bytes (declared in <meta>) under a UTF-8 header.
        "/2023/07/windows-1258.html": Page(
            to_cp1258(_article(CP1258_TITLE, "14/07/2023", CP1258_TEXT, charset="windows-1258")),
            "text/html; charset=utf-8",
        ),
        "/2023/07/rong.html": Page(b""),
        "/2023/07/nhi-phan.html": Page(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "text/html"),
        "/2023/07/loi-html.html": Page(malformed),
        "/2023/07/rac.html": Page("<<<>>> <div></div> <<p>>"),
    }


SOURCE_TOML = """
id = "baothu"
name = "Báo Thử"
base_url = "{{demo:baothu}}"
language = "vi"
kind = "news"

[discovery]
feeds = ["/rss.xml"]
sitemaps = ["/sitemap_index.xml"]
listings = ["/chuyen-muc/cds"]
search = ["/tim-kiem?q={{query}}"]
queries = ["chỉ số chuyển đổi số"]
max_pages = {max_pages}
max_depth = 5

[articles]
url_pattern = '^/(amp/)?\\d{{4}}/\\d{{2}}/[\\w-]+\\.html$'
next_page = "a.next-page::attr(href)"
"""


@dataclass
class CrawlSite:
    """The running test site and a source file pointing at it."""

    server: PageServer
    source: Path
    pages: dict[str, PageSpec] = field(default_factory=dict)  # live: edits show on the next request

    @property
    def base_url(self) -> str:
        return self.server.base_url


def write_source(path: Path, max_pages: int = 100) -> Path:
    path.write_text(SOURCE_TOML.format(max_pages=max_pages), encoding="utf-8")
    return path


@contextmanager
def running_test_site(tmp_path: Path, max_pages: int = 100) -> Iterator[CrawlSite]:
    """Serve the test site and write its source file (base URL left as a `{demo:baothu}` placeholder)."""
    pages: dict[str, PageSpec] = {}
    with serve_pages(pages) as server:
        pages.update(build_test_site(server.base_url))
        yield CrawlSite(server=server, source=write_source(tmp_path / "baothu.toml", max_pages), pages=pages)


@pytest.fixture
def crawl_site(tmp_path: Path) -> Iterator[CrawlSite]:
    """The test site on loopback, fresh (empty request log) for each test."""
    with running_test_site(tmp_path) as site:
        yield site


class CrawlKiller:
    """A `PageServer.on_request` hook that kills the crawl under test once it has asked for `after`
    article pages (paths under `/bai/`), by the pid its job folder records; `killed` holds that pid."""

    def __init__(self, job: Path, after: int, sig: int) -> None:
        self.job, self.after, self.sig = job, after, sig
        self.articles = 0
        self.killed: list[int] = []

    def __call__(self, path: str) -> None:
        if path.startswith("/bai/"):
            self.articles += 1
            if self.articles == self.after and not self.killed:
                pid = int((self.job / "crawl.pid").read_text(encoding="utf-8"))
                self.killed.append(pid)
                os.kill(pid, self.sig)  # the crawl this test started, by its pid



# -------------------------------------------------------------------------------------------------
# Real saved pages of five outlets (March 2026), read in place from `../shared/real-pages` beside the
# checkout: they are others' files (provenance in their SOURCES.md) and are never copied here.

REAL_PAGES_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "real-pages"


@dataclass(frozen=True)
class RealPages:
    """The folder of real pages: `article(id)` and `listing(id)` give a source's saved pages."""

    root: Path

    def article(self, source_id: str) -> bytes:
        return (self.root / f"{source_id}-1.html").read_bytes()

    def listing(self, source_id: str) -> bytes:
        return (self.root / "listings" / f"{source_id}-list-1.html").read_bytes()


@pytest.fixture(scope="session")
def real_pages() -> RealPages:
    """The real pages, or a failed test saying where they are expected (a missing folder must not
    let the catalogue's only contact with real markup pass unnoticed)."""
    if not (REAL_PAGES_DIR / "SOURCES.md").is_file():
        pytest.fail(
            f"real saved pages not found at {REAL_PAGES_DIR}: the catalogue tests read them in place from "
            "../shared/real-pages beside the checkout (see crawlers/sources/README.md, 'Real sources'); "
            "put the shared folder there, do not copy the pages into the repository",
            pytrace=False,
        )
    return RealPages(REAL_PAGES_DIR)
