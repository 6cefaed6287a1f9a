-- Every format of a record's current revision, rendered and validated when the revision was written: read paths
-- (exports, OAI-PMH) serve these bytes and never run a stylesheet. A record has no row for a format it cannot be
-- expressed in, and none at all once deleted.
CREATE TABLE rendition (
    record_id VARCHAR(32) NOT NULL REFERENCES record (id),
    format    VARCHAR(64) NOT NULL,
    content   TEXT        NOT NULL,
    etag      VARCHAR(64) NOT NULL,
    PRIMARY KEY (record_id, format)
);
CREATE INDEX rendition_format ON rendition (format, record_id);

-- Small named values the server keeps for itself (e.g. the fingerprint of the crosswalks the renditions were made with).
CREATE TABLE server_state (
    name        VARCHAR(64) PRIMARY KEY,
    state_value TEXT        NOT NULL
);
