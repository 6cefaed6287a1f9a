-- Records, their revisions, communities and API tokens.
-- Portable SQL: the same migration runs on H2 (embedded) and PostgreSQL. Times are epoch seconds (UTC).

CREATE TABLE counter (
    name  VARCHAR(32) PRIMARY KEY,
    counter_value BIGINT NOT NULL
);
-- 'seq' numbers every change that affects what is published; its row lock makes seq order equal commit order
INSERT INTO counter (name, counter_value) VALUES ('seq', 0);

CREATE TABLE record (
    id            VARCHAR(32)  PRIMARY KEY,
    concept_id    VARCHAR(32)  NOT NULL,
    version_index INTEGER      NOT NULL,
    revision_id   INTEGER      NOT NULL,
    seq           BIGINT       NOT NULL,
    datestamp     BIGINT       NOT NULL,
    created       BIGINT       NOT NULL,
    resource_type VARCHAR(64)  NOT NULL,
    restricted    BOOLEAN      NOT NULL,
    deleted       BOOLEAN      NOT NULL,
    doi           VARCHAR(255),
    json          TEXT         NOT NULL,
    CONSTRAINT record_seq_unique UNIQUE (seq),
    CONSTRAINT record_version_unique UNIQUE (concept_id, version_index)
);
CREATE INDEX record_datestamp ON record (datestamp);
CREATE INDEX record_type_seq ON record (resource_type, seq);
CREATE INDEX record_doi ON record (doi);

-- every revision of every record, never rewritten
CREATE TABLE record_revision (
    record_id   VARCHAR(32) NOT NULL REFERENCES record (id),
    revision_id INTEGER     NOT NULL,
    created     BIGINT      NOT NULL,
    json        TEXT        NOT NULL,
    PRIMARY KEY (record_id, revision_id)
);

CREATE TABLE community (
    slug        VARCHAR(100)  PRIMARY KEY,
    title       VARCHAR(500)  NOT NULL,
    description TEXT,
    created     BIGINT        NOT NULL
);

CREATE TABLE record_community (
    record_id      VARCHAR(32)  NOT NULL REFERENCES record (id),
    community_slug VARCHAR(100) NOT NULL REFERENCES community (slug),
    PRIMARY KEY (record_id, community_slug)
);
CREATE INDEX record_community_slug ON record_community (community_slug, record_id);

-- bearer tokens: only a salted PBKDF2 hash of the secret is kept
CREATE TABLE api_token (
    id         VARCHAR(32)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    role       VARCHAR(16)  NOT NULL,
    salt       VARCHAR(64)  NOT NULL,
    hash       VARCHAR(200) NOT NULL,
    iterations INTEGER      NOT NULL,
    created    BIGINT       NOT NULL,
    revoked    BIGINT
);
