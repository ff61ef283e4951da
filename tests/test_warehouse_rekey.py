"""Reviews that correct a fact's key (entity, index, component, group, year) move its value in the views.

The key is a fact's identity, so a corrected key is another fact: the reviewed fact is rejected and
the fact at the corrected key (created if no load has seen it) resolves to the reviewed value.
"""

from __future__ import annotations

import json

import pytest

from tests.fixtures_warehouse import make_fact
from warehouse import Warehouse
from xephang.review.store import ReviewStore


def _claims(articles: dict[str, int], **key: object) -> list:
    """Quảng Nam rank 21 in DTI 2023 (the extractor's misreading), from two articles."""
    fields = {"entity": "Quảng Nam", "year": 2023, **key}
    entity = str(fields.pop("entity"))
    return [(articles[a], make_fact(entity, rank=21, **fields)) for a in ("original", "unrelated")]


def _rankings(warehouse: Warehouse) -> list[tuple]:
    return warehouse.query('SELECT entity, "index", year, rank, support FROM rankings ORDER BY entity, year')


def _history(warehouse: Warehouse) -> list[tuple]:
    return warehouse.query("SELECT entity, year, rank FROM rank_history")


def _rank_fact(warehouse: Warehouse, entity: str = "Quảng Nam") -> int:
    return warehouse.query("SELECT fact_id FROM facts_v WHERE entity = ? AND attribute = 'rank'", [entity])[0][0]


