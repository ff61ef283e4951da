"""The source catalogue held against real pages of five outlets, as they served them in March 2026.

The pages are read in place from `../shared/real-pages` (fixture `real_pages`; never copied here).
Every check uses the source's OWN selectors (crawlers.probe), not the article reduction's result:
the generic fallbacks (`<h1>`, meta dates, sapo classes) would hide a selector that matches nothing,
which is how a catalogue written without the sites came to have dead selectors. For listings:
`url_pattern` must take exactly the links of the page's story cards (read here with the site's own
card markup, an independent account of which links are articles), and the next page must be the one
the site itself goes to (a link, or the JavaScript load-more's timeline URL)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from parsel import Selector

from crawlers.probe import page_text, probe_article, probe_listing
from crawlers.run import REPO_ROOT
from crawlers.sourcefile import load_source
from tests.fixtures_crawl import RealPages
from xephang.cli import main

# What each real article page states, read by a person from the page: title, date, author (None when
# the page has no byline), the lead's opening and the body's first and last paragraphs' openings.
ARTICLES = {
    "vnexpress_sohoa": {
        "title": "Cách các nước đối phó cú sốc năng lượng từ Trung Đông",
        "date": "2026-03-07", "author": "Hà Thu",
        "lead": "Trung Quốc, Nhật Bản, Thái Lan hạn chế xuất khẩu nhiên liệu",
        "first": "Xung đột giữa Mỹ - Israel với Iran đã bước sang ngày thứ 6",
        "last": "Trước mắt, cơ quan quản lý tăng kiểm tra tình hình nhập khẩu",
    },
    "tuoitre": {
        "title": "Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh",
        "date": "2026-03-07", "author": "NHẬT XUÂN",
        "lead": "Xung đột ở khu vực Trung Đông khiến các shop hoa ghi nhận",
        "first": "Nhiều chuyến bay vận chuyển hoa từ các thị trường truyền thống",
        "last": "Ngoài ra, cửa hàng cũng hướng sang các sản phẩm thay thế",
    },
    "dantri": {
        "title": "Giá vàng giảm, vẫn cao hơn thế giới gần 20 triệu đồng/lượng",
        "date": "2026-03-07", "author": "Tri Túc",
        "lead": "(Dân trí) - Giá vàng trong nước tiếp tục giảm",
        "first": "Cụ thể, chốt phiên 6/3, giá vàng miếng SJC",
        "last": "Tỷ giá USD tại Sở giao dịch Ngân hàng Nhà nước mua vào - bán ra",
    },
    "vietnamnet_tttt": {
        "title": "Cổ phiếu FLC được giao dịch trở lại",
        "date": "2026-03-07", "author": "Duy Anh",
        "lead": "CTCP Tập đoàn FLC cho biết cổ phiếu FLC đã được giao dịch trở lại",
        "first": "Theo thông báo của doanh nghiệp, Chứng khoán Artex",
        "last": "Cổ phiếu này sau đó chuyển sang giao dịch trên UPCoM",
    },
    "baochinhphu": {
        "title": "Chính sách mới có hiệu lực từ tháng 3/2026",
        "date": "2026-03-01", "author": None,  # no byline on the page (an empty div.detail-author-top)
        "lead": "(Chinhphu.vn) - Tháng 3/2026 có nhiều chính sách mới có hiệu lực",
        "first": "3 hình thức khai thác, sử dụng thông tin về nhà ở",
        "last": "- Đồng bào dân tộc thiểu số ở các xã đặc biệt khó khăn",
    },
}
# Boxes inside the body that are not the article (related stories); their headlines must not be text.
NOT_TEXT = {
    "tuoitre": "Xung đột ở Trung Đông khiến xuất khẩu Việt lao đao vì phụ phí của logistics",
    "baochinhphu": "Chính sách mới có hiệu lực từ tháng 2/2026",
}

# Listing pages: their address, the site's own story-card links (which links ARE articles), and the
# next page the site goes to.
LISTINGS = {
    "vnexpress_sohoa": ("https://vnexpress.net/kinh-doanh", ".title-news a::attr(href)",
                        "https://vnexpress.net/kinh-doanh-p2"),
    "tuoitre": ("https://tuoitre.vn/kinh-doanh.htm", "a.box-category-link-title::attr(href)",
                "https://tuoitre.vn/timeline/11/trang-2.htm"),
    "dantri": ("https://dantri.com.vn/kinh-doanh.htm", ".article-title a::attr(href)",
               "https://dantri.com.vn/kinh-doanh/trang-2.htm"),
    "vietnamnet_tttt": ("https://vietnamnet.vn/kinh-doanh", ".vnn-title a::attr(href)",
                        "https://vietnamnet.vn/kinh-doanh-page1"),
    "baochinhphu": ("https://baochinhphu.vn/chinh-sach-va-cuoc-song/chinh-sach-moi.htm",
                    ".box-stream-link-title::attr(href), .box-link-title::attr(href), "
                    ".box-category-link-title::attr(href)",
                    "https://baochinhphu.vn/timelinelist/1021119/2.htm"),
}
# Article pages linked outside the story cards: Dân trí's footer links its privacy policy, which the
# CMS serves as an ordinary article (harmless: the relevance filter drops it).
EXTRA_ARTICLES = {"dantri": {"https://dantri.com.vn/cong-nghe/chinh-sach-bao-mat-du-lieu-ca-nhan-20190514153010649.htm"}}
# Listings of the catalogue that the real 2026 navigation does not show (no evidence either way).
UNVERIFIED_LISTINGS = {"baochinhphu": {"https://baochinhphu.vn/chuyen-doi-so.htm"}}


def _same_site(url: str, other: str) -> bool:
    strip = re.compile(r"^(www|m)\.")
    return strip.sub("", urlsplit(url).hostname or "") == strip.sub("", urlsplit(other).hostname or "")


@pytest.mark.parametrize("source_id", sorted(ARTICLES))
def test_own_selectors_read_the_real_article(real_pages: RealPages, source_id: str) -> None:
    src = load_source(source_id)
    expected = ARTICLES[source_id]
    probe = probe_article(src, real_pages.article(source_id))
    assert probe.is_article, f"{source_id}: url_pattern refuses the page's own address {probe.url}"
    fields = probe.fields
    assert fields["title"].value == expected["title"], f"{source_id}: title selector {fields['title'].selector!r}"
    assert fields["date"].parsed == expected["date"], f"{source_id}: date selector {fields['date'].selector!r}"
    # the stated formats fit the page's date exactly when the source states any
    if src.selectors.get("date_formats"):
        assert fields["date"].note.startswith("format"), f"{source_id}: {fields['date']}"
    if expected["author"] is None:
        assert not src.selectors.get("author"), f"{source_id}: no byline on the page; an author selector is a guess"
    else:
        assert fields["author"].value == expected["author"], f"{source_id}: author {fields['author'].selector!r}"
    assert (fields["lead"].value or "").startswith(expected["lead"]), f"{source_id}: lead {fields['lead'].selector!r}"
    assert probe.body_matched, f"{source_id}: body selector {src.selectors.get('body')!r} matched nothing"
    paragraphs = probe.paragraphs
    # the text the crawl stores: the lead first (it often carries the claim), then the body in order
    assert paragraphs[0].startswith(expected["lead"]), source_id
    assert paragraphs[1].startswith(expected["first"]), source_id
    assert paragraphs[-1].startswith(expected["last"]), source_id
    if source_id in NOT_TEXT:
        assert NOT_TEXT[source_id] not in probe.parsed.text, f"{source_id}: a related-story box is in the text"
    assert probe.parsed.title == expected["title"] and probe.parsed.date == expected["date"]


def test_dan_tri_lead_is_part_of_the_text(real_pages: RealPages) -> None:
    """The 2026 template's lead sits outside the body with no sapo class: only the source's lead
    selector puts it in the text (the generic reducer misses it)."""
    probe = probe_article(load_source("dantri"), real_pages.article("dantri"))
    lead = probe.fields["lead"].value
    assert lead and lead.startswith("(Dân trí) - Giá vàng trong nước tiếp tục giảm, xuống mức 183,8 triệu")
    assert probe.parsed.text.startswith(lead + "\n\n")


@pytest.mark.parametrize("source_id", sorted(LISTINGS))
def test_url_pattern_takes_exactly_the_story_links(real_pages: RealPages, source_id: str) -> None:
    url, cards, _ = LISTINGS[source_id]
    html = real_pages.listing(source_id)
    sel = Selector(text=page_text(html))
    stories = {urljoin(url, h.strip()).split("#")[0] for h in sel.css(cards).getall() if h.strip()}
    stories = {u for u in stories if _same_site(u, url)} | EXTRA_ARTICLES.get(source_id, set())
    assert len(stories) >= 10, f"{source_id}: the card selector of the test found too few stories"
    probe = probe_listing(load_source(source_id), html, url)
    accepted = set(probe.articles)
    assert stories - accepted == set(), f"{source_id}: story links url_pattern refuses"
    assert accepted - stories == set(), f"{source_id}: links taken as articles that are not stories"
    # and what it leaves are sections, pagination, topics, tags, authors … of the same site
    assert len(probe.others) >= 20


@pytest.mark.parametrize("source_id", sorted(LISTINGS))
def test_next_page_is_the_one_the_site_goes_to(real_pages: RealPages, source_id: str) -> None:
    url, _, expected = LISTINGS[source_id]
    html = real_pages.listing(source_id)
    src = load_source(source_id)
    nxt = probe_listing(src, html, url).next_page
    assert nxt is not None and nxt.url == expected and nxt.page == 2, f"{source_id}: {nxt}"
    text = page_text(html)
    if src.page_url:
        # A JavaScript load-more: the zone id is the page's own, and for Báo Chính phủ the template is
        # the one its script uses (`timeline.url = '/timelinelist/{0}/{1}.htm'`, pageIndex 2).
        zone = Selector(text=text).css("input#hdZoneId::attr(value)").get()
        assert nxt.zone == zone
        script = re.search(r"timeline\.url\s*=\s*'([^']+)'", text)
        if script:
            assert urljoin(url, script.group(1).format(zone, 2)) == expected
    else:
        # a real link of the page
        hrefs = {urljoin(url, h) for h in Selector(text=text).css("a::attr(href)").getall()}
        assert expected in hrefs


@pytest.mark.parametrize("source_id", sorted(LISTINGS))
def test_catalogue_sections_and_feeds_follow_the_real_site(real_pages: RealPages, source_id: str) -> None:
    """Listings point at sections the 2026 navigation links to, and feed addresses have the form the
    site announces in `<link rel=alternate>` (Báo Chính phủ and VietnamNet: no `/rss/` prefix)."""
    url, _, _ = LISTINGS[source_id]
    src = load_source(source_id)
    sel = Selector(text=page_text(real_pages.listing(source_id)))
    nav = {urljoin(url, h.strip()) for h in sel.css("a::attr(href)").getall()}
    unverified = UNVERIFIED_LISTINGS.get(source_id, set())
    for listing in src.listings:
        assert listing in nav or listing in unverified, f"{source_id}: {listing} is not in the site's navigation"
    announced = sel.css('link[type="application/rss+xml"]::attr(href)').get()
    if announced:
        section = urlsplit(url).path.removesuffix(".htm").strip("/")
        feed_path = urlsplit(urljoin(url, announced)).path
        assert section in feed_path, f"{source_id}: {feed_path}"
        prefix = feed_path[: feed_path.index(section)]
        for feed in src.feeds:
            path = urlsplit(feed).path
            assert path.startswith(prefix) and "rss/" not in path[len(prefix):], f"{source_id}: feed {feed}"


def _readme_block(marker: str) -> str:
    """The fenced block after `<!-- marker -->` in crawlers/sources/README.md."""
    text = (REPO_ROOT / "crawlers" / "sources" / "README.md").read_text(encoding="utf-8")
    after = text[text.index(f"<!-- {marker}"):]
    return after.split("```", 2)[1].split("\n", 1)[1]


def test_readme_worked_example_is_what_sources_test_prints(
    real_pages: RealPages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The user's guide writes a source for a new section from one saved article and one saved listing;
    its file and the two outputs it shows are checked here against the real pages (linked, not copied)."""
    folder = tmp_path / "xephang-sources"
    folder.mkdir()
    source = folder / "vnexpress_kinhdoanh.toml"
    source.write_text(_readme_block("worked-example-toml"), encoding="utf-8")
    (tmp_path / "article.html").symlink_to(real_pages.root / "vnexpress_sohoa-1.html")
    (tmp_path / "kinh-doanh.html").symlink_to(real_pages.root / "listings" / "vnexpress_sohoa-list-1.html")
    monkeypatch.chdir(tmp_path)
    for marker in ("worked-example-article", "worked-example-listing"):
        shown = _readme_block(marker)
        command, expected = shown.split("\n", 1)
        args = command.removeprefix("$ xephang ").split()
        args[2] = str(source)  # ~/xephang-sources/… in the guide
        assert main(args) == 0
        assert capsys.readouterr().out == expected, marker


def test_sources_test_flags_a_dead_selector(real_pages: RealPages, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Dân trí's selectors of the May 2025 template on the 2026 page: the crawl would still store a
    title (the generic `<h1>` rule), but `sources test` says which selectors match nothing, and fails."""
    source = tmp_path / "dantri_2025.toml"
    source.write_text("""id = "dantri_2025"
base_url = "https://dantri.com.vn"
[articles]
url_pattern = '^/[a-z0-9-]+/[a-z0-9-]+-\\d{17}\\.htm$'
[articles.selectors]
title = "h1.title-page::text"
lead = "h2.singular-sapo"
body = "div.singular-content"
""", encoding="utf-8")
    page = tmp_path / "dantri.html"
    page.symlink_to(real_pages.root / "dantri-1.html")
    assert main(["sources", "test", str(source), str(page)]) == 1
    out = capsys.readouterr().out
    assert out.count("→ matched nothing") == 3
    assert "  title  'Giá vàng giảm, vẫn cao hơn thế giới gần 20 triệu đồng/lượng'" in out  # what the fallback stores
