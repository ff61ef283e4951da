"""Cổng Thông tin Chính quyền số địa phương (demo): an old-style provincial portal.

Structure: table-era layout with `div#ctl00_divCenter`, title in `div.title-news`, date as
"Thứ Sáu, ngày 11 tháng 9 năm 2020 - 10:18" (the "ngày … tháng … năm …" part in `span.ngay`),
body in `div.content-news` followed by a "Tin khác" list and the portal's "Tổng số … | Trang …"
and "Xem tin theo ngày" chrome. Articles at `/tin-tuc/chi-tiet/<id>/<slug>.html`, listings at
`/tin-tuc/trang-N`.

This is the outlet whose articles are reachable **only through its listing pages**: its sitemap lists
the home page and section/listing pages, its RSS feed carries only notices (`/thong-bao/<n>.html`,
which are not articles), and its home page links to listings and notices, not to articles.
"""

from __future__ import annotations

import re
from datetime import datetime
from string import Template

from xephang.demo.content import Article
from xephang.demo.outlets.base import Listing, Outlet, Response
from xephang.demo.render import FeedItem, body_html, h, vn_long_date, weekday

LAYOUT = Template("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>$title</title>
$head
</head>
<body>
<form id="aspnetForm" method="post" action="">
<div id="ctl00_header" class="banner"><div class="quoc-huy"></div>
<div class="ten-cong">CỔNG THÔNG TIN CHÍNH QUYỀN SỐ ĐỊA PHƯƠNG (DEMO)</div></div>
<table class="menu-ngang" width="100%"><tr>
<td><a href="$base/">TRANG CHỦ</a></td><td><a href="$base/gioi-thieu">GIỚI THIỆU</a></td>
<td><a href="$base/tin-tuc">TIN TỨC - SỰ KIỆN</a></td><td><a href="$base/thong-bao">THÔNG BÁO</a></td>
<td><a href="$base/lien-he">LIÊN HỆ</a></td></tr></table>
<table width="100%"><tr>
<td id="ctl00_divLeft" class="cot-trai" valign="top"><div class="box-left"><div class="box-title">LIÊN KẾT WEBSITE</div>
<select><option>-- Chọn liên kết --</option><option>Cổng Dịch vụ công quốc gia</option></select></div>
<div class="banner-left">Hệ thống thông tin giải quyết thủ tục hành chính</div></td>
<td id="ctl00_divCenter" class="cot-giua" valign="top">
$main
</td></tr></table>
<div class="footer">Cơ quan chủ quản: (tên mẫu). Trang thông tin <b>demo</b> của dự án xephang — không phải cổng thông tin của cơ quan nhà nước.<br />
Ghi rõ nguồn "Cổng TTĐT Chính quyền số (demo)" khi trích dẫn.</div>
</form>
</body>
</html>
""")

ARTICLE = Template("""<div class="duong-dan"><a href="$base/">Trang chủ</a> &gt; <a href="$base/tin-tuc">Tin tức - Sự kiện</a></div>
<div class="chi-tiet-tin">
<div class="title-news">$title</div>
<p class="ngay-dang"><span class="thu">$weekday</span>, <span class="ngay">$date</span> - <span class="gio">$time</span></p>
<div class="sapo-news"><b>$lead</b></div>
<div class="content-news">
$body
<p class="tac-gia" align="right"><b>$author</b></p>
</div>
<div class="cong-cu"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#top">Về đầu trang</a></div>
<div class="tin-khac"><div class="tin-khac-title">Các tin khác</div><ul>
$others
</ul></div>
</div>
""")

LISTING_CHROME = Template("""<div class="phan-trang-info">Tổng số: $total | Trang: $page trên tổng số $pages trang</div>
<div class="xem-theo-ngay">Xem tin theo ngày: <input size="2" /> / <input size="2" /> / <input size="4" /> <input type="button" value="Xem" /></div>
""")

NOTICES = (
    (1, "Thông báo lịch tiếp công dân định kỳ tháng 12", datetime.fromisoformat("2025-11-28T08:00:00+07:00"),
     "Lãnh đạo cơ quan tiếp công dân định kỳ vào ngày 15 hằng tháng tại trụ sở; trường hợp trùng ngày nghỉ sẽ lùi sang ngày làm việc kế tiếp."),
    (2, "Thông báo tạm dừng hệ thống thư điện tử công vụ để nâng cấp", datetime.fromisoformat("2025-10-03T16:30:00+07:00"),
     "Hệ thống thư điện tử công vụ tạm dừng từ 22 giờ đến 24 giờ ngày 04/10 để nâng cấp phần mềm. Đề nghị các đơn vị chủ động sắp xếp công việc."),
    (3, "Thông báo tuyển dụng viên chức Trung tâm Công nghệ thông tin và Truyền thông", datetime.fromisoformat("2025-08-12T09:00:00+07:00"),
     "Trung tâm thông báo nhận hồ sơ dự tuyển viên chức vị trí quản trị hệ thống và an toàn thông tin; thời hạn nhận hồ sơ 30 ngày kể từ ngày thông báo."),
)
_LISTING = re.compile(r"^/tin-tuc(?:/trang-(\d+))?$")
_NOTICE = re.compile(r"^/thong-bao/(\d+)\.html$")


class ChinhQuyenSo(Outlet):
    id = "chinhquyenso"
    name = "Cổng Thông tin Chính quyền số địa phương (demo)"
    tagline = "Thông báo của cổng thông tin"
    feed_path = "/rss/thong-bao.rss"
    sections = {"tin-tuc": "Tin tức - Sự kiện"}

    def section_of(self, article: Article) -> str:
        return "tin-tuc"

    def listing_path(self, section: str | None, page: int) -> str:
        return "/tin-tuc" if page == 1 else f"/tin-tuc/trang-{page}"

    def parse_listing(self, path: str, query: dict[str, str]) -> Listing | None:
        match = _LISTING.match(path)
        return Listing("tin-tuc", int(match.group(1) or 1)) if match else None

    def sitemap_entries(self, base: str) -> list[tuple[str, datetime | None]]:
        """Only the home page, the listings and the notices page: no article is in the sitemap."""
        pages = [self.listing_path("tin-tuc", n) for n in range(1, self.page_count("tin-tuc") + 1)]
        return [(base + p, None) for p in ["/", *pages, "/thong-bao", "/gioi-thieu"]]

    def feed_items(self, base: str) -> list[FeedItem]:
        """Only notices: the portal's feed is its notice board, never its news."""
        return [FeedItem(title, f"{base}/thong-bao/{n}.html", date, text, "Thông báo") for n, title, date, text in NOTICES]

    def extra_page(self, path: str, query: dict[str, str], base: str) -> Response | None:
        if path == "/thong-bao":
            items = "\n".join(f'<li><a href="{base}/thong-bao/{n}.html">{h(t)}</a> <i>({d:%d/%m/%Y})</i></li>'
                              for n, t, d, _ in NOTICES)
            return Response(200, self.render_simple(base, "Thông báo", f'<div class="title-page">THÔNG BÁO</div><ul class="ds-thong-bao">{items}</ul>'))
        match = _NOTICE.match(path)
        notice = next((x for x in NOTICES if match and x[0] == int(match.group(1))), None)
        if notice is None:
            return None
        _, title, date, text = notice
        main = (f'<div class="thong-bao"><div class="title-news">{h(title)}</div>'
                f'<p class="ngay-dang">{vn_long_date(date)}</p><p>{h(text)}</p></div>')
        return Response(200, self.render_simple(base, title, main))

    def render_simple(self, base: str, title: str, main: str, head: str = "") -> str:
        return LAYOUT.substitute(base=base, title=h(title), head=head, main=main)

    def render_home(self, base: str) -> str:
        notices = "\n".join(f'<li><a href="{base}/thong-bao/{n}.html">{h(t)}</a></li>' for n, t, _, _ in NOTICES)
        main = (f'<div class="box-center"><div class="box-title"><a href="{base}/tin-tuc">TIN TỨC - SỰ KIỆN</a></div>'
                f'<p>Cập nhật tin hoạt động chuyển đổi số, chính quyền số của địa phương. <a href="{base}/tin-tuc">Xem tất cả tin</a></p></div>'
                f'<div class="box-center"><div class="box-title">THÔNG BÁO</div><ul>{notices}</ul></div>')
        return self.render_simple(base, "Trang chủ - Cổng TTĐT Chính quyền số (demo)", main)

    def render_listing(self, base: str, listing: Listing) -> str:
        rows = []
        for a in self.page_items(listing):
            rows.append(f'<tr><td class="tin"><a class="tieu-de" href="{h(self.article_url(base, a))}">{h(a.title)}</a>'
                        f' <span class="ngay">({a.date:%d/%m/%Y})</span><div class="tom-tat">{h(a.lead)}</div></td></tr>')
        pages = self.page_count("tin-tuc")
        links = [f'<a href="{base}{self.listing_path("tin-tuc", n)}">{n}</a>' if n != listing.page else f"<b>{n}</b>"
                 for n in range(1, pages + 1)]
        if listing.page < pages:
            links.append(f'<a class="trang-sau" rel="next" href="{base}{self.listing_path("tin-tuc", listing.page + 1)}">Trang sau</a>')
        chrome = LISTING_CHROME.substitute(total=len(self.articles), page=listing.page, pages=pages)
        main = (f'<div class="title-page">TIN TỨC - SỰ KIỆN</div><table class="ds-tin" width="100%">{"".join(rows)}</table>'
                f'<div class="phan-trang">{" ".join(links)}</div>{chrome}')
        return self.render_simple(base, "Tin tức - Sự kiện", main)

    def render_article(self, base: str, article: Article) -> str:
        others = "\n".join(f'<li><a href="{h(self.article_url(base, a))}">{h(a.title)}</a> ({a.date:%d/%m/%Y})</li>'
                           for a in self.related(article, 4))
        main = ARTICLE.substitute(
            base=base, title=h(article.title), weekday=weekday(article.date), date=vn_long_date(article.date),
            time=f"{article.date:%H:%M}", lead=h(article.lead), body=body_html(article.blocks),
            author=h(self.author_of(article)), others=others,
        )
        head = f'<meta name="description" content="{h(article.lead)}" />'
        return self.render_simple(base, article.title, main, head)

    def render_not_found(self, base: str) -> str:
        return self.render_simple(base, "Không tìm thấy", '<div class="loi">Trang không tồn tại hoặc đã bị xóa.</div>')


OUTLET_CLASS = ChinhQuyenSo
