package org.interopserver.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records and their revisions. Reads and writes happen inside a caller's {@link Tx}. */
public final class RecordStore {

    private static final String COLUMNS = "r.id, r.concept_id, r.version_index, r.revision_id, r.seq, r.datestamp,"
            + " r.created, r.restricted, r.deleted, r.json,"
            + " (SELECT MAX(v.version_index) FROM record v WHERE v.concept_id = r.concept_id) AS latest_index";

    public Optional<StoredRecord> find(Tx tx, String id) throws SQLException {
        return tx.queryOne("SELECT " + COLUMNS + " FROM record r WHERE r.id = ?", RecordStore::map, id);
    }

    /**
     * Reads the record and holds its row lock until the transaction ends, so concurrent writers queue. The row
     * comes from the locking statement itself: on H2 a later plain read in the same transaction may still see
     * the version from before the lock was granted.
     */
    public Optional<StoredRecord> lock(Tx tx, String id) throws SQLException {
        Optional<StoredRecord> locked = tx.queryOne("SELECT r.id, r.concept_id, r.version_index, r.revision_id, r.seq,"
                + " r.datestamp, r.created, r.restricted, r.deleted, r.json, 0 AS latest_index FROM record r"
                + " WHERE r.id = ? FOR UPDATE", RecordStore::map, id);
        if (locked.isEmpty()) {
            return locked;
        }
        StoredRecord r = locked.get();
        return Optional.of(new StoredRecord(r.id(), r.conceptId(), r.versionIndex(),
                latestVersionIndex(tx, r.conceptId()), r.revisionId(), r.seq(), r.datestamp(), r.created(),
                r.restricted(), r.deleted(), r.json()));
    }

    /**
     * The next change sequence number. The counter row stays locked until commit, so numbers are handed out
     * in commit order: a reader that has seen seq n will never later find a committed change below n.
     */
    public long nextSeq(Tx tx) throws SQLException {
        tx.update("UPDATE counter SET counter_value = counter_value + 1 WHERE name = 'seq'");
        return tx.queryOne("SELECT counter_value FROM counter WHERE name = 'seq'", rs -> rs.getLong(1)).orElseThrow();
    }

    /**
     * Waits for record writes in flight and holds later ones off until this transaction ends: every write takes
     * the seq counter first ({@link #nextSeq}) and keeps its lock until commit.
     */
    public void lockWriters(Tx tx) throws SQLException {
        tx.query("SELECT counter_value FROM counter WHERE name = 'seq' FOR UPDATE", rs -> rs.getLong(1));
    }

    public boolean conceptExists(Tx tx, String conceptId) throws SQLException {
        return tx.queryOne("SELECT 1 FROM record WHERE concept_id = ?", rs -> 1, conceptId).isPresent();
    }

    public int latestVersionIndex(Tx tx, String conceptId) throws SQLException {
        return tx.queryOne("SELECT MAX(version_index) FROM record WHERE concept_id = ?", rs -> rs.getInt(1),
                conceptId).orElse(0);
    }

    public void insert(Tx tx, RecordRow row, long seq) throws SQLException {
        tx.update("INSERT INTO record (id, concept_id, version_index, revision_id, seq, datestamp, created,"
                        + " resource_type, restricted, deleted, doi, json, ever_public, search_text, publication_year,"
                        + " access_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.conceptId(), row.versionIndex(), row.revisionId(), seq, row.datestamp().getEpochSecond(),
                row.created().getEpochSecond(), row.resourceType(), row.restricted(), row.deleted(), row.doi(),
                row.json(), row.isPublic(), row.search().text(), row.search().publicationYear(),
                row.search().accessStatus());
        addRevision(tx, row);
        replaceCommunities(tx, row);
    }

