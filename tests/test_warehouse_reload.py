"""No-op reloads of fact batches: a batch loaded before is recognised by its fingerprint, and only then.

`load_facts` records a fingerprint of every batch it stored (table `fact_batches`) and answers a
reload of the identical batch from it, without staging or anti-joining (warehouse/facts.py). These
tests hold the shortcut to the full path: the figures must be exactly those of the anti-join, and
any batch that is not exactly a loaded one, however small the difference, must take the full path
and store what is missing.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipeline.model import ATTRIBUTES, Fact
from tests.fixtures_warehouse import make_fact
from warehouse import Warehouse
from warehouse import facts as fact_loader

SENTENCE = "Quảng Ngãi tăng 34 bậc, từ vị trí 55 lên vị trí 21/63 với 0,4312 điểm."


def _batch(articles: dict[str, int]) -> list[tuple[int, Fact]]:
    """Claims from several articles and sources: a syndicated pair, a conflict, NULL key fields."""
    return [
        (articles["original"], make_fact(rank=21, rank_total=63, rank_change=34, score=0.4312, sentence=SENTENCE, start=300, end=380)),
        (articles["syndicated"], make_fact(rank=21, rank_total=63, rank_change=34, score=0.4312, sentence=SENTENCE, start=300, end=380)),
        (articles["unrelated"], make_fact(rank=22, rank_total=63, start=12, end=60)),
        (articles["original"], make_fact("Đà Nẵng", rank=1, score=0.6667, component="chính quyền số", start=40, end=90)),
        (articles["original"], make_fact("Việt Nam", entity_type="country", index="egdi", year=None, rank=71, start=500, end=540)),
        (articles["official"], make_fact("Đà Nẵng", rank=1, group="34 tỉnh, thành phố sau sắp xếp", start=0, end=0)),
    ]


def _claims(batch: list[tuple[int, Fact]]) -> set[tuple[Any, ...]]:
    """The claim identities of a batch as the warehouse dedupes evidence (sentinels, rounded values)."""
    return {
        (article, f.entity, f.index, f.component or "", f.group or "", f.year or 0, attribute,
         round(float(getattr(f, attribute)), 6), f.start or 0, f.end or 0)
        for article, f in batch
        for attribute in ATTRIBUTES
        if getattr(f, attribute) is not None
    }


def _forget_batches(db_path: Path) -> None:
    """Drop the recorded fingerprints, so the next load of any batch takes the full anti-join path."""
    con = duckdb.connect(str(db_path))
    try:
        con.execute("DELETE FROM fact_batches")
    finally:
        con.close()


def _count_staging(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count calls of the full path (staging the batch); the shortcut never stages it."""
    calls: list[int] = []
    real = fact_loader.stage_facts

    def counting(*args: Any, **kwargs: Any) -> int:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(fact_loader, "stage_facts", counting)
    return calls