def test_correcting_the_entity_moves_the_value(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    warehouse.load_facts(run_id, "v1", _claims(articles))
    old = _rank_fact(warehouse)
    assert _rankings(warehouse) == [("Quảng Nam", "dti", 2023, 21, 2)]

    review_id = warehouse.review(old, "correct", value=21, reviewer="lan", key_changes={"entity": "Quảng Ngãi"})
    assert _rankings(warehouse) == [("Quảng Ngãi", "dti", 2023, 21, 0)]
    assert _history(warehouse) == [("Quảng Ngãi", 2023, 21)]
    new = _rank_fact(warehouse, "Quảng Ngãi")
    assert warehouse.query("SELECT fact_id, value, resolved_by FROM facts_v WHERE fact_id IN (?, ?) ORDER BY fact_id",
                           [old, new]) == [(old, None, "rejected"), (new, 21.0, "review")]
    assert warehouse.query(
        "SELECT corrected_entity, corrected_index, corrected_component, corrected_group, corrected_year, corrected_fact_id"
        " FROM reviews WHERE id = ?", [review_id]) == [("Quảng Ngãi", None, None, None, None, new)]

    # The created fact is keyed like a loaded one: a later claim for that key attaches to it.
    facts_before = warehouse.row_counts()["facts"]
    warehouse.load_facts(run_id, "v1", [(articles["syndicated"], make_fact("Quảng Ngãi", year=2023, rank=21))])
    assert warehouse.row_counts()["facts"] == facts_before
    assert _rank_fact(warehouse, "Quảng Ngãi") == new
    assert _rankings(warehouse) == [("Quảng Ngãi", "dti", 2023, 21, 1)]
    assert warehouse.query("SELECT resolved_by FROM facts_v WHERE fact_id = ?", [new]) == [("review",)]


def test_correcting_the_year_and_the_value(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    warehouse.load_facts(run_id, "v1", _claims(articles, entity="Quảng Ngãi"))
    old = _rank_fact(warehouse, "Quảng Ngãi")
    warehouse.review(old, "correct", value=22, key_changes={"year": "2022"})
    assert _history(warehouse) == [("Quảng Ngãi", 2022, 22)]
    # Clearing the year: the fact without a year leaves rank_history but is in rankings.
    warehouse.review(old, "correct", value=22, key_changes={"year": None})
    assert _history(warehouse) == []
    assert _rankings(warehouse) == [("Quảng Ngãi", "dti", None, 22, 0)]


def test_undo_restores_the_original_key(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    warehouse.load_facts(run_id, "v1", _claims(articles))
    old = _rank_fact(warehouse)
    before = (_rankings(warehouse), warehouse.query("SELECT * FROM facts_v ORDER BY fact_id"), warehouse.row_counts())

    first = warehouse.review(old, "correct", value=21, key_changes={"entity": "Quảng Ngãi"})
    second = warehouse.review(old, "correct", value=21, key_changes={"entity": "Quảng Ngãi", "year": 2022})
    assert _rankings(warehouse) == [("Quảng Ngãi", "dti", 2022, 21, 0)]  # the later review is in force
    assert warehouse.delete_review(second) == old
    assert _rankings(warehouse) == [("Quảng Ngãi", "dti", 2023, 21, 0)]
    assert warehouse.delete_review(first) == old
    # The facts the reviews created are gone again; only the review trail remembers them.
    counts = warehouse.row_counts()
    assert counts.pop("review_log") == 4 and before[2].pop("review_log") == 0
    assert (_rankings(warehouse), warehouse.query("SELECT * FROM facts_v ORDER BY fact_id"), counts) == before
    assert warehouse.query("SELECT review_id, action, corrected_entity, corrected_year FROM review_log ORDER BY id") == [
        (first, "made", "Quảng Ngãi", None), (second, "made", "Quảng Ngãi", 2022),
        (second, "undone", "Quảng Ngãi", 2022), (first, "undone", "Quảng Ngãi", None)]


def test_a_later_review_without_key_change_brings_the_value_back(
    warehouse: Warehouse, run_id: int, articles: dict[str, int]
) -> None:
    warehouse.load_facts(run_id, "v1", _claims(articles))
    old = _rank_fact(warehouse)
    warehouse.review(old, "correct", value=21, key_changes={"entity": "Quảng Ngãi"})
    warehouse.review(old, "accept", value=21)
    assert _rankings(warehouse) == [("Quảng Nam", "dti", 2023, 21, 2)]
    assert warehouse.query("SELECT value, resolved_by FROM facts_v WHERE entity = 'Quảng Ngãi'") == [(None, "rejected")]


def test_reloading_the_original_claims_does_not_bring_the_old_key_back(
    warehouse: Warehouse, run_id: int, articles: dict[str, int]
) -> None:
    claims = _claims(articles)
    warehouse.load_facts(run_id, "v1", claims)
    review_id = warehouse.review(_rank_fact(warehouse), "correct", value=21, key_changes={"entity": "Quảng Ngãi"})
    moved = [("Quảng Ngãi", "dti", 2023, 21, 0)]
    warehouse.load_facts(run_id, "v1", claims)  # the same claims: a no-op
    assert _rankings(warehouse) == moved
    warehouse.load_facts(run_id, "v2", claims + [(articles["syndicated"], make_fact("Quảng Nam", year=2023, rank=20))])
    assert _rankings(warehouse) == moved  # new evidence and a conflict re-resolve the old fact: still moved
    warehouse.delete_review(review_id)
    assert _rankings(warehouse) == [("Quảng Nam", "dti", 2023, 21, 2)]


def test_moving_onto_a_loaded_fact_overrides_its_claims(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    warehouse.load_facts(run_id, "v1", [*_claims(articles), (articles["syndicated"], make_fact("Quảng Ngãi", year=2023, rank=30))])
    target = _rank_fact(warehouse, "Quảng Ngãi")
    review_id = warehouse.review(_rank_fact(warehouse), "correct", value=21, key_changes={"entity": " Quảng Ngãi "})
    assert warehouse.query("SELECT corrected_fact_id FROM reviews WHERE id = ?", [review_id]) == [(target,)]
    assert _rankings(warehouse) == [("Quảng Ngãi", "dti", 2023, 21, 0)]
    warehouse.delete_review(review_id)
    assert _rankings(warehouse) == [("Quảng Nam", "dti", 2023, 21, 2), ("Quảng Ngãi", "dti", 2023, 30, 1)]
    assert _rank_fact(warehouse, "Quảng Ngãi") == target  # a loaded fact stays


def test_key_changes_are_checked(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    warehouse.load_facts(run_id, "v1", _claims(articles))
    old = _rank_fact(warehouse)
    with pytest.raises(ValueError, match="only a correction"):
        warehouse.review(old, "accept", value=21, key_changes={"entity": "Quảng Ngãi"})
    with pytest.raises(ValueError, match="may name only"):
        warehouse.review(old, "correct", value=21, key_changes={"attribute": "score"})
    with pytest.raises(ValueError, match="needs an entity"):
        warehouse.review(old, "correct", value=21, key_changes={"entity": ""})
    # A "change" to the current key is a plain correction.
    review_id = warehouse.review(old, "correct", value=21, key_changes={"entity": "Quảng Nam", "year": 2023})
    assert warehouse.query("SELECT corrected_fact_id FROM reviews WHERE id = ?", [review_id]) == [(None,)]
    assert _rankings(warehouse) == [("Quảng Nam", "dti", 2023, 21, 2)]


def test_review_page_store_passes_key_changes(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    warehouse.load_facts(run_id, "v1", _claims(articles))
    store = ReviewStore(warehouse)
    old = _rank_fact(warehouse)
    review_id = store.record(old, "correct", reviewer="lan", key_changes={"entity": "Quảng Ngãi", "year": 2022})
    assert _rankings(warehouse) == [("Quảng Ngãi", "dti", 2022, 21, 0)]
    note = json.loads(warehouse.query("SELECT note FROM reviews WHERE id = ?", [review_id])[0][0])
    assert note["changes"] == {"entity": "Quảng Ngãi", "year": 2022} and note["was"] == 21.0
    assert store.undo(review_id) == old
    assert _rankings(warehouse) == [("Quảng Nam", "dti", 2023, 21, 2)]
    # Changes sent with an accept stay in the note only (as the gold export reads them).
    store.record(old, "accept", reviewer="lan", key_changes={"entity": "Quảng Ngãi"})
    assert _rankings(warehouse) == [("Quảng Nam", "dti", 2023, 21, 2)]


def test_reviewing_the_fact_at_the_corrected_key(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    """The moved value is what the review page shows for the new fact; accepting it as shown keeps it."""
    warehouse.load_facts(run_id, "v1", _claims(articles))
    store = ReviewStore(warehouse)
    store.record(_rank_fact(warehouse), "correct", reviewer="lan", key_changes={"entity": "Quảng Ngãi"})
    new = _rank_fact(warehouse, "Quảng Ngãi")
    accepted = store.record(new, "accept", reviewer="minh")
    assert _rankings(warehouse) == [("Quảng Ngãi", "dti", 2023, 21, 0)]
    assert warehouse.query("SELECT resolved_by FROM facts_v WHERE fact_id = ?", [new]) == [("review",)]
    rejected = store.record(new, "reject", reviewer="minh")
    assert _rankings(warehouse) == []
    store.undo(rejected)
    store.undo(accepted)
    assert _rankings(warehouse) == [("Quảng Ngãi", "dti", 2023, 21, 0)]
