"""Article loading: the three dedup steps, aliases, idempotent reloads, what is left to extract."""

from __future__ import annotations

import unicodedata

from tests.fixtures_warehouse import EDITED, ORIGINAL, SYNDICATED, UNRELATED, make_item, synthetic_items
from warehouse import Warehouse

URL = "https://tinnhanh.example.vn/cong-bo-dti-2022-123.html"


def _article_rows(warehouse: Warehouse) -> list[tuple]:
    return warehouse.query("SELECT id, canonical_url, source, cluster_id FROM articles ORDER BY id")


def test_tracking_amp_and_mobile_variants_collapse_to_one_article_with_aliases(warehouse: Warehouse, run_id: int) -> None:
    variants = [
        make_item(URL + "?utm_source=facebook&utm_medium=social&fbclid=IwAR0abc"),
        make_item("http://m.tinnhanh.example.vn/amp/cong-bo-dti-2022-123.html"),
        make_item("https://www.tinnhanh.example.vn/cong-bo-dti-2022-123.html#binh-luan"),
        make_item(URL, requested_url="https://tinnhanh.example.vn/r?id=123"),
    ]
    result = warehouse.load_articles(run_id, variants)

    assert result.new == 1
    assert result.duplicate_url == 3
    assert result.duplicates == 3
    rows = _article_rows(warehouse)
    assert [r[1] for r in rows] == [URL]
    known = warehouse.known_urls()
    for item in variants:
        assert item["url"] in known
    assert "https://tinnhanh.example.vn/r?id=123" in known
    aliases = warehouse.query("SELECT count(*) FROM article_urls WHERE article_id = ?", [rows[0][0]])[0][0]
    assert aliases >= 5


def test_rel_canonical_is_the_key_and_merges_another_address(warehouse: Warehouse, run_id: int) -> None:
    first = make_item("https://tinnhanh.example.vn/print/123", ORIGINAL, canonical_url="/cong-bo-dti-2022-123.html")
    second = make_item(URL, ORIGINAL + "\n\nCập nhật lúc 10 giờ.")
    result = warehouse.load_articles(run_id, [first, second])
    assert (result.new, result.duplicate_url) == (1, 1)
    assert [r[1] for r in _article_rows(warehouse)] == [URL]


def test_home_page_rel_canonical_is_ignored(warehouse: Warehouse, run_id: int) -> None:
    items = [
        make_item("https://tinnhanh.example.vn/a.html", ORIGINAL, canonical_url="https://tinnhanh.example.vn/"),
        make_item("https://tinnhanh.example.vn/b.html", UNRELATED, canonical_url="https://tinnhanh.example.vn/"),
    ]
    assert warehouse.load_articles(run_id, items).new == 2


def test_same_text_under_another_address_is_a_hash_duplicate(warehouse: Warehouse, run_id: int) -> None:
    # Decomposed diacritics, other case and other line breaks: the same normalised text.
    copy = unicodedata.normalize("NFD", ORIGINAL.upper()).replace("\n\n", "\n \n")
    result = warehouse.load_articles(
        run_id,
        [make_item(URL, ORIGINAL), make_item("https://baomoi.example.vn/x-1.epi", copy, source="baomoi")],
    )
    assert (result.new, result.duplicate_hash) == (1, 1)
    assert "https://baomoi.example.vn/x-1.epi" in warehouse.known_urls()


def test_syndicated_pair_is_one_cluster(warehouse: Warehouse, run_id: int) -> None:
    result = warehouse.load_articles(
        run_id,
        [make_item(URL, ORIGINAL), make_item("https://baomoi.example.vn/dti-2022.epi", SYNDICATED, source="baomoi")],
    )
    assert (result.new, result.near_duplicate) == (2, 1)
    rows = _article_rows(warehouse)
    assert rows[0][3] == rows[1][3] == rows[0][0]


def test_lightly_edited_copy_joins_the_cluster_in_a_later_batch(warehouse: Warehouse, run_id: int) -> None:
    warehouse.load_articles(run_id, [make_item(URL, ORIGINAL)])
    later = warehouse.start_run(["tinhuy"])
    result = warehouse.load_articles(later, [make_item("https://tinhuy.example.vn/tin/4567", EDITED, source="tinhuy")])
    assert (result.new, result.near_duplicate) == (1, 1)
    rows = _article_rows(warehouse)
    assert rows[1][3] == rows[0][0]
    similarity = warehouse.query("SELECT similarity FROM articles WHERE id = ?", [rows[1][0]])[0][0]
    assert similarity >= 0.8