    /**
     * Makes {@code row} the current revision of an existing (locked) record, provided the record is still at the
     * revision before it; otherwise nothing is written and {@link ConcurrentChangeException} says so.
     */
    public void update(Tx tx, RecordRow row, long seq) throws SQLException {
        int changed = tx.update("UPDATE record SET revision_id = ?, seq = ?, datestamp = ?, resource_type = ?,"
                        + " restricted = ?, deleted = ?, doi = ?, json = ?, ever_public = (ever_public OR ?),"
                        + " search_text = ?, publication_year = ?, access_status = ? WHERE id = ? AND revision_id = ?",
                row.revisionId(), seq, row.datestamp().getEpochSecond(), row.resourceType(), row.restricted(),
                row.deleted(), row.doi(), row.json(), row.isPublic(), row.search().text(),
                row.search().publicationYear(), row.search().accessStatus(), row.id(), row.revisionId() - 1);
        if (changed != 1) {
            throw new ConcurrentChangeException(row.id());
        }
        addRevision(tx, row);
        replaceCommunities(tx, row);
    }

    /**
     * Marks a record as changed for harvesters without a new revision (its renditions changed because the
     * crosswalks did): a new seq and datestamp.
     */
    public void touch(Tx tx, String id, long seq, Instant datestamp) throws SQLException {
        tx.update("UPDATE record SET seq = ?, datestamp = ? WHERE id = ?", seq, datestamp.getEpochSecond(), id);
    }

    /** Rewrites what the search page matches the record by (not a change harvesters see). */
    public void updateSearch(Tx tx, String id, SearchFields search) throws SQLException {
        tx.update("UPDATE record SET search_text = ?, publication_year = ?, access_status = ? WHERE id = ?",
                search.text(), search.publicationYear(), search.accessStatus(), id);
    }

    /** Ids of all records (deleted ones too) after {@code afterId} in id order: a cursor over the whole repository. */
    public List<String> idsAfter(Tx tx, String afterId, int limit) throws SQLException {
        return tx.query("SELECT id FROM record WHERE id > ? ORDER BY id LIMIT ?", rs -> rs.getString(1),
                afterId, limit);
    }

    private void addRevision(Tx tx, RecordRow row) throws SQLException {
        tx.update("INSERT INTO record_revision (record_id, revision_id, created, json) VALUES (?, ?, ?, ?)",
                row.id(), row.revisionId(), row.datestamp().getEpochSecond(), row.json());
    }

    private void replaceCommunities(Tx tx, RecordRow row) throws SQLException {
        tx.update("DELETE FROM record_community WHERE record_id = ?", row.id());
        for (String slug : row.communities()) {
            tx.update("INSERT INTO record_community (record_id, community_slug) VALUES (?, ?)", row.id(), slug);
        }
    }

    public List<RevisionInfo> revisions(Tx tx, String id) throws SQLException {
        return tx.query("SELECT revision_id, created FROM record_revision WHERE record_id = ? ORDER BY revision_id",
                rs -> new RevisionInfo(rs.getInt(1), Instant.ofEpochSecond(rs.getLong(2))), id);
    }

    public Optional<String> revisionJson(Tx tx, String id, int revisionId) throws SQLException {
        return tx.queryOne("SELECT json FROM record_revision WHERE record_id = ? AND revision_id = ?",
                rs -> rs.getString(1), id, revisionId);
    }

