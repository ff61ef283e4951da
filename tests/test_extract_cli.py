"""`xephang extract` on files: contract JSON lines, the readable table, and the displaCy page."""

from __future__ import annotations

import json

from xephang.cli import main
from xephang.commands.extract import CONTRACT_FIELDS

ARTICLE = (
    "Date: 2023-07-14\n"
    "Hậu Giang tăng 9 bậc về chuyển đổi số\n\n"
    "Theo Chỉ số chuyển đổi số (DTI) năm 2022, tỉnh Hậu Giang xếp thứ 18/63, tăng 9 bậc, đạt 0,4871 điểm.\n"
)


def test_extract_json_prints_contract_fields(tmp_path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "hau-giang.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(path), "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    row = json.loads(lines[0])
    assert tuple(row) == CONTRACT_FIELDS
    assert {k: row[k] for k in ("entity", "entity_type", "index", "component", "group", "year", "rank",
                                "rank_total", "top", "score", "rank_change")} == {
        "entity": "Hậu Giang", "entity_type": "province", "index": "dti", "component": None, "group": None,
        "year": 2022, "rank": 18, "rank_total": 63, "top": None, "score": 0.4871, "rank_change": 9,
    }
    assert row["sentence"].startswith("Theo Chỉ số chuyển đổi số (DTI) năm 2022")
    assert row["source"].endswith("hau-giang.txt") and row["extractor"]
    assert 0 <= row["start"] < row["end"]


def test_extract_table_and_show(tmp_path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    table = capsys.readouterr().out
    assert "Hậu Giang" in table and "1 fact(s)" in table
    out = tmp_path / "show.html"
    assert main(["extract", "--show", str(path), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    html = out.read_text(encoding="utf-8")
    for label in ("ENTITY", "RANK", "SCORE", "CHANGE"):
        assert label in html


def test_extract_html_file_is_reduced_first(tmp_path, capsys) -> None:  # noqa: ANN001
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Sóc Trăng tăng hạng</title>"
        "<meta property='article:published_time' content='2023-07-15T08:00:00+07:00'></head><body><article>"
        "<h1>Sóc Trăng tăng hạng</h1><p>Theo Chỉ số chuyển đổi số (DTI) năm 2022, Sóc Trăng xếp thứ 40/63, "
        "tăng 6 bậc.</p><p>Tỉnh đặt mục tiêu vào top 30 năm 2025.</p></article></body></html>",
        encoding="utf-8",
    )
    assert main(["extract", str(page), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["entity"], r["year"], r["rank"], r["rank_total"], r["rank_change"], r["top"]) for r in rows] == [
        ("Sóc Trăng", 2022, 40, 63, 6, None)
    ]