def test_different_report_on_same_ranking_is_its_own_cluster(warehouse: Warehouse, run_id: int) -> None:
    warehouse.load_articles(
        run_id, [make_item(URL, ORIGINAL), make_item("https://tinhuy.example.vn/tin/1", UNRELATED, source="tinhuy")]
    )
    clusters = {r[3] for r in _article_rows(warehouse)}
    assert len(clusters) == 2


def test_reload_is_a_no_op(warehouse: Warehouse, run_id: int) -> None:
    items = [
        make_item(URL + "?utm_campaign=x", ORIGINAL),
        make_item("https://baomoi.example.vn/dti-2022.epi", SYNDICATED, source="baomoi"),
        make_item("https://tinhuy.example.vn/tin/4567", EDITED, source="tinhuy"),
        make_item("https://tinhuy.example.vn/tin/1", UNRELATED, source="tinhuy"),
        *synthetic_items(20),
    ]
    first = warehouse.load_articles(run_id, items)
    counts = warehouse.row_counts()
    again = warehouse.load_articles(run_id, items)
    assert again.new == 0 and again.new_article_ids == [] and again.aliases_added == 0
    assert again.duplicate_url == len(items)
    assert warehouse.row_counts() == counts
    assert first.new == 24


def test_duplicates_inside_one_batch(warehouse: Warehouse, run_id: int) -> None:
    result = warehouse.load_articles(run_id, [make_item(URL, ORIGINAL), make_item(URL + "?utm_source=zalo", ORIGINAL)])
    assert (result.new, result.duplicate_url) == (1, 1)


def test_items_without_text_or_with_errors_are_skipped(warehouse: Warehouse, run_id: int) -> None:
    result = warehouse.load_articles(
        run_id,
        [make_item(URL, "   \n\n "), make_item(URL + "x", ORIGINAL, http_status=404)],
    )
    assert (result.new, result.skipped) == (0, 2)


def test_run_figures_and_sources_are_recorded(warehouse: Warehouse, run_id: int) -> None:
    warehouse.load_articles(
        run_id, [make_item(URL, ORIGINAL), make_item("https://baomoi.example.vn/x", ORIGINAL, source="baomoi")]
    )
    warehouse.finish_run(run_id, "completed", {"sources": [{"source": "tinnhanh", "pages": 7, "items": 1, "errors": ["x"]}]})
    import json

    status, figures = warehouse.query("SELECT status, figures FROM crawl_runs WHERE id = ?", [run_id])[0]
    figures = json.loads(figures)
    assert status == "completed"
    assert figures["tinnhanh"]["new_articles"] == 1 and figures["tinnhanh"]["pages"] == 7
    assert figures["tinnhanh"]["errors"] == 1
    assert figures["baomoi"]["duplicate_hash"] == 1
    assert {r[0] for r in warehouse.query("SELECT id FROM sources")} == {"tinnhanh", "baomoi"}


def test_articles_to_extract_until_read(warehouse: Warehouse, run_id: int) -> None:
    result = warehouse.load_articles(run_id, [make_item(URL, ORIGINAL, date="2023-07-12"), *synthetic_items(2)])
    pending = warehouse.articles_to_extract("v1")
    assert [i for i, _a in pending] == result.new_article_ids
    article = pending[0][1]
    assert (article.url, article.date, article.source) == (URL, "2023-07-12", "tinnhanh")
    assert article.text == ORIGINAL
    # An article read without facts is not offered again to the same version, but is to a new one.
    warehouse.load_facts(run_id, "v1", [], extracted_article_ids=[pending[0][0]])
    assert [i for i, _a in warehouse.articles_to_extract("v1")] == result.new_article_ids[1:]
    assert len(warehouse.articles_to_extract("v2")) == 3


def test_malformed_items_are_skipped_not_fatal(warehouse: Warehouse, run_id: int) -> None:
    bad_port = make_item("https://tinnhanh.example.vn:99999/x", UNRELATED)
    no_url = make_item("", UNRELATED)
    bad_canonical = make_item(URL, ORIGINAL, canonical_url="https://[::1/broken")
    result = warehouse.load_articles(run_id, [bad_port, no_url, bad_canonical])
    assert (result.new, result.skipped) == (1, 2)
    assert [r[1] for r in _article_rows(warehouse)] == [URL]
