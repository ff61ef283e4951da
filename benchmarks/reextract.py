"""Re-extraction benchmark: `xephang reextract` over >= 10 000 stored articles, and `versions diff` on them.

Run: `.venv/bin/python benchmarks/reextract.py [--articles 10000] [--batch 200] [--keep DIR]`.

The articles are the bundled demo site's texts (35 real-style reports), repeated with a per-copy
number in the title and URL; they are inserted straight into `articles` (the article loader's
near-duplicate clustering is not what is measured here, and 10 000 copies of 35 texts would all be
one cluster for it anyway). A previous version's reading is loaded through `Warehouse.load_facts`
from the current extractor's facts with a known perturbation (every 7th article's ranks shifted,
every 11th article's scores dropped), so the diff has real changes to find. Then the flow
`xephang-reextract` reads every article with the current extractor, in-process, as the command does.

Printed: articles per second for the whole run and for the batches alone, extraction vs load time
(the load share: re-extraction should be bounded by extraction), the time of `versions diff`, and
peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.memory import peak_rss_mib  # noqa: E402
from pipeline.model import Article, Fact  # noqa: E402
from warehouse import Warehouse  # noqa: E402
from warehouse.bulk import stage  # noqa: E402
from warehouse.connection import connection  # noqa: E402

PREVIOUS_VERSION = "0.0.1"  # sorts before any real version


def demo_texts() -> list[tuple[str, str, str]]:
    """(title, date, text) of each demo article."""
    from xephang.demo.content import load_articles

    return [(a.title, a.date.date().isoformat(), a.text()) for a in load_articles()]


def store_articles(db: Path, count: int) -> list[tuple[int, Article]]:
    """`count` articles cycling over the demo texts, inserted in one statement; returns them as the extractor sees them."""
    texts = demo_texts()
    rows = [(i + 1, *texts[i % len(texts)]) for i in range(count)]
    Warehouse(db)  # schema
    with connection(db) as con:
        run = con.execute("INSERT INTO crawl_runs (id, started_at, status) VALUES (1, now(), 'completed') RETURNING id").fetchone()
        assert run is not None
        stage(con, "bench_articles", [("id", "BIGINT"), ("title", "VARCHAR"), ("published", "VARCHAR"), ("text", "VARCHAR")],
              {"id": [r[0] for r in rows], "title": [f"{r[1]} ({r[0]})" for r in rows],
               "published": [r[2] for r in rows], "text": [r[3] for r in rows]})
        con.execute(
            "INSERT INTO articles (id, canonical_url, url, title, published, source, source_kind, text, text_hash,"
            " cluster_id, first_seen_run, fetched_at, http_status)"
            " SELECT id, 'https://bench.example.vn/' || id, 'https://bench.example.vn/' || id, title,"
            " CAST(published AS DATE), 'nguon-' || (id % 7), 'news', text, md5(text || id), id, 1, now(), 200"
            " FROM bench_articles"
        )
    return [(r[0], Article.from_dict({"url": f"https://bench.example.vn/{r[0]}", "title": f"{r[1]} ({r[0]})",
                                      "text": r[3], "date": r[2]})) for r in rows]


def previous_reading(articles: list[tuple[int, Article]]) -> list[tuple[int, Fact]]:
    """The current extractor's facts, perturbed as an older version might have read them."""
    from pipeline.extract import extract_article

    by_text: dict[str, list[Fact]] = {}
    facts: list[tuple[int, Fact]] = []
    for article_id, article in articles:
        key = article.text or ""
        if key not in by_text:
            by_text[key] = extract_article(article)
        for fact in by_text[key]:
            if article_id % 7 == 0 and fact.rank is not None:
                fact = replace(fact, rank=fact.rank + 1)
            if article_id % 11 == 0:
                fact = replace(fact, score=None)
            facts.append((article_id, fact))
    return facts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="keep the database in this folder")
    args = parser.parse_args()

    from flows.reextract_flow import reextract_flow
    from pipeline.extract import EXTRACTOR_VERSION

    folder = Path(tempfile.mkdtemp(prefix="xephang-reextract-bench-"))
    db = folder / "bench.duckdb"
    try:
        started = time.perf_counter()
        articles = store_articles(db, args.articles)
        facts = previous_reading(articles)
        wh = Warehouse(db)
        run = wh.start_run([], extractor_version=PREVIOUS_VERSION)
        wh.load_facts(run, PREVIOUS_VERSION, facts, extracted_article_ids=[a for a, _ in articles])
        print(f"setup: {len(articles)} articles, {len(facts)} Facts read by {PREVIOUS_VERSION}"
              f" ({time.perf_counter() - started:.1f} s)")
        print(f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")

        started = time.perf_counter()
        report = reextract_flow(db_path=str(db), batch_size=args.batch, progress=False)
        wall = time.perf_counter() - started
        work = report.extract_seconds + report.load_seconds
        print(f"re-extraction with {EXTRACTOR_VERSION}: {report.articles_read} articles in {wall:.1f} s wall"
              f" = {report.articles_read / wall:.0f} articles/s (Prefect start-up and the final diff included)")
        print(f"  batches alone: {work:.1f} s = {report.articles_read / work:.0f} articles/s;"
              f" extraction {report.extract_seconds:.1f} s, load {report.load_seconds:.1f} s"
              f" -> load share {report.load_share:.1%} ({report.batches} batches of {args.batch})")
        print(f"  readings replaced: {report.readings_replaced}; errors: {len(report.errors)}")

        timings = []
        for _ in range(3):
            started = time.perf_counter()
            diff = wh.version_diff(PREVIOUS_VERSION, EXTRACTOR_VERSION)
            timings.append(time.perf_counter() - started)
        counts = diff.counts()
        evidence = wh.query("SELECT count(*) FROM evidence")[0][0]
        print(f"versions diff {PREVIOUS_VERSION} {EXTRACTOR_VERSION}: {min(timings) * 1000:.0f} ms (best of 3,"
              f" median {sorted(timings)[1] * 1000:.0f} ms) over {diff.common_articles} articles, {evidence} evidence rows:"
              f" {counts['added']} added, {counts['retired']} retired, {counts['changed']} changed")
        print(f"peak resident memory: {peak_rss_mib():.0f} MiB")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(db, args.keep / db.name)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
