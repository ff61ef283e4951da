"""Tạp chí Đời Sống Số (demo): a WordPress-style tech magazine.

Structure: `article.post` with `h1.entry-title`, `<time class="entry-date" datetime="2023-07-13T08:30:00+07:00">`
plus `article:published_time` meta, body in `div.entry-content` with an AdSense-style block and a
"related posts" box inside it, share bar, comment list. Articles at `/YYYY/MM/<slug>.html`,
listings at `/chuyen-muc/<section>/trang-N` (and `/trang-N` for all posts), a sitemap index at
`/sitemap.xml` pointing to post and category sitemaps, feed at `/feed.xml`.
"""

from __future__ import annotations

import re
import zlib
from string import Template

from xephang.demo.content import Article
from xephang.demo.outlets.base import XML, Listing, Outlet, Response
from xephang.demo.render import body_html, h, sitemap

LAYOUT = Template("""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="UTF-8">
<title>$title – Đời Sống Số</title>
<meta name="generator" content="WordPress 6.4 (demo)">
$head
<link rel="alternate" type="application/rss+xml" title="Đời Sống Số &raquo; Feed" href="$base/feed.xml">
</head>
<body class="wp-site">
<div id="page" class="site">
<header id="masthead"><div class="site-branding"><p class="site-title"><a href="$base/" rel="home">Đời Sống Số</a></p>
<p class="site-description">Tạp chí công nghệ &amp; cuộc sống số</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="$base/">Trang chủ</a></li>
$menu
<li class="menu-item"><a href="$base/gioi-thieu">Giới thiệu</a></li>
</ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
$main
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Bài mới</h2><ul>
$recent
</ul></section>
<section class="widget adsbygoogle">Quảng cáo: Điện thoại gập thế hệ mới — đặt trước hôm nay</section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© Tạp chí Đời Sống Số (demo) — trang mẫu của dự án xephang, không phải ấn phẩm thật.</div></footer>
</div>
</body>
</html>
""")

ARTICLE = Template("""<nav class="breadcrumbs" aria-label="breadcrumb"><a href="$base/">Trang chủ</a> » <a href="$section_url">$section_label</a> » <span class="breadcrumb_last">$title</span></nav>
<article id="post-$post_id" class="post type-post status-publish">
<header class="entry-header">
<span class="cat-links"><a href="$section_url" rel="category tag">$section_label</a></span>
<h1 class="entry-title">$title</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="$iso">$display</time></span>
<span class="byline"> bởi <span class="author vcard">$author</span></span></div>
</header>
<div class="entry-content">
<p class="excerpt"><em>$lead</em></p>
$body
<div class="related-posts"><h4>Có thể bạn quan tâm</h4><ul>
$related
</ul></div>
<div class="sharedaddy"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Zalo</a></div>
</div>
<footer class="entry-footer"><span class="tags-links">Thẻ: $tags</span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">Một bình luận</h2>
<ol class="comment-list"><li class="comment"><div class="comment-author">Hoàng Nam</div><div class="comment-content"><p>Số liệu rất đáng chú ý, mong có thêm phân tích theo từng tỉnh.</p></div></li></ol>
<div id="respond"><h3>Để lại bình luận</h3><form><textarea name="comment"></textarea><input type="submit" value="Gửi bình luận"></form></div>
</div>
""")

AD = '<div class="adsbygoogle ad-in-article">Quảng cáo — Ưu đãi gói dữ liệu 5G cho sinh viên</div>'
_ALL = re.compile(r"^(?:/trang-(\d+))?$")
_SECTION = re.compile(r"^/chuyen-muc/([\w-]+)(?:/trang-(\d+))?$")


