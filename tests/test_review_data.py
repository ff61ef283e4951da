"""A small warehouse for the review tests: a few Vietnamese articles and facts, one article hostile.

The facts are made by hand (not by the extractor) so the tests know exactly what there is to
review: a correct claim, a misread rank to correct, a conflict, and a claim inside an article
whose text tries to run script. Evidence spans are computed the way the extractor computes them
(offsets in `prepare_article`'s normalised text) so that highlighting is exercised for real.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipeline.extract import prepare_article
from pipeline.model import Article, Fact
from warehouse import Warehouse
from xephang.review.server import ReviewApp, make_server, url_of

VERSION = "0.4.0-test"

DANANG_2022 = """Sáng 12/7, Bộ Thông tin và Truyền thông công bố kết quả Chỉ số chuyển đổi số cấp tỉnh năm 2022 tại Hà Nội.

Theo kết quả công bố, Đà Nẵng xếp thứ 1/63 tỉnh, thành phố với 0,6667 điểm. Thừa Thiên Huế đứng thứ hai, tiếp theo là Quảng Ninh.

Quảng Ngãi là địa phương tăng hạng mạnh nhất khi tăng 34 bậc, lên vị trí 21/63.

Bộ chỉ số năm nay được điều chỉnh để đo lường sát hơn hiệu quả thực tế của chuyển đổi số."""

DANANG_2021 = """Năm 2021, Đà Nẵng tiếp tục dẫn đầu Chỉ số chuyển đổi số cấp tỉnh, xếp thứ 1/63 địa phương.

Trước đó, theo Vietnam ICT Index năm 2019, Đà Nẵng xếp thứ 2/63 về mức độ sẵn sàng cho phát triển và ứng dụng công nghệ thông tin."""

QUANG_NGAI = """Chiều 13/7, UBND tỉnh Quảng Ngãi họp báo về kết quả chuyển đổi số năm 2022. Tỉnh xếp thứ 22/63 địa phương, tăng 33 bậc so với năm 2021."""

HOSTILE_TITLE = "<script>document.title='pwned'</script>Hà Giang công bố <b>DTI</b>"
HOSTILE = """<script>window.__pwned = 1; document.title = 'pwned';</script>Tin tổng hợp về chuyển đổi số của Hà Giang.

<img src="x" onerror="window.__pwned = 2">Hà Giang xếp thứ 60/63 trong Chỉ số chuyển đổi số năm 2022 <b onmouseover="window.__pwned = 3">theo công bố</b>.

