"""Rendering helpers shared by the outlets: escaping, dates in Vietnamese, body HTML, feeds, sitemaps.

Every outlet renders its own page chrome; what is the same everywhere (XML formats, the article body
blocks, Vietnamese weekday names) lives here so the outlet modules only hold what differs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from html import escape
from xml.sax.saxutils import escape as xml_escape

from xephang.demo.content import Block

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def h(text: object) -> str:
    """HTML-escape text (quotes included, since values also go into attributes)."""
    return escape(str(text), quote=True)


def weekday(date: datetime) -> str:
    return WEEKDAYS[date.weekday()]


def vn_long_date(date: datetime) -> str:
    """`ngày 12 tháng 7 năm 2023`, the style of provincial portals."""
    return f"ngày {date.day} tháng {date.month} năm {date.year}"


def body_html(blocks: Iterable[Block], ad_html: str = "", ad_after: int = 2, table_class: str = "") -> str:
    """The article body as HTML; an outlet's ad block is inserted after the `ad_after`-th paragraph."""
    out: list[str] = []
    paragraphs = 0
    for block in blocks:
        if block.kind == "p":
            out.append(f"<p>{h(block.text)}</p>")
            paragraphs += 1
            if ad_html and paragraphs == ad_after:
                out.append(ad_html)
        elif block.kind == "h2":
            out.append(f"<h2>{h(block.text)}</h2>")
        elif block.kind == "img":
            alt = block.rows[0][0] if block.rows else block.text
            out.append(
                '<figure class="image"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
                f'alt="{h(alt)}" width="640" height="400"><figcaption>{h(block.text)}</figcaption></figure>'
            )
        elif block.kind == "table":
            out.append(table_html(block, table_class))
    return "\n".join(out)


def table_html(block: Block, css_class: str = "") -> str:
    header, *rows = block.rows or ((),)
    cls = f' class="{h(css_class)}"' if css_class else ""
    head = "".join(f'<th scope="col">{h(c)}</th>' for c in header)
    body = "\n".join("<tr>" + "".join(f"<td>{h(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (f"<table{cls}>\n<caption>{h(block.text)}</caption>\n<thead><tr>{head}</tr></thead>\n"
            f"<tbody>\n{body}\n</tbody>\n</table>")


@dataclass(frozen=True)
class FeedItem:
    title: str
    link: str
    date: datetime
    description: str = ""
    category: str = ""
    author: str = ""


def rss(title: str, link: str, description: str, items: Iterable[FeedItem]) -> str:
    """An RSS 2.0 document."""
    entries = []
    for item in items:
        entries.append(
            "<item>"
            f"<title>{xml_escape(item.title)}</title>"
            f"<link>{xml_escape(item.link)}</link>"
            f'<guid isPermaLink="true">{xml_escape(item.link)}</guid>'
            f"<pubDate>{format_datetime(item.date)}</pubDate>"
            + (f"<category>{xml_escape(item.category)}</category>" if item.category else "")
            + (f"<dc:creator>{xml_escape(item.author)}</dc:creator>" if item.author else "")
            + f"<description>{xml_escape(item.description)}</description>"
            "</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        f"<title>{xml_escape(title)}</title>\n<link>{xml_escape(link)}</link>\n"
        f"<description>{xml_escape(description)}</description>\n<language>vi</language>\n"
        + "\n".join(entries)
        + "\n</channel>\n</rss>\n"
    )


def sitemap(entries: Iterable[tuple[str, datetime | None]]) -> str:
    """A sitemap.org urlset (with lastmod where known)."""
    urls = []
    for loc, lastmod in entries:
        mod = f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else ""
        urls.append(f"<url><loc>{xml_escape(loc)}</loc>{mod}</url>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(urls) + "\n</urlset>\n"
    )


def robots(base: str, sitemap_path: str = "/sitemap.xml", disallow: Iterable[str] = ()) -> str:
    lines = ["User-agent: *", *(f"Disallow: {d}" for d in disallow), "Allow: /", "",
             f"Sitemap: {base}{sitemap_path}", ""]
    return "\n".join(lines)