class DoiSongSo(Outlet):
    id = "doisongso"
    name = "Tạp chí Đời Sống Số"
    tagline = "Công nghệ và cuộc sống số"
    feed_path = "/feed.xml"
    page_size = 4
    sections = {"chuyen-doi-so": "Chuyển đổi số", "doi-song-so": "Đời sống số"}

    def listing_path(self, section: str | None, page: int) -> str:
        path = f"/chuyen-muc/{section}" if section else ""
        return (path or "/bai-moi") if page == 1 else f"{path}/trang-{page}"

    def parse_listing(self, path: str, query: dict[str, str]) -> Listing | None:
        if path == "/bai-moi":
            return Listing(None, 1)
        match = _ALL.match(path) if path.startswith("/trang-") else None
        if match and match.group(1):
            return Listing(None, int(match.group(1)))
        match = _SECTION.match(path)
        if match:
            return Listing(match.group(1), int(match.group(2) or 1))
        return None

    def handle(self, path: str, query: dict[str, str], base: str) -> Response:
        if path == self.sitemap_path:
            return Response(200, _sitemap_index(base, ["/sitemap-posts.xml", "/sitemap-categories.xml"]), XML)
        if path == "/sitemap-posts.xml":
            return Response(200, sitemap((self.article_url(base, a), a.date) for a in self.articles), XML)
        if path == "/sitemap-categories.xml":
            entries = [(base + self.listing_path(s, 1), None) for s in self.sections]
            return Response(200, sitemap([(base + "/", None), *entries]), XML)
        return super().handle(path, query, base)

    def render_simple(self, base: str, title: str, main: str, head: str = "") -> str:
        menu = "\n".join(f'<li class="menu-item"><a href="{base}{self.listing_path(s, 1)}">{h(label)}</a></li>'
                         for s, label in self.sections.items())
        recent = "\n".join(f'<li><a href="{h(self.link(base, a))}">{h(a.title)}</a></li>' for a in self.articles[:5])
        return LAYOUT.substitute(base=base, title=h(title), head=head, menu=menu, main=main, recent=recent)

    def _teaser(self, base: str, article: Article) -> str:
        return (f'<article class="post excerpt"><h2 class="entry-title"><a href="{h(self.link(base, article))}" rel="bookmark">'
                f'{h(article.title)}</a></h2><time datetime="{article.date.isoformat()}">{article.date:%d/%m/%Y}</time>'
                f'<div class="entry-summary"><p>{h(article.lead)}</p></div></article>')

    def render_home(self, base: str) -> str:
        teasers = "\n".join(self._teaser(base, a) for a in self.articles[:self.page_size])
        older = (f'<nav class="navigation posts-navigation"><a class="next" rel="next" href="{base}/trang-2">Bài cũ hơn</a></nav>'
                 if self.page_count(None) > 1 else "")
        return self.render_simple(base, "Trang chủ", f"{teasers}\n{older}")

    def render_listing(self, base: str, listing: Listing) -> str:
        label = self.sections.get(listing.section or "", "Bài mới")
        teasers = "\n".join(self._teaser(base, a) for a in self.page_items(listing))
        links = []
        if listing.page < self.page_count(listing.section):
            links.append(f'<a class="next page-numbers" rel="next" href="{h(base + self.listing_path(listing.section, listing.page + 1))}">Trang sau →</a>')
        if listing.page > 1:
            links.append(f'<a class="prev page-numbers" rel="prev" href="{h(base + self.listing_path(listing.section, listing.page - 1))}">← Trang trước</a>')
        main = (f'<header class="page-header"><h1 class="page-title">Chuyên mục: {h(label)}</h1></header>\n{teasers}\n'
                f'<nav class="navigation pagination"><div class="nav-links">{" ".join(links)}</div></nav>')
        return self.render_simple(base, label, main)

    def render_article(self, base: str, article: Article) -> str:
        section = self.section_of(article)
        url = self.article_url(base, article)
        head = "\n".join([
            f'<link rel="canonical" href="{h(url)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{h(article.title)}">',
            f'<meta property="article:published_time" content="{article.date.isoformat()}">',
            f'<meta property="article:section" content="{h(self.sections.get(section, ""))}">',
        ])
        related = "\n".join(f'<li><a href="{h(self.link(base, a))}">{h(a.title)}</a></li>' for a in self.related(article))
        main = ARTICLE.substitute(
            base=base, title=h(article.title), post_id=zlib.crc32(article.id.encode()) % 90000 + 10000,
            section_url=base + self.listing_path(section, 1), section_label=h(self.sections.get(section, "Tin tức")),
            iso=article.date.isoformat(), display=f"{article.date:%d/%m/%Y}", author=h(self.author_of(article)),
            lead=h(article.lead), body=body_html(article.blocks, AD, ad_after=3), related=related,
            tags=", ".join(h(t) for t in article.tags),
        )
        return self.render_simple(base, article.title, main, head)

    def render_not_found(self, base: str) -> str:
        main = ('<section class="error-404 not-found"><h1 class="page-title">Rất tiếc! Không tìm thấy trang này.</h1>'
                f'<p>Có vẻ như không có gì ở địa chỉ này. <a href="{base}/">Quay lại trang chủ</a>.</p></section>')
        return self.render_simple(base, "Không tìm thấy trang", main)


def _sitemap_index(base: str, paths: list[str]) -> str:
    items = "\n".join(f"<sitemap><loc>{base}{p}</loc></sitemap>" for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}\n</sitemapindex>\n')


OUTLET_CLASS = DoiSongSo
