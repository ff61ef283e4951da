-- The audit trail of reviews: every decision made and every undo, append-only.
-- `reviews` holds the decisions in force (resolution, accuracy and the gold export read it, and an undo
-- deletes its row so none of them ever sees an undone decision); this table keeps what happened, who
-- did it and when, so an undo never erases the record that a decision was made.
-- action 'made': a copy of the reviews row as written; 'undone': the same copy, written by the undo.
-- corrected_fact_id may name a fact an undo removed again (and a later fact may reuse its id): the
-- corrected_* key fields are what the entry means.
CREATE TABLE review_log (
    id                   BIGINT PRIMARY KEY,
    review_id            BIGINT NOT NULL,
    action               VARCHAR NOT NULL CHECK (action IN ('made', 'undone')),
    actor                VARCHAR,                -- the reviewer for 'made'; whoever undid it for 'undone'
    logged_at            TIMESTAMP NOT NULL,     -- when this entry was written
    fact_id              BIGINT NOT NULL,
    value_id             BIGINT,
    decision             VARCHAR NOT NULL,
    corrected_value      DOUBLE,
    reviewer             VARCHAR,
    reviewed_at          TIMESTAMP NOT NULL,
    note                 VARCHAR,
    corrected_entity     VARCHAR,
    corrected_index      VARCHAR,
    corrected_component  VARCHAR,
    corrected_group      VARCHAR,
    corrected_year       INTEGER,
    corrected_fact_id    BIGINT
);

-- Reviews made before the trail existed: their 'made' entry, dated when they were made.
INSERT INTO review_log
SELECT row_number() OVER (ORDER BY id), id, 'made', reviewer, reviewed_at,
       fact_id, value_id, decision, corrected_value, reviewer, reviewed_at, note,
       corrected_entity, corrected_index, corrected_component, corrected_group, corrected_year, corrected_fact_id
FROM reviews;
