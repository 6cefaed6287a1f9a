package org.interopserver.storage;

import java.sql.SQLException;

/** A database failure the caller cannot fix (connection lost, constraint broken by a bug). */
public class StorageException extends RuntimeException {
    public StorageException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** True when a lock was not granted in time (PostgreSQL 55P03, H2 HYT00): the database is busy, not broken. */
    public boolean isLockTimeout() {
        String state = ((SQLException) getCause()).getSQLState();
        return "55P03".equals(state) || "HYT00".equals(state);
    }

    /** True when the failure is a unique or foreign key conflict (SQLState class 23). */
    public boolean isConstraintViolation() {
        String state = ((SQLException) getCause()).getSQLState();
        return state != null && state.startsWith("23");
    }
}
