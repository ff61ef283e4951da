-- Views for people. They read fact_resolution (kept current by the loaders), turn the key sentinels
-- back into NULL ('' component/group, year 0) and use the fact contract's field names.

-- The value as written in the sentence: the first number there equal to the value, decimal comma
-- or point as printed ("0,6667", "21"); NULL when the sentence words it ("dẫn đầu" for rank 1).
CREATE MACRO value_as_written(sentence, value) AS
    list_filter(regexp_extract_all(sentence, '\d+(?:[.,]\d+)?'),
                lambda x: abs(TRY_CAST(replace(x, ',', '.') AS DOUBLE) - abs(value)) < 1e-6)[1];

-- One readable row per atomic fact with its resolved value.
CREATE VIEW facts_v AS
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
    f.first_seen_run
FROM facts f
LEFT JOIN fact_resolution r ON r.fact_id = f.id;

-- One row per ranked body, index, component, group and year: the resolved attributes side by side.
-- support = the most independent sources (near-duplicate clusters) behind any of the row's values.
CREATE VIEW rankings AS
SELECT
    f.entity,
    any_value(f.entity_type)                                              AS entity_type,
    f."index",
    NULLIF(f.component, '')                                               AS component,
    NULLIF(f."group", '')                                                 AS "group",
    NULLIF(f.year, 0)                                                     AS year,
    CAST(max(r.value) FILTER (WHERE f.attribute = 'rank') AS INTEGER)        AS rank,
    CAST(max(r.value) FILTER (WHERE f.attribute = 'rank_total') AS INTEGER)  AS rank_total,
    max(r.value) FILTER (WHERE f.attribute = 'score')                        AS score,
    CAST(max(r.value) FILTER (WHERE f.attribute = 'top') AS INTEGER)         AS top,
    CAST(max(r.value) FILTER (WHERE f.attribute = 'rank_change') AS INTEGER) AS rank_change,
    max(r.support)                                                        AS support,
    bool_or(r.n_values > 1)                                               AS in_conflict
FROM facts f
JOIN fact_resolution r ON r.fact_id = f.id
WHERE r.value IS NOT NULL
GROUP BY f.entity, f."index", f.component, f."group", f.year;

-- A body's standing year after year, per index, component and field.
CREATE VIEW rank_history AS
SELECT entity, entity_type, "index", component, "group", year, rank, rank_total, score, top, rank_change, support
FROM rankings
WHERE year IS NOT NULL
ORDER BY entity, "index", component NULLS FIRST, "group" NULLS FIRST, year;

-- Facts with more than one claimed value: one row per side, with the articles and sentences behind it.
CREATE VIEW conflicts AS
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
JOIN evidence e    ON e.value_id = v.id
JOIN articles a    ON a.id = e.article_id
WHERE r.n_values > 1
GROUP BY f.id, f.entity, f."index", f.component, f."group", f.year, f.attribute, v.id, v.value, r.value_id, r.resolved_by
ORDER BY f.entity, f."index", f.year, f.attribute, support DESC, v.value;

-- Each article with the facts read from it.
CREATE VIEW article_facts AS
SELECT
    a.id                      AS article_id,
    a.title,
    a.canonical_url           AS url,
    a.source,
    a.published,
    a.cluster_id,
    f.id                      AS fact_id,
    f.entity,
    f.entity_type,
    f."index",
    NULLIF(f.component, '')   AS component,
    NULLIF(f."group", '')     AS "group",
    NULLIF(f.year, 0)         AS year,
    f.attribute,
    v.value,
    value_as_written(e.sentence, v.value) AS value_text,
    v.id = r.value_id         AS is_resolved_value,
    e.sentence,
    e.span_start,
    e.span_end,
    e.extractor_version
FROM evidence e
JOIN articles a    ON a.id = e.article_id
JOIN fact_values v ON v.id = e.value_id
JOIN facts f       ON f.id = e.fact_id
LEFT JOIN fact_resolution r ON r.fact_id = f.id
ORDER BY a.id, e.span_start, f.attribute;
