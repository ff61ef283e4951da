"""Whole-article review in the warehouse: facts a reviewer added, and "article done" decisions.

Why here and not in the review page's code: an added fact must key, resolve and undo exactly like
the warehouse's own facts and reviews, inside the writer's one transaction. An added fact is held by
an ordinary review ('correct' to the added value) on the fact at its key, created with the loader's
key function when no article claimed it, so it wins in `rankings` as any review does and an undo of
that review (`Warehouse.delete_review`) takes it back. `review_additions` keeps where it was stated
(article, sentence, span): it counts while its review exists. "Article done" rows make an article's
fact set gold for recall and the export; their undo and their making are written to `review_log`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import duckdb

from pipeline.model import ATTRIBUTES
from warehouse import facts as fact_loader
from warehouse.runs import utcnow
from warehouse.settings import VALUE_DECIMALS


def _next_id(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()
    return int(row[0]) if row else 1


def require_article(con: duckdb.DuckDBPyConnection, article_id: int) -> None:
    if not con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone():
        raise ValueError(f"article {article_id} does not exist")


def add_facts(
    con: duckdb.DuckDBPyConnection,
    article_id: int,
    key: Mapping[str, Any],
    entity_type: str,
    values: Mapping[str, float],
    *,
    sentence: str | None,
    span: tuple[int, int] | None,
    reviewer: str | None,
    insert_review: Any,
) -> list[tuple[int, int]]:
    """Store one added fact (one value per attribute) of an article; returns [(review id, fact id)].

    `insert_review(fact_id, value, note)` writes the holding review (the warehouse's own insert, so
    reviews and review_log stay one code path); the caller re-resolves the returned facts.
    """
    require_article(con, article_id)
    if not values:
        raise ValueError("an added fact needs at least one value (rank, rank_total, top, score or rank_change)")
    unknown = set(values) - set(ATTRIBUTES)
    if unknown:
        raise ValueError(f"unknown attribute(s): {', '.join(sorted(unknown))}")
    if not entity_type:
        raise ValueError("an added fact needs an entity type")
    k = fact_loader.normalise_key(key)
    start, end = span if span else (None, None)
    if start is not None and (end is None or not 0 <= start <= end):
        raise ValueError("the evidence span must be 0 <= start <= end")
    out: list[tuple[int, int]] = []
    for attribute in ATTRIBUTES:
        if attribute not in values:
            continue
        value = round(float(values[attribute]), VALUE_DECIMALS)
        fact_id, _created = fact_loader.fact_at_key(con, k, attribute, entity_type)
        addition_id = _next_id(con, "review_additions")
        note = json.dumps({"added": addition_id, "article_id": article_id, "was": None, "now": value},
                          ensure_ascii=False)
        review_id = insert_review(fact_id, value, note)
        con.execute(
            'INSERT INTO review_additions (id, review_id, article_id, fact_id, entity, entity_type, "index", component,'
            ' "group", year, attribute, value, sentence, span_start, span_end, reviewer, added_at)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [addition_id, review_id, article_id, fact_id, k["entity"], entity_type, k["index"], k["component"],
             k["group"], k["year"], attribute, value, sentence, start, end, reviewer, utcnow()],
        )
        out.append((review_id, fact_id))
    return out


def _log_done(con: duckdb.DuckDBPyConnection, done_id: int, action: str, actor: str | None) -> None:
    con.execute(
        "INSERT INTO review_log (id, review_id, action, actor, logged_at, fact_id, decision, reviewer, reviewed_at,"
        " article_id) SELECT (SELECT coalesce(max(id), 0) + 1 FROM review_log), id, ?, ?, ?, NULL, 'article_done',"
        " reviewer, done_at, article_id FROM article_reviews WHERE id = ?",
        [action, actor, utcnow(), done_id],
    )


def mark_done(con: duckdb.DuckDBPyConnection, article_id: int, reviewer: str | None) -> int:
    """Mark an article completely reviewed (again: a no-op returning the id in force)."""
    require_article(con, article_id)
    row = con.execute("SELECT id FROM article_reviews WHERE article_id = ?", [article_id]).fetchone()
    if row:
        return int(row[0])
    done_id = _next_id(con, "article_reviews")
    con.execute("INSERT INTO article_reviews VALUES (?, ?, ?, ?)", [done_id, article_id, reviewer, utcnow()])
    _log_done(con, done_id, "made", reviewer)
    return done_id


def undo_done(con: duckdb.DuckDBPyConnection, done_id: int, actor: str | None) -> int | None:
    """Take an "article done" back; returns the article id, None if it was not in force."""
    row = con.execute("SELECT article_id FROM article_reviews WHERE id = ?", [done_id]).fetchone()
    if not row:
        return None
    _log_done(con, done_id, "undone", actor)
    con.execute("DELETE FROM article_reviews WHERE id = ?", [done_id])
    return int(row[0])
