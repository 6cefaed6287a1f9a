-- The harvest view of each record harvesters have ever seen: one narrow row at the record's current seq (the
-- primary key), with the formats it can be disseminated in ('|oai_dc|datacite|…|'). Harvest pages and counts scan
-- these rows alone, not the wide record rows (which carry the JSON) nor the renditions.
CREATE TABLE harvest_item (
    seq       BIGINT        PRIMARY KEY,
    record_id VARCHAR(32)   NOT NULL REFERENCES record (id),
    datestamp BIGINT        NOT NULL,
    gone      BOOLEAN       NOT NULL,
    formats   VARCHAR(1000) NOT NULL,
    CONSTRAINT harvest_item_record UNIQUE (record_id)
);
CREATE INDEX harvest_item_datestamp ON harvest_item (datestamp);
-- existing records, with the harvestable formats there are at this version (the write path keeps them from now on)
INSERT INTO harvest_item (seq, record_id, datestamp, gone, formats)
    SELECT r.seq, r.id, r.datestamp, (r.deleted OR r.restricted), '|'
        || CASE WHEN EXISTS (SELECT 1 FROM rendition x WHERE x.record_id = r.id AND x.format = 'datacite') THEN 'datacite|' ELSE '' END
        || CASE WHEN EXISTS (SELECT 1 FROM rendition x WHERE x.record_id = r.id AND x.format = 'marcxml') THEN 'marcxml|' ELSE '' END
        || CASE WHEN EXISTS (SELECT 1 FROM rendition x WHERE x.record_id = r.id AND x.format = 'oai_datacite') THEN 'oai_datacite|' ELSE '' END
        || CASE WHEN EXISTS (SELECT 1 FROM rendition x WHERE x.record_id = r.id AND x.format = 'oai_dc') THEN 'oai_dc|' ELSE '' END
        || CASE WHEN EXISTS (SELECT 1 FROM rendition x WHERE x.record_id = r.id AND x.format = 'oai_openaire') THEN 'oai_openaire|' ELSE '' END
    FROM record r WHERE r.ever_public = TRUE;
