-- Core tables. Ids are assigned by the loaders (max(id) + n inside the load transaction): only one
-- process can hold the file for writing, so there is no race, and bulk inserts need no sequence calls.
-- No FOREIGN KEY clauses: DuckDB checks them row by row and forbids updating referenced rows; the
-- loaders write parents before children inside one transaction instead.

CREATE TABLE sources (
    id              VARCHAR PRIMARY KEY,      -- the source file's id (crawlers/sources/<id>.toml)
    kind            VARCHAR,                  -- news | portal | ministry | official_table
    first_seen_run  INTEGER
);

CREATE TABLE crawl_runs (
    id           INTEGER PRIMARY KEY,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    status       VARCHAR NOT NULL,            -- running | completed | completed_with_errors | failed
    sources      JSON,                        -- list of source ids the run was asked to crawl
    figures      JSON,                        -- {source: {pages, new_articles, duplicates, ..., facts_new, facts_known, errors}}
    report       JSON                         -- the run report as given to finish_run
);

CREATE TABLE articles (
    id              BIGINT PRIMARY KEY,
    canonical_url   VARCHAR NOT NULL UNIQUE,  -- xephang.urls.canonical_url of rel=canonical, else of the final URL
    url             VARCHAR NOT NULL,         -- the final URL as fetched
    title           VARCHAR,
    published       DATE,
    source          VARCHAR,
    source_kind     VARCHAR,
    author          VARCHAR,
    text            VARCHAR NOT NULL,         -- body as crawled, paragraphs separated by blank lines
    tables          JSON,                     -- [{headers, rows, caption}]
    text_hash       VARCHAR NOT NULL,         -- sha256 of the NFC, case-folded, whitespace-collapsed text
    cluster_id      BIGINT NOT NULL,          -- near-duplicate cluster: id of its first article
    similarity      DOUBLE,                   -- estimated Jaccard to the cluster article it matched (NULL: founded the cluster)
    first_seen_run  INTEGER,
    fetched_at      TIMESTAMP,
    http_status     INTEGER
);

-- Every address that reached an article: canonical form, final URL, requested URL, rel=canonical, aliases.
CREATE TABLE article_urls (
    url             VARCHAR PRIMARY KEY,
    article_id      BIGINT NOT NULL,
    kind            VARCHAR NOT NULL,         -- canonical | final | requested | rel_canonical | alias
    first_seen_run  INTEGER
);

-- MinHash signature per article (raw little-endian uint64 bytes) and its LSH band buckets, kept so a
-- later load compares new articles with stored ones without re-reading their texts.
CREATE TABLE article_signatures (
    article_id  BIGINT PRIMARY KEY,
    signature   BLOB NOT NULL
);
CREATE TABLE article_lsh (
    band        SMALLINT NOT NULL,
    bucket      BIGINT NOT NULL,
    article_id  BIGINT NOT NULL
);

-- Which extractor version has read which article (with or without finding facts).
CREATE TABLE extractions (
    article_id         BIGINT NOT NULL,
    extractor_version  VARCHAR NOT NULL,
    run_id             INTEGER,
    PRIMARY KEY (article_id, extractor_version)
);

-- One row per atomic fact: a key plus one attribute (rank, rank_total, top, score, rank_change).
-- NULLs of the contract are stored as sentinels so that the key dedupes them:
-- component '' = the overall index, "group" '' = the usual field, year 0 = year not stated.
-- The views turn them back into NULL.
-- key_hash = md5_number of (entity, index, component, group, year) joined by chr(31), xor the
-- attribute's number (see warehouse/facts.py): the loaders join on this one 128-bit column instead
-- of six text columns, and its UNIQUE constraint is the database-level guarantee that
-- (entity, index, component, group, year, attribute) is unique.
CREATE TABLE facts (
    id              BIGINT NOT NULL,
    entity          VARCHAR NOT NULL,
    entity_type     VARCHAR NOT NULL,         -- first one seen; not part of the key
    "index"         VARCHAR NOT NULL,
    component       VARCHAR NOT NULL DEFAULT '',
    "group"         VARCHAR NOT NULL DEFAULT '',
    year            INTEGER NOT NULL DEFAULT 0,
    attribute       VARCHAR NOT NULL CHECK (attribute IN ('rank', 'rank_total', 'top', 'score', 'rank_change')),
    key_hash        UHUGEINT NOT NULL,
    first_seen_run  INTEGER
);

-- The values claimed for a fact. More than one row for a fact is a conflict.
-- (fact_id, value) is unique by construction of the loader (anti-join inside the single writer's
-- transaction) rather than by an index: see "Uniqueness" in warehouse/README.md.
CREATE TABLE fact_values (
    id              BIGINT NOT NULL,
    fact_id         BIGINT NOT NULL,
    value           DOUBLE NOT NULL,          -- rounded to 6 decimals
    first_seen_run  INTEGER
);

-- Where a value was read: one row per claim (key_hash, value, article_id, span_start, span_end,
-- extractor_version), loader-enforced like fact_values. The claim's key_hash and value are repeated
-- here so that "was this claim recorded already?" is one anti-join, without joining facts and values.
-- The value as written ("99,87") is derived from the sentence by the views' value_as_written macro at
-- read time, so loads do not pay for it.
CREATE TABLE evidence (
    id                 BIGINT NOT NULL,
    fact_id            BIGINT NOT NULL,
    value_id           BIGINT NOT NULL,
    key_hash           UHUGEINT NOT NULL,
    value              DOUBLE NOT NULL,
    article_id         BIGINT NOT NULL,
    sentence           VARCHAR,
    span_start         INTEGER NOT NULL,
    span_end           INTEGER NOT NULL,
    from_table         BOOLEAN NOT NULL DEFAULT false,
    confidence         DOUBLE,
    source_url         VARCHAR,              -- the Fact's own `source` (url or file)
    extractor_version  VARCHAR NOT NULL,
    run_id             INTEGER
);

-- Human decisions on a fact. The latest one wins: accept (value_id), reject (value_id, or the whole
-- fact when NULL), correct (corrected_value).
CREATE TABLE reviews (
    id               BIGINT PRIMARY KEY,
    fact_id          BIGINT NOT NULL,
    value_id         BIGINT,
    decision         VARCHAR NOT NULL CHECK (decision IN ('accept', 'reject', 'correct')),
    corrected_value  DOUBLE,
    reviewer         VARCHAR,
    reviewed_at      TIMESTAMP NOT NULL,
    note             VARCHAR
);

-- The resolved value of each fact, recomputed by the loaders for the facts a load or a review
-- touched (so the views for people read it instead of re-ranking every value on every query).
-- One row per fact; no PRIMARY KEY because a row is deleted and re-inserted in one transaction.
CREATE TABLE fact_resolution (
    fact_id         BIGINT NOT NULL,
    value           DOUBLE,                   -- NULL when the fact was rejected by review
    value_id        BIGINT,
    resolved_by     VARCHAR NOT NULL,         -- review | official_table | support | rejected
    support         INTEGER NOT NULL,         -- distinct near-duplicate clusters behind the resolved value
    evidence_count  INTEGER NOT NULL,         -- evidence rows behind the resolved value
    n_values        INTEGER NOT NULL          -- distinct values claimed (> 1: conflict)
);
