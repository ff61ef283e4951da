"""Which article to review next, so that recall estimated from reviewed articles is not skewed.

Recall can only be measured on articles a reviewer has read whole, and an estimate from the
articles a reviewer happens to open (the ones full of facts, one outlet, this year's ranking) is
biased. The queue therefore puts articles nobody has touched first, and interleaves strata of
(source, index, year) round-robin, taking articles within a stratum in a fixed pseudo-random order
(a hash of the id), so the first twenty reviewed cover the sources, indexes and years there are.
Articles where the extractor found nothing, though the relevance filter kept them, are where misses
hide; a filter shows only those.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field

from warehouse import Warehouse

STATUSES = ("todo", "done", "all")


@dataclass
class ArticleFilters:
    status: str = "todo"   # todo: not marked done | done | all
    source: str = ""
    facts: str = ""        # "" any | "none": read, nothing found | "some"

    @classmethod
    def from_query(cls, query: dict[str, list[str]]) -> ArticleFilters:
        def one(name: str, default: str = "") -> str:
            return (query.get(name) or [default])[0].strip()[:200]

        status, facts = one("status", "todo"), one("facts")
        return cls(status if status in STATUSES else "todo", one("source"), facts if facts in ("none", "some") else "")

    def as_query(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v and not (k == "status" and v == "todo")}


@dataclass
class QueuedArticle:
    article_id: int
    title: str
    url: str
    source: str | None
    published: str | None
    year: int | None
    claims: int
    indexes: list[str] = field(default_factory=list)
    done: bool = False
    touched: bool = False   # some claim of it has a decision, or a fact was added to it


_SQL = """
WITH claims AS (
    SELECT e.article_id, count(DISTINCT (e.fact_id, e.value_id)) AS n,
           list_sort(list_distinct(list(f."index"))) AS indexes, max(NULLIF(f.year, 0)) AS year
    FROM evidence e JOIN facts f ON f.id = e.fact_id GROUP BY e.article_id
), touched AS (
    SELECT DISTINCT e.article_id FROM evidence e JOIN reviews r ON r.fact_id = e.fact_id
    UNION SELECT x.article_id FROM review_additions x JOIN reviews r ON r.id = x.review_id
)
SELECT a.id, coalesce(a.title, ''), a.url, a.source, CAST(a.published AS VARCHAR),
       coalesce(c.year, year(a.published)), coalesce(c.n, 0), coalesce(c.indexes, []),
       EXISTS (SELECT 1 FROM article_reviews d WHERE d.article_id = a.id),
       a.id IN (SELECT article_id FROM touched),
       EXISTS (SELECT 1 FROM extractions x WHERE x.article_id = a.id) OR c.n IS NOT NULL
FROM articles a LEFT JOIN claims c ON c.article_id = a.id
ORDER BY a.id
"""


def _shuffle_key(article_id: int) -> str:
    return hashlib.sha256(f"xephang-queue-{article_id}".encode()).hexdigest()


def interleave(items: list[QueuedArticle]) -> list[QueuedArticle]:
    """Untouched articles first; within each part, strata of (source, index, year) taken round-robin."""
    out: list[QueuedArticle] = []
    for part in ([i for i in items if not i.touched and not i.done], [i for i in items if i.touched or i.done]):
        strata: OrderedDict[tuple, list[QueuedArticle]] = OrderedDict()
        for it in sorted(part, key=lambda i: _shuffle_key(i.article_id)):
            strata.setdefault((it.source or "", it.indexes[0] if it.indexes else "", it.year or 0), []).append(it)
        buckets = list(strata.values())
        while buckets:
            out += [b.pop(0) for b in buckets]
            buckets = [b for b in buckets if b]
    return out


def article_queue(wh: Warehouse, filters: ArticleFilters, limit: int = 500) -> list[QueuedArticle]:
    """Articles matching `filters` in review order."""
    items = []
    for (article_id, title, url, source, published, year, n, indexes, done, touched, read) in wh.query(_SQL):
        if filters.status == "todo" and done or filters.status == "done" and not done:
            continue
        if filters.source and source != filters.source:
            continue
        if filters.facts == "none" and (n or not read) or filters.facts == "some" and not n:
            continue
        items.append(QueuedArticle(int(article_id), title, url, source, published, year, int(n), list(indexes),
                                   bool(done), bool(touched)))
    return interleave(items)[:limit]


def sources(wh: Warehouse) -> list[str]:
    return [r[0] for r in wh.query("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY 1")]
