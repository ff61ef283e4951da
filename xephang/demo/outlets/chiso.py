"""Cổng Dữ liệu Chỉ số Số (demo): a ministry-style portal publishing press releases and ranking tables.

Structure: portal header with a left "Chuyên mục" tree, breadcrumb in `div.breadcrumb`, title in
`h1.page-title`, date as "Ngày đăng: 13/07/2023 14:20" (numbers in `span.ngay-dang`), body in
`div.noi-dung`, official tables as `<table class="bang-xep-hang">` with a caption naming the year,
an attachments box and "Văn bản liên quan". Articles at `/<section>/<slug>.htm`, listings at
`/danh-muc/<section>?page=N`, feed at `/rss.xml`.
"""

from __future__ import annotations

from string import Template

from xephang.demo.content import Article
from xephang.demo.outlets.base import Listing, Outlet, page_number
from xephang.demo.render import body_html, h

LAYOUT = Template("""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>$title - Cổng Dữ liệu Chỉ số Số</title>
$head
</head>
<body class="portal">
<div id="portal-header"><div class="portal-name">CỔNG DỮ LIỆU CHỈ SỐ SỐ <span>(trang demo)</span></div>
<div class="portal-sub">Đánh giá, xếp hạng chuyển đổi số và ứng dụng công nghệ thông tin</div></div>
<ul id="portal-menu" class="nav">
<li><a href="$base/">Trang chủ</a></li>
$menu
<li><a href="$base/gioi-thieu">Giới thiệu</a></li>
</ul>
<div id="portal-body">
<div id="portal-left"><div class="portlet"><div class="portlet-title">Chuyên mục</div><ul>
$menu
</ul></div>
<div class="portlet"><div class="portlet-title">Liên kết</div><ul><li>Cổng Dịch vụ công (mẫu)</li><li>Hệ thống văn bản (mẫu)</li></ul></div></div>
<div id="portal-content">
$main
</div>
</div>
<div id="portal-footer">Cổng Dữ liệu Chỉ số Số — trang <b>demo</b> theo phong cách cổng thông tin bộ, ngành; dữ liệu dùng để thử nghiệm dự án xephang.</div>
</body>
</html>
""")

ARTICLE = Template("""<div class="breadcrumb"><a href="$base/">Trang chủ</a> / <a href="$section_url">$section_label</a></div>
<div class="article">
<h1 class="page-title">$title</h1>
<div class="meta">Ngày đăng: <span class="ngay-dang">$date</span> | Lượt xem: 1.204</div>
<div class="tom-tat">$lead</div>
<div class="noi-dung">
$body
</div>
<div class="nguon">Nguồn: <span class="don-vi">$author</span></div>
<div class="tep-dinh-kem"><b>Tệp đính kèm:</b> <span>Bao-cao-ket-qua-danh-gia.pdf (trang demo, không có tệp)</span></div>
<div class="van-ban-lien-quan"><div class="title">Tin, bài liên quan</div><ul>
$related
</ul></div>
</div>
""")


class ChiSo(Outlet):
    id = "chiso"
    name = "Cổng Dữ liệu Chỉ số Số (demo)"
    tagline = "Thông cáo và bảng xếp hạng chỉ số chuyển đổi số, ứng dụng CNTT"
    sections = {"thong-cao-bao-chi": "Thông cáo báo chí", "bang-xep-hang": "Bảng xếp hạng"}
    page_size = 3

    def listing_path(self, section: str | None, page: int) -> str:
        path = f"/danh-muc/{section or 'tat-ca'}"
        return path if page == 1 else f"{path}?page={page}"

    def parse_listing(self, path: str, query: dict[str, str]) -> Listing | None:
        if not path.startswith("/danh-muc/") or path.count("/") != 2:
            return None
        slug = path.removeprefix("/danh-muc/")
        return Listing(None if slug == "tat-ca" else slug, page_number(query.get("page")) or 0)

    def render_simple(self, base: str, title: str, main: str, head: str = "") -> str:
        menu = "\n".join(f'<li><a href="{base}{self.listing_path(s, 1)}">{h(label)}</a></li>'
                         for s, label in self.sections.items())
        return LAYOUT.substitute(base=base, title=h(title), head=head, menu=menu, main=main)

    def _row(self, base: str, article: Article) -> str:
        return (f'<li class="tin"><a href="{h(self.article_url(base, article))}">{h(article.title)}</a>'
                f' <span class="ngay">{article.date:%d/%m/%Y}</span><p>{h(article.lead)}</p></li>')

    def render_home(self, base: str) -> str:
        rows = "\n".join(self._row(base, a) for a in self.articles[:self.page_size])
        main = (f'<div class="box"><div class="box-title">Tin mới cập nhật</div><ul>{rows}</ul>'
                f'<a href="{base}{self.listing_path(None, 1)}">Xem tất cả</a></div>')
        return self.render_simple(base, "Trang chủ", main)

    def render_listing(self, base: str, listing: Listing) -> str:
        label = self.sections.get(listing.section or "", "Tất cả tin, bài")
        rows = "\n".join(self._row(base, a) for a in self.page_items(listing))
        pages = self.page_count(listing.section)
        nav = f'<span>Trang {listing.page}/{pages}</span>'
        if listing.page < pages:
            nav += f' <a class="next" rel="next" href="{h(base + self.listing_path(listing.section, listing.page + 1))}">Trang tiếp</a>'
        main = (f'<div class="breadcrumb"><a href="{base}/">Trang chủ</a> / {h(label)}</div>'
                f'<h1 class="page-title">{h(label)}</h1><ul class="danh-sach">{rows}</ul><div class="pager">{nav}</div>')
        return self.render_simple(base, label, main)

    def render_article(self, base: str, article: Article) -> str:
        section = self.section_of(article)
        related = "\n".join(f'<li><a href="{h(self.article_url(base, a))}">{h(a.title)}</a></li>'
                            for a in self.related(article))
        main = ARTICLE.substitute(
            base=base, title=h(article.title), date=f"{article.date:%d/%m/%Y %H:%M}", lead=h(article.lead),
            section_url=base + self.listing_path(section, 1), section_label=h(self.sections.get(section, "Tin tức")),
            body=body_html(article.blocks, table_class="bang-xep-hang"), author=h(self.author_of(article)),
            related=related,
        )
        head = f'<link rel="canonical" href="{h(self.article_url(base, article))}">'
        return self.render_simple(base, article.title, main, head)

    def render_not_found(self, base: str) -> str:
        return self.render_simple(base, "Không tìm thấy trang", "<h1>404</h1><p>Không tìm thấy trang yêu cầu.</p>")


OUTLET_CLASS = ChiSo
