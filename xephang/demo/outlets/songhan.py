"""Báo Sông Hàn Online (demo): a regional daily with a busy, div-heavy layout.

Structure: mega menu, breadcrumb as `ul.bread-crumbs`, `h1.detail__title`, date as
"03:50 PM 25/10/2022" in `div.detail__time`, author in `p.detail__author` after the body, body in
`div.detail__content` with "Xem thêm" link boxes and an ad slot, "Ý kiến của bạn" comment form.
Articles at `/<section>/<slug>-post<id>.html`, listings at `/<section>?page=N` (and `/tin-moi-nhat`),
feed at `/rss/home.rss`.
"""

from __future__ import annotations

import re
from string import Template

from xephang.demo.content import Article
from xephang.demo.outlets.base import Listing, Outlet, page_number
from xephang.demo.render import body_html, h

LAYOUT = Template("""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>$title - Báo Sông Hàn Online</title>
$head
</head>
<body>
<div class="header">
  <div class="header__top"><a class="logo" href="$base/"><img alt="Báo Sông Hàn Online" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a>
  <div class="weather">Đà Nẵng 27°C</div></div>
  <div class="menu-main"><ul class="menu">
    <li class="menu__item home"><a href="$base/">Trang chủ</a></li>
$menu
    <li class="menu__item"><a href="$base/tin-moi-nhat">Tin mới nhất</a></li>
  </ul></div>
</div>
<div class="banner-top ads">Banner: Lễ hội pháo hoa quốc tế — đặt vé ngay</div>
<div class="container">
$main
</div>
<div class="footer"><p>Báo Sông Hàn Online — cơ quan chủ quản: (demo). Đây là trang tin <b>demo</b> phục vụ thử nghiệm của dự án xephang.</p>
<p>Địa chỉ: 00 Đường Mẫu, Đà Nẵng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
</body>
</html>
""")

ARTICLE = Template("""<ul class="bread-crumbs"><li><a href="$base/">Trang chủ</a></li><li><a href="$section_url">$section_label</a></li></ul>
<div class="detail">
  <div class="detail__cate">$section_label</div>
  <div class="detail__time">$time</div>
  <h1 class="detail__title">$title</h1>
  <h2 class="detail__summary">$lead</h2>
  <div class="detail__content">
  <div class="box-relate"><a href="$first_related_url">$first_related_title</a></div>
$body
  </div>
  <p class="detail__author">$author</p>
  <div class="detail__tags">$tags</div>
</div>
<div class="box-related"><div class="box-related__title">Xem thêm</div><ul>
$related
</ul></div>
<div class="box-comment"><div class="title">Ý kiến của bạn</div>
<form><input name="ten" placeholder="Họ tên"><textarea name="y_kien"></textarea><button>Gửi ý kiến</button></form>
<p class="note">Chưa có ý kiến nào. Hãy là người đầu tiên bình luận.</p></div>
""")

AD = '<div class="ads ads-detail">Quảng cáo — Căn hộ view sông, thanh toán 30%</div>'
_ARTICLE_PATH = re.compile(r"^/[\w-]+/[\w-]+-post\d+\.html$")


