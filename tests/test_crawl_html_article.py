"""`pipeline.html_article`: stored pages with their expected reduction (Fundus-style), dates, charsets,
and pages that must be skipped rather than crash."""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from pipeline.html.article import parse_article_html
from pipeline.html.dates import parse_vietnamese_date
from pipeline.html.decoding import decode_html
from pipeline.model import Article, Table
from tests.fixtures_crawl import to_cp1258

PAGES = Path(__file__).parent / "pages"
PAGE_NAMES = sorted(p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json"))
# Page furniture that must never reach an article's text.
BOILERPLATE = (
    "Quảng cáo", "QUẢNG CÁO", "Bình luận", "bình luận", "Ý kiến", "Chia sẻ", "Ảnh:", "Xem nhiều", "Bản quyền",
    "Trang chủ", "Tin liên quan", "Có liên quan", "Bài khác", "Các tin khác", "Liên kết", "©", "Hay!",
)


def _case(name: str) -> tuple[bytes, dict[str, Any]]:
    return (PAGES / f"{name}.html").read_bytes(), json.loads((PAGES / f"{name}.expected.json").read_text("utf-8"))


def test_stored_pages_present() -> None:
    assert len(PAGE_NAMES) >= 6
    assert {p.stem for p in PAGES.glob("*.html")} == set(PAGE_NAMES)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_stored_page(name: str) -> None:
    html, case = _case(name)
    parsed = parse_article_html(html, case["url"], case.get("selectors"), content_type=case.get("content_type"))
    got = parsed.to_dict()
    for key, value in case["expected"].items():
        assert got[key] == value, f"{name}: {key}"


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_stored_page_has_no_boilerplate(name: str) -> None:
    html, case = _case(name)
    parsed = parse_article_html(html, case["url"], case.get("selectors"), content_type=case.get("content_type"))
    for phrase in BOILERPLATE:
        assert phrase not in parsed.text, f"{name}: {phrase!r} in text"
    assert parsed.text == unicodedata.normalize("NFC", parsed.text)


def test_generic_extractor_matches_selectors_on_the_cp1258_page() -> None:
    """The stored windows-1258 page has source selectors; the generic extractor finds the same."""
    html, case = _case("portal_cp1258")
    generic = parse_article_html(html, case["url"], content_type=case["content_type"])
    expected = case["expected"]
    assert (generic.title, generic.date, generic.text) == (expected["title"], expected["date"], expected["text"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ Sáu, 11/09/2020 - 10:18", "2020-09-11"),
        ("03:50 PM 25/10/2022", "2022-10-25"),
        ("ngày 12 tháng 7 năm 2023", "2023-07-12"),
        ("Cập nhật lúc 08:30, Ngày 5 tháng 12 năm 2021", "2021-12-05"),
        ("12/07/2023", "2023-07-12"),
        ("Thứ sáu, 14/7/2023, 06:00 (GMT+7)", "2023-07-14"),
        ("2023-07-12T23:45:00+07:00", "2023-07-12"),
        ("2023-07-12T20:00:00Z", "2023-07-13"),  # the date in Vietnam
        ("2023-07-12T20:00:00", "2023-07-12"),  # no offset: as written
        ("2020-11-03", "2020-11-03"),
        ("Ngày đăng: 13.07.2023", "2023-07-13"),
        ("31/02/2023", None),
        ("tháng 7 năm 2023", None),
        ("xếp thứ 21/63", None),
        ("", None),
        (None, None),
    ],
)
def test_vietnamese_dates(text: str | None, expected: str | None) -> None:
    assert parse_vietnamese_date(text) == expected


def test_date_formats_from_the_source_come_first() -> None:
    # 01/02/2023 is day-first by default; a source may say otherwise
    assert parse_vietnamese_date("01/02/2023") == "2023-02-01"
    assert parse_vietnamese_date("2023/02/01", ["%Y/%m/%d"]) == "2023-02-01"
    assert parse_vietnamese_date("Ngày 12/07/2023", ["Ngày %d/%m/%Y"]) == "2023-07-12"


VIETNAMESE = "<html><head>{meta}<title>t</title></head><body><h1>Chỉ số chuyển đổi số Quảng Ngãi</h1></body></html>"


def test_decode_utf8_under_a_latin1_header() -> None:
    text, encoding, warnings = decode_html(VIETNAMESE.format(meta="").encode("utf-8"), "text/html; charset=ISO-8859-1")
    assert encoding == "utf-8" and "Quảng Ngãi" in text
    assert warnings and "valid UTF-8" in warnings[0]


def test_decode_windows_1258_under_a_utf8_header_with_meta() -> None:
    data = to_cp1258(VIETNAMESE.format(meta='<meta charset="windows-1258">'))
    text, encoding, warnings = decode_html(data, "text/html; charset=utf-8")
    assert encoding == "cp1258"
    assert "Quảng Ngãi" in unicodedata.normalize("NFC", text)
    assert warnings


def test_decode_windows_1258_without_any_declaration() -> None:
    paragraphs = "<p>Quảng Ngãi tăng 5 bậc, xếp thứ 21/63 về chuyển đổi số.</p>" * 5
    data = to_cp1258(VIETNAMESE.format(meta="").replace("</body>", paragraphs + "</body>"))
    parsed = parse_article_html(data, "http://x/a")
    assert parsed.title == "Chỉ số chuyển đổi số Quảng Ngãi"
    assert "\ufffd" not in parsed.text and "Quảng Ngãi tăng 5 bậc" in parsed.text


def test_decode_bom_and_unknown_label() -> None:
    text, encoding, _ = decode_html(b"\xef\xbb\xbf<p>\xc4\x90\xc3\xa0 N\xe1\xba\xb5ng</p>")
    assert text == "<p>Đà Nẵng</p>" and encoding == "utf-8-sig"
    text, encoding, warnings = decode_html("<p>Đà Nẵng</p>".encode(), "text/html; charset=x-no-such")
    assert text == "<p>Đà Nẵng</p>" and any("unknown charset" in w for w in warnings)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty body"),
        (b"   \n\t ", "empty body"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary body"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary body"),
        (bytes(range(256)) * 4, "binary body"),
        (b"just some words, no markup at all", "not HTML"),
        (b"<html><body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav></body></html>", "no title"),
        (b"<html><body><h1>Ti\xc3\xaau \xc4\x91\xe1\xbb\x81</h1><script>var a=1;</script></body></html>", "no article text"),
    ],
)
def test_pages_that_are_not_articles_are_skipped(body: bytes, reason: str) -> None:
    parsed = parse_article_html(body, "http://x/a")
    assert not parsed.ok
    assert parsed.skip_reason is not None and parsed.skip_reason.startswith(reason)


