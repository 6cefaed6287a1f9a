package org.interopserver.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Operator-defined OAI sets. */
public final class QuerySetStore {

    private static final String COLUMNS = "spec, name, description, filter, created";

    public List<QuerySet> list(Tx tx) throws SQLException {
        return tx.query("SELECT " + COLUMNS + " FROM query_set ORDER BY spec", QuerySetStore::map);
    }

    public Optional<QuerySet> find(Tx tx, String spec) throws SQLException {
        return tx.queryOne("SELECT " + COLUMNS + " FROM query_set WHERE spec = ?", QuerySetStore::map, spec);
    }

    public void insert(Tx tx, QuerySet set) throws SQLException {
        tx.update("INSERT INTO query_set (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", set.spec(), set.name(),
                set.description(), set.filter(), set.created().getEpochSecond());
    }

    public void update(Tx tx, QuerySet set) throws SQLException {
        tx.update("UPDATE query_set SET name = ?, description = ?, filter = ? WHERE spec = ?", set.name(),
                set.description(), set.filter(), set.spec());
    }

    public void delete(Tx tx, String spec) throws SQLException {
        tx.update("DELETE FROM query_set WHERE spec = ?", spec);
    }

    private static QuerySet map(ResultSet rs) throws SQLException {
        return new QuerySet(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.ofEpochSecond(rs.getLong(5)));
    }
}
