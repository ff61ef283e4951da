"""Values that cannot be true are dropped with a reason, never returned as facts (issue #10, item 4)."""

from __future__ import annotations

import logging

import pytest

from pipeline.extract import extract_article, extract_article_checked
from pipeline.model import Article, Fact, Table
from pipeline.plausibility import check_fact
from pipeline.tables import parse_rank_cell


def _fact(**values: object) -> Fact:
    base: dict[str, object] = {"entity": "Đà Nẵng", "entity_type": "province", "index": "dti", "year": 2022}
    base.update(values)
    return Fact(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("values", "article_year", "reason"),
    [
        ({"rank": 70}, 2023, "rank 70 outside 1–63"),
        ({"rank": 40, "rank_total": 34}, 2025, "rank 40 outside 1–34"),
        ({"rank": 20, "year": 2025}, 2026, "rank 20"),  # plausible: 34 provinces from 2025
        ({"rank": 40, "year": 2025}, 2026, "rank 40 outside 1–34"),
        ({"rank_total": 630}, 2023, "field of 630"),
        ({"top": 80}, 2023, "top 80"),
        ({"rank_change": 70}, 2023, "change of 70"),
        ({"score": 7.0}, 2023, "score 7 outside dti's range"),
        ({"score": 0.6531}, 2023, None),
        ({"year": 2017, "rank": 3}, 2018, "year 2017 before dti existed"),
        ({"year": 2024, "rank": 3}, 2023, "year 2024 after the article"),
        # a world report named for the next year ("Doing Business 2019" out in October 2018), never two years on
        ({"entity": "Việt Nam", "entity_type": "country", "index": "other", "year": 2019, "rank": 69}, 2018, None),
        ({"entity": "Việt Nam", "entity_type": "country", "index": "other", "year": 2020, "rank": 69}, 2018,
         "year 2020 after the article"),
        ({"entity": "Việt Nam", "entity_type": "country", "index": "egdi", "year": 2020, "rank": 86,
          "rank_total": 193}, 2020, None),
        ({"entity": "Việt Nam", "entity_type": "country", "index": "egdi", "year": 2020, "rank": 6,
          "group": "Đông Nam Á", "rank_total": 11}, 2020, None),
        ({"entity": "Việt Nam", "entity_type": "country", "index": "egdi", "year": 2020, "rank": 12,
          "group": "Đông Nam Á"}, 2020, "rank 12 outside 1–11"),
        ({"entity": "Sở Y tế", "entity_type": "local_unit", "index": "local", "score": 95.26, "rank": 4}, 2023, None),
        # a city in a world ranking of cities is not a province among 63
        ({"entity": "Hà Nội", "index": "other", "year": 2024, "rank": 120}, 2025, None),
        ({"index": "ict_index", "year": 2005, "rank": 4}, 2006, None),  # the first report ranked 2005
        ({"index": "ict_index", "year": 2007, "rank": 64, "rank_total": 64}, 2008, None),  # 64 provinces then
        ({"index": "ict_index", "year": 2010, "rank": 64}, 2011, "rank 64 outside 1–63"),
        ({"index": "ict_index", "year": 2004, "rank": 4}, 2006, "year 2004 before ict_index existed"),
        ({"entity": "Việt Nam", "entity_type": "country", "index": "egdi", "year": 2001, "rank": 89}, 2002, None),
    ],
)
def test_check_fact_names_what_cannot_be_true(values: dict, article_year: int, reason: str | None) -> None:
    got = check_fact(_fact(**values), article_year)
    if reason is None or reason == "rank 20":
        assert got is None
    else:
        assert got is not None and reason in got


