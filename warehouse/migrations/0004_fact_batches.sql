-- Fact batches loaded completely, by a fingerprint of their claims (warehouse/facts.py,
-- batch_fingerprint: sha256 of the batch's article ids, keys, attribute values and spans, in order).
-- A batch whose fingerprint is here for the same extractor version is a no-op reload: all of its
-- claims are in `evidence`, because the row is written in the transaction that stored them and
-- evidence rows are never deleted. Anything that ever deletes evidence (or fact_values) must delete
-- the rows of the batches concerned here (or all rows: the next load of each batch re-checks it).
-- claimed_values / claimed_per_source are the figures such a reload reports as known_facts / per_source.
CREATE TABLE fact_batches (
    fingerprint         VARCHAR NOT NULL,
    extractor_version   VARCHAR NOT NULL,
    facts               INTEGER NOT NULL,     -- Facts in the batch (as given, before splitting)
    claimed_values      BIGINT NOT NULL,      -- distinct (key, attribute, value) the batch claims
    claimed_per_source  JSON NOT NULL,        -- {article source: distinct values claimed}
    run_id              INTEGER,
    loaded_at           TIMESTAMP NOT NULL,
    PRIMARY KEY (fingerprint, extractor_version)
);
