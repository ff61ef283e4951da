"""Báo Điện tử Nhịp Số (demo): a national tech daily.

Structure: top menu + breadcrumb, `h1.article-title`, date as "Thứ Sáu, 11/09/2020 - 10:18" in
`span.publish-date` (the numeric part in `span.dt`), body in `div.article-content` with an inline
ad and "Đọc thêm" box, related box, comments. Articles at `/<section>/<slug>-<id>.html`, AMP copies
at `/amp/<same path>`, listings at `/chuyen-muc/<section>?page=N`, feed at `/rss/tin-moi.rss`.
Some internal links carry utm_/fbclid parameters.
"""

from __future__ import annotations

from string import Template

from xephang.demo.content import Article
from xephang.demo.outlets.base import Listing, Outlet, page_number
from xephang.demo.render import body_html, h, weekday

LAYOUT = Template("""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title | Nhịp Số</title>
$head
<link rel="alternate" type="application/rss+xml" title="Nhịp Số - Tin mới" href="$base/rss/tin-moi.rss">
</head>
<body class="ns">
<div class="topbar"><span class="today">Hôm nay: $today</span> <a href="$base/lien-he">Liên hệ</a> · <a href="$base/quang-cao">Quảng cáo</a></div>
<header class="site-header">
  <a class="logo" href="$base/">Nhịp Số<small>Báo điện tử về công nghệ và chuyển đổi số</small></a>
  <nav class="main-menu"><ul>
    <li><a href="$base/">Trang chủ</a></li>
$menu
  </ul></nav>
  <form class="search" action="$base/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form>
</header>
<div class="ads ads-leaderboard">QUẢNG CÁO — Gói cước cáp quang 1Gbps cho doanh nghiệp</div>
<main id="main">
$main
</main>
<footer class="site-footer">
  <p>Báo Điện tử Nhịp Số — Giấy phép số 00/GP-DEMO. Tổng biên tập: Nguyễn Văn Demo.</p>
  <p class="demo-note">Đây là trang tin <strong>demo</strong> của dự án xephang, không phải một cơ quan báo chí thật.</p>
</footer>
</body>
</html>
""")

ARTICLE = Template("""<ol class="breadcrumb">
  <li><a href="$base/">Trang chủ</a></li>
  <li><a href="$section_url">$section_label</a></li>
</ol>
<article class="article-detail">
  <h1 class="article-title">$title</h1>
  <div class="article-meta">
    <span class="publish-date"><span class="weekday">$weekday</span>, <span class="dt">$date</span></span>
    <span class="author">$author</span>
    <div class="share-bar"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
  </div>
  <p class="sapo"><strong>$lead</strong></p>
  <div class="article-content">
$body
  </div>
  <div class="tags">Từ khóa: $tags</div>
</article>
<aside class="related-box">
  <h3>Tin liên quan</h3>
  <ul>
$related
  </ul>
</aside>
<section class="comments" id="binh-luan">
  <h3>Bình luận (2)</h3>
  <div class="comment"><b>Trần Hưng</b><p>Mong tỉnh nhà năm sau tăng hạng, ai cũng dùng được dịch vụ công trực tuyến.</p></div>
  <div class="comment"><b>Lê Thu</b><p>Bài viết rất hữu ích, cảm ơn tòa soạn.</p></div>
  <form class="comment-form"><textarea name="noi_dung" placeholder="Ý kiến của bạn"></textarea><button>Gửi</button></form>
</section>
""")

AMP = Template("""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<title>$title | Nhịp Số AMP</title>
<link rel="canonical" href="$canonical">
<meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{visibility:hidden}</style>
</head>
<body>
<header class="amp-header"><a href="$base/">Nhịp Số</a></header>
<article class="amp-article">
  <h1 class="article-title">$title</h1>
  <span class="publish-date"><span class="weekday">$weekday</span>, <span class="dt">$date</span></span>
  <p class="sapo"><strong>$lead</strong></p>
  <div class="article-content">
$body
  </div>
</article>
<footer><p class="demo-note">Trang tin demo của dự án xephang.</p></footer>
</body>
</html>
""")

AD = '<div class="ads ads-inline">QUẢNG CÁO — Khóa học an toàn thông tin cho cán bộ, ưu đãi 30%</div>'


