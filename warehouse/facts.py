"""Loading extracted facts: one atomic fact per key and attribute, its values, their evidence.

A `Fact` from the extractor is split like the contract's scoring does: one atomic fact per
non-null attribute (rank, rank_total, top, score, rank_change). The same claim read in many
articles is one `fact_values` row with many `evidence` rows; a different value for the same key
is a second `fact_values` row, i.e. a conflict. Everything is staged in temp tables and merged
with anti-joins, so loading the same facts again inserts nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import duckdb

from pipeline.model import ATTRIBUTES, Fact
from warehouse import settings
from warehouse.bulk import stage
from warehouse.resolution import refresh_resolution
from warehouse.results import FactLoadResult
from warehouse.runs import add_figures, require_run

_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?")

_STAGE_COLUMNS = [
    ("article_id", "BIGINT"),
    ("entity", "VARCHAR"),
    ("entity_type", "VARCHAR"),
    ("index", "VARCHAR"),
    ("component", "VARCHAR"),
    ("group", "VARCHAR"),
    ("year", "INTEGER"),
    ("attribute", "VARCHAR"),
    ("value", "DOUBLE"),
    ("sentence", "VARCHAR"),
    ("span_start", "BIGINT"),
    ("span_end", "BIGINT"),
    ("value_text", "VARCHAR"),
    ("from_table", "BOOLEAN"),
    ("confidence", "DOUBLE"),
    ("source_url", "VARCHAR"),
]
_KEY = 'entity, "index", component, "group", year, attribute'


class _NumbersInSentence:
    """Numbers as written in each sentence, parsed once per sentence (many facts share one)."""

    def __init__(self) -> None:
        self._cache: dict[str, list[tuple[float, str]]] = {}

    def find(self, sentence: str, value: float) -> str | None:
        numbers = self._cache.get(sentence)
        if numbers is None:
            numbers = [(float(m.group().replace(",", ".")), m.group()) for m in _NUMBER.finditer(sentence)]
            self._cache[sentence] = numbers
        target = abs(value)
        for number, written in numbers:
            if abs(number - target) < 1e-6:
                return written
        return None


def _from_table(fact: Fact) -> bool:
    """Evidence read from a table rather than prose.

    The contract has no field for it yet: an extractor may set a `from_table` attribute, or mark the
    evidence source with a `#table` fragment (`https://…/article#table-2`).
    """
    return bool(getattr(fact, "from_table", False)) or "#table" in (fact.source or "")


def stage_facts(con: duckdb.DuckDBPyConnection, facts: Iterable[tuple[int, Fact]]) -> int:
    """Split facts into atomic rows in temp table `stage_facts`; returns the row count."""
    cols: dict[str, list] = {name: [] for name, _ in _STAGE_COLUMNS}
    numbers = _NumbersInSentence()
    digits = settings.VALUE_DECIMALS
    append = {name: cols[name].append for name in cols}
    for article_id, fact in facts:
        sentence = fact.sentence or ""
        from_table = _from_table(fact)
        component = fact.component or ""
        group = fact.group or ""
        year = fact.year if fact.year is not None else 0
        for attribute in ATTRIBUTES:
            raw = getattr(fact, attribute)
            if raw is None:
                continue
            value = round(float(raw), digits)
            append["article_id"](article_id)
            append["entity"](fact.entity)
            append["entity_type"](fact.entity_type)
            append["index"](fact.index)
            append["component"](component)
            append["group"](group)
            append["year"](year)
            append["attribute"](attribute)
            append["value"](value)
            append["sentence"](sentence)
            append["span_start"](fact.start)
            append["span_end"](fact.end)
            append["value_text"](numbers.find(sentence, value) if sentence else None)
            append["from_table"](from_table)
            append["confidence"](fact.confidence)
            append["source_url"](fact.source or None)
    return stage(con, "stage_facts", _STAGE_COLUMNS, cols)


def _next_id(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def load_facts(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    extractor_version: str,
    facts: list[tuple[int, Fact]],
    extracted_article_ids: Iterable[int] | None = None,
) -> FactLoadResult:
    """Merge one batch of (article_id, Fact) into the warehouse. The caller wraps it in a transaction."""
    require_run(con, run_id)
    result = FactLoadResult()
    stage_facts(con, facts)
    marked = {int(a) for a in extracted_article_ids or ()} | {int(a) for a, _f in facts}
    stage(con, "stage_marked", [("article_id", "BIGINT")], {"article_id": sorted(marked)})
    missing = con.execute(
        "SELECT list(s.article_id ORDER BY s.article_id)[1:5], count(*) FROM stage_marked s "
        "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)"
    ).fetchone()
    if missing and missing[1]:
        raise ValueError(f"facts refer to {missing[1]} unknown article id(s), e.g. {missing[0]}")

    # 1. New fact keys.
    base = _next_id(con, "facts")
    con.execute(
        f"""
        INSERT INTO facts (id, entity, entity_type, "index", component, "group", year, attribute, first_seen_run)
        SELECT ? + row_number() OVER (ORDER BY {_KEY}),
               entity, entity_type, "index", component, "group", year, attribute, ?
        FROM (
            SELECT {_KEY}, first(entity_type ORDER BY article_id) AS entity_type
            FROM stage_facts s
            WHERE NOT EXISTS (
                SELECT 1 FROM facts f
                WHERE f.entity = s.entity AND f."index" = s."index" AND f.component = s.component
                  AND f."group" = s."group" AND f.year = s.year AND f.attribute = s.attribute)
            GROUP BY {_KEY}
        )
        """,
        [base, run_id],
    )
    # 2. Each staged row's fact id; the distinct (fact, value) pairs and whether they were known.
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE stage_map AS
        SELECT s.*, f.id AS fact_id
        FROM stage_facts s
        JOIN facts f ON f.entity = s.entity AND f."index" = s."index" AND f.component = s.component
                    AND f."group" = s."group" AND f.year = s.year AND f.attribute = s.attribute
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE stage_values AS
        SELECT d.fact_id, d.value, v.id AS value_id, v.id IS NOT NULL AS known
        FROM (SELECT DISTINCT fact_id, value FROM stage_map) d
        LEFT JOIN fact_values v ON v.fact_id = d.fact_id AND v.value = d.value
        """
    )
    base = _next_id(con, "fact_values")
    con.execute(
        """
        INSERT INTO fact_values (id, fact_id, value, first_seen_run)
        SELECT ? + row_number() OVER (ORDER BY fact_id, value), fact_id, value, ?
        FROM stage_values WHERE NOT known
        """,
        [base, run_id],
    )
    counts = con.execute("SELECT count(*) FILTER (WHERE NOT known), count(*) FILTER (WHERE known) FROM stage_values").fetchone()
    result.new_facts, result.known_facts = (int(counts[0]), int(counts[1])) if counts else (0, 0)

    # 3. Evidence rows not stored yet (same value, article, span and extractor version).
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE stage_evidence AS
        SELECT m.fact_id, v.id AS value_id, m.article_id, m.sentence, m.span_start, m.span_end, m.value_text,
               m.from_table, m.confidence, m.source_url
        FROM stage_map m
        JOIN fact_values v ON v.fact_id = m.fact_id AND v.value = m.value
        WHERE NOT EXISTS (
            SELECT 1 FROM evidence e
            WHERE e.value_id = v.id AND e.article_id = m.article_id AND e.span_start = m.span_start
              AND e.span_end = m.span_end AND e.extractor_version = ?)
        QUALIFY row_number() OVER (PARTITION BY v.id, m.article_id, m.span_start, m.span_end ORDER BY m.confidence DESC) = 1
        """,
        [extractor_version],
    )
    base = _next_id(con, "evidence")
    inserted = con.execute(
        """
        INSERT INTO evidence (id, fact_id, value_id, article_id, sentence, span_start, span_end, value_text,
                              from_table, confidence, source_url, extractor_version, run_id)
        SELECT ? + row_number() OVER (ORDER BY value_id, article_id, span_start, span_end),
               fact_id, value_id, article_id, sentence, span_start, span_end, value_text,
               from_table, confidence, source_url, ?, ?
        FROM stage_evidence
        """,
        [base, extractor_version, run_id],
    ).fetchone()
    result.new_evidence = int(inserted[0]) if inserted else 0

    # 4. Resolved values of the facts that gained evidence; count keys that became conflicts.
    if result.new_evidence:
        con.execute("CREATE OR REPLACE TEMP TABLE touched AS SELECT DISTINCT fact_id FROM stage_evidence")
        con.execute(
            "CREATE OR REPLACE TEMP TABLE touched_before AS "
            "SELECT t.fact_id, coalesce(r.n_values, 0) AS n_values FROM touched t "
            "LEFT JOIN fact_resolution r ON r.fact_id = t.fact_id"
        )
        refresh_resolution(con)
        row = con.execute(
            "SELECT count(*) FROM touched_before b JOIN fact_resolution r ON r.fact_id = b.fact_id "
            "WHERE b.n_values <= 1 AND r.n_values > 1"
        ).fetchone()
        result.conflicts_created = int(row[0]) if row else 0

    # 5. Articles this extractor version has read, with or without facts.
    marked_row = con.execute(
        "INSERT INTO extractions (article_id, extractor_version, run_id) "
        "SELECT article_id, ?, ? FROM stage_marked s WHERE NOT EXISTS ("
        " SELECT 1 FROM extractions x WHERE x.article_id = s.article_id AND x.extractor_version = ?)",
        [extractor_version, run_id, extractor_version],
    ).fetchone()
    result.articles_marked = int(marked_row[0]) if marked_row else 0

    # Per-source figures: a value counts once per source that claimed it in this batch.
    per_source: dict[str, dict[str, int]] = defaultdict(lambda: {"facts_new": 0, "facts_known": 0})
    for source, known, n in con.execute(
        """
        SELECT source, known, count(*)
        FROM (
            SELECT DISTINCT coalesce(a.source, '') AS source, m.fact_id, m.value, v.known
            FROM stage_map m
            JOIN stage_values v ON v.fact_id = m.fact_id AND v.value = m.value
            JOIN articles a ON a.id = m.article_id
        )
        GROUP BY ALL
        """
    ).fetchall():
        per_source[source]["facts_known" if known else "facts_new"] += int(n)
    result.per_source = {s: {"new_facts": c["facts_new"], "known_facts": c["facts_known"]} for s, c in per_source.items()}
    add_figures(con, run_id, {s: {"facts_new": c["facts_new"], "facts_known": c["facts_known"]} for s, c in per_source.items()})
    return result
