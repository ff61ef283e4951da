"""Fixtures for the warehouse tests: a fresh DuckDB file, crawler items, facts, and worker processes.

The article texts are short Vietnamese news paragraphs written for these tests: an original report,
a syndicated copy (same body, another outlet's byline and closing line), a lightly edited rewrite,
and an unrelated report on the same ranking that must stay a separate source.
The `*_main` functions run in subprocesses (`python -c "from tests.fixtures_warehouse import ..."`)
for the kill and concurrency tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.model import Fact
from warehouse import Warehouse

REPO = Path(__file__).resolve().parent.parent

ORIGINAL_BODY = """Sáng 12/7, Bộ Thông tin và Truyền thông công bố kết quả Chỉ số chuyển đổi số cấp tỉnh năm 2022. Đà Nẵng tiếp tục dẫn đầu cả nước với 0,6667 điểm, đứng thứ nhất ở cả ba trụ cột chính quyền số, kinh tế số và xã hội số.

Đứng thứ hai là Thừa Thiên Huế, tiếp theo là Quảng Ninh, Bắc Ninh và Hà Nội. Năm địa phương này đều có điểm tổng hợp trên 0,5 và cải thiện rõ rệt ở trụ cột hạ tầng số so với năm trước.

Đáng chú ý, Quảng Ngãi là địa phương tăng hạng mạnh nhất khi tăng tới 34 bậc, từ vị trí 55 lên vị trí 21/63. Lãnh đạo tỉnh cho biết kết quả có được nhờ đẩy mạnh dịch vụ công trực tuyến và đào tạo nhân lực số cho cán bộ cấp xã.

Theo đại diện Cục Chuyển đổi số quốc gia, bộ chỉ số năm nay được điều chỉnh để đo lường sát hơn hiệu quả thực tế, giảm các tiêu chí mang tính hình thức và tăng trọng số cho mức độ người dân sử dụng dịch vụ số."""

ORIGINAL = ORIGINAL_BODY + "\n\nBài và ảnh: Minh Anh."

# The same story republished by another outlet: its own byline and source line.
SYNDICATED = ORIGINAL_BODY + "\n\nTheo Báo Điện tử Tin Nhanh (Thanh Hà tổng hợp)."

# Lightly edited: a new lead clause, one word changed, one number reworded, a closing sentence added.
EDITED = (
    ORIGINAL_BODY.replace("Sáng 12/7,", "Sáng ngày 12/7 tại Hà Nội,")
    .replace("cải thiện rõ rệt", "cải thiện đáng kể")
    .replace("tăng tới 34 bậc", "tăng 34 bậc")
    + "\n\nKết quả chi tiết được đăng tải trên cổng thông tin của Bộ."
)

# Same ranking, different report: shares names and numbers but not the text.
UNRELATED = """Chiều 13/7, UBND tỉnh Quảng Ngãi tổ chức họp báo thông tin về kết quả chuyển đổi số năm 2022. Tỉnh xếp thứ 22/63 địa phương, tăng 33 bậc so với năm 2021, là mức tăng cao nhất từ trước tới nay.

Phó Chủ tịch UBND tỉnh nhấn mạnh việc số hóa hồ sơ thủ tục hành chính và triển khai nền tảng họp trực tuyến đến tận cấp xã đã góp phần quan trọng. Tỉnh đặt mục tiêu lọt vào nhóm 15 địa phương dẫn đầu vào năm 2025.

