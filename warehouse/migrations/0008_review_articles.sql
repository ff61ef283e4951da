-- Whole-article review (issue 13): facts a reviewer added because the extractor missed them, and
-- "article done" decisions, which make an article's fact set gold (recall is measured on them).
--
-- An added fact is one atomic fact (key, attribute, value) stated in one article at a span. It is held in
-- force by an ordinary review (decision 'correct' to the added value, note {"added": id}) on the fact
-- at that key, so it wins in `rankings` like any review and an undo of that review takes it back;
-- the row here stays, as the record of what was added where (in force while its review exists).
-- Spans are offsets in the extractor's normalised text (title + body), as evidence spans are.
CREATE TABLE review_additions (
    id            BIGINT PRIMARY KEY,
    review_id     BIGINT NOT NULL,          -- the reviews row that holds it (gone after an undo)
    article_id    BIGINT NOT NULL,
    fact_id       BIGINT NOT NULL,          -- the fact at the key when added (may be removed by an undo)
    entity        VARCHAR NOT NULL,
    entity_type   VARCHAR NOT NULL,
    "index"       VARCHAR NOT NULL,
    component     VARCHAR NOT NULL DEFAULT '',
    "group"       VARCHAR NOT NULL DEFAULT '',
    year          INTEGER NOT NULL DEFAULT 0,
    attribute     VARCHAR NOT NULL CHECK (attribute IN ('rank', 'rank_total', 'top', 'score', 'rank_change')),
    value         DOUBLE NOT NULL,
    sentence      VARCHAR,
    span_start    INTEGER,
    span_end      INTEGER,
    reviewer      VARCHAR,
    added_at      TIMESTAMP NOT NULL
);

-- "Article done" decisions in force: the reviewer has seen the whole article, judged or left each
-- extracted fact and added what was missed. An undo deletes the row; review_log keeps both.
CREATE TABLE article_reviews (
    id          BIGINT PRIMARY KEY,
    article_id  BIGINT NOT NULL,
    reviewer    VARCHAR,
    done_at     TIMESTAMP NOT NULL
);

-- The trail records article decisions too: decision 'article_done', article_id set, no fact, and
-- review_id naming the article_reviews row (its own id space, told apart by the decision).
ALTER TABLE review_log ALTER COLUMN fact_id DROP NOT NULL;
ALTER TABLE review_log ADD COLUMN article_id BIGINT;

-- rankings says how its row was decided: the strongest authority among its resolved values
-- (review > official_table > support), so a reviewer's added or corrected fact shows as 'review'.
CREATE OR REPLACE VIEW rankings AS
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
    bool_or(r.n_values > 1)                                               AS in_conflict,
    CASE WHEN bool_or(r.resolved_by = 'review') THEN 'review'
         WHEN bool_or(r.resolved_by = 'official_table') THEN 'official_table'
         ELSE any_value(r.resolved_by) END                                AS resolved_by
FROM facts f
JOIN fact_resolution r ON r.fact_id = f.id
WHERE r.value IS NOT NULL
GROUP BY f.entity, f."index", f.component, f."group", f.year;