class SongHan(Outlet):
    id = "songhan"
    name = "Báo Sông Hàn Online"
    tagline = "Tin tức miền Trung và cả nước"
    feed_path = "/rss/home.rss"
    sections = {"thoi-su": "Thời sự", "dia-phuong": "Địa phương", "khoa-hoc-cong-nghe": "Khoa học - Công nghệ"}

    def listing_path(self, section: str | None, page: int) -> str:
        path = f"/{section}" if section else "/tin-moi-nhat"
        return path if page == 1 else f"{path}?page={page}"

    def parse_listing(self, path: str, query: dict[str, str]) -> Listing | None:
        if path == "/tin-moi-nhat":
            section = None
        elif path.count("/") == 1 and path[1:] in self.sections:
            section = path[1:]
        else:
            return None
        return Listing(section, page_number(query.get("page")) or 0)

    def render_simple(self, base: str, title: str, main: str, head: str = "") -> str:
        menu = "\n".join(f'    <li class="menu__item"><a href="{base}{self.listing_path(s, 1)}">{h(label)}</a></li>'
                         for s, label in self.sections.items())
        return LAYOUT.substitute(base=base, title=h(title), head=head, menu=menu, main=main)

    def _time(self, article: Article) -> str:
        return article.date.strftime("%I:%M %p %d/%m/%Y")

    def _teaser(self, base: str, article: Article) -> str:
        return (f'<div class="box-stream-item"><a class="box-stream-link-title" href="{h(self.link(base, article))}" '
                f'title="{h(article.title)}">{h(article.title)}</a><span class="box-stream-time">{self._time(article)}</span>'
                f'<p class="box-stream-sapo">{h(article.lead)}</p></div>')

    def render_home(self, base: str) -> str:
        blocks = []
        for slug, label in self.sections.items():
            items = self.items(slug)[:3]
            if items:
                teasers = "\n".join(self._teaser(base, a) for a in items)
                blocks.append(f'<div class="box-cate"><h2><a href="{base}{self.listing_path(slug, 1)}">{h(label)}</a></h2>\n{teasers}</div>')
        return self.render_simple(base, "Trang chủ", "\n".join(blocks))

    def render_listing(self, base: str, listing: Listing) -> str:
        label = self.sections.get(listing.section or "", "Tin mới nhất")
        teasers = "\n".join(self._teaser(base, a) for a in self.page_items(listing))
        pages = []
        for n in range(1, self.page_count(listing.section) + 1):
            cls = "active" if n == listing.page else ""
            pages.append(f'<li class="{cls}"><a href="{h(base + self.listing_path(listing.section, n))}">{n}</a></li>')
        if listing.page < self.page_count(listing.section):
            pages.append(f'<li><a class="btn-next" rel="next" href="{h(base + self.listing_path(listing.section, listing.page + 1))}">Tiếp ›</a></li>')
        main = (f'<ul class="bread-crumbs"><li><a href="{base}/">Trang chủ</a></li><li>{h(label)}</li></ul>\n'
                f'<h1 class="cate-title">{h(label)}</h1>\n<div class="box-stream">\n{teasers}\n</div>\n'
                f'<ul class="paging">{"".join(pages)}</ul>')
        return self.render_simple(base, label, main)

    def render_article(self, base: str, article: Article) -> str:
        section = self.section_of(article)
        related = self.related(article, 4)
        url = self.article_url(base, article)
        head = "\n".join([
            f'<link rel="canonical" href="{h(url)}">',
            f'<meta property="og:title" content="{h(article.title)}">',
            f'<meta itemprop="datePublished" content="{article.date.isoformat()}">',
            f'<meta name="news_keywords" content="{h(", ".join(article.tags))}">',
        ])
        main = ARTICLE.substitute(
            base=base, title=h(article.title), lead=h(article.lead), time=self._time(article),
            section_url=base + self.listing_path(section, 1), section_label=h(self.sections.get(section, "Tin tức")),
            first_related_url=h(self.link(base, related[0])) if related else base + "/",
            first_related_title=h(related[0].title) if related else "Trang chủ",
            body=body_html(article.blocks, AD, ad_after=3), author=h(self.author_of(article)),
            tags=" ".join(f'<span class="tag">#{h(t)}</span>' for t in article.tags),
            related="\n".join(f'<li><a href="{h(self.link(base, a))}">{h(a.title)}</a></li>' for a in related[1:]),
        )
        return self.render_simple(base, article.title, main, head)

    def render_not_found(self, base: str) -> str:
        main = ('<div class="page-404"><h1>Lỗi 404</h1><p>Nội dung bạn tìm kiếm không tồn tại.</p>'
                f'<a href="{base}/">Quay về trang chủ</a></div>')
        return self.render_simple(base, "Không tìm thấy", main)


OUTLET_CLASS = SongHan