Sở Thông tin và Truyền thông được giao xây dựng kế hoạch nâng cao kỹ năng số cho người dân, ưu tiên các huyện miền núi và hải đảo."""

# An official results table republished as an article page.
OFFICIAL = """Bảng xếp hạng Chỉ số chuyển đổi số cấp tỉnh năm 2022 (DTI 2022) do Bộ Thông tin và Truyền thông công bố chính thức kèm theo Quyết định công bố kết quả. Danh sách đầy đủ 63 tỉnh, thành phố trực thuộc Trung ương xem trong bảng dưới đây."""


# A syndication chain on another report (ICT readiness 2023): the middle text is the story as first
# published; one outlet changed its closing paragraph (CHAIN_FIRST), another rewrote its lead
# (CHAIN_THIRD). Each copy is a near-duplicate of the middle (estimated 0.86 and 0.84) but the two
# copies are not near-duplicates of each other (0.72; true Jaccard 0.76), so only the middle text
# ties them into one source.
_CHAIN_LEAD = """Chiều 5/4, Bộ Thông tin và Truyền thông tổ chức hội nghị công bố Báo cáo Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin năm 2023."""
_CHAIN_LEAD_REWRITTEN = """Ngày 5/4 tại Hà Nội, lãnh đạo Bộ Thông tin và Truyền thông chủ trì họp báo, công bố Báo cáo Chỉ số sẵn sàng ứng dụng công nghệ thông tin của các bộ, ngành năm 2023."""

_CHAIN_BODY = """Theo báo cáo, khối bộ, cơ quan ngang bộ có mức điểm trung bình cao hơn năm trước, trong khi khoảng cách giữa nhóm đầu và nhóm cuối đã được thu hẹp đáng kể.

Bộ Tài chính tiếp tục giữ vị trí thứ nhất với 0,9125 điểm, nhờ hệ thống khai thuế điện tử và hải quan một cửa quốc gia vận hành ổn định. Xếp thứ hai là Ngân hàng Nhà nước Việt Nam, tiếp theo là Bộ Kế hoạch và Đầu tư. Bộ Tư pháp tăng năm bậc so với năm 2022 khi đưa cơ sở dữ liệu hộ tịch điện tử vào khai thác trên toàn quốc.

Ở khối tỉnh, Thành phố Hồ Chí Minh đứng đầu về hạ tầng kỹ thuật, còn Đà Nẵng dẫn đầu về ứng dụng trong cơ quan nhà nước. Nhiều tỉnh miền núi phía Bắc vẫn nằm ở nhóm cuối do thiếu nhân lực chuyên trách và hạ tầng mạng tại cấp xã chưa đồng bộ.

