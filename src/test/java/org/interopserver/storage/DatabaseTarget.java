package org.interopserver.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/** The two databases the storage tests run against: a fresh H2 file database and a fresh PostgreSQL schema. */
public enum DatabaseTarget {
    H2 {
        @Override
        public Database open() throws Exception {
            return Database.embedded(Files.createTempDirectory(Path.of("target"), "h2-"));
        }
    },
    POSTGRESQL {
        @Override
        public Database open() throws Exception {
            String url = System.getProperty("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
            String user = System.getProperty("test.pg.user", "postgres");
            String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(url, user, "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            return Database.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, "");
        }
    };

    public abstract Database open() throws Exception;
}
