package org.interopserver.storage;

import org.interopserver.support.PostgresSchema;

import java.nio.file.Files;
import java.nio.file.Path;

/** The two databases the storage tests run against: a fresh H2 file database and a fresh PostgreSQL schema. */
public enum DatabaseTarget {
    H2 {
        @Override
        public Database open(java.util.List<AutoCloseable> cleanup) throws Exception {
            return Database.embedded(Files.createTempDirectory(Path.of("target"), "h2-"));
        }
    },
    POSTGRESQL {
        @Override
        public Database open(java.util.List<AutoCloseable> cleanup) throws Exception {
            PostgresSchema schema = new PostgresSchema();
            cleanup.add(schema);
            return Database.open(schema.url(), PostgresSchema.USER, "");
        }
    };

    /** Opens a migrated, empty database; what must be cleaned up after the database is closed goes to {@code cleanup}. */
    public abstract Database open(java.util.List<AutoCloseable> cleanup) throws Exception;
}
