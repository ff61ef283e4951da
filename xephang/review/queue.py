"""What to review: the filtered queue of atomic facts, and one fact with its evidence and article.

A queue item is one atomic fact (one attribute of one key), the unit the warehouse resolves and
the reviews table judges, so a decision maps to exactly one row. Items come conflict first, then
least confident first: the order in which a reviewer's minute removes the most doubt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from warehouse import Warehouse

STATUSES = ("todo", "reviewed", "all")


@dataclass
class Filters:
    """The queue's filters, as read from the page's query string (all optional)."""

    index: str = ""
    year: str = ""
    entity: str = ""
    conflict: str = ""      # "" any | "yes" | "no"
    min_conf: str = ""
    max_conf: str = ""
    status: str = "todo"

    @classmethod
    def from_query(cls, query: dict[str, list[str]]) -> Filters:
        def one(name: str, default: str = "") -> str:
            return (query.get(name) or [default])[0].strip()[:200]

        status = one("status", "todo")
        return cls(one("index"), one("year"), one("entity"), one("conflict"), one("min_conf"), one("max_conf"),
                   status if status in STATUSES else "todo")

    def as_query(self) -> dict[str, str]:
        """Non-empty filters, to carry them along in links."""
        return {k: v for k, v in self.__dict__.items() if v}


@dataclass
class QueueItem:
    """A line of the queue."""

    fact_id: int
    entity: str
    index: str
    component: str | None
    group: str | None
    year: int | None
    attribute: str
    value: float | None
    in_conflict: bool
    confidence: float | None
    decision: str | None
    # No current reading claims the fact any more (an extractor upgrade dropped it); only a review holds it.
    lost_current_evidence: bool = False


@dataclass
class Evidence:
    """One claim read from one article, with the article for context."""

    value_id: int
    value: float
    article_id: int
    title: str
    url: str
    source: str | None
    published: str | None
    text: str
    sentence: str
    span_start: int
    span_end: int
    confidence: float | None
    extractor_version: str
    source_url: str | None
    current: bool = True  # from the article's current reading; False: an older version's claim, kept for audit


@dataclass
class FactDetail:
    """A fact with all its claimed values and the evidence for each."""

    item: QueueItem
    entity_type: str
    resolved_by: str | None
    values: list[tuple[int, float, int]] = field(default_factory=list)  # (value_id, value, support)
    evidence: list[Evidence] = field(default_factory=list)


_BASE = """
WITH conf AS (
    SELECT fact_id, max(confidence) AS confidence FROM current_evidence GROUP BY fact_id
), latest AS (
    SELECT fact_id, decision FROM reviews
    QUALIFY row_number() OVER (PARTITION BY fact_id ORDER BY reviewed_at DESC, id DESC) = 1
)
SELECT f.fact_id, f.entity, f."index", f.component, f."group", f.year, f.attribute, f.value,
       coalesce(f.in_conflict, false), c.confidence, l.decision, f.lost_current_evidence
