"""The resolved value of a fact, kept in `fact_resolution` for the facts a load or review touched.

Order of authority: the latest review (accept a value, correct to a value, reject a value or the
whole fact); else a value read from an official table (an article of source kind `official_table`,
or evidence flagged as from a table); else the value with most support (distinct near-duplicate
clusters, so a syndicated story counts once); ties go to the value published earliest, then to the
value stored first. Precomputing this at write time keeps the views for people cheap to query.

Only current readings count (migration 0007): an article's claims count if they come from the
newest extractor version that has read it (`current_readings`). Older claims stay in `evidence`
but add no support, make no conflict and carry no official-table authority. A fact that no current
reading claims resolves as `retired` (it leaves `rankings`) unless a review holds it: an accepted or
corrected value stays in force on its key whatever the extractor says now.

A review that corrects a fact's key moves the reviewed value: the reviewed fact is rejected, the
fact at the corrected key resolves to the value by review. Neither resolution depends on the
other's values, so a load touching one need not touch the other; a review or undo touches both.
"""

from __future__ import annotations

import duckdb

_RESOLVE_SQL = """
-- Every value ever claimed for a touched fact; support, evidence and the official flag count only
-- evidence of current readings (current_readings: each article's newest extractor version), so a
-- value no current reading claims has current = false and wins only if a review holds it.
CREATE OR REPLACE TEMP TABLE res_values AS
WITH cur AS (
    SELECT e.value_id, a.cluster_id,
           coalesce(a.source_kind = 'official_table', false) OR e.from_table AS official,
           coalesce(a.published, CAST(a.fetched_at AS DATE)) AS published
    FROM evidence e
    JOIN touched t ON t.fact_id = e.fact_id
    JOIN current_readings c ON c.article_id = e.article_id AND c.extractor_version = e.extractor_version
    JOIN articles a ON a.id = e.article_id
)
SELECT v.fact_id, v.id AS value_id, v.value,
       count(DISTINCT cur.cluster_id)::INTEGER AS support,
       count(cur.value_id)::INTEGER AS evidence_count,
       coalesce(bool_or(cur.official), false) AS official,
       min(cur.published) AS earliest,
       count(cur.value_id) > 0 AS current
FROM fact_values v
JOIN touched t ON t.fact_id = v.fact_id
LEFT JOIN cur ON cur.value_id = v.id
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

INSERT INTO fact_resolution (fact_id, value, value_id, resolved_by, support, evidence_count, n_values, stored_values)
WITH counts AS (
    SELECT fact_id, count(*) FILTER (WHERE current)::INTEGER AS n_values, count(*)::INTEGER AS stored_values
    FROM res_values GROUP BY fact_id
),
auto_pick AS (
    -- A GROUP BY with arg_max instead of a window: no sort over every touched value. A value of a
    -- current reading always beats one no current reading claims; the latter is picked only so that
    -- an 'accept' without a named value can hold the fact (see chosen).
    SELECT v.fact_id,
           arg_max(v.value_id, {'current': v.current, 'official': v.official, 'support': v.support,
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
             WHEN r.decision = 'accept' THEN auto.value_id
             WHEN auto.current THEN auto.value_id
             ELSE NULL END AS value_id,
        CASE WHEN r.decision = 'correct' THEN r.corrected_value
             WHEN r.decision = 'accept' AND rv.value_id IS NOT NULL THEN rv.value
             WHEN r.decision = 'reject' AND r.value_id IS NULL THEN NULL
             WHEN r.decision = 'accept' THEN auto.value
             WHEN auto.current THEN auto.value
             ELSE NULL END AS value,
        CASE WHEN r.decision IN ('correct', 'accept') THEN 'review'
             WHEN r.decision = 'reject' AND r.value_id IS NULL THEN 'rejected'
             WHEN auto.value_id IS NULL THEN 'rejected'
             WHEN NOT auto.current THEN 'retired'
             WHEN auto.official THEN 'official_table'
             ELSE 'support' END AS resolved_by
    FROM touched t
    LEFT JOIN res_review r ON r.fact_id = t.fact_id
    LEFT JOIN res_values rv ON rv.value_id = r.value_id
    LEFT JOIN res_values cv ON cv.fact_id = t.fact_id AND r.decision = 'correct' AND cv.value = r.corrected_value
    LEFT JOIN auto ON auto.fact_id = t.fact_id
)
SELECT c.fact_id, c.value, c.value_id, c.resolved_by,
       coalesce(v.support, 0), coalesce(v.evidence_count, 0), coalesce(n.n_values, 0), coalesce(n.stored_values, 0)
FROM chosen c
LEFT JOIN res_values v ON v.value_id = c.value_id
LEFT JOIN counts n ON n.fact_id = c.fact_id;
"""


def refresh_resolution(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute `fact_resolution` for the fact ids in temp table `touched(fact_id)` (each id once)."""
    for statement in con.extract_statements(_RESOLVE_SQL):
        con.execute(statement)


def resolve_all(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute `fact_resolution` for every fact: what a migration that changes the rule runs once."""
    con.execute("CREATE OR REPLACE TEMP TABLE touched AS SELECT id AS fact_id FROM facts")
    refresh_resolution(con)
