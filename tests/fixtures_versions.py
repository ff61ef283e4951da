"""Two extractor versions over the same stored articles, for the re-extraction tests.

Both wrap the real extractor (pipeline.extract.extract_article), so the flow, the loader and the
resolution see real Facts with real sentences and spans; each version then differs in a known way:

- OLD ("1.0") has a bug: it reads Bắc Ninh's DTI rank as 6 (the text says 4th);
- NEW ("1.1") fixes it, and no longer claims anything for Hà Nội nor Đà Nẵng's score.

So from OLD to NEW exactly three facts change: Bắc Ninh rank 6 → 4, Hà Nội rank retired, Đà Nẵng
score retired. `XEPHANG_TEST_EXTRACT_DELAY` (seconds per article) slows both down, so that a test
can kill a re-extraction between two batches.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.extract import extract_article
from pipeline.model import Article, Fact
from tests.fixtures_warehouse import (
    CHAIN_FIRST,
    CHAIN_MIDDLE,
    CHAIN_THIRD,
    EDITED,
    OFFICIAL,
    ORIGINAL,
    SYNDICATED,
    UNRELATED,
    make_item,
)
from warehouse import Warehouse

OLD_VERSION = "1.0"
NEW_VERSION = "1.1"
DROPPED_ENTITY = "Hà Nội"


def _slow() -> None:
    delay = float(os.environ.get("XEPHANG_TEST_EXTRACT_DELAY") or 0)
    if delay:
        time.sleep(delay)


def _old(article: Article) -> list[Fact]:
    _slow()
    return [replace(f, rank=6) if f.entity == "Bắc Ninh" and f.rank == 4 else f for f in extract_article(article)]


def _new(article: Article) -> list[Fact]:
    _slow()
    kept = [f for f in extract_article(article) if f.entity != DROPPED_ENTITY]
    return [replace(f, score=None) if f.entity == "Đà Nẵng" and f.score is not None and f.rank is not None else f
            for f in kept]


OLD = SimpleNamespace(EXTRACTOR_VERSION=OLD_VERSION, extract_article=_old)
NEW = SimpleNamespace(EXTRACTOR_VERSION=NEW_VERSION, extract_article=_new)
OLD_SPEC = "tests.fixtures_versions:OLD"
NEW_SPEC = "tests.fixtures_versions:NEW"

# Eight stored articles: one 2022 report in three near-duplicate copies, four unrelated or factless
# texts, and a three-copy syndication chain on the ministries' 2023 report.
VERSION_ITEMS = [
    make_item("https://tinnhanh.example.vn/dti-2022.html", ORIGINAL),
    make_item("https://baomoi.example.vn/dti-2022.html", SYNDICATED, source="baomoi"),
    make_item("https://tinhuy.example.vn/dti-2022.html", EDITED, source="tinhuy", date="2023-07-13"),
    make_item("https://tinhuy.example.vn/quang-ngai.html", UNRELATED, source="tinhuy", date="2023-07-13"),
    make_item("https://bo.example.vn/bang-xep-hang.html", OFFICIAL, source="bo"),
    make_item("https://tinnhanh.example.vn/bo-nganh-1.html", CHAIN_FIRST, title="Chỉ số sẵn sàng 2023"),
    make_item("https://baomoi.example.vn/bo-nganh-2.html", CHAIN_MIDDLE, source="baomoi", title="Chỉ số sẵn sàng 2023"),
    make_item("https://tinhuy.example.vn/bo-nganh-3.html", CHAIN_THIRD, source="tinhuy", title="Chỉ số sẵn sàng 2023"),
]


def stored_articles(db: Path) -> Warehouse:
    """A warehouse holding VERSION_ITEMS, read by nothing yet."""
    wh = Warehouse(db)
    run = wh.start_run(["tinnhanh", "baomoi", "tinhuy", "bo"])
    wh.load_articles(run, VERSION_ITEMS)
    wh.finish_run(run, "completed", {})
    return wh


@pytest.fixture
def versioned_db(tmp_path: Path) -> Path:
    """A warehouse file with VERSION_ITEMS stored (no extraction yet)."""
    db = tmp_path / "versions.duckdb"
    stored_articles(db)
    return db