def test_reload_answers_from_the_fingerprint_with_the_anti_joins_figures(
    warehouse: Warehouse, run_id: int, articles: dict[str, int], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = _batch(articles)
    first = warehouse.load_facts(run_id, "v1", batch)
    counts = warehouse.row_counts()
    assert counts["fact_batches"] == 1
    staged = _count_staging(monkeypatch)

    fast = warehouse.load_facts(run_id, "v1", batch)
    assert staged == []  # answered from the record
    assert warehouse.row_counts() == counts

    _forget_batches(db_path)
    slow = warehouse.load_facts(run_id, "v1", batch)
    assert staged == [1]  # the full path, as before the mechanism existed
    assert dataclasses.asdict(fast) == dataclasses.asdict(slow)
    assert (fast.new_facts, fast.new_evidence, fast.conflicts_created, fast.articles_marked) == (0, 0, 0, 0)
    assert fast.known_facts == first.new_facts + first.known_facts
    assert warehouse.row_counts() == counts  # the full path records the batch again
    # The run's figures grew by the same known facts each time.
    figures = json.loads(warehouse.query("SELECT figures FROM crawl_runs WHERE id = ?", [run_id])[0][0])
    for source, c in first.per_source.items():
        assert figures[source]["facts_known"] == c["known_facts"] + 2 * fast.per_source[source]["known_facts"]


# One field of one Fact changed: each identity column of a claim, one at a time.
CHANGES: dict[str, Any] = {
    "entity": {"entity": "Quảng Nam"},
    "index": {"index": "ict_index"},
    "component": {"component": "kinh tế số"},
    "group": {"group": "34 tỉnh, thành phố sau sắp xếp"},
    "year": {"year": 2021},
    "rank": {"rank": 20},
    "rank_total": {"rank_total": 64},
    "top": {"top": 10},
    "score": {"score": 0.4313},
    "rank_change": {"rank_change": 33},
    "span_start": {"start": 301},
    "span_end": {"end": 381},
}


@pytest.mark.parametrize("change", [*CHANGES, "article"])
def test_a_batch_differing_in_one_field_of_one_claim_is_loaded(
    change: str, warehouse: Warehouse, run_id: int, articles: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = _batch(articles)
    warehouse.load_facts(run_id, "v1", batch)
    article, fact = batch[0]
    if change == "article":
        changed = (articles["edited"], fact)
    else:
        changed = (article, dataclasses.replace(fact, **CHANGES[change]))
    variant = [changed, *batch[1:]]
    missing = _claims(variant) - _claims(batch)
    assert missing  # the variant does claim something new

    staged = _count_staging(monkeypatch)
    result = warehouse.load_facts(run_id, "v1", variant)
    assert staged == [1]
    assert result.new_evidence == len(missing)
    assert warehouse.load_facts(run_id, "v1", variant).new_evidence == 0


def test_partial_load_then_the_whole_batch_stores_what_is_missing(
    warehouse: Warehouse, run_id: int, articles: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = _batch(articles)
    part = batch[:3]
    warehouse.load_facts(run_id, "v1", part)
    result = warehouse.load_facts(run_id, "v1", batch)
    assert result.new_evidence == len(_claims(batch) - _claims(part))
    # A later batch adds a same-version fact to an article already read: it is stored.
    extra = (articles["original"], make_fact("Hà Nội", rank=5, rank_total=63, start=700, end=740))
    assert warehouse.load_facts(run_id, "v1", [*batch, extra]).new_evidence == 2
    staged = _count_staging(monkeypatch)
    assert warehouse.load_facts(run_id, "v1", batch).new_evidence == 0
    assert warehouse.load_facts(run_id, "v1", part).new_evidence == 0
    assert staged == []  # both were recorded when they were loaded


def test_another_extractor_version_is_not_a_reload(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    batch = _batch(articles)
    warehouse.load_facts(run_id, "v1", batch)
    result = warehouse.load_facts(run_id, "v2", batch)
    assert (result.new_facts, result.new_evidence) == (0, len(_claims(batch)))


def test_fingerprint_does_not_confuse_shifted_text_or_reordered_claims(
    warehouse: Warehouse, run_id: int, articles: dict[str, int]
) -> None:
    # Joined with chr(31), both entity columns read "A␟B␟C": the fingerprint must still tell them apart.
    a = articles["original"]
    first = [(a, make_fact("A\x1fB", rank=1)), (a, make_fact("C", rank=2, start=20))]
    second = [(a, make_fact("A", rank=1)), (a, make_fact("B\x1fC", rank=2, start=20))]
    warehouse.load_facts(run_id, "v1", first)
    assert warehouse.load_facts(run_id, "v1", second).new_evidence == 2
    # The same claims in another order: a different fingerprint, the full path, still a no-op.
    before = warehouse.row_counts()
    reordered = list(reversed(_batch(articles)))
    loaded = warehouse.load_facts(run_id, "v1", _batch(articles))
    again = warehouse.load_facts(run_id, "v1", reordered)
    assert (again.new_evidence, again.known_facts) == (0, loaded.new_facts + loaded.known_facts)
    assert warehouse.row_counts()["evidence"] == before["evidence"] + loaded.new_evidence


def test_reload_still_marks_and_checks_the_articles_it_is_given(
    warehouse: Warehouse, run_id: int, articles: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = _batch(articles)
    warehouse.load_facts(run_id, "v1", batch)
    staged = _count_staging(monkeypatch)
    result = warehouse.load_facts(run_id, "v1", batch, extracted_article_ids=[articles["edited"]])
    assert staged == [] and result.articles_marked == 1
    assert articles["edited"] not in [i for i, _a in warehouse.articles_to_extract("v1")]
    counts = warehouse.row_counts()
    with pytest.raises(ValueError, match="unknown article"):
        warehouse.load_facts(run_id, "v1", batch, extracted_article_ids=[999])
    assert warehouse.row_counts() == counts
