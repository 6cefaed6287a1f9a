package org.interopserver.storage;

import java.sql.SQLException;
import java.util.Optional;

/** Which DOI the server reserved for each record, and its state at DataCite. */
public final class DoiRegistrationStore {

    /** Notes the record's DOI as reserved, unless it is already known. */
    public void reserve(Tx tx, String recordId, String doi, long nowMs) throws SQLException {
        if (find(tx, recordId).isEmpty()) {
            tx.update("INSERT INTO doi_registration (record_id, doi, state, updated_ms) VALUES (?, ?, ?, ?)",
                    recordId, doi, DoiRegistration.RESERVED, nowMs);
        }
    }

    public Optional<DoiRegistration> find(Tx tx, String recordId) throws SQLException {
        return tx.queryOne("SELECT record_id, doi, state, updated_ms FROM doi_registration"
                        + " WHERE record_id = ?",
                rs -> new DoiRegistration(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)), recordId);
    }

    public void setState(Tx tx, String recordId, String state, long nowMs) throws SQLException {
        tx.update("UPDATE doi_registration SET state = ?, updated_ms = ? WHERE record_id = ?", state, nowMs, recordId);
    }
}
