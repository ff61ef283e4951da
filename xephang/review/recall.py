"""Recall and F1 from completely reviewed articles, per extractor version, index and attribute.

Precision can be estimated from any decision on a fact, but recall needs to know what the
extractor missed, which only a reviewer who read the whole article can say: it is computed on
articles marked "article done" (xephang/review/export.py builds their gold facts from the
decisions, the facts added and the claims left standing). Each extractor version that read such an
article is scored on it with `pipeline.evaluate.score_article`, the very matching `xephang
evaluate` uses (strict: entity, index, component, year, attribute and value), so exporting these
articles and evaluating the same version on them gives the same figures.

Intervals: precision and recall are proportions of claims, given a 95% Wilson interval; F1 is
not a proportion of anything, so its interval is a percentile bootstrap over articles (claims of
one article are not independent: an article misread once is often misread twice), 1000 resamples
from a fixed seed so that the figures are the same on every run.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pipeline.evaluate import PRF, Result, gold_fact, score_article
from pipeline.model import Fact
from warehouse import Warehouse
from xephang.review.accuracy import wilson
from xephang.review.export import reviewed_gold

BOOTSTRAP_SAMPLES = 1000
BOOTSTRAP_SEED = 13


def version_key(version: str) -> tuple:
    """Sort key of an extractor version: its leading dotted numbers ("0.10.1" after "0.9.2")."""
    m = re.match(r"\d+(?:\.\d+)*", version)
    return (tuple(int(x) for x in m.group(0).split(".")) if m else (-1,), version)


@dataclass
class Recall:
    """tp/fp/fn of one group on done articles, with the derived figures and their intervals."""

    group: str
    prf: PRF = field(default_factory=PRF)
    articles: int = 0
    f1_interval: tuple[float, float] = (0.0, 1.0)

    @property
    def recall_interval(self) -> tuple[float, float]:
        return wilson(self.prf.tp, self.prf.tp + self.prf.fn)

    @property
    def precision_interval(self) -> tuple[float, float]:
        return wilson(self.prf.tp, self.prf.tp + self.prf.fp)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"articles": self.articles, **self.prf.to_dict()}
        out["precision_ci95"] = [round(x, 4) for x in self.precision_interval]
        out["recall_ci95"] = [round(x, 4) for x in self.recall_interval]
        out["f1_ci95"] = [round(x, 4) for x in self.f1_interval]
        return out


@dataclass
class ReviewRecall:
    """Recall figures per version, and per index and attribute for the newest version."""

    articles_done: int
    by_version: dict[str, Recall]
    newest: str | None
    by_index: dict[str, Recall]
    by_attribute: dict[str, Recall]

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles_done": self.articles_done,
            "newest_version": self.newest,
            "by_version": {k: v.to_dict() for k, v in self.by_version.items()},
            "by_index": {k: v.to_dict() for k, v in self.by_index.items()},
            "by_attribute": {k: v.to_dict() for k, v in self.by_attribute.items()},
        }


_PRED_SQL = """
SELECT DISTINCT e.article_id, e.extractor_version, f.id, f.entity, f.entity_type, f."index", NULLIF(f.component, ''),
       NULLIF(f."group", ''), NULLIF(f.year, 0), f.attribute, e.value
FROM evidence e JOIN facts f ON f.id = e.fact_id
WHERE e.article_id IN (SELECT unnest(?::BIGINT[]))
"""


def _predictions(wh: Warehouse, articles: list[int]) -> dict[tuple[int, str], list[Fact]]:
    """(article, version) → the claims that version read there, one Fact per atomic claim."""
    out: dict[tuple[int, str], list[Fact]] = defaultdict(list)
    for (article_id, version, _fid, entity, entity_type, index, component, group, year, attribute,
         value) in wh.query(_PRED_SQL, [articles]):
        fields: dict[str, Any] = {"entity": entity, "entity_type": entity_type, "index": index, "component": component,
                                  "group": group, "year": year}
        fields[attribute] = value if attribute == "score" else int(round(value))
        out[(int(article_id), version)].append(Fact(**fields))
    return out


def _f1_interval(per_article: list[PRF], samples: int = BOOTSTRAP_SAMPLES) -> tuple[float, float]:
    if not per_article:
        return 0.0, 1.0
    rng = random.Random(BOOTSTRAP_SEED)
    values = []
    for _ in range(samples):
        total = PRF()
        for prf in rng.choices(per_article, k=len(per_article)):
            total.tp, total.fp, total.fn = total.tp + prf.tp, total.fp + prf.fp, total.fn + prf.fn
        values.append(total.f1)
    values.sort()
    return values[int(0.025 * (samples - 1))], values[int(0.975 * (samples - 1))]


def _summed(group: str, per_article: list[PRF]) -> Recall:
    total = PRF()
    for prf in per_article:
        total.tp, total.fp, total.fn = total.tp + prf.tp, total.fp + prf.fp, total.fn + prf.fn
    return Recall(group, total, len(per_article), _f1_interval(per_article))


def review_recall(wh: Warehouse) -> ReviewRecall:
    """Score every extractor version that read a done article against that article's reviewed gold."""
    gold = reviewed_gold(wh)
    done = sorted(gold.done)
    read: dict[int, list[str]] = defaultdict(list)
    for article_id, version in wh.query(
        "SELECT DISTINCT article_id, extractor_version FROM extractions WHERE article_id IN (SELECT unnest(?::BIGINT[]))"
        " UNION SELECT DISTINCT article_id, extractor_version FROM evidence WHERE article_id IN (SELECT unnest(?::BIGINT[]))",
        [done, done],
    ):
        if version not in read[int(article_id)]:
            read[int(article_id)].append(version)
    predictions = _predictions(wh, done)
    scored: dict[str, list[Result]] = defaultdict(list)  # version → one Result per done article it read
    for article_id in done:
        gold_facts = [gold_fact(f) for f in gold.facts.get(article_id, [])]
        for version in read.get(article_id, []):
            result = Result()
            score_article(f"review-{article_id}", gold_facts, predictions.get((article_id, version), []), result,
                          lenient=False)
            scored[version].append(result)
    by_version = {v: _summed(v, [r.overall for r in scored[v]]) for v in sorted(scored, key=version_key)}
    newest = max(scored, key=version_key) if scored else None
    by_index: dict[str, Recall] = {}
    by_attribute: dict[str, Recall] = {}
    if newest is not None:
        results = scored[newest]
        for target, name in ((by_index, "by_index"), (by_attribute, "by_attribute")):
            groups = sorted({g for r in results for g in getattr(r, name)})
            for g in groups:
                # Articles without this group count as zero: they are part of the sample all the same.
                target[g] = _summed(g, [getattr(r, name).get(g, PRF()) for r in results])
    return ReviewRecall(len(done), by_version, newest, by_index, by_attribute)
