package org.interopserver.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh, empty schema in the test PostgreSQL, dropped again on close, so test runs never see each other. */
public final class PostgresSchema implements AutoCloseable {

    public static final String BASE_URL = System.getProperty("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("test.pg.user", "postgres");

    private final String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    public PostgresSchema() throws SQLException {
        execute("CREATE SCHEMA " + name);
    }

    /** JDBC URL whose connections work in this schema. */
    public String url() {
        return BASE_URL + (BASE_URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(BASE_URL, USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
