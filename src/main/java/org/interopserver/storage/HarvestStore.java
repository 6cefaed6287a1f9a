package org.interopserver.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The harvesting read path: pages of records in change order (keyset over seq, never an offset), so page 10,000
 * costs what page 1 does, and a record changed during a harvest moves behind the harvest's position instead of
 * shifting the pages under it. Pages scan the narrow {@code harvest_item} rows (kept by {@link RecordStore} at each
 * record's current seq), not the wide record rows.
 */
public final class HarvestStore {

    /**
     * Up to {@code limit} records of the scope with a seq above {@code afterSeq}, in seq order: headers only; the
     * renditions are read by {@link #contents} while the response is written, a few at a time.
     */
    public List<HarvestRow> page(Tx tx, HarvestScope scope, long afterSeq, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(HarvestItemStore.pattern(scope.format()));
        String sql = "SELECT h.record_id, h.seq, h.datestamp, " + gone(scope) + ", h.formats LIKE ? ESCAPE '!'"
                + from(scope, afterSeq, params) + " ORDER BY " + seq(scope) + " LIMIT ?";
        params.add(limit);
        return tx.query(sql, HarvestStore::row, params.toArray());
    }

    /** How many records of the scope have a seq above {@code afterSeq}. */
    public long count(Tx tx, HarvestScope scope, long afterSeq) throws SQLException {
        List<Object> params = new ArrayList<>();
        return tx.queryOne("SELECT COUNT(*)" + from(scope, afterSeq, params), rs -> rs.getLong(1), params.toArray())
                .orElse(0L);
    }

    /**
     * The seq below which no record has a datestamp at or after {@code from}: where a harvest {@code from} a date
     * can start instead of scanning from the beginning.
     */
    public long seqBefore(Tx tx, long from) throws SQLException {
        return tx.queryOne("SELECT MIN(seq) FROM harvest_item WHERE datestamp >= ?", rs -> rs.getObject(1) == null
                ? Long.MAX_VALUE : rs.getLong(1) - 1, from).orElse(Long.MAX_VALUE);
    }

    /** The renditions in {@code format} of the given records, by record id (records without one are left out). */
    public Map<String, String> contents(Tx tx, String format, Collection<String> recordIds) throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        if (recordIds.isEmpty()) {
            return contents;
        }
        List<Object> params = new ArrayList<>();
        params.add(format);
        params.addAll(recordIds);
        String marks = String.join(",", java.util.Collections.nCopies(recordIds.size(), "?"));
        for (String[] row : tx.query("SELECT record_id, content FROM rendition WHERE format = ? AND record_id IN ("
                + marks + ")", rs -> new String[] {rs.getString(1), rs.getString(2)}, params.toArray())) {
            contents.put(row[0], row[1]);
        }
        return contents;
    }

    /**
     * One record for GetRecord with its rendition in {@code format} (null when gone or without it), read in one
     * statement so that the two agree.
     */
    public Optional<Map.Entry<HarvestRow, String>> recordWithContent(Tx tx, String recordId, String format)
            throws SQLException {
        return tx.queryOne("SELECT h.record_id, h.seq, h.datestamp, h.gone, rd.content FROM harvest_item h"
                + " LEFT JOIN rendition rd ON rd.record_id = h.record_id AND rd.format = ? WHERE h.record_id = ?",
                rs -> {
                    boolean gone = rs.getBoolean(4);
                    String content = gone ? null : rs.getString(5);
                    HarvestRow row = new HarvestRow(rs.getString(1), rs.getLong(2),
                            Instant.ofEpochSecond(rs.getLong(3)), gone, content != null);
                    return new java.util.AbstractMap.SimpleImmutableEntry<>(row, content);
                }, format, recordId);
    }

    /**
     * The formats a record can be disseminated in (none when it is gone), or empty when harvesters have never seen it
     * (unknown id, or never public).
     */
    public Optional<List<String>> formats(Tx tx, String recordId) throws SQLException {
        return tx.queryOne("SELECT gone, formats FROM harvest_item WHERE record_id = ?", rs -> rs.getBoolean(1)
                ? List.<String>of() : java.util.Arrays.stream(rs.getString(2).split("\\|"))
                .filter(f -> !f.isEmpty()).toList(), recordId);
    }

    /** The sets each of the records is a member of, in spec order. */
    public Map<String, List<String>> sets(Tx tx, Collection<String> recordIds) throws SQLException {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        if (recordIds.isEmpty()) {
            return sets;
        }
        String marks = String.join(",", java.util.Collections.nCopies(recordIds.size(), "?"));
        for (String[] row : tx.query("SELECT record_id, set_spec FROM record_set WHERE member = TRUE AND record_id IN ("
                + marks + ") ORDER BY set_spec", rs -> new String[] {rs.getString(1), rs.getString(2)},
                recordIds.toArray())) {
            sets.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return sets;
    }

    /** Datestamp of the oldest change harvesters can see. */
    public Optional<Instant> earliestDatestamp(Tx tx) throws SQLException {
        return tx.queryOne("SELECT datestamp FROM harvest_item ORDER BY datestamp LIMIT 1",
                rs -> Instant.ofEpochSecond(rs.getLong(1)));
    }

    /** Some record harvesters can get, for Identify's sample identifier. */
    public Optional<String> sampleRecordId(Tx tx) throws SQLException {
        return tx.queryOne("SELECT record_id FROM harvest_item WHERE gone = FALSE ORDER BY seq LIMIT 1",
                rs -> rs.getString(1));
    }

    /**
     * Waits for every write that already holds a seq to commit: writers hold the counter row from taking their seq
     * until commit. A harvest that then takes its response date sees every change stamped before that date, and
     * every later change is stamped at or after it, so an incremental harvest from that date misses nothing.
     */
    public void awaitWritesInFlight(Tx tx) throws SQLException {
        new RecordStore().lockWriters(tx);
    }

    private static String seq(HarvestScope scope) {
        return scope.setSpec() == null ? "h.seq" : "s.seq";
    }

    private static String gone(HarvestScope scope) {
        return scope.setSpec() == null ? "h.gone" : "(h.gone OR s.member = FALSE)";
    }

    /** FROM and WHERE of a scope: its records, and the tombstones it shows, after {@code afterSeq}. */
    private static String from(HarvestScope scope, long afterSeq, List<Object> params) {
        // a set row carries the record's seq, so the join is a primary-key lookup into harvest_item
        StringBuilder sql = new StringBuilder(scope.setSpec() == null ? " FROM harvest_item h"
                : " FROM record_set s JOIN harvest_item h ON h.seq = s.seq");
        sql.append(" WHERE ");
        if (scope.setSpec() == null) {
            sql.append("TRUE");
        } else {
            sql.append("s.set_spec = ?");
            params.add(scope.setSpec());
        }
        sql.append(" AND ").append(seq(scope)).append(" > ?");
        params.add(afterSeq);
        sql.append(" AND (").append(gone(scope)).append(" OR h.formats LIKE ? ESCAPE '!')");
        params.add(HarvestItemStore.pattern(scope.format()));
        if (scope.from() != null) {
            sql.append(" AND h.datestamp >= ?");
            params.add(scope.from());
        }
        if (scope.until() != null) {
            sql.append(" AND h.datestamp <= ?");
            params.add(scope.until());
        }
        return sql.toString();
    }

    private static HarvestRow row(ResultSet rs) throws SQLException {
        boolean gone = rs.getBoolean(4);
        return new HarvestRow(rs.getString(1), rs.getLong(2), Instant.ofEpochSecond(rs.getLong(3)), gone,
                !gone && rs.getBoolean(5));
    }
}