    /** One page of live records, newest change first; deleted records are left out. */
    public List<StoredRecord> list(Tx tx, RecordQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM record r WHERE r.deleted = FALSE");
        List<Object> params = new ArrayList<>();
        if (!q.includeRestricted()) {
            sql.append(" AND r.restricted = FALSE");
        }
        if (q.beforeSeq() != null) {
            sql.append(" AND r.seq < ?");
            params.add(q.beforeSeq());
        }
        if (q.resourceType() != null) {
            sql.append(" AND r.resource_type = ?");
            params.add(q.resourceType());
        }
        if (q.updatedSince() != null) {
            sql.append(" AND r.datestamp >= ?");
            params.add(q.updatedSince().getEpochSecond());
        }
        if (q.community() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM record_community c WHERE c.record_id = r.id AND c.community_slug = ?)");
            params.add(q.community());
        }
        sql.append(" ORDER BY r.seq DESC LIMIT ?");
        params.add(q.limit());
        return tx.query(sql.toString(), RecordStore::map, params.toArray());
    }

    /** Every version of a concept, first version first. */
    public List<StoredRecord> versions(Tx tx, String conceptId) throws SQLException {
        return tx.query("SELECT " + COLUMNS + " FROM record r WHERE r.concept_id = ? ORDER BY r.version_index",
                RecordStore::map, conceptId);
    }

    /** The record with this DOI (DOIs compare without regard to case), deleted ones too. */
    public Optional<String> idByDoi(Tx tx, String doi) throws SQLException {
        Optional<String> exact = tx.queryOne("SELECT id FROM record WHERE doi = ?", rs -> rs.getString(1), doi);
        return exact.isPresent() ? exact : tx.queryOne("SELECT id FROM record WHERE UPPER(doi) = UPPER(?)",
                rs -> rs.getString(1), doi);
    }

    /** One page of public records matching the query, most recently changed first, and how many match in all. */
    public Hits search(Tx tx, SearchQuery q) throws SQLException {
        StringBuilder where = new StringBuilder(" FROM record r WHERE r.deleted = FALSE AND r.restricted = FALSE");
        List<Object> params = new ArrayList<>();
        for (String term : q.terms()) {
            where.append(" AND r.search_text LIKE ? ESCAPE '!'");
            params.add("%" + Like.escape(term) + "%");
        }
        if (q.type() != null) {
            where.append(" AND (r.resource_type = ? OR r.resource_type LIKE ?)");
            params.add(q.type());
            params.add(q.type() + "-%");
        }
        if (q.community() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM record_community c WHERE c.record_id = r.id AND c.community_slug = ?)");
            params.add(q.community());
        }
        if (q.access() != null) {
            where.append(" AND r.access_status = ?");
            params.add(q.access());
        }
        if (q.year() != null) {
            where.append(" AND r.publication_year = ?");
            params.add(q.year());
        }
        long total = tx.queryOne("SELECT COUNT(*)" + where, rs -> rs.getLong(1), params.toArray()).orElse(0L);
        params.add(q.limit());
        params.add(q.offset());
        List<StoredRecord> page = tx.query("SELECT " + COLUMNS + where + " ORDER BY r.seq DESC LIMIT ? OFFSET ?",
                RecordStore::map, params.toArray());
        return new Hits(page, total);
    }

    /** A page of search results and the number of all matches. */
    public record Hits(List<StoredRecord> records, long total) {
    }

    /** How many records the public can see (live, not restricted). */
    public long countPublic(Tx tx) throws SQLException {
        return tx.queryOne("SELECT COUNT(*) FROM record WHERE deleted = FALSE AND restricted = FALSE",
                rs -> rs.getLong(1)).orElse(0L);
    }

    /** One page of public records in id order: ids and datestamps (for sitemaps). */
    public List<java.util.Map.Entry<String, Instant>> publicPage(Tx tx, long offset, int limit) throws SQLException {
        return tx.query("SELECT id, datestamp FROM record WHERE deleted = FALSE AND restricted = FALSE ORDER BY id"
                        + " LIMIT ? OFFSET ?", rs -> java.util.Map.entry(rs.getString(1),
                        Instant.ofEpochSecond(rs.getLong(2))), limit, offset);
    }

    public long count(Tx tx) throws SQLException {
        return tx.queryOne("SELECT COUNT(*) FROM record", rs -> rs.getLong(1)).orElse(0L);
    }

    private static StoredRecord map(ResultSet rs) throws SQLException {
        return new StoredRecord(rs.getString("id"), rs.getString("concept_id"), rs.getInt("version_index"),
                rs.getInt("latest_index"), rs.getInt("revision_id"), rs.getLong("seq"),
                Instant.ofEpochSecond(rs.getLong("datestamp")), Instant.ofEpochSecond(rs.getLong("created")),
                rs.getBoolean("restricted"), rs.getBoolean("deleted"), rs.getString("json"));
    }
}
