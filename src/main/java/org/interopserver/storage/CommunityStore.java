package org.interopserver.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class CommunityStore {

    public void insert(Tx tx, Community c) throws SQLException {
        tx.update("INSERT INTO community (slug, title, description, created) VALUES (?, ?, ?, ?)",
                c.slug(), c.title(), c.description(), c.created().getEpochSecond());
    }

    public Optional<Community> find(Tx tx, String slug) throws SQLException {
        return tx.queryOne("SELECT slug, title, description, created FROM community WHERE slug = ?",
                CommunityStore::map, slug);
    }

    public List<Community> list(Tx tx) throws SQLException {
        return tx.query("SELECT slug, title, description, created FROM community ORDER BY slug", CommunityStore::map);
    }

    /** Public, live records of the community. */
    public long recordCount(Tx tx, String slug) throws SQLException {
        return tx.queryOne("SELECT COUNT(*) FROM record_community c JOIN record r ON r.id = c.record_id"
                + " WHERE c.community_slug = ? AND r.deleted = FALSE AND r.restricted = FALSE", rs -> rs.getLong(1), slug)
                .orElse(0L);
    }

    private static Community map(ResultSet rs) throws SQLException {
        return new Community(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochSecond(rs.getLong(4)));
    }
}
