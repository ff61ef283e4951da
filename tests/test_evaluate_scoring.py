"""`xephang evaluate` and pipeline/evaluate.py on a gold file built so the figures can be checked by hand."""

from __future__ import annotations

import json

import pytest

from pipeline.evaluate import match_claims, strict_key
from xephang.cli import main

TEXT = "Theo DTI năm 2022, Bắc Ninh xếp thứ 2, tăng 3 bậc. Nam Định đạt 0,5 điểm."
GOLD = {
    "id": "t1",
    "url": "test://eval",
    "date": "2023-07-01",
    "title": "",
    "text": TEXT,
    "tables": [],
    "facts": [
        # 2 claims the extractor finds exactly
        {"entity": "Bắc Ninh", "entity_type": "province", "index": "dti", "year": 2022, "rank": 2, "rank_change": 3},
        # right value, wrong year: missed + spurious when strict, a hit when lenient; tolerance on the score
        {"entity": "Nam Định", "entity_type": "province", "index": "dti", "year": 2021, "score": 0.5000000004},
        # not in the text: missed in both modes
        {"entity": "Hà Nam", "entity_type": "province", "index": "dti", "year": 2022, "rank": 5},
    ],
}
# strict: tp=2 fp=1 fn=2 → P=2/3, R=1/2, F1=4/7; lenient: tp=3 fp=0 fn=1 → P=1, R=3/4, F1=6/7


