"""The resolved value of a fact, kept in `fact_resolution` for the facts a load or review touched.

Order of authority: the latest review (accept a value, correct to a value, reject a value or the
whole fact); else a value read from an official table (an article of source kind `official_table`,
or evidence flagged as from a table); else the value with most support (distinct near-duplicate
clusters, so a syndicated story counts once); ties go to the value published earliest, then to the
value stored first. Precomputing this at write time keeps the views for people cheap to query.

A review that corrects a fact's key moves the reviewed value: the reviewed fact is rejected, the
fact at the corrected key resolves to the value by review. Neither resolution depends on the
other's values, so a load touching one need not touch the other; a review or undo touches both.
"""

from __future__ import annotations

import duckdb

_RESOLVE_SQL = """
CREATE OR REPLACE TEMP TABLE res_values AS
SELECT v.fact_id, v.id AS value_id, v.value,
       count(DISTINCT a.cluster_id)::INTEGER AS support,
       count(*)::INTEGER AS evidence_count,
       bool_or(coalesce(a.source_kind = 'official_table', false) OR e.from_table) AS official,
       min(coalesce(a.published, CAST(a.fetched_at AS DATE))) AS earliest
FROM fact_values v
JOIN touched t ON t.fact_id = v.fact_id
JOIN evidence e ON e.value_id = v.id
JOIN articles a ON a.id = e.article_id
GROUP BY v.fact_id, v.id, v.value;

-- The review in force on each touched fact. A review that corrects its fact's key (corrected_fact_id)
-- counts twice: as a rejection of the whole fact it was made on, and as a correction of the fact at
-- the corrected key to the reviewed value. The latter counts only while it is the latest review of
-- its own fact; a fact both reviewed itself and corrected onto follows the later of the two.
CREATE OR REPLACE TEMP TABLE res_review AS
WITH in_force AS (
    SELECT r.id, r.fact_id, r.value_id, r.decision, r.corrected_value, r.corrected_fact_id, r.reviewed_at
    FROM reviews r
    WHERE r.fact_id IN (SELECT fact_id FROM touched)
       OR r.fact_id IN (SELECT m.fact_id FROM reviews m JOIN touched t ON t.fact_id = m.corrected_fact_id)
    QUALIFY row_number() OVER (PARTITION BY r.fact_id ORDER BY r.reviewed_at DESC, r.id DESC) = 1
),
applied AS (
    SELECT fact_id,
           CASE WHEN corrected_fact_id IS NULL THEN value_id END AS value_id,
           CASE WHEN corrected_fact_id IS NULL THEN decision ELSE 'reject' END AS decision,
           CASE WHEN corrected_fact_id IS NULL THEN corrected_value END AS corrected_value,
           reviewed_at, id, true AS own
    FROM in_force
    UNION ALL
    SELECT corrected_fact_id, NULL, 'correct', corrected_value, reviewed_at, id, false
    FROM in_force WHERE corrected_fact_id IS NOT NULL
)
SELECT a.fact_id, a.value_id, a.decision, a.corrected_value
FROM applied a JOIN touched t ON t.fact_id = a.fact_id
-- Accepting a fact as shown (no value named) keeps a value moved onto it: it is the value shown.
WHERE NOT (a.own AND a.decision = 'accept' AND a.value_id IS NULL
           AND EXISTS (SELECT 1 FROM applied m WHERE NOT m.own AND m.fact_id = a.fact_id))
QUALIFY row_number() OVER (PARTITION BY a.fact_id ORDER BY a.reviewed_at DESC, a.id DESC) = 1;

DELETE FROM fact_resolution WHERE fact_id IN (SELECT fact_id FROM touched);

INSERT INTO fact_resolution
WITH counts AS (
    SELECT fact_id, count(*)::INTEGER AS n_values FROM res_values GROUP BY fact_id
),
auto_pick AS (
    -- A GROUP BY with arg_max instead of a window: no sort over every touched value.
    SELECT v.fact_id,
           arg_max(v.value_id, {'official': v.official, 'support': v.support,
                                'earlier': -coalesce(date_diff('day', DATE '1970-01-01', v.earliest), 100000000),
                                'first': -v.value_id}) AS value_id
    FROM res_values v LEFT JOIN res_review r ON r.fact_id = v.fact_id
    WHERE NOT coalesce(r.decision = 'reject' AND r.value_id = v.value_id, false)
    GROUP BY v.fact_id
),
auto AS (
    SELECT v.* FROM auto_pick p JOIN res_values v ON v.value_id = p.value_id
),
chosen AS (
    SELECT t.fact_id,
        CASE WHEN r.decision = 'correct' THEN cv.value_id
             WHEN r.decision = 'accept' AND rv.value_id IS NOT NULL THEN rv.value_id
             WHEN r.decision = 'reject' AND r.value_id IS NULL THEN NULL
             ELSE auto.value_id END AS value_id,
        CASE WHEN r.decision = 'correct' THEN r.corrected_value
             WHEN r.decision = 'accept' AND rv.value_id IS NOT NULL THEN rv.value
             WHEN r.decision = 'reject' AND r.value_id IS NULL THEN NULL
             ELSE auto.value END AS value,
        CASE WHEN r.decision IN ('correct', 'accept') THEN 'review'
             WHEN r.decision = 'reject' AND r.value_id IS NULL THEN 'rejected'
             WHEN auto.value_id IS NULL THEN 'rejected'
             WHEN auto.official THEN 'official_table'
             ELSE 'support' END AS resolved_by
    FROM touched t
    LEFT JOIN res_review r ON r.fact_id = t.fact_id
    LEFT JOIN res_values rv ON rv.value_id = r.value_id
    LEFT JOIN res_values cv ON cv.fact_id = t.fact_id AND r.decision = 'correct' AND cv.value = r.corrected_value
    LEFT JOIN auto ON auto.fact_id = t.fact_id
)
SELECT c.fact_id, c.value, c.value_id, c.resolved_by,
       coalesce(v.support, 0), coalesce(v.evidence_count, 0), coalesce(n.n_values, 0)
FROM chosen c
LEFT JOIN res_values v ON v.value_id = c.value_id
LEFT JOIN counts n ON n.fact_id = c.fact_id;
"""


def refresh_resolution(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute `fact_resolution` for the fact ids in temp table `touched(fact_id)`."""
    for statement in con.extract_statements(_RESOLVE_SQL):
        con.execute(statement)