<a href="javascript:window.__pwned=4">Xem thêm</a> <svg onload="window.__pwned=5"></svg>"""

ARTICLES = [
    {"key": "danang2022", "url": "https://tin.example.vn/dti-2022-da-nang-dan-dau", "title": "Đà Nẵng dẫn đầu Chỉ số chuyển đổi số năm 2022",
     "text": DANANG_2022, "date": "2023-07-12", "source": "tinnhanh"},
    {"key": "danang2021", "url": "https://baodanang.example.vn/dti-2021", "title": "Đà Nẵng giữ vững vị trí số 1 về chuyển đổi số",
     "text": DANANG_2021, "date": "2022-06-20", "source": "baodanang"},
    {"key": "quangngai", "url": "https://quangngai.example.vn/chuyen-doi-so-2022", "title": "Quảng Ngãi tăng hạng chuyển đổi số",
     "text": QUANG_NGAI, "date": "2023-07-13", "source": "quangngai"},
    {"key": "hostile", "url": "https://spam.example.vn/ha-giang", "title": HOSTILE_TITLE, "text": HOSTILE,
     "date": "2023-07-14", "source": "spam"},
]


def _item(a: dict[str, Any]) -> dict[str, Any]:
    return {"url": a["url"], "requested_url": a["url"], "canonical_url": None, "source": a["source"],
            "source_kind": "news", "title": a["title"], "date": a["date"], "text": a["text"], "tables": [],
            "http_status": 200, "fetched_at": "2026-11-20T08:00:00+00:00"}


def _fact(a: dict[str, Any], sentence: str, claim: str, confidence: float, **fields: Any) -> Fact:
    """A Fact whose sentence is taken from the article and whose span covers `claim` in it."""
    prep = prepare_article(Article(url=a["url"], title=a["title"], text=a["text"]))
    norm = prep.prepared.text
    s = norm.find(sentence)
    assert s >= 0, sentence
    c = norm.find(claim, s)
    assert c >= 0, claim
    o_start, o_end = prep.prepared.to_original(s, s + len(sentence))
    return Fact(source=a["url"], sentence=prep.prepared.original[o_start:o_end], start=c, end=c + len(claim),
                extractor=VERSION, confidence=confidence, **fields)


def build(path: Path) -> tuple[Warehouse, dict[str, int]]:
    """The warehouse file at `path` and the fact ids the tests act on, by name."""
    wh = Warehouse(path)
    run = wh.start_run(["test"])
    wh.load_articles(run, [_item(a) for a in ARTICLES])
    ids = {row[1]: int(row[0]) for row in wh.query("SELECT id, url FROM articles")}
    art = {a["key"]: (ids[a["url"]], a) for a in ARTICLES}
    dn22, dn21, qn, hg = art["danang2022"], art["danang2021"], art["quangngai"], art["hostile"]
    facts = [
        (dn22[0], _fact(dn22[1], "Theo kết quả công bố, Đà Nẵng xếp thứ 1/63 tỉnh, thành phố với 0,6667 điểm.",
                        "Đà Nẵng xếp thứ 1/63", 0.95, entity="Đà Nẵng", entity_type="province", index="dti",
                        year=2022, rank=1, rank_total=63, score=0.6667)),
        (dn22[0], _fact(dn22[1], "Thừa Thiên Huế đứng thứ hai, tiếp theo là Quảng Ninh.", "Thừa Thiên Huế đứng thứ hai",
                        0.55, entity="Thừa Thiên Huế", entity_type="province", index="dti", year=2022, rank=3)),
        (dn22[0], _fact(dn22[1], "Quảng Ngãi là địa phương tăng hạng mạnh nhất khi tăng 34 bậc, lên vị trí 21/63.",
                        "tăng 34 bậc, lên vị trí 21/63", 0.9, entity="Quảng Ngãi", entity_type="province", index="dti",
                        year=2022, rank=21, rank_total=63, rank_change=34)),
        (qn[0], _fact(qn[1], "Tỉnh xếp thứ 22/63 địa phương, tăng 33 bậc so với năm 2021.", "xếp thứ 22/63", 0.7,
                      entity="Quảng Ngãi", entity_type="province", index="dti", year=2022, rank=22, rank_total=63)),
        (dn21[0], _fact(dn21[1], "Năm 2021, Đà Nẵng tiếp tục dẫn đầu Chỉ số chuyển đổi số cấp tỉnh, xếp thứ 1/63 địa phương.",
                        "xếp thứ 1/63", 0.9, entity="Đà Nẵng", entity_type="province", index="dti", year=2021,
                        rank=1, rank_total=63)),
        (dn21[0], _fact(dn21[1], "Trước đó, theo Vietnam ICT Index năm 2019, Đà Nẵng xếp thứ 2/63 về mức độ sẵn sàng cho"
                        " phát triển và ứng dụng công nghệ thông tin.", "Đà Nẵng xếp thứ 2/63", 0.85, entity="Đà Nẵng",
                        entity_type="province", index="ict_index", year=2019, rank=2, rank_total=63)),
        (hg[0], _fact(hg[1], 'Hà Giang xếp thứ 60/63 trong Chỉ số chuyển đổi số năm 2022 <b onmouseover="window.__pwned = 3">'
                      "theo công bố</b>.", "Hà Giang xếp thứ 60/63", 0.6, entity="Hà Giang", entity_type="province",
                      index="dti", year=2022, rank=60)),
    ]
    wh.load_facts(run, VERSION, facts)
    wh.finish_run(run, "completed", {})
    return wh, fact_ids(wh)


def fact_ids(wh: Warehouse) -> dict[str, int]:
    """'Đà Nẵng/dti/2022/rank' → fact id, for every stored fact."""
    return {f"{e}/{i}/{y}/{a}": int(fid) for fid, e, i, y, a in
            wh.query('SELECT id, entity, "index", year, attribute FROM facts')}


@contextmanager
def serving(wh: Warehouse, reviewer: str = "tester", evaluate_path: Path | None = None) -> Iterator[tuple[str, ReviewApp]]:
    """The review server on 127.0.0.1, a free port, in a thread: (base URL, app)."""
    app = ReviewApp(wh, reviewer=reviewer, evaluate_path=evaluate_path)
    server = make_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield url_of(server).rstrip("/"), app
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
