package org.interopserver.storage;

import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/** Which OAI sets each record is in, and which it has left (those harvesters see it as deleted in). */
public final class SetMembershipStore {

    /** The sets the record is a member of now. */
    public Set<String> current(Tx tx, String recordId) throws SQLException {
        return new TreeSet<>(tx.query("SELECT set_spec FROM record_set WHERE record_id = ? AND member = TRUE",
                rs -> rs.getString(1), recordId));
    }

    /**
     * Makes {@code specs} the record's sets as of change {@code seq}: rows of sets it left stay, marked as left, and
     * every row moves to {@code seq}, so a set harvest finds the change (membership or not) at the record's new place.
     */
    public void replace(Tx tx, String recordId, Set<String> specs, long seq) throws SQLException {
        tx.update("UPDATE record_set SET seq = ?, member = FALSE WHERE record_id = ?", seq, recordId);
        for (String spec : specs) {
            if (tx.update("UPDATE record_set SET member = TRUE WHERE set_spec = ? AND record_id = ?", spec,
                    recordId) == 0) {
                tx.update("INSERT INTO record_set (set_spec, record_id, seq, member) VALUES (?, ?, ?, TRUE)", spec,
                        recordId, seq);
            }
        }
    }
}
