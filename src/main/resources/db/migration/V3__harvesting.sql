-- What OAI-PMH harvesting reads: set membership kept per record (so a set harvest is one index range scan in seq
-- order), query-defined sets, and whether a record was ever visible to harvesters (only those are later shown to
-- them as deleted).

ALTER TABLE record ADD COLUMN ever_public BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE record SET ever_public = FALSE WHERE restricted = TRUE AND deleted = FALSE;

-- One row per (set, record) the record is or was in. member = FALSE: it left the set, and harvesters of that set see
-- it as deleted from then on. seq mirrors record.seq, so a set harvest pages over (set_spec, seq) alone.
CREATE TABLE record_set (
    set_spec  VARCHAR(200) NOT NULL,
    record_id VARCHAR(32)  NOT NULL REFERENCES record (id),
    seq       BIGINT       NOT NULL,
    member    BOOLEAN      NOT NULL,
    PRIMARY KEY (set_spec, record_id)
);
CREATE INDEX record_set_seq ON record_set (set_spec, seq);
CREATE INDEX record_set_record ON record_set (record_id);

-- Sets an operator defines by a filter over the model's fields (JSON, see model.RecordFilter).
CREATE TABLE query_set (
    spec        VARCHAR(200) PRIMARY KEY,
    name        VARCHAR(500) NOT NULL,
    description TEXT,
    filter      TEXT         NOT NULL,
    created     BIGINT       NOT NULL
);
