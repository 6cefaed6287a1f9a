package org.interopserver.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rendered formats of each record's current revision. */
public final class RenditionStore {

    /** Makes {@code contentByFormat} the record's renditions: formats not in it are removed. */
    public void replace(Tx tx, String recordId, Map<String, String> contentByFormat) throws SQLException {
        deleteAll(tx, recordId);
        for (Map.Entry<String, String> r : contentByFormat.entrySet()) {
            tx.update("INSERT INTO rendition (record_id, format, content, etag) VALUES (?, ?, ?, ?)",
                    recordId, r.getKey(), r.getValue(), etag(r.getValue()));
        }
    }

    public void deleteAll(Tx tx, String recordId) throws SQLException {
        tx.update("DELETE FROM rendition WHERE record_id = ?", recordId);
    }

    public Optional<StoredRendition> find(Tx tx, String recordId, String format) throws SQLException {
        return tx.queryOne("SELECT format, content, etag FROM rendition WHERE record_id = ? AND format = ?",
                rs -> new StoredRendition(rs.getString(1), rs.getString(2), rs.getString(3)), recordId, format);
    }

    /** The formats the record has renditions in. */
    public List<String> formats(Tx tx, String recordId) throws SQLException {
        return tx.query("SELECT format FROM rendition WHERE record_id = ? ORDER BY format", rs -> rs.getString(1),
                recordId);
    }

    /** All renditions of the record by format. */
    public Map<String, String> contents(Tx tx, String recordId) throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        for (StoredRendition r : tx.query("SELECT format, content, etag FROM rendition WHERE record_id = ? ORDER BY format",
                rs -> new StoredRendition(rs.getString(1), rs.getString(2), rs.getString(3)), recordId)) {
            contents.put(r.format(), r.content());
        }
        return contents;
    }

    /** A digest of the content: changes whenever the bytes do, also when a stylesheet changes them. */
    static String etag(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
