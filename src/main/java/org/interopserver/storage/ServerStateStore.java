package org.interopserver.storage;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/** Small named values the server keeps for itself in the database, shared by every node. */
public final class ServerStateStore {

    public Optional<String> find(Tx tx, String name) throws SQLException {
        return tx.queryOne("SELECT state_value FROM server_state WHERE name = ?", rs -> rs.getString(1), name);
    }

    public void put(Tx tx, String name, String value) throws SQLException {
        if (tx.update("UPDATE server_state SET state_value = ? WHERE name = ?", value, name) == 0) {
            tx.update("INSERT INTO server_state (name, state_value) VALUES (?, ?)", name, value);
        }
    }

    /**
     * The stored value, or {@code initial} stored now. Two nodes racing here both end up with the value that was
     * committed first: the loser's insert fails on the primary key and it reads the winner's.
     */
    public String findOrCreate(Database db, String name, Supplier<String> initial) {
        Optional<String> existing = db.read(tx -> find(tx, name));
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            String value = initial.get();
            db.inTransaction(tx -> tx.update("INSERT INTO server_state (name, state_value) VALUES (?, ?)", name, value));
            return value;
        } catch (RuntimeException lostRace) {
            return db.read(tx -> find(tx, name)).orElseThrow(() -> lostRace);
        }
    }
}
