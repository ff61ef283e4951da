"""`Warehouse`: the API the flow and the CLI call. Each method is one short connection.

Every method opens the file, does its one batch or query, and closes it again, so the file lock is
held only while something is actually being written and `xephang sql` can answer between batches
(see connection.py and README.md). Writes are one transaction each: a batch is stored whole or not
at all, also when the process is killed midway.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from pipeline.model import Article, Fact
from warehouse import article_reviews, runs, versions
from warehouse import articles as article_loader
from warehouse import facts as fact_loader
from warehouse.connection import connection, transaction
from warehouse.migrate import migrate, pending_migrations
from warehouse.resolution import refresh_resolution
from warehouse.results import ArticleLoadResult, FactLoadResult
from warehouse.settings import VALUE_DECIMALS

TABLES = (
    "sources", "crawl_runs", "articles", "article_urls", "article_signatures", "article_lsh",
    "extractions", "facts", "fact_values", "evidence", "reviews", "review_log", "fact_resolution", "fact_batches",
    "current_readings", "review_additions", "article_reviews",
)
REVIEW_DECISIONS = ("accept", "reject", "correct")


_WRITER_LOCKS: dict[str, threading.Lock] = {}
_WRITER_LOCKS_GUARD = threading.Lock()


def _writer_lock(path: Path) -> threading.Lock:
    key = str(path.resolve())
    with _WRITER_LOCKS_GUARD:
        return _WRITER_LOCKS.setdefault(key, threading.Lock())


class Warehouse:
    """The DuckDB file of articles, facts and evidence. Cheap to construct; holds no connection."""

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float | None = None) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._ensure_schema()

    # -- connections -------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection inside one transaction (committed on success, else rolled back).

        Threads of one process share DuckDB's database instance, so the file lock does not keep them
        apart; a per-file lock does, keeping "one writer at a time" true inside a process too (the
        loaders' id assignment and anti-joins rely on it).
        """
        with _writer_lock(self.path), connection(self.path, timeout=self.lock_timeout) as con, transaction(con):
            yield con

    @contextmanager
    def _reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection: it shares the file with other readers and never blocks on them."""
        with connection(self.path, read_only=True, timeout=self.lock_timeout) as con:
            yield con

    def _ensure_schema(self) -> None:
        """Apply pending migrations; when none are pending, touch the file only for reading."""
        if self.path.exists():
            with self._reading() as con:
                if not pending_migrations(con):
                    return
        with connection(self.path, timeout=self.lock_timeout) as con:
            migrate(con)

    # -- runs --------------------------------------------------------------------------------

    def start_run(self, sources: list[str], *, extractor_version: str | None = None) -> int:
        """Open a crawl-run row (status `running`) and return its id; a re-extraction names its version."""
        with self._writing() as con:
            return runs.start_run(con, sources, extractor_version=extractor_version)

    def finish_run(self, run_id: int, status: str, report: dict[str, Any]) -> None:
        """Close the run with its status and report; per-source pages and errors are taken from it."""
        with self._writing() as con:
            runs.finish_run(con, run_id, status, report)

    # -- articles ----------------------------------------------------------------------------

    def known_urls(self) -> set[str]:
        """Every stored address (canonical forms and raw aliases) so the crawler can skip them."""
        with self._reading() as con:
            return {row[0] for row in con.execute("SELECT url FROM article_urls").fetchall()}

    def load_articles(self, run_id: int, items: list[dict[str, Any]]) -> ArticleLoadResult:
        """Dedup and store one batch of crawler items (see warehouse/articles.py), atomically."""
        with self._writing() as con:
            return article_loader.load_articles(con, run_id, items)

    def articles_to_extract(
        self, extractor_version: str, *, sources: list[str] | None = None, since: date | None = None
    ) -> list[tuple[int, Article]]:
        """Stored articles this extractor version has not read yet, oldest first.

        Every article is returned, near-duplicates included: an edited copy may state facts the
        original does not, and support is counted per cluster anyway. Exact copies are never stored
        as articles, so they are never extracted twice. An article counts as read once
        `load_facts` recorded evidence from it or listed it in `extracted_article_ids`.

        `sources` keeps only articles of those sources; `since` only those published on or after
        that date (fetched on or after it when the date of publication is unknown).
        """
        where, params = "", [extractor_version, extractor_version]
        if sources is not None:
            where += " AND a.source IN (SELECT unnest(?::VARCHAR[]))"
            params.append(list(sources))
        if since is not None:
            where += " AND coalesce(a.published, CAST(a.fetched_at AS DATE)) >= ?"
            params.append(since)
        with self._reading() as con:
            rows = con.execute(
                f"""
                SELECT a.id, a.canonical_url, a.title, a.text, CAST(a.published AS VARCHAR), a.tables, a.source
                FROM articles a
                WHERE NOT EXISTS (SELECT 1 FROM extractions x WHERE x.article_id = a.id AND x.extractor_version = ?)
                  AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.article_id = a.id AND e.extractor_version = ?)
                  {where}
                ORDER BY a.id
                """,
                params,
            ).fetchall()
        return [
            (
                int(article_id),
                Article.from_dict(
                    {
                        "url": url,
                        "title": title,
                        "text": text,
                        "date": published,
                        "tables": json.loads(tables) if tables else [],
                        "source": source,
                    }
                ),
            )
            for article_id, url, title, text, published, tables, source in rows
        ]

    # -- facts -------------------------------------------------------------------------------

    def load_facts(
        self,
        run_id: int,
        extractor_version: str,
        facts: list[tuple[int, Fact]],
        extracted_article_ids: Iterable[int] | None = None,
    ) -> FactLoadResult:
        """Store facts with evidence, deduplicated, atomically.

        `extracted_article_ids` (optional) lists articles the extractor read, including those where
        it found nothing, so `articles_to_extract` stops offering them; articles with facts are
        recorded in any case.
        """
        with self._writing() as con:
            return fact_loader.load_facts(con, run_id, extractor_version, facts, extracted_article_ids)

    def review(
        self,
        fact_id: int,
        decision: str,
        *,
        value: float | None = None,
        reviewer: str | None = None,
        note: str | None = None,
        key_changes: Mapping[str, Any] | None = None,
    ) -> int:
        """Record a human decision on a fact and re-resolve it; returns the review id.

        accept/reject with `value` accept or reject that claimed value; reject without a value rejects
        the whole fact (it leaves `rankings`); correct sets `value` as the resolved value.

        `key_changes` (correct only) corrects key fields too, e.g. {"entity": "Quảng Ngãi"} or
        {"year": 2022}; None or "" clears component, group or year. The key is the fact's identity,
        so the value moves: this fact is rejected and the fact at the corrected key (created if no
        load has seen that key) resolves to `value` by review, in `rankings` too. Changes equal to
        the current key are no change.
        """
        if decision not in REVIEW_DECISIONS:
            raise ValueError(f"decision must be one of {', '.join(REVIEW_DECISIONS)}, not {decision!r}")
        if decision == "correct" and value is None:
            raise ValueError("a correction needs the corrected value")
        unknown = set(key_changes or {}) - set(fact_loader.KEY_FIELDS)
        if unknown:
            raise ValueError(f"key_changes may name only {', '.join(fact_loader.KEY_FIELDS)}, not {', '.join(sorted(unknown))}")
        if key_changes and decision != "correct":
            raise ValueError("only a correction can change a fact's key")
        rounded = None if value is None else round(float(value), VALUE_DECIMALS)
        with self._writing() as con:
            row = con.execute(
                'SELECT entity, "index", component, "group", year, attribute, entity_type FROM facts WHERE id = ?', [fact_id]
            ).fetchone()
            if not row:
                raise ValueError(f"fact {fact_id} does not exist")
            key = dict(zip(fact_loader.KEY_FIELDS, row[:5], strict=True))
            attribute, entity_type = row[5], row[6]
            value_id = None
            if rounded is not None and decision in ("accept", "reject"):
                found = con.execute("SELECT id FROM fact_values WHERE fact_id = ? AND value = ?", [fact_id, rounded]).fetchone()
                if not found:
                    raise ValueError(f"fact {fact_id} has no claimed value {value}")
                value_id = int(found[0])
            corrected: dict[str, Any] = {}
            target_id: int | None = None
            if key_changes:
                new_key = fact_loader.normalise_key({**key, **key_changes})
                corrected = {k: v for k, v in new_key.items() if v != key[k]}
                if corrected:
                    target_id, _created = fact_loader.fact_at_key(con, new_key, attribute, entity_type)
            touched = {fact_id, *self._targets(con, fact_id)} | ({target_id} if target_id is not None else set())
            review_id = self._insert_review(con, fact_id, decision, value_id, rounded if decision == "correct" else None,
                                            reviewer, note, corrected, target_id)
            self._re_resolve(con, touched)
        return review_id

    def _insert_review(
        self, con: duckdb.DuckDBPyConnection, fact_id: int, decision: str, value_id: int | None,
        corrected_value: float | None, reviewer: str | None, note: str | None,
        corrected: Mapping[str, Any] | None = None, target_id: int | None = None,
    ) -> int:
        """Write one reviews row and its 'made' entry in review_log; the caller re-resolves."""
        found = con.execute("SELECT coalesce(max(id), 0) + 1 FROM reviews").fetchone()
        review_id = int(found[0]) if found else 1
        con.execute(
            "INSERT INTO reviews (id, fact_id, value_id, decision, corrected_value, reviewer, reviewed_at, note,"
            " corrected_entity, corrected_index, corrected_component, corrected_group, corrected_year, corrected_fact_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [review_id, fact_id, value_id, decision, corrected_value, reviewer, runs.utcnow(), note,
             *((corrected or {}).get(k) for k in fact_loader.KEY_FIELDS), target_id],
        )
        self._log_review(con, review_id, "made", reviewer)
        return review_id

    def add_facts(
        self,
        article_id: int,
        key: Mapping[str, Any],
        entity_type: str,
        values: Mapping[str, float],
        *,
        sentence: str | None = None,
        span: tuple[int, int] | None = None,
        reviewer: str | None = None,
    ) -> list[int]:
        """Add a fact the extractor missed in an article, one value per attribute; returns the review ids.

        Each value is held by a 'correct' review on the fact at the key (created if no load has seen it),
        so it resolves `by review`; `span` is in the extractor's normalised text, like evidence spans.
        Undo each with `delete_review`. See warehouse/article_reviews.py.
        """
        with self._writing() as con:
            def insert(fact_id: int, value: float, note: str) -> int:
                return self._insert_review(con, fact_id, "correct", None, value, reviewer, note)

            added = article_reviews.add_facts(con, article_id, key, entity_type, values, sentence=sentence, span=span,
                                              reviewer=reviewer, insert_review=insert)
            self._re_resolve(con, {fact_id for _r, fact_id in added})
        return [review_id for review_id, _f in added]

    def mark_article_done(self, article_id: int, *, reviewer: str | None = None) -> int:
        """Record that an article has been completely reviewed (its facts are gold); returns the decision id."""
        with self._writing() as con:
            return article_reviews.mark_done(con, article_id, reviewer)

    def undo_article_done(self, done_id: int, *, actor: str | None = None) -> int | None:
        """Take an "article done" back (review_log keeps it); returns the article id, None if not in force."""
        with self._writing() as con:
            return article_reviews.undo_done(con, done_id, actor)

    @staticmethod
    def _log_review(con: duckdb.DuckDBPyConnection, review_id: int, action: str, actor: str | None) -> None:
        """Copy a reviews row into the append-only review_log (migration 0006), in the caller's transaction."""
        con.execute(
            "INSERT INTO review_log (id, review_id, action, actor, logged_at, fact_id, value_id, decision,"
            " corrected_value, reviewer, reviewed_at, note, corrected_entity, corrected_index, corrected_component,"
            " corrected_group, corrected_year, corrected_fact_id)"
            " SELECT (SELECT coalesce(max(id), 0) + 1 FROM review_log), id, ?, ?, ?,"
            " fact_id, value_id, decision, corrected_value, reviewer, reviewed_at, note, corrected_entity,"
            " corrected_index, corrected_component, corrected_group, corrected_year, corrected_fact_id"
            " FROM reviews WHERE id = ?",
            [action, actor, runs.utcnow(), review_id],
        )

    def delete_review(self, review_id: int, *, actor: str | None = None) -> int | None:
        """Remove one review (an undo) and re-resolve its fact; returns the fact id, None if already gone.

        The decision leaves `reviews` (so resolution, accuracy and the gold export no longer see it)
        but not the record: `review_log` gains an 'undone' entry by `actor` next to its 'made' one.

        Facts its fact's reviews moved values to are re-resolved too; one that a review created and
        that nothing refers to any more (no claimed value, no review) is removed again, so an undo
        leaves `facts_v` as it was.
        """
        with self._writing() as con:
            row = con.execute("SELECT fact_id FROM reviews WHERE id = ?", [review_id]).fetchone()
            if not row:
                return None
            fact_id = int(row[0])
            targets = self._targets(con, fact_id)
            self._log_review(con, review_id, "undone", actor)
            con.execute("DELETE FROM reviews WHERE id = ?", [review_id])
            self._re_resolve(con, {fact_id, *targets})
            # A fact that a review created (a key correction's target, or a fact a reviewer added) and
            # that nothing refers to any more is removed again, so an undo leaves facts_v as it was.
            candidates = {fact_id, *targets}
            if candidates:
                orphans = """
                    SELECT f.id FROM facts f
                    WHERE f.id IN (SELECT unnest(?::BIGINT[])) AND f.first_seen_run IS NULL
                      AND NOT EXISTS (SELECT 1 FROM fact_values v WHERE v.fact_id = f.id)
                      AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.fact_id = f.id OR r.corrected_fact_id = f.id)
                """
                gone = [int(r[0]) for r in con.execute(orphans, [sorted(candidates)]).fetchall()]
                if gone:
                    con.execute("DELETE FROM fact_resolution WHERE fact_id IN (SELECT unnest(?::BIGINT[]))", [gone])
                    con.execute("DELETE FROM facts WHERE id IN (SELECT unnest(?::BIGINT[]))", [gone])
        return fact_id

    @staticmethod
    def _targets(con: duckdb.DuckDBPyConnection, fact_id: int) -> set[int]:
        """Facts that reviews of `fact_id` moved its value to: their resolution changes with this fact's reviews."""
        rows = con.execute(
            "SELECT DISTINCT corrected_fact_id FROM reviews WHERE fact_id = ? AND corrected_fact_id IS NOT NULL", [fact_id]
        ).fetchall()
        return {int(r[0]) for r in rows}

    @staticmethod
    def _re_resolve(con: duckdb.DuckDBPyConnection, fact_ids: set[int]) -> None:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE touched AS SELECT unnest(?::BIGINT[]) AS fact_id", [sorted(fact_ids)]
        )
        refresh_resolution(con)

    # -- extractor versions ------------------------------------------------------------------

    def extractor_versions(self) -> list[versions.VersionRow]:
        """Every extractor version that has read an article, oldest first, with its counts."""
        with self._reading() as con:
            return versions.list_versions(con)

    def version_diff(self, old: str, new: str) -> versions.VersionDiff:
        """The facts whose claimed values differ between two versions (see warehouse/versions.py)."""
        with self._reading() as con:
            missing = [v for v in (old, new) if not versions.known_version(con, v)]
            if missing:
                raise ValueError(f"no article was read by extractor version {', '.join(missing)}")
            return versions.diff_versions(con, old, new)

    def previous_version(self, version: str) -> str | None:
        """The newest version older than `version` that has read anything."""
        with self._reading() as con:
            return versions.previous_version(con, version)

    # -- inspection --------------------------------------------------------------------------

    def article_counts_by_source(self) -> dict[str, int]:
        """Stored articles per source id: what tells a demo warehouse from a real one (flows/databases.py)."""
        with self._reading() as con:
            rows = con.execute("SELECT coalesce(source, ''), count(*) FROM articles GROUP BY ALL").fetchall()
        return {str(source): int(n) for source, n in rows}

    def row_counts(self) -> dict[str, int]:
        """Rows per table: what tests and `xephang` diagnostics compare before and after a load."""
        with self._reading() as con:
            return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}  # type: ignore[index]

    def integrity_problems(self) -> dict[str, int]:
        """Counts of rows breaking the loader-enforced uniqueness rules; empty when all is well.

        facts, fact_values and evidence carry no unique index (see README.md, "Uniqueness"), so this
        is what tests and a suspicious operator run instead.
        """
        checks = {
            "duplicate fact keys": 'SELECT count(*) - count(DISTINCT (entity, "index", component, "group", year, attribute)) FROM facts',
            "duplicate fact key hashes": "SELECT count(*) - count(DISTINCT key_hash) FROM facts",
            "duplicate fact ids": "SELECT count(*) - count(DISTINCT id) FROM facts",
            "duplicate values": "SELECT count(*) - count(DISTINCT (fact_id, value)) FROM fact_values",
            "duplicate value ids": "SELECT count(*) - count(DISTINCT id) FROM fact_values",
            "duplicate evidence": "SELECT count(*) - count(DISTINCT (key_hash, value, article_id, span_start, span_end,"
            " extractor_version)) FROM evidence",
            "duplicate evidence ids": "SELECT count(*) - count(DISTINCT id) FROM evidence",
            "values without fact": "SELECT count(*) FROM fact_values v WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.id = v.fact_id)",
            "evidence without value": "SELECT count(*) FROM evidence e WHERE NOT EXISTS"
            " (SELECT 1 FROM fact_values v WHERE v.id = e.value_id AND v.fact_id = e.fact_id AND v.value = e.value)",
            "evidence without article": "SELECT count(*) FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article_id)",
            "facts without resolution": "SELECT count(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM fact_resolution r WHERE r.fact_id = f.id)",
            "duplicate resolutions": "SELECT count(*) - count(DISTINCT fact_id) FROM fact_resolution",
            "current reading not read": "SELECT count(*) FROM current_readings c WHERE NOT EXISTS (SELECT 1 FROM"
            " extractions x WHERE x.article_id = c.article_id AND x.extractor_version = c.extractor_version)",
            "read articles without current reading": "SELECT count(*) FROM (SELECT DISTINCT article_id FROM extractions) x"
            " WHERE NOT EXISTS (SELECT 1 FROM current_readings c WHERE c.article_id = x.article_id)",
        }
        with self._reading() as con:
            found = {name: int(con.execute(sql).fetchone()[0]) for name, sql in checks.items()}  # type: ignore[index]
        return {name: n for name, n in found.items() if n}

    def query(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        """Trusted read-only query for code (not for user input: use run_readonly_query)."""
        with self._reading() as con:
            return con.execute(sql, params or []).fetchall()
