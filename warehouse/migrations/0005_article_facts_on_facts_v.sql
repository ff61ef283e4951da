-- article_facts repeated facts_v's projection of a fact (key sentinels back to NULL, resolution);
-- now it reads facts_v, so the two views cannot drift apart. facts_v gains the resolved value's id
-- (resolved_value_id, appended so that existing column positions stay) because article_facts marks
-- the evidence row behind the resolved value by id, exactly as before: NULL when the fact is
-- rejected or corrected to a value nobody claimed, false for the other claimed values.
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
    r.value_id                    AS resolved_value_id
FROM facts f
LEFT JOIN fact_resolution r ON r.fact_id = f.id;

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
FROM evidence e
JOIN articles a    ON a.id = e.article_id
JOIN fact_values v ON v.id = e.value_id
JOIN facts_v f     ON f.fact_id = e.fact_id
ORDER BY a.id, e.span_start, f.attribute;