def test_an_impossible_rank_in_text_is_dropped_logged_and_counted(caplog: pytest.LogCaptureFixture) -> None:
    article = Article(
        url="test://plausible",
        title="",
        text="Theo Chỉ số chuyển đổi số (DTI) năm 2022, Bắc Kạn xếp thứ 72/63 tỉnh. Nghệ An xếp thứ 9/63 tỉnh.",
        date="2023-07-20",
    )
    with caplog.at_level(logging.WARNING, logger="pipeline.extract"):
        result = extract_article_checked(article)
    assert [(f.entity, f.rank) for f in result.facts] == [("Nghệ An", 9)]
    # "72/63" is not even read as a position, so nothing of Bắc Kạn reaches the facts either way;
    # a score the reader does take is rejected with its reason:
    article.text = "Theo Chỉ số chuyển đổi số (DTI) năm 2022, Nghệ An xếp thứ 9/63 tỉnh, đạt 61,2 điểm."
    with caplog.at_level(logging.WARNING, logger="pipeline.extract"):
        result = extract_article_checked(article)
    assert [(f.entity, f.rank, f.score) for f in result.facts] == [("Nghệ An", 9, None)]  # the rank stays
    assert [(r.attribute, r.reason) for r in result.rejected] == [("score", "score 61.2 outside dti's range 0–1")]
    assert "score 61.2 outside dti's range" in caplog.text


def test_a_year_after_the_article_is_dropped() -> None:
    article = Article(url="test://y", title="", text="Năm 2024, Nghệ An xếp thứ 9 về chỉ số chuyển đổi số (DTI).",
                      date="2023-07-20")
    result = extract_article_checked(article)
    assert result.facts == []
    assert [r.reason for r in result.rejected] == ["year 2024 after the article (2023)"]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("1(0,9291)", (1, 0.9291)), ("12", (12, None)), ("Hạng3", (3, None)), ("5↑", (5, None)), ("abc", (None, None))],
)
def test_rank_cells(cell: str, expected: tuple) -> None:
    assert parse_rank_cell(cell) == expected


def test_rank_with_score_cell_gives_its_rank_and_its_score() -> None:
    """The official ICT-application layout prints "1 (0,9291)" in the rank column: rank 1, score 0.9291,
    never rank 109291 (which, coming from a table, would win resolution over every article)."""
    table = Table(
        headers=["STT", "Tỉnh, thành phố", "Xếp hạng (chỉ số)"],
        rows=[["1", "Thừa Thiên Huế", "1 (0,9291)"], ["2", "Đà Nẵng", "2 (0,8743)"]],
        caption="Xếp hạng mức độ ứng dụng công nghệ thông tin năm 2017 của các tỉnh",
    )
    article = Article(url="test://cells", title="Ứng dụng CNTT 2017", text="Kết quả như bảng.", date="2018-06-01",
                      tables=[table])
    got = {(f.entity, f.index, f.year, f.rank, f.score) for f in extract_article(article)}
    assert got == {
        ("Thừa Thiên Huế", "ict_application", 2017, 1, 0.9291),
        ("Đà Nẵng", "ict_application", 2017, 2, 0.8743),
    }


def test_the_flows_extractor_hands_the_dropped_values_to_the_run_report() -> None:
    """What a run counts: `flows.extractor` reads through `extract_article_checked`."""
    from flows.extractor import load_extractor
    from flows.report import RunReport

    article = Article(url="test://run", title="",
                      text="Theo Chỉ số chuyển đổi số (DTI) năm 2022, Nghệ An xếp thứ 9/63 tỉnh, đạt 61,2 điểm.",
                      date="2023-07-20")
    facts, dropped = load_extractor().read(article)
    assert [(f.entity, f.rank, f.score) for f in facts] == [("Nghệ An", 9, None)]
    assert dropped == ["test://run: Nghệ An · dti · 2022 score: score 61.2 outside dti's range 0–1"]
    report = RunReport(run_id=1, db_path="x.duckdb", implausible=dropped)
    assert "implausible values: 1 dropped" in report.summary_text()
    assert report.table_rows()[-1]["implausible values dropped"] == 1
    assert report.to_dict()["implausible"] == dropped


def test_a_date_guessed_from_the_body_does_not_bound_the_years() -> None:
    """An undated page whose first lines cite an older decision: its 2023 assessment is no "future" year."""
    text = ("Thực hiện Quyết định ngày 12/3/2021 của UBND tỉnh, chuyển đổi số được đẩy mạnh.\n"
            "Theo Chỉ số chuyển đổi số (DTI) năm 2023, Tuyên Quang tăng 10 bậc, xếp thứ 30/63.")
    got = extract_article(Article(url="test://undated", title="", text=text, date=None))
    assert [(f.entity, f.year, f.rank, f.rank_change) for f in got] == [("Tuyên Quang", 2023, 30, 10)]
