"""Whole-article review without a browser: added facts, "article done", recall from reviews, the
gold export of done articles and the queue of articles, on real DuckDB files and the real extractor
(articles ingested from files with flows.ingest)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.ingest import ingest
from pipeline.extract import EXTRACTOR_VERSION
from tests.fixtures_articles import MISSED_WORDS
from tests.test_review_data import serving
from tests.test_review_server import _get, _post
from warehouse import Warehouse
from xephang.review import article, article_queue
from xephang.review.accuracy import review_accuracy, wilson
from xephang.review.export import gold_articles
from xephang.review.recall import review_recall
from xephang.review.store import ReviewStore

TTH = {"entity": "Thừa Thiên Huế", "index": "dti", "year": 2022}


@pytest.fixture
def ingested(tmp_path: Path, article_files) -> tuple[Warehouse, dict[str, int]]:
    db = tmp_path / "w.duckdb"
    ingest(db, [article_files["folder"]])
    wh = Warehouse(db)
    ids = {Path(url).name: int(i) for i, url in wh.query("SELECT id, url FROM articles")}
    return wh, {"dti": ids["dti-2022.txt"], "hostile": ids["ha-giang.html"], "nofact": ids["hoi-thao.txt"]}


def _fact(wh: Warehouse, entity: str, attribute: str) -> int:
    [(fact_id,)] = wh.query("SELECT id FROM facts WHERE entity = ? AND attribute = ?", [entity, attribute])
    return int(fact_id)


def test_an_added_fact_wins_like_a_review_and_its_undo_leaves_nothing(ingested):
    wh, ids = ingested
    before = wh.query("SELECT * FROM facts_v ORDER BY fact_id")
    text = article.load(wh, ids["dti"]).text
    start = text.index(MISSED_WORDS)
    sentence, span = article.addition_span(wh, ids["dti"], start, start + len(MISSED_WORDS))
    assert sentence == "Thừa Thiên Huế được nhiều người nhắc đến như một điểm sáng, chỉ xếp sau Đà Nẵng."
    [review_id] = wh.add_facts(ids["dti"], TTH, "province", {"rank": 2}, sentence=sentence, span=span, reviewer="lan")
    assert wh.query("SELECT rank, resolved_by FROM rankings WHERE entity = 'Thừa Thiên Huế'") == [(2, "review")]
    # stored with its span in the extractor's coordinates, shown back at the selected words
    view = article.load(wh, ids["dti"])
    [added] = [c for c in view.claims if c.decision == "added"]
    assert (added.entity, added.attribute, added.value, added.review_id) == ("Thừa Thiên Huế", "rank", 2.0, review_id)
    assert view.text[added.start:added.end] == MISSED_WORDS
    assert wh.query("SELECT action, actor, decision FROM review_log WHERE review_id = ?", [review_id]) == [
        ("made", "lan", "correct")]
    # An added fact is no judgement of an extracted claim: precision does not count it.
    assert review_accuracy(wh).overall.reviewed == 0
    wh.delete_review(review_id, actor="lan")
    assert wh.query("SELECT * FROM facts_v ORDER BY fact_id") == before
    assert article.load(wh, ids["dti"]).claims == [c for c in view.claims if c.decision != "added"]
    assert wh.query("SELECT action FROM review_log WHERE review_id = ? ORDER BY id", [review_id]) == [("made",), ("undone",)]
    assert wh.integrity_problems() == {}


def test_adding_a_fact_another_article_also_states_keeps_that_claims_decision(ingested):
    wh, ids = ingested
    store = ReviewStore(wh)
    hg = _fact(wh, "Hà Giang", "rank")
    store.record(hg, "accept", reviewer="lan")
    wh.add_facts(ids["dti"], {"entity": "Hà Giang", "index": "dti", "year": 2022}, "province", {"rank": 60}, reviewer="lan")
    assert review_accuracy(wh).overall.accepted == 1  # the accept still counts
    [claim] = [c for c in article.load(wh, ids["hostile"]).claims if c.attribute == "rank"]
    assert claim.decision == "accept"


def test_collapsed_cursor_means_its_sentence_and_a_selection_outside_is_refused(ingested):
    wh, ids = ingested
    text = article.load(wh, ids["dti"]).text
    inside = text.index("điểm sáng")
    sentence, (start, end) = article.addition_span(wh, ids["dti"], inside, inside)
    assert sentence.startswith("Thừa Thiên Huế được") and end - start == len(sentence)
    with pytest.raises(ValueError, match="outside the article"):
        article.addition_span(wh, ids["dti"], 0, len(text) + 5)
    with pytest.raises(ValueError, match="at least one value"):
        wh.add_facts(ids["dti"], TTH, "province", {}, reviewer="lan")
    with pytest.raises(ValueError, match="does not exist"):
        wh.add_facts(999, TTH, "province", {"rank": 2}, reviewer="lan")


def test_article_done_is_idempotent_undoable_and_in_the_trail(ingested):
    wh, ids = ingested
    done = wh.mark_article_done(ids["dti"], reviewer="lan")
    assert wh.mark_article_done(ids["dti"], reviewer="minh") == done
    assert wh.undo_article_done(done, actor="minh") == ids["dti"]
    assert wh.undo_article_done(done, actor="minh") is None
    assert wh.query("SELECT action, actor, reviewer, decision, article_id, fact_id FROM review_log ORDER BY id") == [
        ("made", "lan", "lan", "article_done", ids["dti"], None), ("undone", "minh", "lan", "article_done", ids["dti"], None)]
    assert review_recall(wh).articles_done == 0


def _review_the_dti_article(wh: Warehouse, ids: dict[str, int]) -> None:
    """The browser test's case: add TTH rank 2, correct QN rank 21 → 22, reject DN's score, done."""
    store = ReviewStore(wh)
    wh.add_facts(ids["dti"], TTH, "province", {"rank": 2}, reviewer="lan")
    store.record(_fact(wh, "Quảng Ngãi", "rank"), "correct", reviewer="lan", corrected_value=22)
    store.record(_fact(wh, "Đà Nẵng", "score"), "reject", reviewer="lan")
    wh.mark_article_done(ids["dti"], reviewer="lan")


def test_recall_from_done_articles_by_hand_per_version_index_and_attribute(ingested, tmp_path: Path, capsys):
    wh, ids = ingested
    _review_the_dti_article(wh, ids)
    # An older version read the same article and found only Đà Nẵng's rank: its own figures.
    run = wh.start_run(["file"])
    wh.load_facts(run, "0.0.1", [(ids["dti"], _old_fact())], extracted_article_ids=[ids["dti"]])
    recall = review_recall(wh)
    assert recall.articles_done == 1 and recall.newest == EXTRACTOR_VERSION
    now = recall.by_version[EXTRACTOR_VERSION].prf
    assert (now.tp, now.fp, now.fn) == (4, 2, 2)  # gold 6: DN rank, DN total, QN 22, QN total, QN +34, TTH 2
    before = recall.by_version["0.0.1"].prf
    assert (before.tp, before.fp, before.fn) == (1, 0, 5)
    assert recall.by_version["0.0.1"].recall_interval == wilson(1, 6)
    assert list(recall.by_version) == ["0.0.1", EXTRACTOR_VERSION]
    rank = recall.by_attribute["rank"].prf
    assert (rank.tp, rank.fp, rank.fn) == (1, 1, 2)  # DN 1 right; QN 21 wrong; QN 22 and TTH 2 missed
    assert recall.by_index["dti"].prf.recall == pytest.approx(4 / 6)
    low, high = recall.by_version[EXTRACTOR_VERSION].f1_interval
    assert low == high == pytest.approx(4 / 6)  # one article: every resample is that article
    from xephang import cli

    capsys.readouterr()
    assert cli.main(["accuracy", "--db", str(wh.path), "--evaluate-file", str(tmp_path / "none.json")]) == 0
    out = capsys.readouterr().out
    rl, rh = wilson(4, 6)
    assert "recall on completely reviewed articles (1 article(s) marked done)" in out
    assert f"  {EXTRACTOR_VERSION:<20}        1    4    2    2    0.6667  0.6667  [{rl:.4f}, {rh:.4f}]  0.6667" in out


def _old_fact():
    from pipeline.model import Fact

    return Fact(entity="Đà Nẵng", entity_type="province", index="dti", year=2022, rank=1, sentence="x", start=0, end=0,
                extractor="0.0.1")


def test_gold_export_of_done_articles_and_partial_ones(ingested, tmp_path: Path):
    wh, ids = ingested
    _review_the_dti_article(wh, ids)
    [row] = gold_articles(wh, done_only=True)
    assert row["id"] == f"review-{ids['dti']}" and row["date"] == "2023-07-12" and row["kind"] == "national_daily"
    facts = {(f["entity"], f["rank"], f["rank_total"], f["score"], f["rank_change"]) for f in row["facts"]}
    assert facts == {("Đà Nẵng", 1, 63, None, None), ("Quảng Ngãi", 22, 63, None, 34), ("Thừa Thiên Huế", 2, None, None, None)}
    # The hostile article, judged whole but not marked done, is exported by the older rule (all claims judged).
    store = ReviewStore(wh)
    for attribute in ("rank", "rank_total"):
        store.record(_fact(wh, "Hà Giang", attribute), "accept", reviewer="lan")
    assert [r["id"] for r in gold_articles(wh)] == [f"review-{ids['dti']}", f"review-{ids['hostile']}"]
    # An article marked done with nothing in it is a gold no-claim article.
    wh.mark_article_done(ids["nofact"], reviewer="lan")
    nofact = [r for r in gold_articles(wh, done_only=True) if r["id"] == f"review-{ids['nofact']}"]
    assert [(r["kind"], r["facts"]) for r in nofact] == [("no_claim", [])]


def test_article_queue_puts_untouched_first_across_sources_and_filters_factless(ingested):
    wh, ids = ingested
    queue = article_queue.article_queue(wh, article_queue.ArticleFilters())
    assert sorted(a.article_id for a in queue) == sorted(ids.values())
    none = article_queue.article_queue(wh, article_queue.ArticleFilters(facts="none"))
    assert [a.article_id for a in none] == [ids["nofact"]]
    wh.mark_article_done(ids["hostile"], reviewer="lan")
    ReviewStore(wh).record(_fact(wh, "Quảng Ngãi", "rank"), "accept", reviewer="lan")
    todo = article_queue.article_queue(wh, article_queue.ArticleFilters())
    assert [a.article_id for a in todo] == [ids["nofact"], ids["dti"]]  # untouched first; done ones gone
    assert [a.article_id for a in article_queue.article_queue(wh, article_queue.ArticleFilters(status="done"))] == [
        ids["hostile"]]


def test_interleave_takes_strata_in_turn():
    make = article_queue.QueuedArticle
    items = [make(i, "", "", src, None, year, 1, [index]) for i, (src, index, year) in enumerate(
        [("a", "dti", 2022)] * 4 + [("b", "dti", 2022)] * 2 + [("a", "ict_index", 2019)] * 2 + [("c", "dti", 2023)])]
    items.append(make(99, "", "", "a", None, 2022, 1, ["dti"], touched=True))
    order = article_queue.interleave(items)
    strata = [(i.source, i.indexes[0], i.year) for i in order]
    assert len(set(strata[:4])) == 4  # the first four cover every stratum
    assert order[-1].article_id == 99  # touched articles come after every untouched one
    assert article_queue.interleave(list(reversed(items))) == order  # a fixed order, whatever the input order


def test_api_add_done_undo_need_the_token_and_undo_an_added_fact_whole(ingested):
    wh, ids = ingested
    text = article.load(wh, ids["dti"]).text
    start = text.index(MISSED_WORDS)
    body = {"article_id": ids["dti"], "start": start, "end": start + len(MISSED_WORDS), **TTH, "entity_type": "province",
            "values": {"rank": "2", "score": "0,61"}}
    with serving(wh, reviewer="lan") as (base, app):
        assert _post(f"{base}/api/add", body, None)[0] == 403
        assert _post(f"{base}/api/done", {"article_id": ids["dti"]}, "wrong")[0] == 403
        assert wh.query("SELECT count(*) FROM review_additions") == [(0,)]
        status, made = _post(f"{base}/api/add", body, app.token)
        assert status == 200 and len(made["review_ids"]) == 2 and made["sentence"].endswith("chỉ xếp sau Đà Nẵng.")
        assert wh.query("SELECT rank, score, resolved_by FROM rankings WHERE entity = 'Thừa Thiên Huế'") == [(2, 0.61, "review")]
        assert _post(f"{base}/api/add", {**body, "start": 10**6, "end": 10**6}, app.token)[0] == 400
        assert _post(f"{base}/api/done", {"article_id": ids["dti"]}, app.token)[0] == 200
        status, page = _get(f"{base}/article/{ids['dti']}")[0], _get(f"{base}/article/{ids['dti']}")[2]
        assert status == 200 and 'id="done-badge">đã duyệt xong · lan' in page
        assert _post(f"{base}/api/undo", {}, app.token)[1]["article_id"] == ids["dti"]  # the done first
        assert wh.query("SELECT count(*) FROM article_reviews") == [(0,)]
        assert _post(f"{base}/api/undo", {}, app.token)[0] == 200  # then both values of the added fact
        assert wh.query("SELECT count(*) FROM rankings WHERE entity = 'Thừa Thiên Huế'") == [(0,)]
        assert _post(f"{base}/api/undo", {}, app.token)[0] == 400
        assert _get(f"{base}/articles?facts=none")[2].count('href="/article/') == 1
        # a fact's page leads to the whole article it was read from
        fact_page = _get(f"{base}/fact/{_fact(wh, 'Hà Giang', 'rank')}?status=all")[2]
        assert f'class="whole-article" href="/article/{ids["hostile"]}"' in fact_page
    assert json.loads(json.dumps(review_recall(wh).to_dict()))["articles_done"] == 0
    assert wh.integrity_problems() == {}
