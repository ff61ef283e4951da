"""Fact loading: dedup across articles, support per cluster, conflicts, resolved values, reviews."""

from __future__ import annotations

import json

import pytest

from tests.fixtures_warehouse import (
    make_fact,
    synthetic_facts,
    synthetic_items,
)
from warehouse import Warehouse

SENTENCE = "Quảng Ngãi là địa phương tăng hạng mạnh nhất khi tăng tới 34 bậc, từ vị trí 55 lên vị trí 21/63."


def _rankings(warehouse: Warehouse, entity: str = "Quảng Ngãi") -> list[tuple]:
    return warehouse.query(
        'SELECT "index", component, "group", year, rank, rank_total, score, rank_change, support, in_conflict'
        " FROM rankings WHERE entity = ? ORDER BY component NULLS FIRST, \"group\" NULLS FIRST",
        [entity],
    )


def test_same_claim_from_a_syndicated_pair_is_one_fact_with_one_support(
    warehouse: Warehouse, run_id: int, articles: dict[str, int]
) -> None:
    fact = make_fact(rank=21, rank_total=63, rank_change=34, sentence=SENTENCE, start=300, end=390)
    result = warehouse.load_facts(run_id, "v1", [(articles["original"], fact), (articles["syndicated"], fact), (articles["edited"], fact)])

    assert (result.new_facts, result.known_facts, result.new_evidence) == (3, 0, 9)
    assert _rankings(warehouse) == [("dti", None, None, 2022, 21, 63, None, 34, 1, False)]
    assert warehouse.query("SELECT count(*) FROM facts")[0][0] == 3
    value_text = warehouse.query("SELECT DISTINCT value_text FROM article_facts WHERE attribute = 'rank_change'")
    assert value_text == [("34",)]


