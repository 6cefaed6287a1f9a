package org.interopserver.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * The connection pool and the transaction boundary. Opening it migrates the schema (Flyway), on H2 and on
 * PostgreSQL alike. Every write of the application runs inside one {@link #inTransaction} call.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    /** H2's JDBC code for its SNAPSHOT isolation level (org.h2.engine.Constants.TRANSACTION_SNAPSHOT). */
    private static final int H2_SNAPSHOT = 6;

    private final HikariDataSource dataSource;
    private final boolean postgres;

    private Database(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    /** The embedded H2 file database under {@code dataDir}. */
    public static Database embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("interop");
        // WRITE_DELAY=0: a commit reaches the file before it returns. H2's default (500 ms) loses the last half
        // second of acknowledged writes when the process is killed (OutboxIT kills it and counts the records).
        return open("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0", "sa", "");
    }

    /** Any supported JDBC URL (jdbc:h2: or jdbc:postgresql:), migrated to the current schema. */
    public static Database open(String url, String user, String password) {
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (!postgres && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("unsupported database URL (use jdbc:postgresql: or jdbc:h2:): " + url);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        // named explicitly: in a web application DriverManager does not see the application's drivers
        config.setDriverClassName(postgres ? "org.postgresql.Driver" : "org.h2.Driver");
        config.setMaximumPoolSize(postgres ? 16 : 8);
        config.setAutoCommit(true);
        config.setPoolName("interop");
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (postgres) {
            // as H2's LOCK_TIMEOUT: a writer waits at most this long for a row lock, then gets an error, not a hang
            config.setConnectionInitSql("SET lock_timeout = '10s'");
        }
        HikariDataSource ds = new HikariDataSource(config);
        try {
            migrate(ds);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        LOG.info(() -> "database ready: " + (postgres ? "PostgreSQL" : "H2") + " at " + redact(url));
        return new Database(ds, postgres);
    }

    private static void migrate(DataSource ds) {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(TxWork<T> work) {
        return transaction(work, Connection.TRANSACTION_READ_COMMITTED);
    }

    /** Runs read-only {@code work} on one connection (each statement sees committed data). */
    public <T> T read(TxWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(new Tx(c));
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /**
     * Runs read-only {@code work} on one snapshot: every statement sees the database as it was when the first one
     * ran, whatever commits meanwhile (PostgreSQL REPEATABLE READ, H2 SNAPSHOT).
     */
    public <T> T snapshot(TxWork<T> work) {
        return transaction(work, postgres ? Connection.TRANSACTION_REPEATABLE_READ : H2_SNAPSHOT);
    }

    private <T> T transaction(TxWork<T> work, int isolation) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                c.setTransactionIsolation(isolation);
            }
            try {
                T result = work.run(new Tx(c));
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** True when the database answers a trivial query within a second. */
    public boolean isReachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @FunctionalInterface
    public interface TxWork<T> {
        T run(Tx tx) throws SQLException;
    }
}
