package org.interopserver.storage;

import java.sql.SQLException;

/** A database failure the caller cannot fix (connection lost, constraint broken by a bug). */
public class StorageException extends RuntimeException {
    public StorageException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** True when the failure is a unique or foreign key conflict (SQLState class 23). */
    public boolean isConstraintViolation() {
        String state = ((SQLException) getCause()).getSQLState();
        return state != null && state.startsWith("23");
    }
}