def test_independent_sources_add_support(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    fact = make_fact(rank_total=63)
    warehouse.load_facts(run_id, "v1", [(articles["original"], fact), (articles["unrelated"], fact)])
    assert _rankings(warehouse)[0][8] == 2


def test_conflicting_values_appear_in_conflicts_with_both_sides(
    warehouse: Warehouse, run_id: int, articles: dict[str, int]
) -> None:
    said_21 = make_fact(rank=21, rank_total=63, sentence=SENTENCE, start=300, end=390)
    said_22 = make_fact(rank=22, rank_total=63, sentence="Tỉnh xếp thứ 22/63 địa phương, tăng 33 bậc so với năm 2021.")
    result = warehouse.load_facts(run_id, "v1", [(articles["original"], said_21), (articles["syndicated"], said_21)])
    assert result.conflicts_created == 0
    result = warehouse.load_facts(run_id, "v1", [(articles["unrelated"], said_22)])
    assert result.conflicts_created == 1 and result.new_facts == 1 and result.known_facts == 1

    rows = warehouse.query(
        "SELECT value, support, evidence_count, is_resolved, evidence FROM conflicts WHERE entity = 'Quảng Ngãi' ORDER BY value"
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [(21.0, 1, 2), (22.0, 1, 1)]
    assert {e["source"] for e in rows[0][4]} == {"tinnhanh", "baomoi"}
    assert rows[1][4][0]["sentence"].startswith("Tỉnh xếp thứ 22/63")
    assert rows[1][4][0]["value_text"] == "22"
    # Equal support (one cluster each): the earlier publication wins.
    assert [r[3] for r in rows] == [True, False]
    assert _rankings(warehouse)[0][4] == 21 and _rankings(warehouse)[0][9] is True


def test_official_table_beats_support(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    wrong = make_fact(rank=20)
    warehouse.load_facts(run_id, "v1", [(articles["original"], wrong), (articles["unrelated"], wrong)])
    warehouse.load_facts(run_id, "v1", [(articles["official"], make_fact(rank=21))])
    assert _rankings(warehouse)[0][4] == 21
    assert warehouse.query("SELECT resolved_by FROM facts_v WHERE attribute = 'rank'") == [("official_table",)]


def test_table_evidence_flag_counts_as_official(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    warehouse.load_facts(run_id, "v1", [(articles["original"], make_fact(rank=20)), (articles["unrelated"], make_fact(rank=20))])
    from_table = make_fact(rank=21, from_table=True)
    warehouse.load_facts(run_id, "v1", [(articles["edited"], from_table)])
    assert _rankings(warehouse)[0][4] == 21


def test_reviews_decide_the_resolved_value(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    warehouse.load_facts(
        run_id,
        "v1",
        [(articles["original"], make_fact(rank=21)), (articles["unrelated"], make_fact(rank=21)), (articles["edited"], make_fact(rank=22, start=5))],
    )
    fact_id = warehouse.query("SELECT fact_id FROM facts_v WHERE attribute = 'rank'")[0][0]
    assert _rankings(warehouse)[0][4] == 21

    warehouse.review(fact_id, "accept", value=22, reviewer="lan")
    assert _rankings(warehouse)[0][4] == 22
    warehouse.review(fact_id, "correct", value=23, reviewer="lan", note="xem quyết định công bố")
    assert _rankings(warehouse)[0][4] == 23
    assert warehouse.query("SELECT resolved_by FROM facts_v WHERE fact_id = ?", [fact_id]) == [("review",)]
    warehouse.review(fact_id, "reject", value=21)
    assert _rankings(warehouse)[0][4] == 22
    last = warehouse.review(fact_id, "reject")
    assert _rankings(warehouse) == []
    assert warehouse.delete_review(last) == fact_id  # undo: the previous review is in force again
    assert _rankings(warehouse)[0][4] == 22
    assert warehouse.delete_review(last) is None
    with pytest.raises(ValueError, match="no claimed value"):
        warehouse.review(fact_id, "accept", value=40)


def test_reload_of_facts_is_a_no_op(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    facts = [
        (articles["original"], make_fact(rank=21, rank_total=63, rank_change=34, sentence=SENTENCE)),
        (articles["syndicated"], make_fact(rank=21, rank_total=63, rank_change=34, sentence=SENTENCE)),
        (articles["unrelated"], make_fact(rank=22, rank_total=63)),
        (articles["original"], make_fact("Đà Nẵng", rank=1, score=0.6667, component=None)),
        (articles["original"], make_fact("Đà Nẵng", rank=1, component="chính quyền số", start=40)),
    ]
    first = warehouse.load_facts(run_id, "v1", facts)
    counts = warehouse.row_counts()
    snapshot = warehouse.query("SELECT * FROM facts_v ORDER BY fact_id")
    again = warehouse.load_facts(run_id, "v1", facts)
    assert (again.new_facts, again.new_evidence, again.conflicts_created) == (0, 0, 0)
    assert again.known_facts == first.new_facts
    assert warehouse.row_counts() == counts
    assert warehouse.query("SELECT * FROM facts_v ORDER BY fact_id") == snapshot


def test_null_component_group_and_year_still_dedupe(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    undated = make_fact("Việt Nam", entity_type="country", index="egdi", year=None, rank=86, rank_total=193)
    warehouse.load_facts(run_id, "v1", [(articles["original"], undated), (articles["unrelated"], undated)])
    rows = warehouse.query("SELECT component, \"group\", year, rank, support FROM rankings WHERE entity = 'Việt Nam'")
    assert rows == [(None, None, None, 86, 2)]
    assert warehouse.query("SELECT count(*) FROM facts WHERE entity = 'Việt Nam'")[0][0] == 2


def test_group_makes_a_separate_fact_not_a_conflict(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    warehouse.load_facts(
        run_id,
        "v1",
        [
            (articles["original"], make_fact("Đà Nẵng", year=2024, rank=2, rank_total=63)),
            (articles["original"], make_fact("Đà Nẵng", year=2024, rank=17, rank_total=34, group="34 tỉnh, thành phố sau sắp xếp", start=50)),
        ],
    )
    assert warehouse.query("SELECT count(*) FROM conflicts")[0][0] == 0
    assert [(r[2], r[4]) for r in _rankings(warehouse, "Đà Nẵng")] == [(None, 2), ("34 tỉnh, thành phố sau sắp xếp", 17)]


def test_scores_with_float_noise_are_one_value(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    warehouse.load_facts(
        run_id,
        "v1",
        [
            (articles["original"], make_fact("Đà Nẵng", score=0.6667, sentence="Đà Nẵng đạt 0,6667 điểm.")),
            (articles["unrelated"], make_fact("Đà Nẵng", score=0.66670000001)),
        ],
    )
    assert warehouse.query("SELECT value, support, n_values FROM facts_v WHERE entity = 'Đà Nẵng'") == [(0.6667, 2, 1)]
    assert warehouse.query("SELECT value_text FROM article_facts WHERE article_id = 1") == [("0,6667",)]


def test_rank_history_is_ordered_by_year(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    warehouse.load_facts(
        run_id,
        "v1",
        [(articles["original"], make_fact(year=y, rank=r, start=y)) for y, r in ((2022, 21), (2020, 60), (2021, 55))],
    )
    rows = warehouse.query("SELECT year, rank FROM rank_history WHERE entity = 'Quảng Ngãi'")
    assert rows == [(2020, 60), (2021, 55), (2022, 21)]


def test_per_source_figures_and_unknown_articles(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    fact = make_fact(rank=21)
    result = warehouse.load_facts(run_id, "v1", [(articles["original"], fact), (articles["unrelated"], fact)])
    assert result.per_source == {
        "tinnhanh": {"new_facts": 1, "known_facts": 0},
        "quangngai": {"new_facts": 1, "known_facts": 0},
    }
    figures = json.loads(warehouse.query("SELECT figures FROM crawl_runs WHERE id = ?", [run_id])[0][0])
    assert figures["tinnhanh"]["facts_new"] == 1
    counts = warehouse.row_counts()
    with pytest.raises(ValueError, match="unknown article"):
        warehouse.load_facts(run_id, "v1", [(articles["original"], make_fact(rank=1)), (999, fact)])
    assert warehouse.row_counts() == counts


def test_bulk_load_then_reload(warehouse: Warehouse, run_id: int) -> None:
    ids = warehouse.load_articles(run_id, synthetic_items(50)).new_article_ids
    facts = synthetic_facts(ids, 5000)
    first = warehouse.load_facts(run_id, "v1", facts)
    assert first.new_evidence == 15000
    counts = warehouse.row_counts()
    assert warehouse.load_facts(run_id, "v1", facts).new_evidence == 0
    assert warehouse.row_counts() == counts
    # A new extractor version adds evidence rows but no facts.
    assert warehouse.load_facts(run_id, "v2", facts[:10]).new_facts == 0