FROM facts_v f
LEFT JOIN conf c ON c.fact_id = f.fact_id
LEFT JOIN latest l ON l.fact_id = f.fact_id
"""
_ORDER = " ORDER BY coalesce(f.in_conflict, false) DESC, c.confidence NULLS FIRST, f.entity, f.\"index\", f.year, f.fact_id"


def _where(filters: Filters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.index:
        clauses.append('f."index" = ?')
        params.append(filters.index)
    if filters.year:
        try:
            params.append(int(filters.year))
            clauses.append("f.year = ?")
        except ValueError:
            clauses.append("false")
    if filters.entity:
        clauses.append("f.entity ILIKE ?")
        params.append("%" + filters.entity.replace("%", "").replace("_", "") + "%")
    if filters.conflict in ("yes", "no"):
        clauses.append("coalesce(f.in_conflict, false) = ?")
        params.append(filters.conflict == "yes")
    for name, op in (("min_conf", ">="), ("max_conf", "<=")):
        raw = getattr(filters, name)
        if raw:
            try:
                params.append(float(raw))
                clauses.append(f"coalesce(c.confidence, 0) {op} ?")
            except ValueError:
                clauses.append("false")
    if filters.status == "todo":
        # A fact no current reading claims has nothing left to judge until a review holds it.
        clauses.append("l.decision IS NULL AND NOT f.lost_current_evidence")
    elif filters.status == "reviewed":
        clauses.append("l.decision IS NOT NULL")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _item(row: tuple[Any, ...]) -> QueueItem:
    return QueueItem(int(row[0]), row[1], row[2], row[3], row[4], row[5], row[6], row[7], bool(row[8]), row[9], row[10],
                     bool(row[11]))


def queue(wh: Warehouse, filters: Filters, limit: int = 500) -> list[QueueItem]:
    """The facts matching `filters`, in review order."""
    where, params = _where(filters)
    rows = wh.query(_BASE + where + _ORDER + f" LIMIT {int(limit)}", params)
    return [_item(r) for r in rows]


def facet_values(wh: Warehouse) -> dict[str, list[str]]:
    """Indexes and years present, for the filter drop-downs."""
    indexes = [r[0] for r in wh.query('SELECT DISTINCT "index" FROM facts ORDER BY 1')]
    years = [str(r[0]) for r in wh.query("SELECT DISTINCT year FROM facts WHERE year <> 0 ORDER BY 1 DESC")]
    return {"index": indexes, "year": years}


def fact_detail(wh: Warehouse, fact_id: int) -> FactDetail | None:
    """One fact, its claimed values and every evidence row with its article.

    Support counts current readings only, as resolution does; values and evidence that only older
    readings claim are listed after the current ones (support 0, evidence marked not current).
    """
    rows = wh.query(_BASE + " WHERE f.fact_id = ?", [fact_id])
    if not rows:
        return None
    meta = wh.query("SELECT entity_type, resolved_by FROM facts_v WHERE fact_id = ?", [fact_id])
    detail = FactDetail(_item(rows[0]), meta[0][0], meta[0][1])
    for value_id, value, support in wh.query(
        "SELECT v.id, v.value, count(DISTINCT a.cluster_id) FROM fact_values v"
        " LEFT JOIN current_evidence e ON e.value_id = v.id LEFT JOIN articles a ON a.id = e.article_id"
        " WHERE v.fact_id = ? GROUP BY v.id, v.value ORDER BY 3 DESC, v.id",
        [fact_id],
    ):
        detail.values.append((int(value_id), float(value), int(support)))
    for r in wh.query(
        "SELECT e.value_id, e.value, a.id, coalesce(a.title, ''), a.url, a.source, CAST(a.published AS VARCHAR),"
        " a.text, coalesce(e.sentence, ''), e.span_start, e.span_end, e.confidence, e.extractor_version, e.source_url,"
        " c.article_id IS NOT NULL AS current"
        " FROM evidence e JOIN articles a ON a.id = e.article_id"
        " LEFT JOIN current_readings c ON c.article_id = e.article_id AND c.extractor_version = e.extractor_version"
        " WHERE e.fact_id = ? ORDER BY current DESC, e.confidence DESC NULLS LAST, a.id, e.span_start",
        [fact_id],
    ):
        detail.evidence.append(Evidence(int(r[0]), float(r[1]), int(r[2]), r[3], r[4], r[5], r[6], r[7], r[8],
                                        int(r[9]), int(r[10]), r[11], r[12], r[13], bool(r[14])))
    return detail


def neighbours(items: list[QueueItem], fact_id: int) -> tuple[int | None, int | None]:
    """(previous, next) fact ids around `fact_id` in the queue (next is the head if it is not in it)."""
    ids = [i.fact_id for i in items]
    if fact_id not in ids:
        return None, ids[0] if ids else None
    pos = ids.index(fact_id)
    return (ids[pos - 1] if pos > 0 else None), (ids[pos + 1] if pos + 1 < len(ids) else None)


def article_tables(wh: Warehouse, article_id: int) -> list[dict[str, Any]]:
    """An article's tables as stored (JSON), for the gold export."""
    rows = wh.query("SELECT tables FROM articles WHERE id = ?", [article_id])
    return json.loads(rows[0][0]) if rows and rows[0][0] else []