@pytest.fixture
def gold_file(tmp_path):  # noqa: ANN201
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_evaluate_json_figures(gold_file, capsys) -> None:  # noqa: ANN001
    assert main(["evaluate", str(gold_file), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    strict, lenient = out["strict"]["overall"], out["lenient"]["overall"]
    assert (strict["tp"], strict["fp"], strict["fn"]) == (2, 1, 2)
    assert strict["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert strict["recall"] == pytest.approx(0.5, abs=1e-4)
    assert strict["f1"] == pytest.approx(4 / 7, abs=1e-4)
    assert (lenient["tp"], lenient["fp"], lenient["fn"]) == (3, 0, 1)
    assert lenient["f1"] == pytest.approx(6 / 7, abs=1e-4)
    assert out["strict"]["by_attribute"]["score"] == {
        "tp": 0, "fp": 1, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert out["strict"]["by_index"]["dti"]["tp"] == 2
    assert [m["claim"][0] for m in out["strict"]["missed"]] == ["Nam Định", "Hà Nam"]
    assert out["strict"]["spurious"][0]["sentence"] == "Nam Định đạt 0,5 điểm."


def test_evaluate_summary_only_prints_only_overall(gold_file, capsys) -> None:  # noqa: ANN001
    assert main(["evaluate", str(gold_file), "--summary-only"]) == 0
    out = capsys.readouterr().out
    assert "strict " in out and "F1=0.5714" in out and "F1=0.8571" in out
    assert "missed" not in out and "Hà Nam" not in out


def test_matching_is_one_to_one() -> None:
    gold = [("A", "dti", None, 2022, "rank", 1.0)]
    pred = [("A", "dti", None, 2022, "rank", 1.0), ("A", "dti", None, 2022, "rank", 1.0)]
    pairs, missed, spurious = match_claims(gold, pred, strict_key)
    assert (len(pairs), len(missed), len(spurious)) == (1, 0, 1)


def test_gold_written_with_a_listed_alias_matches_the_canonical_name() -> None:
    """An annotator who writes "Chi cục thuế" or "Đài Phát thanh – Truyền hình" means the body the gazetteer
    lists under its canonical name; an unlisted name is kept as written."""
    from pipeline.evaluate import gold_fact

    assert gold_fact({"entity": "Chi cục thuế", "entity_type": "local_unit"}).entity == "Chi cục Thuế"
    assert gold_fact({"entity": "Đài Phát thanh – Truyền hình", "entity_type": "local_unit"}).entity == (
        "Đài Phát thanh và Truyền hình"
    )
    assert gold_fact({"entity": "Hợp tác xã Bình Minh", "entity_type": "local_unit"}).entity == "Hợp tác xã Bình Minh"
    # a name listed as another kind of body is not rewritten
    assert gold_fact({"entity": "Hà Nội", "entity_type": "local_unit"}).entity == "Hà Nội"


def _second_annotation(tmp_path, facts: list[dict], url: str = "test://eval", page_id: str = "t1"):  # noqa: ANN001, ANN202
    """A second annotator's row for the page: no text, only facts, as the agreement study writes them."""
    path = tmp_path / "second.jsonl"
    row = {"id": page_id, "url": url, "date": None, "kind": "brief", "facts": facts}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_agreement_scores_a_second_annotation_in_the_extractors_place(gold_file, tmp_path, capsys) -> None:  # noqa: ANN001
    """Two annotators of one page: the second agrees on Bắc Ninh's rank, gives another year to Nam Định's score
    and leaves out Hà Nam and the rank change. The extractor is not run (its facts would give tp=2, fp=1)."""
    second = _second_annotation(tmp_path, [
        {"entity": "Bắc Ninh", "entity_type": "province", "index": "dti", "year": 2022, "rank": 2},
        {"entity": "Nam Định", "entity_type": "province", "index": "dti", "year": 2022, "score": 0.5},
    ])
    assert main(["evaluate", str(gold_file), "--against", str(second), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    strict, lenient = out["strict"]["overall"], out["lenient"]["overall"]
    assert (strict["tp"], strict["fp"], strict["fn"]) == (1, 1, 3)
    assert (lenient["tp"], lenient["fp"], lenient["fn"]) == (2, 0, 2)
    assert out["articles"] == 1


def test_agreement_is_symmetric_and_saves_no_accuracy(gold_file, tmp_path, capsys, monkeypatch) -> None:  # noqa: ANN001
    """Swapping which annotation is called gold swaps precision and recall and keeps F1; an agreement is not
    the extractor's score, so `xephang accuracy` is not told of it."""
    import xephang.review.accuracy as accuracy

    saved = []
    monkeypatch.setattr(accuracy, "save_evaluate_summary", lambda *a, **k: saved.append(a))
    second = _second_annotation(tmp_path, [
        {"entity": "Bắc Ninh", "entity_type": "province", "index": "dti", "year": 2022, "rank": 2},
    ])
    assert main(["evaluate", str(gold_file), "--against", str(second), "--json"]) == 0
    one = json.loads(capsys.readouterr().out)["strict"]["overall"]
    assert main(["evaluate", str(second), "--against", str(gold_file), "--json"]) == 0
    other = json.loads(capsys.readouterr().out)["strict"]["overall"]
    assert (one["precision"], one["recall"]) == (other["recall"], other["precision"]) == (1.0, 0.25)
    assert one["f1"] == other["f1"] == pytest.approx(0.4, abs=1e-4)
    assert saved == []


def test_agreement_leaves_out_pages_only_one_annotator_has(gold_file, tmp_path, capsys) -> None:  # noqa: ANN001
    second = _second_annotation(tmp_path, [], url="test://another", page_id="t2")
    assert main(["evaluate", str(gold_file), "--against", str(second)]) == 2
    err = capsys.readouterr().err
    assert "t1: only in the first annotation" in err and "t2: only in the second annotation" in err
    assert "no article could be scored" in err


def test_agreement_with_a_broken_second_file_is_a_clear_error(gold_file, tmp_path, capsys) -> None:  # noqa: ANN001
    broken = tmp_path / "second.jsonl"
    broken.write_text('{"id": "t1", "url": \n', encoding="utf-8")
    assert main(["evaluate", str(gold_file), "--against", str(broken)]) == 2
    assert "second.jsonl" in capsys.readouterr().err
    assert main(["evaluate", str(gold_file), "--against", str(tmp_path / "none.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
