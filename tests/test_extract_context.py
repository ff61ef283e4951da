"""Context resolution (index and year from sentence, title, article date) and non-facts."""

from __future__ import annotations

from pipeline.context import guess_date
from pipeline.extract import extract_article, load_article_file
from pipeline.model import Article


def _facts(text: str, title: str = "", date: str | None = None) -> list[tuple]:
    article = Article(url="test://ctx", title=title, text=text, date=date)
    return sorted((f.entity, f.index, f.year, f.rank, f.rank_change) for f in extract_article(article))


def test_year_from_title() -> None:
    got = _facts("Yên Bái xếp thứ 40.", title="Kết quả Chỉ số chuyển đổi số năm 2021", date="2022-04-10")
    assert got == [("Yên Bái", "dti", 2021, 40, None)]


def test_dti_without_year_is_publication_year_minus_one() -> None:
    got = _facts("Về chỉ số chuyển đổi số, Yên Bái xếp thứ 40.", date="2023-07-01")
    assert got == [("Yên Bái", "dti", 2022, 40, None)]


def test_nam_ngoai_resolves_against_the_article_date() -> None:
    got = _facts("Theo Chỉ số chuyển đổi số (DTI) năm ngoái, Yên Bái tăng 3 bậc.", date="2024-05-02")
    assert got == [("Yên Bái", "dti", 2023, None, 3)]


def test_announced_year_is_not_the_assessed_year() -> None:
    text = ("Hội nghị sơ kết 6 tháng đầu năm 2023 công bố DTI năm 2022. "
            "Tuyên Quang xếp thứ 30, tăng 2 bậc so với năm 2021.")
    assert _facts(text, date="2023-07-13") == [("Tuyên Quang", "dti", 2022, 30, 2)]


def test_sentence_year_beats_article_year() -> None:
    text = "Theo DTI năm 2023, Sơn La xếp thứ 50. Năm 2020, Sơn La xếp thứ 55."
    assert _facts(text, date="2024-06-30") == [("Sơn La", "dti", 2020, 55, None), ("Sơn La", "dti", 2023, 50, None)]


def test_non_facts_produce_nothing() -> None:
    text = (
        "Theo Bộ TT&TT, Hà Nội có 82,61% hồ sơ trực tuyến, hoàn thành 62/76 nhiệm vụ, 15/20 đơn vị xếp loại tốt. "
        "Ngày 12/7/2023, Đà Nẵng tiếp nhận 100.000 hồ sơ; đường dây nóng 0236.3822.116. "
        "Nghị quyết số 17/NQ-CP giao Bắc Ninh 1.200 tỷ đồng. Quảng Ninh phấn đấu vào top 5 năm 2025. "
        "Hải Dương tăng hạng. 14 địa phương dẫn đầu về thể chế số. "
        "Trường Đại học Quốc gia Hà Nội xếp thứ 3 trong bảng xếp hạng đại học."
    )
    assert _facts(text, date="2023-08-01") == []


def test_plain_text_file_with_date_line(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "a.txt"
    path.write_text("Date: 2021-04-08\nTT-Huế đứng thứ nhì về chuyển đổi số\n\nBài viết.\n", encoding="utf-8")
    article = load_article_file(path)
    assert article.date == "2021-04-08"
    assert article.title == "TT-Huế đứng thứ nhì về chuyển đổi số"
    got = [(f.entity, f.index, f.year, f.rank) for f in extract_article(article)]
    assert got == [("Thừa Thiên Huế", "dti", 2020, 2)]


def test_regional_ranks_of_provinces_are_not_facts() -> None:
    text = "Theo DTI năm 2022, Bắc Kạn giữ vững vị trí thứ 3 khu vực miền núi phía Bắc."
    assert _facts(text, date="2023-07-20") == []


def test_explicit_unchanged_rank_is_change_zero() -> None:
    text = "Theo DTI năm 2022, Bình Thuận xếp thứ 30, thứ hạng không đổi so với năm 2021."
    assert _facts(text, date="2023-07-20") == [("Bình Thuận", "dti", 2022, 30, 0)]


def test_spacy_doc_carries_mentions_and_claims() -> None:
    from pipeline import nlp

    doc = nlp.make_doc("TP.HCM xếp thứ 13/63 với 0,5931 điểm.")
    assert "0,5931" in [t.text for t in doc] and "13" in [t.text for t in doc]
    doc = nlp.annotate(doc, [(0, 6, "Hồ Chí Minh", "province")], [(7, 21, "RANK")])
    assert [(e.text, e._.canonical) for e in doc.ents] == [("TP.HCM", "Hồ Chí Minh")]
    assert [s.text for s in doc.spans["claims"]] == ["xếp thứ 13/63"]


def test_the_ends_of_a_period_a_report_covers_are_no_date_of_the_page() -> None:
    """"… khảo sát trong khoảng thời gian từ ngày 1 tháng 6 năm 2012 đến ngày 1 tháng 6 năm 2013": the period the
    data cover, not when the page was written; a dateline is still read."""
    assert guess_date("Số liệu dựa trên khảo sát từ ngày 1 tháng 6 năm 2012 đến ngày 1 tháng 6 năm 2013.") is None
    assert guess_date("Hà Nội, ngày 11 tháng 9 năm 2020 - Kết quả xếp hạng …") == "2020-09-11"
