"""Crawl throughput on loopback, against `scrapy bench` on the same machine, and the cost of a re-run.

    .venv/bin/python benchmarks/crawl.py [--articles 2000] [--bench-seconds 10] [--json]

A site shaped like the demo outlets (an RSS feed of the latest articles, a sitemap of all of them, a
category listing paginated 20 per page, article pages of a few KB with a lead, paragraphs, a table and
page furniture) but scaled up to `--articles` pages is served from this process on 127.0.0.1 (ETag and
304 like a real news server). The `news` spider crawls it through `crawlers.run.crawl_source`, with
politeness off (no delay, no AutoThrottle, 16 requests at once) and the HTTP cache on. Figures:

- articles/min of the first crawl (wall clock of the whole `crawl_source` call, Scrapy start included,
  and from Scrapy's own elapsed time);
- pages/min of `scrapy bench` run for ~`--bench-seconds` s (outside the project, so with Scrapy's
  defaults), from its final stats; the ratio of the two (goal >= 0.5; bench only follows links, the
  spider also reduces every page to an article);
- the time of an unchanged re-run (the first run's URLs as known_urls, same cache folder, so the same HTTP
  cache and crawl state: robots.txt, feed, sitemap and the listing's first page come back 304, the
  listing is not walked past that page of known articles, no article is fetched) as a share of the
  first run's (goal <= 10 %).

A script, not a test: timings vary with the machine, so nothing here asserts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from benchmarks.memory import peak_rss_mib  # noqa: E402
from crawlers.run import crawl_source  # noqa: E402

PER_PAGE = 20
PROVINCES = ["Đà Nẵng", "Quảng Ninh", "Thừa Thiên Huế", "Hà Nội", "Bình Dương", "Hải Phòng", "Bắc Ninh",
             "Cần Thơ", "Tuyên Quang", "Lào Cai", "Nghệ An", "Khánh Hòa"]

SOURCE_TOML = """
id = "bench"
name = "Báo Đo Tốc Độ"
base_url = "{demo:bench}"
kind = "news"

[discovery]
feeds = ["/rss.xml"]
sitemaps = ["/sitemap.xml"]
listings = ["/chuyen-muc/chuyen-doi-so"]
max_pages = 100000
max_depth = 5

[articles]
url_pattern = '^/bai-viet/\\d{4}/[\\w-]+-\\d+\\.html$'
next_page = "a.trang-sau::attr(href)"

[articles.selectors]
title = "h1.tieu-de::text"
body = "div.noi-dung"
date = "span.ngay::text"
date_formats = ["%d/%m/%Y %H:%M"]
remove = [".quang-cao", ".lien-quan"]
"""


def _article_url(i: int) -> str:
    return f"/bai-viet/{2020 + i % 4}/chi-so-chuyen-doi-so-tinh-{i}.html"


def _article(i: int) -> str:
    province = PROVINCES[i % len(PROVINCES)]
    rank = i % 63 + 1
    paragraphs = "".join(
        f"<p>Đoạn {k}: theo kết quả công bố, {province} xếp thứ {rank}/63 về Chỉ số chuyển đổi số cấp tỉnh "
        f"(DTI) năm {2019 + i % 4}, với {0.3 + (i % 30) / 100:.4f} điểm; trụ cột chính quyền số xếp thứ "
        f"{(rank + k) % 63 + 1}.</p>" for k in range(6)
    )
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{province} xếp thứ {rank} về chỉ số chuyển đổi số (bài {i}) | Báo Đo Tốc Độ</title>
<link rel="canonical" href="{_article_url(i)}"></head><body>
<header><a href="/">Báo Đo Tốc Độ</a><nav><a href="/chuyen-muc/chuyen-doi-so">Chuyển đổi số</a>
<a href="/gioi-thieu">Giới thiệu</a></nav></header>
<main><article><h1 class="tieu-de">{province} xếp thứ {rank} về chỉ số chuyển đổi số (bài {i})</h1>
<span class="ngay">{1 + i % 28:02d}/{1 + i % 12:02d}/{2020 + i % 4} 08:30</span>
<div class="noi-dung"><p class="sapo">{province} công bố kết quả chuyển đổi số năm {2019 + i % 4}.</p>
{paragraphs}
<div class="quang-cao">QUẢNG CÁO: Máy tính giá rẻ</div>
<table><caption>Kết quả DTI</caption><tr><th>Hạng</th><th>Tỉnh</th></tr><tr><td>{rank}</td><td>{province}</td></tr></table>
<div class="lien-quan"><a href="{_article_url((i + 1) % 7)}">Tin liên quan</a></div>
</div></article></main><footer>© Báo Đo Tốc Độ</footer></body></html>"""


