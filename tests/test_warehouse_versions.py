"""The current reading counts: only the newest extractor version that read an article counts (migration 0007).

These drive the real loader with two versions; tests/test_reextract.py does the same through the
re-extraction flow and the real extractor.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from tests.fixtures_warehouse import make_fact
from warehouse import Warehouse
from warehouse.migrate import available_migrations, migrate


def _resolved(wh: Warehouse, attribute: str = "rank", entity: str = "Quảng Ngãi") -> tuple:
    return wh.query(
        "SELECT value, resolved_by, support, n_values, in_conflict, lost_current_evidence FROM facts_v"
        " WHERE entity = ? AND attribute = ?",
        [entity, attribute],
    )[0]


def _ranked(wh: Warehouse) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in wh.query("SELECT entity, rank, score, in_conflict FROM rankings")}


def test_a_newer_reading_replaces_the_older_one(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    a = articles["original"]
    warehouse.load_facts(run_id, "0.1.0", [(a, make_fact(rank=20, score=0.4)), (a, make_fact("Hà Nội", rank=5, start=40))])
    assert _ranked(warehouse) == {"Quảng Ngãi": (20, 0.4, False), "Hà Nội": (5, None, False)}

    result = warehouse.load_facts(run_id, "0.2.0", [(a, make_fact(rank=21, score=0.4))])
    assert result.readings_replaced == 1
    # The correction wins without a conflict; Hà Nội, which 0.2.0 does not claim, leaves rankings.
    assert _ranked(warehouse) == {"Quảng Ngãi": (21, 0.4, False)}
    assert _resolved(warehouse) == (21, "support", 1, 1, False, False)
    assert _resolved(warehouse, entity="Hà Nội")[:2] == (None, "retired")
    assert warehouse.query("SELECT count(*) FROM conflicts") == [(0,)]
    # Old claims stay stored, visible as superseded; article_facts shows the current reading only.
    assert warehouse.query("SELECT entity, attribute, value, extractor_version, current_version FROM superseded_claims"
                           " ORDER BY entity, attribute") == [
        ("Hà Nội", "rank", 5.0, "0.1.0", "0.2.0"), ("Quảng Ngãi", "rank", 20.0, "0.1.0", "0.2.0"),
        ("Quảng Ngãi", "score", 0.4, "0.1.0", "0.2.0")]
    assert {r[0] for r in warehouse.query("SELECT extractor_version FROM article_facts")} == {"0.2.0"}
    assert warehouse.query("SELECT count(*) FROM evidence") == [(5,)]


def test_other_articles_keep_their_own_current_reading(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    """Re-reading one article replaces only its claims: another article still read by 0.1.0 keeps counting."""
    warehouse.load_facts(run_id, "0.1.0", [(articles["original"], make_fact(rank=20)),
                                           (articles["unrelated"], make_fact(rank=20))])
    warehouse.load_facts(run_id, "0.2.0", [(articles["original"], make_fact(rank=21))])
    assert _resolved(warehouse)[3:5] == (2, True)  # 20 (unrelated, 0.1.0) against 21 (original, 0.2.0)
    warehouse.load_facts(run_id, "0.2.0", [(articles["unrelated"], make_fact(rank=21))])
    assert _resolved(warehouse) == (21, "support", 2, 1, False, False)


def test_an_older_version_read_later_does_not_take_over(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    """Newest is by version number (0.10.0 > 0.9.0), not by when the reading was loaded."""
    a = articles["original"]
    warehouse.load_facts(run_id, "0.10.0", [(a, make_fact(rank=21))])
    result = warehouse.load_facts(run_id, "0.9.0", [(a, make_fact(rank=20))])
    assert result.readings_replaced == 0
    assert _resolved(warehouse)[:2] == (21, "support")
    assert warehouse.query("SELECT extractor_version FROM current_readings") == [("0.10.0",)]


def test_a_reading_with_no_facts_retires_the_old_claims(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    a = articles["original"]
    warehouse.load_facts(run_id, "0.1.0", [(a, make_fact(rank=20))])
    result = warehouse.load_facts(run_id, "0.2.0", [], extracted_article_ids=[a])
    assert result.readings_replaced == 1
    assert _resolved(warehouse) == (None, "retired", 0, 0, False, True)
    assert _ranked(warehouse) == {}


def test_an_official_table_value_counts_only_from_a_current_reading(
    warehouse: Warehouse, run_id: int, articles: dict[str, int]
) -> None:
    warehouse.load_facts(run_id, "0.1.0", [(articles["official"], make_fact(rank=19)),
                                           (articles["original"], make_fact(rank=21)),
                                           (articles["unrelated"], make_fact(rank=21))])
    assert _resolved(warehouse)[:2] == (19, "official_table")
    warehouse.load_facts(run_id, "0.2.0", [], extracted_article_ids=[articles["official"]])
    assert _resolved(warehouse)[:2] == (21, "support")


def test_reviews_stay_in_force_when_the_evidence_goes(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    a = articles["original"]
    warehouse.load_facts(run_id, "0.1.0", [(a, make_fact(rank=20, score=0.4, rank_total=63))])
    ids = {attr: fid for fid, attr in warehouse.query("SELECT fact_id, attribute FROM facts_v")}
    warehouse.review(ids["rank"], "accept", value=20)
    warehouse.review(ids["score"], "correct", value=0.41)
    warehouse.review(ids["rank_total"], "accept")  # as shown, no value named
    warehouse.load_facts(run_id, "0.2.0", [], extracted_article_ids=[a])
    assert _resolved(warehouse) == (20, "review", 0, 0, False, True)
    assert _resolved(warehouse, "score")[:2] == (0.41, "review")
    assert _resolved(warehouse, "rank_total")[:2] == (63, "review")
    assert _ranked(warehouse) == {"Quảng Ngãi": (20, 0.41, False)}
    # Undoing the review lets the missing evidence speak: the fact retires.
    review_id = warehouse.query("SELECT id FROM reviews WHERE fact_id = ?", [ids["rank"]])[0][0]
    warehouse.delete_review(review_id)
    assert _resolved(warehouse)[:2] == (None, "retired")


def test_reloading_an_old_versions_batch_changes_nothing(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    a = articles["original"]
    old = [(a, make_fact(rank=20))]
    warehouse.load_facts(run_id, "0.1.0", old)
    warehouse.load_facts(run_id, "0.2.0", [(a, make_fact(rank=21))])
    before = warehouse.query("SELECT * FROM fact_resolution ORDER BY fact_id")
    result = warehouse.load_facts(run_id, "0.1.0", old)  # recognised by its fingerprint
    assert (result.new_facts, result.readings_replaced) == (0, 0)
    assert warehouse.query("SELECT * FROM fact_resolution ORDER BY fact_id") == before


def test_version_diff_lists_added_retired_and_changed(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    a, b = articles["original"], articles["unrelated"]
    warehouse.load_facts(run_id, "0.1.0", [(a, make_fact(rank=20, score=0.4, sentence="Quảng Ngãi thứ 20.")),
                                           (a, make_fact("Hà Nội", rank=5, start=40)),
                                           (b, make_fact("Huế", rank=2, start=9))])
    warehouse.load_facts(run_id, "0.2.0", [(a, make_fact(rank=21, score=0.4, sentence="Quảng Ngãi thứ 21.")),
                                           (a, make_fact("Bắc Ninh", rank=4, start=70))])
    diff = warehouse.version_diff("0.1.0", "0.2.0")
    # Only the article both versions read counts: Huế (article b, never read by 0.2.0) is not "retired".
    assert diff.common_articles == 1
    assert [(c.change, c.entity, c.attribute, c.old_values, c.new_values) for c in diff.changes] == [
        ("added", "Bắc Ninh", "rank", [], [4.0]),
        ("changed", "Quảng Ngãi", "rank", [20.0], [21.0]),
        ("retired", "Hà Nội", "rank", [5.0], []),
    ]
    changed = diff.changes[1]
    assert (changed.old_sentence, changed.new_sentence) == ("Quảng Ngãi thứ 20.", "Quảng Ngãi thứ 21.")
    assert diff.counts() == {"added": 1, "retired": 1, "changed": 1}
    assert diff.by_index_attribute() == [{"index": "dti", "attribute": "rank", "added": 1, "retired": 1, "changed": 1}]
    assert warehouse.previous_version("0.2.0") == "0.1.0" and warehouse.previous_version("0.1.0") is None
    assert [(v.version, v.articles_read, v.current_articles) for v in warehouse.extractor_versions()] == [
        ("0.1.0", 2, 1), ("0.2.0", 1, 1)]


def test_a_database_from_before_migration_0007_upgrades_in_place(tmp_path: Path) -> None:
    """A file written by the previous release (two versions' claims, both counted) opens with only the newest counting."""
    older = tmp_path / "migrations"
    older.mkdir()
    for m in available_migrations():
        if m.version < 7:
            (older / m.path.name).write_text(m.path.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    migrate(con, older)
    con.execute("INSERT INTO crawl_runs (id, started_at, status) VALUES (1, TIMESTAMP '2026-11-01 08:00:00', 'completed')")
    con.execute("INSERT INTO articles (id, canonical_url, url, text, text_hash, cluster_id, published, source)"
                " VALUES (1, 'https://a.vn/1', 'https://a.vn/1', 'x', 'h1', 1, DATE '2023-07-12', 'a'),"
                " (2, 'https://b.vn/2', 'https://b.vn/2', 'y', 'h2', 2, DATE '2023-07-13', 'b')")
    con.execute("INSERT INTO facts (id, entity, entity_type, \"index\", year, attribute, key_hash, first_seen_run)"
                " VALUES (1, 'Bắc Ninh', 'province', 'dti', 2022, 'rank', 11, 1),"
                " (2, 'Hà Nội', 'province', 'dti', 2022, 'rank', 12, 1)")
    con.execute("INSERT INTO fact_values (id, fact_id, value, first_seen_run) VALUES (1, 1, 6, 1), (2, 1, 4, 1), (3, 2, 5, 1)")
    # 0.5.3 read both articles (6 and Hà Nội 5 from article 1); 0.5.4 re-read article 1 (4, no Hà Nội).
    con.execute("INSERT INTO evidence (id, fact_id, value_id, key_hash, value, article_id, sentence, span_start, span_end,"
                " extractor_version, run_id) VALUES"
                " (1, 1, 1, 11, 6, 1, 's', 0, 5, '0.5.3', 1), (2, 1, 1, 11, 6, 2, 's', 0, 5, '0.5.3', 1),"
                " (3, 2, 3, 12, 5, 1, 's', 9, 12, '0.5.3', 1), (4, 1, 2, 11, 4, 1, 's', 0, 5, '0.5.4', 1)")
    con.execute("INSERT INTO extractions VALUES (1, '0.5.3', 1), (2, '0.5.3', 1), (1, '0.5.4', 1)")
    con.execute("INSERT INTO fact_resolution VALUES (1, 6, 1, 'support', 2, 2, 2), (2, 5, 3, 'support', 1, 1, 1)")
    con.close()

    wh = Warehouse(db)
    # Article 1 counts as read by 0.5.4 (4), article 2 still by 0.5.3 (6): a real conflict (one source each, the
    # earlier publication wins), and nothing from Hà Nội. Before, 6 won on support 2 against 1.
    assert wh.query("SELECT entity, value, resolved_by, n_values, stored_values FROM facts_v ORDER BY fact_id") == [
        ("Bắc Ninh", 4.0, "support", 2, 2), ("Hà Nội", None, "retired", 0, 1)]
    assert wh.query("SELECT value, support FROM conflicts ORDER BY value") == [(4.0, 1), (6.0, 1)]
    assert wh.query("SELECT entity, value FROM superseded_claims ORDER BY entity") == [("Bắc Ninh", 6.0), ("Hà Nội", 5.0)]
    assert wh.integrity_problems() == {}


def test_gold_export_is_not_blocked_by_replaced_claims(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    """An article is fully reviewed once its current reading's claims are judged; a replaced reading's are not asked for."""
    from xephang.review.export import gold_articles

    a = articles["original"]
    warehouse.load_facts(run_id, "0.1.0", [(a, make_fact(rank=20)), (a, make_fact("Hà Nội", rank=5, start=40))])
    warehouse.load_facts(run_id, "0.2.0", [(a, make_fact(rank=21))])
    assert gold_articles(warehouse) == []
    fact_id = warehouse.query("SELECT fact_id FROM facts_v WHERE entity = 'Quảng Ngãi'")[0][0]
    warehouse.review(fact_id, "accept", value=21)
    [gold] = gold_articles(warehouse)
    assert [(f["entity"], f["rank"]) for f in gold["facts"]] == [("Quảng Ngãi", 21)]


def test_a_rejected_fact_is_shown_with_its_current_value(warehouse: Warehouse, run_id: int, articles: dict[str, int]) -> None:
    """The value a reviewer judges on a rejected fact is the best-supported one among current readings,
    not an old reading's value that had more support before the upgrade."""
    from xephang.review.store import ReviewStore

    warehouse.load_facts(run_id, "0.1.0", [(articles["original"], make_fact(rank=20)),
                                           (articles["unrelated"], make_fact(rank=20))])
    warehouse.load_facts(run_id, "0.2.0", [(articles["original"], make_fact(rank=21)),
                                           (articles["unrelated"], make_fact(rank=21))])
    fact_id = warehouse.query("SELECT fact_id FROM facts_v")[0][0]
    assert _resolved(warehouse)[:2] == (21, "support")
    warehouse.review(fact_id, "reject")  # both values have two clusters behind them if old readings counted
    assert ReviewStore(warehouse).current_value(fact_id)[1] == 21
