"""Precision from reviews with Wilson intervals, the saved gold-set scores, and `xephang accuracy`."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from tests.test_review_data import VERSION, build
from xephang import cli
from xephang.review.accuracy import load_evaluate_summary, review_accuracy, save_evaluate_summary, wilson
from xephang.review.store import ReviewStore


def test_wilson_interval_known_values():
    # 8 of 10: the textbook interval is (0.4902, 0.9433).
    low, high = wilson(8, 10)
    assert (round(low, 4), round(high, 4)) == (0.4902, 0.9433)
    assert wilson(0, 0) == (0.0, 1.0)
    low, high = wilson(5, 5)
    assert high == pytest.approx(1.0) and 0.5 < low < 0.6
    low, high = wilson(0, 5)
    assert low == pytest.approx(0.0, abs=1e-12) and 0.4 < high < 0.5


def test_precision_counts_the_latest_decision_per_fact(tmp_path: Path):
    wh, ids = build(tmp_path / "w.duckdb")
    store = ReviewStore(wh)
    store.record(ids["Đà Nẵng/dti/2022/rank"], "reject", reviewer="a")
    store.record(ids["Đà Nẵng/dti/2022/rank"], "accept", reviewer="b")          # replaces the reject
    store.record(ids["Đà Nẵng/dti/2022/score"], "accept", reviewer="b")
    store.record(ids["Thừa Thiên Huế/dti/2022/rank"], "correct", reviewer="b", corrected_value=2)
    store.record(ids["Đà Nẵng/ict_index/2019/rank"], "reject", reviewer="b")
    acc = review_accuracy(wh)
    assert (acc.overall.accepted, acc.overall.corrected, acc.overall.rejected) == (2, 1, 1)
    assert acc.overall.precision == 0.5 and acc.facts_total == 12
    assert list(acc.by_version) == [VERSION] and acc.by_version[VERSION].reviewed == 4
    assert (acc.by_index["dti"].accepted, acc.by_index["dti"].reviewed) == (2, 3)
    assert (acc.by_index["ict_index"].rejected, acc.by_index["ict_index"].reviewed) == (1, 1)
    assert (acc.by_attribute["rank"].accepted, acc.by_attribute["rank"].reviewed) == (1, 3)
    assert acc.by_attribute["score"].precision == 1.0
    assert acc.overall.interval == wilson(2, 4)


def test_evaluate_summary_round_trip_and_cli(tmp_path: Path, capsys):
    wh, ids = build(tmp_path / "w.duckdb")
    store = ReviewStore(wh)
    store.record(ids["Đà Nẵng/dti/2022/rank"], "accept", reviewer="b")
    store.record(ids["Hà Giang/dti/2022/rank"], "reject", reviewer="b")
    summary = {"articles": 3, "strict": {"overall": {"tp": 8, "fp": 2, "fn": 1, "precision": 0.8, "recall": 0.8889, "f1": 0.8421}},
               "lenient": {"overall": {"tp": 9, "fp": 1, "fn": 0, "precision": 0.9, "recall": 1.0, "f1": 0.9474}}}
    target = save_evaluate_summary(summary, tmp_path / "acc" / "evaluate-latest.json", gold_files=["dev.jsonl"],
                                   extractor_version="9.9.9")
    loaded = load_evaluate_summary(target)
    assert loaded is not None and loaded["strict"] == summary["strict"] and loaded["extractor_version"] == "9.9.9"
    capsys.readouterr()
    assert cli.main(["accuracy", "--db", str(wh.path), "--evaluate-file", str(target), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["overall"]["accepted"] == 1 and out["overall"]["rejected"] == 1 and out["overall"]["precision"] == 0.5
    low, high = wilson(1, 2)
    assert out["overall"]["ci95"] == [round(low, 4), round(high, 4)]
    assert out["gold"]["strict"]["overall"]["f1"] == 0.8421
    assert cli.main(["accuracy", "--db", str(wh.path), "--evaluate-file", str(target)]) == 0
    text = capsys.readouterr().out
    assert "reviewed 2 of 12 fact(s)" in text and "strict · overall" in text and "P=0.8" in text
    assert f"[{low:.4f}, {high:.4f}]" in text
    assert not math.isnan(low)


def test_accuracy_can_run_evaluate_on_exported_reviews_and_keep_the_result(tmp_path: Path, capsys):
    from xephang.review.export import export_gold

    wh, ids = build(tmp_path / "w.duckdb")
    store = ReviewStore(wh)
    store.record(ids["Hà Giang/dti/2022/rank"], "accept", reviewer="b")
    gold = tmp_path / "gold.jsonl"
    assert export_gold(wh, gold) == (1, 1)
    target = tmp_path / "acc" / "latest.json"
    assert cli.main(["accuracy", "--db", str(wh.path), "--evaluate", str(gold), "--evaluate-file", str(target),
                     "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    saved = load_evaluate_summary(target)
    assert saved is not None and saved["articles"] == 1 and saved["gold_files"] == [str(gold)]
    assert out["gold"]["strict"] == saved["strict"]
    assert set(saved["strict"]["overall"]) == {"tp", "fp", "fn", "precision", "recall", "f1"}
    assert saved["strict"]["overall"]["tp"] + saved["strict"]["overall"]["fn"] == 1
