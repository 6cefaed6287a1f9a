package org.interopserver.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class TokenStore {

    private static final String COLUMNS = "id, name, role, salt, hash, iterations, created, revoked";

    public void insert(Tx tx, StoredToken t) throws SQLException {
        tx.update("INSERT INTO api_token (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", t.id(), t.name(),
                t.role(), t.salt(), t.hash(), t.iterations(), t.created().getEpochSecond(),
                t.revoked() == null ? null : t.revoked().getEpochSecond());
    }

    public Optional<StoredToken> find(Tx tx, String id) throws SQLException {
        return tx.queryOne("SELECT " + COLUMNS + " FROM api_token WHERE id = ?", TokenStore::map, id);
    }

    public List<StoredToken> list(Tx tx) throws SQLException {
        return tx.query("SELECT " + COLUMNS + " FROM api_token ORDER BY created, id", TokenStore::map);
    }

    /** Marks the token revoked; false when there is no such token or it was already revoked. */
    public boolean revoke(Tx tx, String id, Instant when) throws SQLException {
        return tx.update("UPDATE api_token SET revoked = ? WHERE id = ? AND revoked IS NULL",
                when.getEpochSecond(), id) == 1;
    }

    public boolean activeAdminExists(Tx tx) throws SQLException {
        return tx.queryOne("SELECT 1 FROM api_token WHERE role = 'admin' AND revoked IS NULL", rs -> 1).isPresent();
    }

    /** Revokes every unrevoked token of that name; the number revoked. */
    public int revokeByName(Tx tx, String name, Instant when) throws SQLException {
        return tx.update("UPDATE api_token SET revoked = ? WHERE name = ? AND revoked IS NULL", when.getEpochSecond(), name);
    }

    private static StoredToken map(ResultSet rs) throws SQLException {
        long revoked = rs.getLong(8);
        Instant revokedAt = rs.wasNull() ? null : Instant.ofEpochSecond(revoked);
        return new StoredToken(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), Instant.ofEpochSecond(rs.getLong(7)), revokedAt);
    }
}
