"""What each extractor version read, and what one version changed against another.

A diff compares two versions on the articles **both** have read (so re-reading a tenth of the
articles does not show the other nine tenths as retired), atomic fact by atomic fact: the set of
values version A claims for a fact across those articles against the set B claims.

- added: B claims the fact, A does not;
- retired: A claims it, B does not;
- changed: both claim it with different value sets (old values → new values).

Each change carries one sentence per side (the first claim by article and position) so that a
reviewer can check the change against the text. This is what a version does to the claims, not to
the resolved warehouse: a fact a version retires stays in `rankings` while another article's current
reading still claims it, or while a review holds it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

import duckdb

CHANGE_KINDS = ("added", "retired", "changed")

_VERSIONS_SQL = """
WITH reads AS (
    SELECT extractor_version AS version, count(*) AS articles_read, min(run_id) AS first_run
    FROM extractions GROUP BY ALL
), cur AS (
    SELECT extractor_version AS version, count(*) AS current_articles FROM current_readings GROUP BY ALL
), claims AS (
    SELECT extractor_version AS version, count(*) AS claims, count(DISTINCT fact_id) AS facts
    FROM evidence GROUP BY ALL
)
SELECT r.version, r.articles_read, coalesce(c.current_articles, 0), coalesce(e.claims, 0), coalesce(e.facts, 0),
       CAST(run.started_at AS VARCHAR)
FROM reads r
LEFT JOIN cur c ON c.version = r.version
LEFT JOIN claims e ON e.version = r.version
LEFT JOIN crawl_runs run ON run.id = r.first_run
ORDER BY extractor_version_key(r.version), r.version
"""

_DIFF_SQL = """
WITH common AS (
    SELECT article_id FROM extractions WHERE extractor_version = $a
    INTERSECT
    SELECT article_id FROM extractions WHERE extractor_version = $b
), claims AS (
    SELECT e.extractor_version = $b AS is_new, e.fact_id, e.value, e.article_id, e.span_start, e.sentence
    FROM evidence e JOIN common c ON c.article_id = e.article_id
    WHERE e.extractor_version IN ($a, $b)
), sides AS (
    SELECT fact_id,
           list_sort(list_distinct(list(value) FILTER (WHERE NOT is_new))) AS old_values,
           list_sort(list_distinct(list(value) FILTER (WHERE is_new))) AS new_values,
           arg_min(sentence, (article_id, span_start)) FILTER (WHERE NOT is_new) AS old_sentence,
           arg_min(sentence, (article_id, span_start)) FILTER (WHERE is_new) AS new_sentence,
           min(article_id) FILTER (WHERE NOT is_new) AS old_article_id,
           min(article_id) FILTER (WHERE is_new) AS new_article_id
    FROM claims GROUP BY fact_id
)
SELECT CASE WHEN len(coalesce(s.old_values, [])) = 0 THEN 'added'
            WHEN len(coalesce(s.new_values, [])) = 0 THEN 'retired'
            ELSE 'changed' END AS change,
       f.entity, f."index", NULLIF(f.component, ''), NULLIF(f."group", ''), NULLIF(f.year, 0), f.attribute,
       coalesce(s.old_values, []), coalesce(s.new_values, []), s.old_sentence, s.new_sentence,
       oa.canonical_url, na.canonical_url, f.id
FROM sides s
JOIN facts f ON f.id = s.fact_id
LEFT JOIN articles oa ON oa.id = s.old_article_id
LEFT JOIN articles na ON na.id = s.new_article_id
WHERE coalesce(s.old_values, []) <> coalesce(s.new_values, [])
ORDER BY f."index", f.attribute, change, f.entity, f.year, f.component, f."group", f.id
"""


@dataclass
class VersionRow:
    """One extractor version: what it read, where it is the current reading, what it claimed."""

    version: str
    articles_read: int
    current_articles: int
    claims: int
    facts: int
    first_read: str | None


@dataclass
class FactChange:
    """One atomic fact whose claimed values differ between two versions."""

    change: str
    entity: str
    index: str
    component: str | None
    group: str | None
    year: int | None
    attribute: str
    old_values: list[float]
    new_values: list[float]
    old_sentence: str | None
    new_sentence: str | None
    old_url: str | None
    new_url: str | None
    fact_id: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class VersionDiff:
    """Every changed fact between `old` and `new`, on the articles both read."""

    old: str
    new: str
    common_articles: int
    changes: list[FactChange] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        found = Counter(c.change for c in self.changes)
        return {kind: found.get(kind, 0) for kind in CHANGE_KINDS}

    def by_index_attribute(self) -> list[dict[str, Any]]:
        """Counts per (index, attribute): the run report's summary table."""
        found: dict[tuple[str, str], Counter[str]] = {}
        for c in self.changes:
            found.setdefault((c.index, c.attribute), Counter())[c.change] += 1
        return [{"index": i, "attribute": a, **{k: n.get(k, 0) for k in CHANGE_KINDS}}
                for (i, a), n in sorted(found.items())]

    def report(self, listed: int = 2000) -> dict[str, Any]:
        """The form stored with a run: totals, per index and attribute, and up to `listed` changes."""
        return {
            "from": self.old, "to": self.new, "common_articles": self.common_articles, **self.counts(),
            "by_index_attribute": self.by_index_attribute(),
            "changes": [c.to_dict() for c in self.changes[:listed]],
            "changes_truncated": len(self.changes) > listed,
        }


def list_versions(con: duckdb.DuckDBPyConnection) -> list[VersionRow]:
    """Every extractor version that has read an article, oldest first (by version number)."""
    return [VersionRow(str(v), int(r), int(c), int(n), int(f), s) for v, r, c, n, f, s in con.execute(_VERSIONS_SQL).fetchall()]


def known_version(con: duckdb.DuckDBPyConnection, version: str) -> bool:
    return con.execute("SELECT 1 FROM extractions WHERE extractor_version = ? LIMIT 1", [version]).fetchone() is not None


def previous_version(con: duckdb.DuckDBPyConnection, version: str) -> str | None:
    """The newest version older than `version` that has read anything: what a re-extraction replaced."""
    row = con.execute(
        """
        SELECT extractor_version FROM (SELECT DISTINCT extractor_version FROM extractions)
        WHERE {'k': extractor_version_key(extractor_version), 'v': extractor_version}
              < {'k': extractor_version_key($v), 'v': $v}
        ORDER BY extractor_version_key(extractor_version) DESC, extractor_version DESC LIMIT 1
        """,
        {"v": version},
    ).fetchone()
    return None if row is None else str(row[0])


def diff_versions(con: duckdb.DuckDBPyConnection, old: str, new: str) -> VersionDiff:
    """The facts whose claimed values differ between `old` and `new` on the articles both read."""
    common = con.execute(
        "SELECT count(*) FROM (SELECT article_id FROM extractions WHERE extractor_version = ?"
        " INTERSECT SELECT article_id FROM extractions WHERE extractor_version = ?)",
        [old, new],
    ).fetchone()
    diff = VersionDiff(old, new, int(common[0]) if common else 0)
    for row in con.execute(_DIFF_SQL, {"a": old, "b": new}).fetchall():
        diff.changes.append(
            FactChange(row[0], row[1], row[2], row[3], row[4], None if row[5] is None else int(row[5]), row[6],
                       [float(v) for v in row[7]], [float(v) for v in row[8]], row[9], row[10], row[11], row[12],
                       int(row[13]))
        )
    return diff
