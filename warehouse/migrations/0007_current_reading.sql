-- The current reading counts: for each article only the claims of the newest extractor version that
-- has read it count toward support, conflicts, resolution and every view. Older claims stay in
-- `evidence` for audit (view `superseded_claims`); nothing is deleted.
--
-- "Newest" is by version number, not by when the reading happened, so a process still running an
-- older extractor (a worker not yet upgraded) cannot take an article back to its old reading.

-- Sort key of an extractor version: its leading dotted numbers ("0.10.1" → [0, 10, 1]); a version
-- without them ("test-1") sorts before every numbered one. Ties (equal numbers) go to the text.
CREATE MACRO extractor_version_key(v) AS
    list_transform(string_split(coalesce(nullif(regexp_extract(v, '^[0-9]+(\.[0-9]+)*'), ''), '-1'), '.'),
                   lambda x: TRY_CAST(x AS BIGINT));

-- Readings recorded only through evidence (none should exist: the loader marks every article it
-- stores claims for) are made explicit, so `extractions` alone says who read what.
INSERT INTO extractions (article_id, extractor_version, run_id)
SELECT article_id, extractor_version, min(run_id) FROM evidence e
WHERE NOT EXISTS (SELECT 1 FROM extractions x WHERE x.article_id = e.article_id AND x.extractor_version = e.extractor_version)
GROUP BY article_id, extractor_version;

-- The current reading of each article that has been read: maintained by the facts loader whenever
-- it marks articles as read (warehouse/facts.py, update_current_readings).
CREATE TABLE current_readings (
    article_id         BIGINT PRIMARY KEY,
    extractor_version  VARCHAR NOT NULL
);
INSERT INTO current_readings
SELECT article_id, arg_max(extractor_version, {'k': extractor_version_key(extractor_version), 'v': extractor_version})
FROM extractions GROUP BY article_id;

-- fact_resolution now counts current claims only (support, evidence_count, n_values); stored_values
-- counts every value ever claimed, so "n_values = 0 AND stored_values > 0" is a fact that lost all
-- current evidence (resolved_by 'retired' unless a review holds it). The migration's Python step
-- (warehouse/migrate.py, AFTER_SQL) re-resolves every fact under the new rule.
ALTER TABLE fact_resolution ADD COLUMN stored_values INTEGER NOT NULL DEFAULT 0;

-- Re-extraction runs keep their "what changed" report in crawl_runs.report (kind 'reextract');
-- this records which version each run read with, for `xephang versions`.
ALTER TABLE crawl_runs ADD COLUMN extractor_version VARCHAR;

CREATE OR REPLACE VIEW facts_v AS
SELECT
    f.id                          AS fact_id,
    f.entity,
    f.entity_type,
    f."index",
    NULLIF(f.component, '')       AS component,
    NULLIF(f."group", '')         AS "group",
    NULLIF(f.year, 0)             AS year,
    f.attribute,
    r.value,
    r.resolved_by,
    r.support,
    r.evidence_count,
    r.n_values,
    r.n_values > 1                AS in_conflict,
    f.first_seen_run,
    r.value_id                    AS resolved_value_id,
    r.stored_values,
    coalesce(r.n_values = 0 AND r.stored_values > 0, false) AS lost_current_evidence
FROM facts f
LEFT JOIN fact_resolution r ON r.fact_id = f.id;

-- Evidence of current readings only: the claims that count.
CREATE VIEW current_evidence AS
SELECT e.*
FROM evidence e
JOIN current_readings c ON c.article_id = e.article_id AND c.extractor_version = e.extractor_version;

CREATE OR REPLACE VIEW conflicts AS
SELECT
    f.id                                  AS fact_id,
    f.entity,
    f."index",
    NULLIF(f.component, '')               AS component,
    NULLIF(f."group", '')                 AS "group",
    NULLIF(f.year, 0)                     AS year,
    f.attribute,
    v.value,
    v.id = r.value_id                     AS is_resolved,
    r.resolved_by,
    count(DISTINCT a.cluster_id)          AS support,
    count(*)                              AS evidence_count,
    list({'article_id': a.id, 'title': a.title, 'url': a.canonical_url, 'source': a.source,
          'published': a.published, 'sentence': e.sentence,
          'value_text': value_as_written(e.sentence, v.value)}
         ORDER BY a.id, e.span_start)     AS evidence
FROM fact_resolution r
JOIN facts f       ON f.id = r.fact_id
JOIN fact_values v ON v.fact_id = f.id
JOIN current_evidence e ON e.value_id = v.id
JOIN articles a    ON a.id = e.article_id
WHERE r.n_values > 1
GROUP BY f.id, f.entity, f."index", f.component, f."group", f.year, f.attribute, v.id, v.value, r.value_id, r.resolved_by
ORDER BY f.entity, f."index", f.year, f.attribute, support DESC, v.value;

CREATE OR REPLACE VIEW article_facts AS
SELECT
    a.id                      AS article_id,
    a.title,
    a.canonical_url           AS url,
    a.source,
    a.published,
    a.cluster_id,
    f.fact_id,
    f.entity,
    f.entity_type,
    f."index",
    f.component,
    f."group",
    f.year,
    f.attribute,
    v.value,
    value_as_written(e.sentence, v.value) AS value_text,
    v.id = f.resolved_value_id AS is_resolved_value,
    e.sentence,
    e.span_start,
    e.span_end,
    e.extractor_version
FROM current_evidence e
JOIN articles a    ON a.id = e.article_id
JOIN fact_values v ON v.id = e.value_id
JOIN facts_v f     ON f.fact_id = e.fact_id
ORDER BY a.id, e.span_start, f.attribute;

-- Claims of readings that are no longer current: kept for audit, counted nowhere.
CREATE VIEW superseded_claims AS
SELECT
    a.id                      AS article_id,
    a.title,
    a.canonical_url           AS url,
    a.source,
    e.extractor_version,
    c.extractor_version       AS current_version,
    f.id                      AS fact_id,
    f.entity,
    f."index",
    NULLIF(f.component, '')   AS component,
    NULLIF(f."group", '')     AS "group",
    NULLIF(f.year, 0)         AS year,
    f.attribute,
    e.value,
    value_as_written(e.sentence, e.value) AS value_text,
    e.sentence,
    e.span_start,
    e.span_end,
    e.run_id
FROM evidence e
JOIN current_readings c ON c.article_id = e.article_id AND c.extractor_version <> e.extractor_version
JOIN articles a ON a.id = e.article_id
JOIN facts f    ON f.id = e.fact_id
ORDER BY a.id, e.extractor_version, e.span_start, f.attribute;