def build_site(n: int) -> dict[str, bytes]:
    """Every page of the scaled-up site, pre-rendered, keyed by path (with query)."""
    pages: dict[str, bytes] = {}
    for i in range(n):
        pages[_article_url(i)] = _article(i).encode("utf-8")
    listing_pages = (n + PER_PAGE - 1) // PER_PAGE
    for p in range(listing_pages):
        links = "".join(
            f'<li><a href="{_article_url(i)}">Bài {i}</a></li>' for i in range(p * PER_PAGE, min(n, (p + 1) * PER_PAGE))
        )
        nxt = f'<a class="trang-sau" href="/chuyen-muc/chuyen-doi-so?trang={p + 2}">Trang sau</a>' \
            if p + 1 < listing_pages else ""
        path = "/chuyen-muc/chuyen-doi-so" + (f"?trang={p + 1}" if p else "")
        pages[path] = f"<html><body><h1>Chuyển đổi số</h1><ul>{links}</ul>{nxt}</body></html>".encode()
    items = "".join(f"<item><title>Bài {i}</title><link>{{base}}{_article_url(i)}</link></item>" for i in range(min(n, 20)))
    pages["/rss.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()
    urls = "".join(f"<url><loc>{{base}}{_article_url(i)}</loc></url>" for i in range(n))
    pages["/sitemap.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    ).encode()
    pages["/robots.txt"] = b"User-agent: *\nAllow: /\n"
    return pages


class SiteServer:
    """The pre-rendered site on a free loopback port, with ETag / If-None-Match -> 304."""

    def __init__(self, pages: dict[str, bytes]) -> None:
        self.pages = pages
        self.requests = 0
        self.not_modified = 0
        lock = threading.Lock()
        etags = {path: f'"{hashlib.sha1(body).hexdigest()[:16]}"' for path, body in pages.items()}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                with lock:
                    outer.requests += 1
                body = outer.pages.get(self.path)
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                etag = etags[self.path]
                if self.headers.get("If-None-Match") == etag:
                    with lock:
                        outer.not_modified += 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                kind = "application/xml" if self.path.endswith(".xml") else "text/html; charset=utf-8"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        for path in ("/rss.xml", "/sitemap.xml"):
            self.pages[path] = self.pages[path].replace(b"{base}", self.base_url.encode())
            etags[path] = f'"{hashlib.sha1(self.pages[path]).hexdigest()[:16]}"'
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


# Politeness off: this is our own server on loopback.
FAST = {"CONCURRENT_REQUESTS": "16", "CONCURRENT_REQUESTS_PER_DOMAIN": "16", "AUTOTHROTTLE_ENABLED": "0",
        "DOWNLOAD_DELAY": "0", "LOG_LEVEL": "INFO", "LOGSTATS_INTERVAL": "60"}


def run_crawls(n: int, work: Path) -> dict[str, Any]:
    source = work / "bench.toml"
    source.write_text(SOURCE_TOML, encoding="utf-8")
    cache = work / "httpcache"
    with SiteServer(build_site(n)) as site:
        first = crawl_source(source, work / "run1.jsonl", base_url=site.base_url, settings=FAST, cache_dir=cache,
                             timeout=3600)
        first_requests = site.requests
        known = work / "known.txt"
        with first.out.open(encoding="utf-8") as handle:
            known.write_text("".join(json.loads(line)["url"] + "\n" for line in handle if line.strip()), encoding="utf-8")
        site.requests = site.not_modified = 0
        second = crawl_source(source, work / "run2.jsonl", base_url=site.base_url, settings=FAST, cache_dir=cache,
                              known_urls=known, timeout=3600)
        return {
            "articles": first.items,
            "first_errors": first.errors[:3],
            "first_requests": first_requests,
            "first_seconds": round(first.duration, 2),
            "first_scrapy_seconds": round(float(first.stats.get("elapsed_time_seconds", 0.0)), 2),
            "articles_per_min": round(first.items / first.duration * 60, 1),
            "articles_per_min_scrapy_time": round(
                first.items / max(float(first.stats.get("elapsed_time_seconds", 0.0)), 1e-9) * 60, 1),
            "rerun_items": second.items,
            "rerun_requests": site.requests,
            "rerun_not_modified": site.not_modified,
            "rerun_seconds": round(second.duration, 2),
            "rerun_share": round(second.duration / first.duration, 3),
            # without the fixed cost of starting and stopping a Scrapy process (~0.5 s here)
            "rerun_scrapy_seconds": round(float(second.stats.get("elapsed_time_seconds", 0.0)), 2),
            "rerun_share_scrapy_time": round(float(second.stats.get("elapsed_time_seconds", 0.0))
                                             / max(float(first.stats.get("elapsed_time_seconds", 0.0)), 1e-9), 3),
        }


_RATE = re.compile(r"Crawled (\d+) pages \(at (\d+) pages/min\)")


def scrapy_bench(seconds: float, work: Path) -> dict[str, Any]:
    """`scrapy bench` for about `seconds` s, outside the project (Scrapy's default settings)."""
    command = [sys.executable, "-m", "scrapy", "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds:g}",
               "-s", "LOGSTATS_INTERVAL=1"]
    done = subprocess.run(command, cwd=work, capture_output=True, text=True, timeout=seconds + 120)
    log = done.stderr
    received = re.search(r"'response_received_count': (\d+)", log)
    elapsed = re.search(r"'elapsed_time_seconds': ([\d.]+)", log)
    rates = [int(rate) for _pages, rate in _RATE.findall(log)]
    pages = int(received.group(1)) if received else 0
    secs = float(elapsed.group(1)) if elapsed else seconds
    return {
        "bench_pages": pages,
        "bench_seconds": round(secs, 2),
        "bench_pages_per_min": round(pages / secs * 60, 1) if secs else 0.0,
        # the per-second log lines, for a steady-state view (the first lines include start-up)
        "bench_logged_max_pages_per_min": max(rates) if rates else None,
        "bench_returncode": done.returncode,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--bench-seconds", type=float, default=10.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="xephang-bench-") as tmp:
        work = Path(tmp)
        figures = run_crawls(args.articles, work)
        crawl_rss = peak_rss_mib(children=True)  # the larger of the two Scrapy processes, before bench runs
        (work / "bench").mkdir()
        figures.update(scrapy_bench(args.bench_seconds, work / "bench"))
    bench = figures["bench_pages_per_min"] or float("nan")
    figures["crawl_peak_rss_mib"] = round(crawl_rss, 1)
    figures["ratio_to_scrapy_bench"] = round(figures["articles_per_min"] / bench, 3)
    figures["ratio_to_scrapy_bench_scrapy_time"] = round(figures["articles_per_min_scrapy_time"] / bench, 3)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"first crawl: {figures['articles']} articles in {figures['first_seconds']} s "
          f"({figures['first_requests']} requests) = {figures['articles_per_min']} articles/min "
          f"[{figures['articles_per_min_scrapy_time']} by Scrapy's elapsed time]")
    print(f"scrapy bench: {figures['bench_pages']} pages in {figures['bench_seconds']} s = "
          f"{figures['bench_pages_per_min']} pages/min (max logged {figures['bench_logged_max_pages_per_min']})")
    print(f"ratio: {figures['ratio_to_scrapy_bench']} (goal >= 0.5) "
          f"[{figures['ratio_to_scrapy_bench_scrapy_time']} by Scrapy's elapsed time]")
    print(f"unchanged re-run: {figures['rerun_seconds']} s, {figures['rerun_requests']} requests "
          f"({figures['rerun_not_modified']} answered 304), {figures['rerun_items']} new items = "
          f"{figures['rerun_share'] * 100:.1f}% of the first run (goal <= 10%) "
          f"[{figures['rerun_scrapy_seconds']} s = {figures['rerun_share_scrapy_time'] * 100:.1f}% by Scrapy's elapsed time]")
    print(f"memory: peak RSS of the crawl process {figures['crawl_peak_rss_mib']:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
