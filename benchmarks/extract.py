"""Benchmark: articles/s of `extract_article` against plain underthesea `word_tokenize` over every sentence.

Both run over the same texts in the same process, after one warm-up pass, on two corpora measured apart:
the written gold (tests/gold/dev.jsonl and the seed articles) and, when its cache is present, the
development part of the real-press corpus (tests/gold/realpress/dev.jsonl, texts from the cache outside
the repository; never a held-out set). The extractor's per-word tone cache is cleared before every
repetition so it gains nothing from having seen the texts before. A ratio ≥ 1.0 means full extraction is
faster than merely word-segmenting the articles, which the sentence prefilter is there to achieve.

    .venv/bin/python benchmarks/extract.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.memory import peak_rss_mib  # noqa: E402
from pipeline.extract import extract_article, load_article_file, prepare_article  # noqa: E402
from pipeline.model import Article  # noqa: E402
from pipeline.text import normalize_word  # noqa: E402

# The shared seed articles sit beside the checkout (../shared/seeds), as CI lays them out.
SEEDS = ROOT.parent / "shared" / "seeds"


def load_articles() -> list[Article]:
    """The dev gold articles and the seeds."""
    articles = []
    dev = ROOT / "tests" / "gold" / "dev.jsonl"
    if dev.is_file():
        for line in dev.read_text(encoding="utf-8").splitlines():
            if line.strip():
                articles.append(Article.from_dict(json.loads(line)))
    if SEEDS.is_dir():
        articles.extend(load_article_file(p) for p in sorted(SEEDS.glob("*.txt")))
    else:
        print(f"note: no seed articles at {SEEDS}; measuring the dev gold set alone", file=sys.stderr)
    return articles


def sentences_of(article: Article) -> list[str]:
    prep = prepare_article(article)
    return [prep.prepared.text[s.start : s.end] for s in prep.sentences]


def load_realpress() -> list[Article]:
    """The real-press development pages whose cached text matches the manifest ([] without a cache)."""
    from pipeline.evaluate import read_gold
    from pipeline.realpress import attach_texts, cache_dir, manifest_for, read_manifest

    gold = ROOT / "tests" / "gold" / "realpress" / "dev.jsonl"
    rows, problems = attach_texts(read_gold(gold), read_manifest(manifest_for(gold)), cache_dir())
    if problems:
        print(f"note: {len(problems)} real-press page(s) not in the cache ({cache_dir()}); measuring the rest",
              file=sys.stderr)
    return [Article.from_dict(r) for r in rows]


def measure(name: str, articles: list[Article], repeat: int) -> None:
    """Print extraction and word_tokenize throughput over `articles` and their ratio."""
    from underthesea import word_tokenize

    all_sentences = [sentences_of(a) for a in articles]
    n_sent = sum(len(s) for s in all_sentences)
    # warm-up: model loads, regex compilation, gazetteer load
    for a in articles[:3]:
        extract_article(a)
    for sents in all_sentences[:3]:
        for s in sents:
            word_tokenize(s)

    extract_times, tokenize_times, n_facts = [], [], 0
    for _ in range(repeat):
        normalize_word.cache_clear()
        t0 = time.perf_counter()
        n_facts = sum(len(extract_article(a)) for a in articles)
        extract_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for sents in all_sentences:
            for s in sents:
                word_tokenize(s)
        tokenize_times.append(time.perf_counter() - t0)
    ext = len(articles) / min(extract_times)
    tok = len(articles) / min(tokenize_times)
    print(f"== {name}")
    print(f"articles: {len(articles)}  sentences: {n_sent}  facts: {n_facts}  repeat: {repeat} (best run)")
    print(f"extract_article:                 {ext:8.1f} articles/s")
    print(f"word_tokenize (every sentence):  {tok:8.1f} articles/s")
    print(f"ratio extract / tokenize:        {ext / tok:8.2f}  (goal >= 1.0, aim 2.0)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # implausible-value notes would be timed and printed on every pass
    measure("written gold + seeds", load_articles(), args.repeat)
    real = load_realpress()
    if real:
        measure("real press (development part, from the cache)", real, args.repeat)
    else:
        print("== real press: no cached page (see tests/gold/realpress/README.md); not measured")
    print(f"memory: peak RSS {peak_rss_mib():.0f} MiB (gazetteers, underthesea and spaCy loaded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
