package org.interopserver.storage;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Linked ORCID iDs, the ORCID iDs records credit, and the works records have in ORCID. */
public final class OrcidStore {

    public void link(Tx tx, String orcid, String sealedToken, long nowMs) throws SQLException {
        if (tx.update("UPDATE orcid_link SET sealed_token = ?, linked_ms = ? WHERE orcid = ?", sealedToken, nowMs,
                orcid) == 0) {
            tx.update("INSERT INTO orcid_link (orcid, sealed_token, linked_ms) VALUES (?, ?, ?)", orcid, sealedToken,
                    nowMs);
        }
    }

    public boolean unlink(Tx tx, String orcid) throws SQLException {
        return tx.update("DELETE FROM orcid_link WHERE orcid = ?", orcid) == 1;
    }

    public Optional<OrcidLink> findLink(Tx tx, String orcid) throws SQLException {
        return tx.queryOne("SELECT orcid, sealed_token, linked_ms FROM orcid_link WHERE orcid = ?",
                rs -> new OrcidLink(rs.getString(1), rs.getString(2), rs.getLong(3)), orcid);
    }

    public boolean isLinked(Tx tx, String orcid) throws SQLException {
        return tx.queryOne("SELECT 1 FROM orcid_link WHERE orcid = ?", rs -> 1, orcid).isPresent();
    }

    /** Every linked iD, without tokens, in iD order. */
    public List<OrcidLink> links(Tx tx) throws SQLException {
        return tx.query("SELECT orcid, linked_ms FROM orcid_link ORDER BY orcid",
                rs -> new OrcidLink(rs.getString(1), null, rs.getLong(2)));
    }

    /** Makes {@code orcids} the iDs the record's creators have. */
    public void placeCredits(Tx tx, String recordId, Collection<String> orcids) throws SQLException {
        List<String> current = credits(tx, recordId);
        if (current.size() == orcids.size() && current.containsAll(orcids)) {
            return;
        }
        tx.update("DELETE FROM record_orcid WHERE record_id = ?", recordId);
        for (String orcid : orcids) {
            tx.update("INSERT INTO record_orcid (orcid, record_id) VALUES (?, ?)", orcid, recordId);
        }
    }

    public List<String> credits(Tx tx, String recordId) throws SQLException {
        return tx.query("SELECT orcid FROM record_orcid WHERE record_id = ? ORDER BY orcid", rs -> rs.getString(1),
                recordId);
    }

    /** Every record crediting the iD, deleted and restricted ones included. */
    public List<String> creditedRecords(Tx tx, String orcid) throws SQLException {
        return tx.query("SELECT record_id FROM record_orcid WHERE orcid = ? ORDER BY record_id",
                rs -> rs.getString(1), orcid);
    }

    /**
     * The {@code format} renditions of the public records crediting the iD, newest first ({@code offset} and
     * {@code limit} page through them).
     */
    public List<String> publicWorks(Tx tx, String orcid, String format, int offset, int limit) throws SQLException {
        return tx.query("SELECT x.content FROM record_orcid o JOIN record r ON r.id = o.record_id"
                        + " JOIN rendition x ON x.record_id = r.id AND x.format = ?"
                        + " WHERE o.orcid = ? AND r.deleted = FALSE AND r.restricted = FALSE"
                        + " ORDER BY r.created DESC, r.id OFFSET " + offset + " ROWS FETCH FIRST " + limit
                        + " ROWS ONLY",
                rs -> rs.getString(1), format, orcid);
    }

    public Optional<OrcidWork> findWork(Tx tx, String recordId, String orcid) throws SQLException {
        return tx.queryOne("SELECT record_id, orcid, put_code, state, updated_ms FROM orcid_work"
                + " WHERE record_id = ? AND orcid = ?", OrcidStore::work, recordId, orcid);
    }

    public List<OrcidWork> works(Tx tx, String recordId) throws SQLException {
        return tx.query("SELECT record_id, orcid, put_code, state, updated_ms FROM orcid_work"
                + " WHERE record_id = ? ORDER BY orcid", OrcidStore::work, recordId);
    }

    public void saveWork(Tx tx, OrcidWork work) throws SQLException {
        if (tx.update("UPDATE orcid_work SET put_code = ?, state = ?, updated_ms = ? WHERE record_id = ? AND orcid = ?",
                work.putCode(), work.state(), work.updatedMs(), work.recordId(), work.orcid()) == 0) {
            tx.update("INSERT INTO orcid_work (record_id, orcid, put_code, state, updated_ms) VALUES (?, ?, ?, ?, ?)",
                    work.recordId(), work.orcid(), work.putCode(), work.state(), work.updatedMs());
        }
    }

    /** Lets works the researcher removed in ORCID be synced again (they linked their iD anew). */
    public void resumeStopped(Tx tx, String orcid, long nowMs) throws SQLException {
        tx.update("UPDATE orcid_work SET state = ?, updated_ms = ? WHERE orcid = ? AND state = ?",
                OrcidWork.PENDING, nowMs, orcid, OrcidWork.STOPPED);
    }

    private static OrcidWork work(java.sql.ResultSet rs) throws SQLException {
        return new OrcidWork(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
    }
}
