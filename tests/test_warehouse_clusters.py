"""Near-duplicate clusters are transitive: an article similar to two clusters merges them, and support follows.

The texts (tests/fixtures_warehouse.py) are a syndication chain: CHAIN_FIRST ≈ CHAIN_MIDDLE ≈
CHAIN_THIRD, while CHAIN_FIRST and CHAIN_THIRD are not near-duplicates of each other. Loaded without
the middle they are two sources; once the middle arrives they are one, in any load order.
"""

from __future__ import annotations

import pytest

from tests.fixtures_warehouse import CHAIN_FIRST, CHAIN_MIDDLE, CHAIN_THIRD, UNRELATED, make_fact, make_item
from warehouse import Warehouse, settings, textkey

ITEMS = {
    "first": make_item("https://tinnhanh.example.vn/ict-index-2023.html", CHAIN_FIRST, date="2024-04-05"),
    "third": make_item("https://baomoi.example.vn/ict-index-2023.epi", CHAIN_THIRD, source="baomoi", date="2024-04-06"),
    "middle": make_item("https://tinhuy.example.vn/tin/8910", CHAIN_MIDDLE, source="tinhuy", date="2024-04-05"),
}


def _clusters(warehouse: Warehouse) -> dict[str, int]:
    rows = warehouse.query("SELECT canonical_url, cluster_id FROM articles")
    by_url = dict(rows)
    return {name: by_url[item["url"]] for name, item in ITEMS.items() if item["url"] in by_url}


def _ids(warehouse: Warehouse) -> dict[str, int]:
    by_url = dict(warehouse.query("SELECT canonical_url, id FROM articles"))
    return {name: by_url[item["url"]] for name, item in ITEMS.items() if item["url"] in by_url}


def test_the_fixture_texts_are_a_chain_not_a_clique() -> None:
    sig = {name: textkey.signature(item["text"]) for name, item in ITEMS.items()}
    assert textkey.similarity(sig["first"], sig["middle"]) >= settings.NEAR_DUP_THRESHOLD
    assert textkey.similarity(sig["third"], sig["middle"]) >= settings.NEAR_DUP_THRESHOLD
    assert textkey.similarity(sig["first"], sig["third"]) < settings.NEAR_DUP_THRESHOLD


def test_the_middle_article_merges_two_stored_clusters(warehouse: Warehouse, run_id: int) -> None:
    warehouse.load_articles(run_id, [ITEMS["first"]])
    second = warehouse.load_articles(run_id, [ITEMS["third"]])
    assert (second.near_duplicate, second.clusters_merged) == (0, 0)
    ids = _ids(warehouse)
    assert _clusters(warehouse) == {"first": ids["first"], "third": ids["third"]}

    result = warehouse.load_articles(run_id, [ITEMS["middle"]])
    assert (result.new, result.near_duplicate, result.clusters_merged) == (1, 1, 1)
    ids = _ids(warehouse)
    # Smallest cluster id wins: the first article's.
    assert _clusters(warehouse) == {"first": ids["first"], "third": ids["first"], "middle": ids["first"]}
    similarity = warehouse.query("SELECT similarity FROM articles WHERE id = ?", [ids["middle"]])[0][0]
    assert similarity >= settings.NEAR_DUP_THRESHOLD
    # Loading the three again changes nothing.
    counts = warehouse.row_counts()
    again = warehouse.load_articles(run_id, list(ITEMS.values()))
    assert (again.new, again.clusters_merged) == (0, 0)
    assert warehouse.row_counts() == counts


@pytest.mark.parametrize(
    ("order", "merges"),
    [(("first", "third", "middle"), 1), (("middle", "first", "third"), 0), (("third", "first", "middle"), 1)],
)
def test_one_cluster_whatever_the_order_inside_a_batch(
    order: tuple[str, ...], merges: int, warehouse: Warehouse, run_id: int
) -> None:
    result = warehouse.load_articles(run_id, [ITEMS[name] for name in order])
    assert (result.new, result.near_duplicate, result.clusters_merged) == (3, 2 - merges, merges)
    clusters = _clusters(warehouse)
    assert set(clusters.values()) == {min(_ids(warehouse).values())}


def test_support_and_resolution_follow_a_merge(warehouse: Warehouse, run_id: int) -> None:
    warehouse.load_articles(run_id, [ITEMS["first"], ITEMS["third"]])
    ids = _ids(warehouse)
    report = warehouse.load_articles(
        run_id, [make_item("https://bocongthuong.example.vn/tin/77", UNRELATED, source="bocongthuong", date="2024-04-01")]
    ).new_article_ids[0]
    said_2 = make_fact("Ngân hàng Nhà nước", entity_type="ministry", index="ict_index", year=2023, rank=2)
    said_3 = make_fact("Ngân hàng Nhà nước", entity_type="ministry", index="ict_index", year=2023, rank=3)
    other = make_fact("Bộ Tài chính", entity_type="ministry", index="ict_index", year=2023, rank=1, start=40)
    warehouse.load_facts(run_id, "v1", [(ids["first"], said_2), (ids["third"], said_2), (report, said_3), (report, other)])

    def state() -> list[tuple]:
        return warehouse.query(
            "SELECT entity, rank, support, in_conflict FROM rankings WHERE \"index\" = 'ict_index' ORDER BY entity"
        )

    def sides() -> list[tuple]:
        return warehouse.query("SELECT value, support, is_resolved FROM conflicts ORDER BY value")

    # Two clusters say 2, one says 3: 2 wins on support.
    assert state() == [("Bộ Tài chính", 1, 1, False), ("Ngân hàng Nhà nước", 2, 2, True)]
    assert sides() == [(2.0, 2, True), (3.0, 1, False)]

    result = warehouse.load_articles(run_id, [ITEMS["middle"]])
    assert result.clusters_merged == 1
    # Now one source says 2 and one says 3: a tie, which the earlier publication (3, on 1 April) wins.
    assert state() == [("Bộ Tài chính", 1, 1, False), ("Ngân hàng Nhà nước", 3, 1, True)]
    assert sides() == [(2.0, 1, False), (3.0, 1, True)]
    assert warehouse.query("SELECT DISTINCT cluster_id FROM article_facts WHERE value = 2") == [(ids["first"],)]
