package org.interopserver.storage;

import org.interopserver.model.ModelJson;
import org.interopserver.model.Record;
import org.interopserver.model.Versions;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads stored records back as model objects, with the fields that depend on other records filled in. */
public final class RecordReader {

    private final RecordStore records;

    public RecordReader(RecordStore records) {
        this.records = records;
    }

    public Optional<Record> find(Tx tx, String id) throws SQLException {
        return records.find(tx, id).map(RecordReader::toModel);
    }

    public List<Record> versions(Tx tx, String conceptId) throws SQLException {
        return records.versions(tx, conceptId).stream().map(RecordReader::toModel).toList();
    }

    public static Record toModel(StoredRecord stored) {
        Record record = ModelJson.read(stored.json(), Record.class);
        if (record.versions == null) {
            record.versions = new Versions();
        }
        record.versions.index = stored.versionIndex();
        record.versions.isLatest = stored.versionIndex() == stored.latestVersionIndex();
        return record;
    }
}
