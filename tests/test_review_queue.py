"""The review queue's filters and order, and the highlighting of a claim in its paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_review_data import build
from xephang.review.highlight import locate, render
from xephang.review.queue import Filters, fact_detail, neighbours, queue
from xephang.review.store import ReviewStore


@pytest.fixture
def built(tmp_path: Path):
    return build(tmp_path / "w.duckdb")


def _names(items) -> set[str]:
    return {f"{i.entity}/{i.index}/{i.year}/{i.attribute}" for i in items}


def test_filters(built):
    wh, ids = built
    everything = queue(wh, Filters(status="all"))
    assert len(everything) == len(ids) == 12
    # Conflicts come first, then the least confident.
    assert everything[0].fact_id == ids["Quảng Ngãi/dti/2022/rank"] and everything[0].in_conflict
    assert everything[1].fact_id == ids["Thừa Thiên Huế/dti/2022/rank"]
    assert _names(queue(wh, Filters(index="ict_index", status="all"))) == {
        "Đà Nẵng/ict_index/2019/rank", "Đà Nẵng/ict_index/2019/rank_total"}
    assert len(queue(wh, Filters(year="2021", status="all"))) == 2
    assert queue(wh, Filters(year="abc", status="all")) == []
    assert {i.entity for i in queue(wh, Filters(entity="nẵng", status="all"))} == {"Đà Nẵng"}
    assert _names(queue(wh, Filters(conflict="yes", status="all"))) == {"Quảng Ngãi/dti/2022/rank"}
    assert len(queue(wh, Filters(conflict="no", status="all"))) == 11
    low = queue(wh, Filters(max_conf="0.6", status="all"))
    assert _names(low) == {"Thừa Thiên Huế/dti/2022/rank", "Hà Giang/dti/2022/rank"}
    assert all(i.confidence >= 0.9 for i in queue(wh, Filters(min_conf="0.9", status="all")))
    ReviewStore(wh).record(ids["Hà Giang/dti/2022/rank"], "reject", reviewer="t")
    assert len(queue(wh, Filters())) == 11
    assert _names(queue(wh, Filters(status="reviewed"))) == {"Hà Giang/dti/2022/rank"}


def test_neighbours_and_detail(built):
    wh, ids = built
    items = queue(wh, Filters(status="all"))
    first, second = items[0].fact_id, items[1].fact_id
    assert neighbours(items, first) == (None, second)
    assert neighbours(items, second) == (first, items[2].fact_id)
    assert neighbours(items, 10_000) == (None, first)
    detail = fact_detail(wh, ids["Quảng Ngãi/dti/2022/rank"])
    assert detail is not None and sorted(v for _i, v, _s in detail.values) == [21.0, 22.0]
    assert {e.url for e in detail.evidence} == {"https://tin.example.vn/dti-2022-da-nang-dan-dau",
                                               "https://quangngai.example.vn/chuyen-doi-so-2022"}
    assert fact_detail(wh, 10_000) is None


def test_highlight_marks_span_entity_and_value_and_escapes():
    title = "Tiêu đề <i>thử</i>"
    text = "Mở đầu.\n\nTheo công bố, Đà  Nẵng xếp thứ 1/63 với 0,6667 điểm <script>x()</script>.\n\nKết."
    # The extractor's normalised text collapses the double space; its span covers "Đà Nẵng xếp thứ 1/63".
    from pipeline.extract import prepare_article
    from pipeline.model import Article

    norm = prepare_article(Article(url="", title=title, text=text)).prepared.text
    start = norm.find("Đà Nẵng xếp")
    located = locate(title, text, "Theo công bố, Đà  Nẵng xếp thứ 1/63 với 0,6667 điểm <script>x()</script>.",
                     start, start + len("Đà Nẵng xếp thứ 1/63"), "Đà Nẵng", 0.6667)
    assert located.found and located.paragraph.startswith("Theo công bố") and "Mở đầu" not in located.paragraph
    marked = {k: located.paragraph[s:e] for s, e, k in located.ranges}
    assert marked["e"] == "Đà  Nẵng xếp thứ 1/63"
    assert marked["v"] == "0,6667"
    html = render(located)
    assert "<script>" not in html and "&lt;script&gt;x()&lt;/script&gt;" in html
    assert '<mark class="hl-sentence hl-value">0,6667</mark>' in html
    # A sentence not in the article (a table row) is shown alone, still escaped.
    alone = render(locate("", "khác", "A | <b>1</b>", 0, 0, "A", 1.0))
    assert alone.startswith('<mark class="hl-sentence hl-entity">A</mark>') and "&lt;b&gt;" in alone
