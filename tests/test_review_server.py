"""The review server and store without a browser: tokens, escaping, binding, decisions, undo, export."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pipeline.evaluate import read_gold
from pipeline.model import Fact
from tests.test_review_data import build, serving
from xephang import cli
from xephang.review.export import export_gold
from xephang.review.server import RemoteBindingRefused, ReviewApp, make_server
from xephang.review.store import ReviewStore


@pytest.fixture
def built(tmp_path: Path):
    return build(tmp_path / "w.duckdb")


def _post(url: str, body: dict, token: str | None) -> tuple[int, dict]:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["X-Xephang-Token"] = token
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req) as res:
            return res.status, json.loads(res.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def _get(url: str) -> tuple[int, dict[str, str], str]:
    with urllib.request.urlopen(url) as res:
        return res.status, dict(res.headers), res.read().decode("utf-8")


def test_post_without_or_with_wrong_token_is_refused_and_changes_nothing(built):
    wh, ids = built
    fact = ids["Đà Nẵng/dti/2022/rank"]
    before = wh.query("SELECT count(*) FROM reviews")[0][0], wh.query("SELECT * FROM fact_resolution ORDER BY fact_id")
    with serving(wh) as (base, app):
        assert _post(f"{base}/api/review", {"fact_id": fact, "decision": "reject"}, None)[0] == 403
        assert _post(f"{base}/api/review", {"fact_id": fact, "decision": "reject"}, "wrong")[0] == 403
        assert _post(f"{base}/api/undo", {}, None)[0] == 403
        after = wh.query("SELECT count(*) FROM reviews")[0][0], wh.query("SELECT * FROM fact_resolution ORDER BY fact_id")
        assert after == before
        status, body = _post(f"{base}/api/review", {"fact_id": fact, "decision": "reject"}, app.token)
        assert status == 200, body
    assert wh.query("SELECT decision, reviewer FROM reviews") == [("reject", "tester")]


def test_pages_escape_hostile_text_and_send_a_strict_csp(built):
    wh, ids = built
    with serving(wh) as (base, app):
        status, headers, page = _get(f"{base}/fact/{ids['Hà Giang/dti/2022/rank']}")
        _s, js_headers, _js = _get(f"{base}/static/review.js")
    assert status == 200
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert "javascript" in js_headers["Content-Type"]
    assert "<script>window" not in page and "<img" not in page and "<svg onload" not in page
    assert "onerror=&quot;window.__pwned = 2&quot;" in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    # The only script is the external file; the token is in the page for it.
    assert page.count("<script") == page.count('<script src="/static/') == 2
    assert 'src="/static/review.js"' in page and 'src="/static/article.js"' in page
    assert app.token in page


def test_non_loopback_binding_is_refused_without_allow_remote(built):
    wh, _ids = built
    with pytest.raises(RemoteBindingRefused):
        make_server(ReviewApp(wh, reviewer="x"), "0.0.0.0", 0)
    assert cli.main(["review", "--db", str(wh.path), "--host", "0.0.0.0"]) == 2


def test_wrong_host_header_is_refused(built):
    wh, _ids = built
    with serving(wh) as (base, app):
        req = urllib.request.Request(base + "/", headers={"Host": "evil.example:80"})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req)
        assert err.value.code == 421
        req = urllib.request.Request(base + "/api/review", data=b"{}", method="POST",
                                     headers={"Host": "evil.example", "X-Xephang-Token": app.token,
                                              "Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req)
        assert err.value.code == 403


def test_correction_wins_in_rankings_and_undo_restores(built):
    wh, ids = built
    store = ReviewStore(wh)
    tth = ids["Thừa Thiên Huế/dti/2022/rank"]
    rid = store.record(tth, "correct", reviewer="lan", corrected_value=2, comment="bài viết nói thứ hai")
    assert wh.query("SELECT rank FROM rankings WHERE entity = 'Thừa Thiên Huế'") == [(2,)]
    (d,) = store.history(tth)
    assert (d.decision, d.reviewer, d.corrected_value, d.note["was"], d.note["comment"]) == ("correct", "lan", 2, 3, "bài viết nói thứ hai")
    assert store.undo(rid, actor="minh") == tth
    assert wh.query("SELECT rank FROM rankings WHERE entity = 'Thừa Thiên Huế'") == [(3,)]
    assert store.history(tth) == []
    assert wh.integrity_problems() == {}
    # The undo took the decision out of force, not out of the record.
    assert wh.query(
        "SELECT review_id, action, actor, fact_id, decision, corrected_value, reviewer FROM review_log ORDER BY id"
    ) == [(rid, "made", "lan", tth, "correct", 2.0, "lan"), (rid, "undone", "minh", tth, "correct", 2.0, "lan")]


def test_undo_through_the_page_is_logged_with_the_session_reviewer(built):
    wh, ids = built
    dn = ids["Đà Nẵng/dti/2022/rank"]
    with serving(wh, reviewer="hoa") as (base, app):
        status, made = _post(f"{base}/api/review", {"fact_id": dn, "decision": "accept"}, app.token)
        assert status == 200
        status, undone = _post(f"{base}/api/undo", {}, app.token)
        assert status == 200 and undone["undone"] == made["review_id"]
        # The fact's page still lists the decision, marked as taken back and by whom.
        _status, _headers, html = _get(f"{base}/fact/{dn}?status=all")
        assert 'class="d-accept is-undone"' in html and "đã hoàn tác bởi hoa" in html
    assert wh.query("SELECT count(*) FROM reviews") == [(0,)]
    assert wh.query("SELECT action, actor, decision FROM review_log ORDER BY id") == [
        ("made", "hoa", "accept"), ("undone", "hoa", "accept")]


def test_a_rejected_fact_shows_its_best_supported_value_not_its_first(built):
    """After the whole fact is rejected, the reviewer is shown the value most sources claim."""
    wh, ids = built
    qn = ids["Quảng Ngãi/dti/2022/rank"]
    first_id = wh.query("SELECT id FROM fact_values WHERE fact_id = ? AND value = 21", [qn])[0][0]
    run = wh.start_run(["test"])
    text = "Quảng Ngãi đứng thứ 22/63 về chuyển đổi số năm 2022, theo bảng xếp hạng mới công bố tuần này."
    new = wh.load_articles(run, [{"url": "https://mien-trung.example.vn/qn-22", "requested_url": "https://mien-trung.example.vn/qn-22",
                                  "canonical_url": None, "source": "mientrung", "source_kind": "news", "title": "Quảng Ngãi thứ 22",
                                  "date": "2023-07-15", "text": text, "tables": [], "http_status": 200,
                                  "fetched_at": "2026-11-20T08:00:00+00:00"}]).new_article_ids
    wh.load_facts(run, "0.4.0-test", [(new[0], Fact(entity="Quảng Ngãi", entity_type="province", index="dti", year=2022,
                                                     rank=22, rank_total=63, sentence=text, start=0, end=30))])
    wh.review(qn, "reject")  # the whole fact
    value_id, value = ReviewStore(wh).current_value(qn)
    assert value == 22.0 and value_id != first_id


def test_reject_one_side_of_a_conflict_lets_the_other_win(built):
    wh, ids = built
    qn = ids["Quảng Ngãi/dti/2022/rank"]
    store = ReviewStore(wh)
    shown_id, shown = store.current_value(qn)
    store.record(qn, "reject", reviewer="lan")
    other = ({21.0, 22.0} - {shown}).pop()
    assert wh.query("SELECT rank FROM rankings WHERE entity = 'Quảng Ngãi'") == [(int(other),)]
    assert wh.query("SELECT value_id FROM reviews") == [(shown_id,)]


def test_export_writes_fully_reviewed_articles_as_gold(built, tmp_path):
    wh, ids = built
    store = ReviewStore(wh)
    # Article "Đà Nẵng 2021": two facts of one claim plus the ICT Index claim (4 atomic facts).
    store.record(ids["Đà Nẵng/dti/2021/rank"], "accept", reviewer="lan")
    store.record(ids["Đà Nẵng/dti/2021/rank_total"], "accept", reviewer="lan")
    store.record(ids["Đà Nẵng/ict_index/2019/rank"], "correct", reviewer="lan", corrected_value=3,
                 key_changes={"year": 2018})
    store.record(ids["Đà Nẵng/ict_index/2019/rank_total"], "reject", reviewer="lan")
    # Hostile article: its one fact accepted. Quảng Ngãi article: nothing reviewed, not exported.
    store.record(ids["Hà Giang/dti/2022/rank"], "accept", reviewer="lan")
    out = tmp_path / "gold.jsonl"
    assert export_gold(wh, out) == (2, 3)
    rows = {r["url"]: r for r in read_gold(out)}
    assert set(rows) == {"https://baodanang.example.vn/dti-2021", "https://spam.example.vn/ha-giang"}
    dn = rows["https://baodanang.example.vn/dti-2021"]
    assert set(dn) == {"id", "url", "date", "title", "text", "kind", "facts"}
    facts = sorted(dn["facts"], key=lambda f: (f["index"], f["year"]))
    assert facts[0] == {"entity": "Đà Nẵng", "entity_type": "province", "index": "dti", "component": None, "group": None,
                        "year": 2021, "rank": 1, "rank_total": 63, "top": None, "score": None, "rank_change": None}
    assert (facts[1]["index"], facts[1]["year"], facts[1]["rank"], facts[1]["rank_total"]) == ("ict_index", 2018, 3, None)
    # The CLI writes the same and `xephang evaluate` can read it.
    out2 = tmp_path / "gold2.jsonl"
    assert cli.main(["review", "export", str(out2), "--db", str(wh.path)]) == 0
    assert out2.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
    assert cli.main(["evaluate", str(out2), "--summary-only"]) == 0