Báo cáo cũng chỉ ra rằng tỷ lệ hồ sơ được xử lý trực tuyến toàn trình tăng gần gấp đôi, song tỷ lệ người dân thực sự nộp hồ sơ qua mạng ở nhiều nơi vẫn dưới một phần ba. Các chuyên gia cho rằng giao diện cổng dịch vụ công còn phức tạp và việc xác thực tài khoản mất nhiều thời gian là những nguyên nhân chính."""

_CHAIN_CLOSING = """Phát biểu tại hội nghị, Thứ trưởng đề nghị các địa phương rà soát từng chỉ tiêu thành phần và báo cáo kết quả khắc phục trước tháng 10."""
_CHAIN_CLOSING_CHANGED = """Phát biểu tại hội nghị, Thứ trưởng yêu cầu những đơn vị xếp cuối bảng gửi kế hoạch cải thiện cụ thể về Bộ trong quý III."""

CHAIN_MIDDLE = "\n\n".join([_CHAIN_LEAD, _CHAIN_BODY, _CHAIN_CLOSING])
CHAIN_FIRST = "\n\n".join([_CHAIN_LEAD, _CHAIN_BODY, _CHAIN_CLOSING_CHANGED])
CHAIN_THIRD = "\n\n".join([_CHAIN_LEAD_REWRITTEN, _CHAIN_BODY, _CHAIN_CLOSING])


def make_item(
    url: str,
    text: str = ORIGINAL,
    *,
    source: str = "tinnhanh",
    source_kind: str = "news",
    title: str = "Công bố Chỉ số chuyển đổi số năm 2022",
    date: str | None = "2023-07-12",
    requested_url: str | None = None,
    canonical_url: str | None = None,
    alias_urls: list[str] | None = None,
    http_status: int = 200,
) -> dict[str, Any]:
    """A crawler item as the Scrapy feed writes it."""
    item: dict[str, Any] = {
        "url": url,
        "requested_url": requested_url or url,
        "canonical_url": canonical_url,
        "source": source,
        "source_kind": source_kind,
        "title": title,
        "date": date,
        "text": text,
        "tables": [],
        "author": None,
        "fetched_at": "2026-11-23T08:00:00+07:00",
        "http_status": http_status,
    }
    if alias_urls is not None:
        item["alias_urls"] = alias_urls
    return item


def make_fact(entity: str = "Quảng Ngãi", *, sentence: str = "", start: int = 0, end: int = 10, **fields: Any) -> Fact:
    """A province DTI 2022 fact unless told otherwise."""
    values: dict[str, Any] = {"entity_type": "province", "index": "dti", "year": 2022, "extractor": "test-1"}
    values.update(fields)
    return Fact(entity=entity, sentence=sentence or f"{entity} xếp hạng.", start=start, end=end, **values)


def synthetic_items(count: int, *, prefix: str = "bai") -> list[dict[str, Any]]:
    """Distinct articles (different texts) for bulk tests."""
    items = []
    for i in range(count):
        text = (
            f"Bài {prefix} số {i}: tỉnh thứ {i} công bố kết quả đánh giá chuyển đổi số năm {2020 + i % 5} "
            f"với mã hồ sơ {i * 7919} và {i * 104729} lượt truy cập cổng dịch vụ công trực tuyến trong quý {i % 4 + 1}."
        )
        items.append(make_item(f"https://tinnhanh.example.vn/{prefix}-{i}.html", text, title=f"Bài {i}"))
    return items


def synthetic_facts(article_ids: list[int], count: int, *, offset: int = 0) -> list[tuple[int, Fact]]:
    """`count` distinct facts spread over the given articles (entity × year × component keys)."""
    facts = []
    for i in range(offset, offset + count):
        article_id = article_ids[i % len(article_ids)]
        facts.append(
            (
                article_id,
                make_fact(
                    f"Đơn vị {i // 40}",
                    year=2020 + i % 5,
                    component=("chính quyền số", "kinh tế số", "xã hội số", None)[(i // 5) % 4],
                    group=None if (i // 20) % 2 == 0 else "34 tỉnh, thành phố sau sắp xếp",
                    rank=i % 63 + 1,
                    rank_total=63,
                    score=round((i % 1000) / 1000, 4),
                    sentence=f"Đơn vị {i // 40} xếp thứ {i % 63 + 1}/63 với {i % 1000 / 1000} điểm.",
                    start=i % 500,
                    end=i % 500 + 30,
                ),
            )
        )
    return facts


_WORD_TEXT = (
    "tỉnh thành phố bộ ngành chỉ số chuyển đổi số xếp hạng điểm năm công bố kết quả đánh giá dịch vụ công "
    "trực tuyến hạ tầng nhân lực kinh tế xã hội chính quyền dữ liệu cổng thông tin người dân doanh nghiệp "
    "cán bộ cấp xã huyện đào tạo kỹ năng mạng băng rộng điện tử hồ sơ thủ tục hành chính tăng giảm bậc "
    "dẫn đầu nhóm cuối trung bình báo cáo hội nghị lãnh đạo kế hoạch mục tiêu triển khai nền tảng ứng dụng"
)
_WORDS = _WORD_TEXT.split()


def varied_items(count: int, *, prefix: str = "tin") -> list[dict[str, Any]]:
    """`count` articles whose texts share no run of words: none is a near-duplicate of another.

    synthetic_items' texts share most of their words, so every pair is an LSH candidate and a batch
    of thousands compares quadratically; these are for batches big enough to be killed mid-load.
    """
    import random

    items = []
    for i in range(count):
        rng = random.Random(f"{prefix}-{i}")
        text = f"Tin {prefix} số {i}: " + " ".join(rng.choice(_WORDS) for _ in range(60)) + "."
        items.append(make_item(f"https://tinnhanh.example.vn/{prefix}/{i}.html", text, title=f"Tin {i}", date=f"2024-0{i % 9 + 1}-1{i % 10}"))
    return items


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "xephang.duckdb"


@pytest.fixture
def warehouse(db_path: Path) -> Iterator[Warehouse]:
    """A fresh warehouse file; when the test ends, the loader-enforced uniqueness rules must hold."""
    wh = Warehouse(db_path)
    yield wh
    assert wh.integrity_problems() == {}


@pytest.fixture
def run_id(warehouse: Warehouse) -> int:
    return warehouse.start_run(["tinnhanh", "baomoi", "tinhuy"])


def subprocess_env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def python_command(call: str) -> list[str]:
    """Run `tests.fixtures_warehouse.<call>` in a fresh interpreter."""
    return [sys.executable, "-c", f"from tests.fixtures_warehouse import *; {call}"]


def start_worker(call: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """`python_command(call)` started in the background from the repository, its output read as text."""
    return subprocess.Popen(
        python_command(call), cwd=REPO, env=env or subprocess_env(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


# -- subprocess workers --------------------------------------------------------------------------


def big_load_main(db: str, facts: int) -> None:
    """Prepare a large fact batch, announce it on stdout, then load it (the test kills us midway)."""
    warehouse = Warehouse(db)
    run = warehouse.start_run(["tinnhanh"])
    ids = [i for i, _a in warehouse.articles_to_extract("test-1")] or [1]
    batch = synthetic_facts(ids, facts, offset=10_000_000)
    print("loading", flush=True)
    warehouse.load_facts(run, "test-1", batch)
    print("loaded", flush=True)


def big_article_load_main(db: str, items: int) -> None:
    """Load one large article batch, saying on stdout when it starts and when its inserts are under way.

    "loading": the batch is about to be loaded (the dedup phase, nothing written yet, comes first).
    "inserting": articles and signatures are inserted into the open transaction and the LSH buckets
    are being staged; the commit is still ahead. The test kills us after one of the two lines. The
    announcement wraps the loader's own staging helper; nothing of DuckDB is replaced.
    """
    from warehouse import articles as article_loader

    warehouse = Warehouse(db)
    run = warehouse.start_run(["tinnhanh"])
    batch = varied_items(items, prefix="kill")
    stage = article_loader.stage

    def announced(con: Any, name: str, *args: Any, **kwargs: Any) -> int:
        if name == "stage_lsh":
            print("inserting", flush=True)
        return stage(con, name, *args, **kwargs)

    article_loader.stage = announced  # type: ignore[assignment]
    print("loading", flush=True)
    warehouse.load_articles(run, batch)
    print("loaded", flush=True)


def loader_main(db: str, batches: int, facts_per_batch: int) -> None:
    """Load articles and facts in many batches, as a scheduled run does; prints a JSON summary."""
    warehouse = Warehouse(db)
    run = warehouse.start_run(["tinnhanh"])
    loaded = 0
    for b in range(batches):
        result = warehouse.load_articles(run, synthetic_items(10, prefix=f"lo{b}"))
        facts = synthetic_facts(result.new_article_ids, facts_per_batch, offset=b * facts_per_batch)
        loaded += warehouse.load_facts(run, "test-1", facts).new_evidence
    warehouse.finish_run(run, "completed", {"sources": []})
    print(json.dumps({"evidence": loaded}), flush=True)


def reader_main(db: str, seconds: float) -> None:
    """Query in a loop for `seconds`; prints how many queries succeeded and any failures."""
    import time

    from warehouse import run_readonly_query

    ok, failures, seen = 0, [], []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            _cols, rows = run_readonly_query(db, "SELECT count(*) FROM evidence")
            ok += 1
            seen.append(rows[0][0])
        except Exception as exc:  # report every failure to the test
            failures.append(f"{type(exc).__name__}: {exc}")
    print(json.dumps({"ok": ok, "failures": failures, "min": min(seen, default=0), "max": max(seen, default=0)}), flush=True)


@pytest.fixture
def articles(warehouse: Warehouse, run_id: int) -> dict[str, int]:
    """Five stored articles: original, syndicated (same cluster), edited (same cluster), unrelated, official table."""
    result = warehouse.load_articles(
        run_id,
        [
            make_item("https://tinnhanh.example.vn/dti-2022.html", ORIGINAL, date="2023-07-12"),
            make_item("https://baomoi.example.vn/dti-2022.epi", SYNDICATED, source="baomoi", date="2023-07-12"),
            make_item("https://tinhuy.example.vn/tin/4567", EDITED, source="tinhuy", date="2023-07-13"),
            make_item("https://quangngai.example.gov.vn/tin/1", UNRELATED, source="quangngai", source_kind="portal", date="2023-07-13"),
            make_item("https://mic.example.gov.vn/dti-2022", OFFICIAL, source="mic", source_kind="official_table", date="2023-07-20"),
        ],
    )
    assert result.new == 5 and result.near_duplicate == 2
    return dict(zip(("original", "syndicated", "edited", "unrelated", "official"), result.new_article_ids, strict=True))