def test_never_raises_on_garbage() -> None:
    rng = random.Random(20231112)
    samples = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))) for _ in range(50)]
    samples += [b"<" * 1000, b"<html>" * 500, b"<?xml version='1.0' encoding='utf-8'?><rss/>", b"<![CDATA[", "<p>\x00</p>"]
    for sample in samples:
        parsed = parse_article_html(sample, "http://x/a", {"body": "div[", "remove": ["::bad"], "title": "h1["})
        assert isinstance(parsed.skip_reason, str | None)


def test_selectors_fall_back_to_the_generic_extractor() -> None:
    html = "<html><body><h1>Tiêu đề bài</h1><div class='x'><p>" + "Nội dung bài viết đủ dài. " * 5 + "</p></div></body></html>"
    parsed = parse_article_html(html, "http://x/a", {"body": "div.khong-co", "title": "h2.khong-co::text"})
    assert parsed.ok and parsed.title == "Tiêu đề bài"
    assert parsed.text.startswith("Nội dung bài viết")
    assert any("matched nothing" in w for w in parsed.warnings)


def test_nfd_input_comes_out_nfc() -> None:
    html = unicodedata.normalize("NFD", "<h1>Đà Nẵng dẫn đầu</h1><p>Đà Nẵng đạt 0,6 điểm, xếp thứ nhất về chỉ số.</p>")
    parsed = parse_article_html(html, "http://x/a")
    assert parsed.title == unicodedata.normalize("NFC", "Đà Nẵng dẫn đầu")
    assert parsed.text == unicodedata.normalize("NFC", parsed.text)


def test_figure_table_keeps_its_caption_and_image_figures_go() -> None:
    html = (
        "<h1>Bảng xếp hạng</h1><div class='content'><p>Kết quả xếp hạng DTI năm 2022 như sau đây.</p>"
        "<figure class='table'><table><tr><th>Hạng</th><th>Tỉnh</th></tr><tr><td>1</td><td>Đà Nẵng</td></tr></table>"
        "<figcaption>Bảng 1: DTI 2022</figcaption></figure>"
        "<figure><img src='a.jpg'><figcaption>Ảnh minh họa hội nghị</figcaption></figure></div>"
    )
    parsed = parse_article_html(html, "http://x/a")
    assert parsed.tables == [Table(headers=["Hạng", "Tỉnh"], rows=[["1", "Đà Nẵng"]], caption="Bảng 1: DTI 2022")]
    assert "Ảnh minh họa" not in parsed.text and "Đà Nẵng" not in parsed.text


def test_to_article_is_the_extractor_record() -> None:
    html, case = _case("portal_table_layout")
    article = parse_article_html(html, case["url"]).to_article(source="tinh-mau")
    assert isinstance(article, Article)
    assert article.source == "tinh-mau" and article.date == "2023-07-12"
    assert article.tables and isinstance(article.tables[0], Table)
    assert Article.from_dict({**article.__dict__, "tables": [t.__dict__ for t in article.tables]}) == article
