package org.interopserver.storage;

import java.sql.SQLException;
import java.util.List;

/** Keeps each record's harvest row ({@code harvest_item}) in step with the record and its renditions. */
public final class HarvestItemStore {

    /**
     * Moves the record's harvest row to its current seq, state and formats; call after the record and its renditions
     * are written. A record that was never public has no row.
     */
    public void place(Tx tx, String recordId) throws SQLException {
        List<String> formats = tx.query("SELECT format FROM rendition WHERE record_id = ? ORDER BY format",
                rs -> rs.getString(1), recordId);
        tx.update("DELETE FROM harvest_item WHERE record_id = ?", recordId);
        tx.update("INSERT INTO harvest_item (seq, record_id, datestamp, gone, formats) SELECT seq, id, datestamp,"
                        + " (deleted OR restricted), ? FROM record WHERE id = ? AND ever_public = TRUE",
                "|" + String.join("|", formats) + (formats.isEmpty() ? "" : "|"), recordId);
    }

    /** How a format appears in a harvest row's format list, for LIKE. */
    static String pattern(String format) {
        return "%|" + Like.escape(format) + "|%";
    }
}
