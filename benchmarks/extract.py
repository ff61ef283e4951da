"""Benchmark: articles/s of `extract_article` against plain underthesea `word_tokenize` over every sentence.

Both run over the same texts (tests/gold/dev.jsonl and the seed articles; never the held-out set) in the
same process, after one warm-up pass. The extractor's per-word tone cache is cleared before every
repetition so it gains nothing from having seen the texts before. A ratio ≥ 1.0 means full extraction is
faster than merely word-segmenting the articles, which the sentence prefilter is there to achieve.

    .venv/bin/python benchmarks/extract.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from underthesea import word_tokenize

    articles = load_articles()
    all_sentences = [sentences_of(a) for a in articles]
    n_sent = sum(len(s) for s in all_sentences)
    # warm-up: model loads, regex compilation, gazetteer load
    for a in articles[:3]:
        extract_article(a)
    for sents in all_sentences[:3]:
        for s in sents:
            word_tokenize(s)

    extract_times, tokenize_times, n_facts = [], [], 0
    for _ in range(args.repeat):
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
    print(f"articles: {len(articles)}  sentences: {n_sent}  facts: {n_facts}  repeat: {args.repeat} (best run)")
    print(f"extract_article:                 {ext:8.1f} articles/s")
    print(f"word_tokenize (every sentence):  {tok:8.1f} articles/s")
    print(f"ratio extract / tokenize:        {ext / tok:8.2f}  (goal >= 1.0)")
    print(f"memory: peak RSS {peak_rss_mib():.0f} MiB (gazetteers, underthesea and spaCy loaded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
