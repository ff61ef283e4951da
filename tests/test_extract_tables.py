"""HTML ranking tables (Article.tables) become facts: rank/name/score columns, pillar columns, year columns."""

from __future__ import annotations

from pipeline.extract import extract_article
from pipeline.model import Article, Table

KEYS = ("entity", "index", "component", "group", "year", "rank", "rank_total", "top", "score", "rank_change")


def _facts(table: Table, title: str, date: str, text: str = "Chi tiết như bảng dưới đây.") -> set[tuple]:
    article = Article(url="test://table", title=title, text=text, date=date, tables=[table])
    return {tuple(getattr(f, k) for k in KEYS) for f in extract_article(article)}


def test_rank_name_score_and_pillar_score_columns() -> None:
    table = Table(
        headers=["STT", "Tỉnh, thành phố", "Điểm DTI", "Xếp hạng", "Kinh tế số"],
        rows=[["1", "Hưng Yên", "0,6012", "4", "0,5101"], ["2", "TP. Cần Thơ", "0,5900", "5", "0,4022"]],
        caption="Kết quả DTI 2023 (trích)",
    )
    assert _facts(table, "Bảng xếp hạng", "2024-06-22") == {
        ("Hưng Yên", "dti", None, None, 2023, 4, None, None, 0.6012, None),
        ("Hưng Yên", "dti", "kinh tế số", None, 2023, None, None, None, 0.5101, None),
        ("Cần Thơ", "dti", None, None, 2023, 5, None, None, 0.59, None),
        ("Cần Thơ", "dti", "kinh tế số", None, 2023, None, None, None, 0.4022, None),
    }


def test_year_columns_and_change_column() -> None:
    table = Table(
        headers=["Bộ, ngành", "Hạng 2021", "Hạng 2022", "Tăng/giảm"],
        rows=[["Bộ Xây dựng", "14", "9", "+5"], ["Bộ Tư pháp", "12", "17", "-5"]],
        caption="Chỉ số chuyển đổi số cấp bộ",
    )
    assert _facts(table, "DTI cấp bộ", "2023-07-14") == {
        ("Bộ Xây dựng", "dti", None, None, 2021, 14, None, None, None, None),
        ("Bộ Xây dựng", "dti", None, None, 2022, 9, None, None, None, 5),
        ("Bộ Tư pháp", "dti", None, None, 2021, 12, None, None, None, None),
        ("Bộ Tư pháp", "dti", None, None, 2022, 17, None, None, None, -5),
    }


def test_whole_number_pillar_columns_are_ranks() -> None:
    table = Table(
        headers=["Tỉnh/thành phố", "Xếp hạng chung", "Hạ tầng kỹ thuật", "Hạ tầng nhân lực"],
        rows=[["Bắc Ninh", "4", "6", "9"]],
        caption="Vietnam ICT Index 2019",
    )
    assert _facts(table, "ICT Index", "2019-12-19") == {
        ("Bắc Ninh", "ict_index", None, None, 2019, 4, None, None, None, None),
        ("Bắc Ninh", "ict_index", "hạ tầng kỹ thuật", None, 2019, 6, None, None, None, None),
        ("Bắc Ninh", "ict_index", "hạ tầng nhân lực", None, 2019, 9, None, None, None, None),
    }


def test_table_without_names_gives_nothing() -> None:
    table = Table(headers=["Năm", "Số hồ sơ"], rows=[["2022", "100.000"], ["2023", "120.000"]], caption="Hồ sơ")
    assert _facts(table, "Thống kê", "2024-01-01") == set()


def test_stt_is_not_a_rank_and_x_of_n_gives_total() -> None:
    table = Table(
        headers=["STT", "Địa phương", "Thứ hạng"],
        rows=[["1", "Sóc Trăng", "40/63"], ["2", "Bạc Liêu", "41/63"]],
        caption="Hai tỉnh trong DTI 2022",
    )
    assert _facts(table, "DTI", "2023-07-20") == {
        ("Sóc Trăng", "dti", None, None, 2022, 40, 63, None, None, None),
        ("Bạc Liêu", "dti", None, None, 2022, 41, 63, None, None, None),
    }
    no_rank = Table(headers=["STT", "Địa phương", "Điểm"], rows=[["1", "Sóc Trăng", "0,41"]], caption="DTI 2022")
    assert _facts(no_rank, "DTI", "2023-07-20") == {("Sóc Trăng", "dti", None, None, 2022, None, None, None, 0.41, None)}