class NhipSo(Outlet):
    id = "nhipso"
    name = "Báo Điện tử Nhịp Số"
    tagline = "Tin tức công nghệ, chuyển đổi số, chính quyền số"
    feed_path = "/rss/tin-moi.rss"
    sections = {"chuyen-doi-so": "Chuyển đổi số", "chinh-quyen-so": "Chính quyền số", "cong-nghe": "Công nghệ"}

    def listing_path(self, section: str | None, page: int) -> str:
        path = f"/chuyen-muc/{section}" if section else "/tin-moi"
        return path if page == 1 else f"{path}?page={page}"

    def parse_listing(self, path: str, query: dict[str, str]) -> Listing | None:
        if path == "/tin-moi":
            section = None
        elif path.startswith("/chuyen-muc/") and path.count("/") == 2:
            section = path.removeprefix("/chuyen-muc/")
        else:
            return None
        return Listing(section, page_number(query.get("page")) or 0)

    def render_simple(self, base: str, title: str, main: str, head: str = "") -> str:
        menu = "\n".join(f'    <li><a href="{base}{self.listing_path(s, 1)}">{h(label)}</a></li>'
                         for s, label in self.sections.items())
        latest = self.articles[0].date if self.articles else None
        today = f"{weekday(latest)}, {latest:%d/%m/%Y}" if latest else ""
        return LAYOUT.substitute(title=h(title), head=head, base=base, menu=menu, main=main, today=today)

    def _teaser(self, base: str, article: Article, variant: int = 0) -> str:
        return (f'<div class="story"><h3 class="story-title"><a href="{h(self.link(base, article, variant))}">'
                f'{h(article.title)}</a></h3><span class="time">{article.date:%d/%m/%Y %H:%M}</span>'
                f'<p class="story-sapo">{h(article.lead)}</p></div>')

    def render_home(self, base: str) -> str:
        teasers = "\n".join(self._teaser(base, a, i) for i, a in enumerate(self.articles[:6]))
        more = f'<a class="view-more" href="{base}{self.listing_path(None, 1)}">Xem tất cả tin mới</a>'
        # "Đọc nhiều" links carry a Facebook click id, as shares that went viral do.
        popular = "\n".join(f'<li><a href="{h(self.link(base, a, 1))}">{h(a.title)}</a></li>'
                            for a in self.articles if self.placement(a).tracking)
        main = (f'<section class="home-latest"><h2>Tin mới</h2>\n{teasers}\n{more}</section>\n'
                f'<aside class="most-read"><h2>Đọc nhiều</h2><ul>\n{popular}\n</ul></aside>')
        return self.render_simple(base, "Trang chủ", main)

    def render_listing(self, base: str, listing: Listing) -> str:
        label = self.sections.get(listing.section or "", "Tin mới")
        teasers = "\n".join(self._teaser(base, a, i) for i, a in enumerate(self.page_items(listing)))
        nav = []
        if listing.page > 1:
            nav.append(f'<a class="prev-page" href="{h(base + self.listing_path(listing.section, listing.page - 1))}">« Trang trước</a>')
        nav.append(f'<span class="current">Trang {listing.page}/{self.page_count(listing.section)}</span>')
        if listing.page < self.page_count(listing.section):
            nav.append(f'<a class="next-page" rel="next" href="{h(base + self.listing_path(listing.section, listing.page + 1))}">Trang sau »</a>')
        main = (f'<ol class="breadcrumb"><li><a href="{base}/">Trang chủ</a></li><li>{h(label)}</li></ol>\n'
                f'<section class="category"><h1 class="category-title">{h(label)}</h1>\n{teasers}\n'
                f'<div class="pagination">{" ".join(nav)}</div></section>')
        return self.render_simple(base, label, main)

    def _fields(self, base: str, article: Article) -> dict[str, str]:
        return dict(base=base, title=h(article.title), weekday=weekday(article.date),
                    date=f"{article.date:%d/%m/%Y - %H:%M}", lead=h(article.lead))

    def render_article(self, base: str, article: Article) -> str:
        section = self.section_of(article)
        url = self.article_url(base, article)
        related = "\n".join(f'    <li><a href="{h(self.link(base, a, i + 1))}">{h(a.title)}</a></li>'
                            for i, a in enumerate(self.related(article)))
        head = [f'<link rel="canonical" href="{h(url)}">',
                f'<meta property="og:title" content="{h(article.title)}">',
                f'<meta property="og:url" content="{h(url)}">',
                f'<meta name="description" content="{h(article.lead)}">']
        if self.placement(article).amp:
            head.append(f'<link rel="amphtml" href="{h(base + "/amp" + self.placement(article).path)}">')
        main = ARTICLE.substitute(
            **self._fields(base, article),
            section_url=base + self.listing_path(section, 1),
            section_label=h(self.sections.get(section, "Tin tức")),
            author=h(self.author_of(article)),
            body=body_html(article.blocks, AD) + self._read_more(base, article),
            tags=", ".join(h(t) for t in article.tags),
            related=related,
        )
        return self.render_simple(base, article.title, main, "\n".join(head))

    def _read_more(self, base: str, article: Article) -> str:
        """The "Đọc thêm" box editors drop at the end of the body (crawlers must strip it)."""
        others = self.related(article, 1)
        if not others:
            return ""
        return (f'\n<div class="related-inline"><b>Đọc thêm:</b> '
                f'<a href="{h(self.link(base, others[0], 2))}">{h(others[0].title)}</a></div>')

    def render_amp(self, base: str, article: Article) -> str:
        return AMP.substitute(**self._fields(base, article), canonical=h(self.article_url(base, article)),
                              body=body_html(article.blocks))

    def render_not_found(self, base: str) -> str:
        main = ('<section class="error-404"><h1>404 - Không tìm thấy trang</h1>'
                f'<p>Trang bạn tìm không tồn tại hoặc đã bị gỡ. <a href="{base}/">Về trang chủ</a></p></section>')
        return self.render_simple(base, "Không tìm thấy trang", main)


OUTLET_CLASS = NhipSo
