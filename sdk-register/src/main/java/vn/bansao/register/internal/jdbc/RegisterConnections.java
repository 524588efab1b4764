package vn.bansao.register.internal.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.bansao.register.PoolSettings;

/**
 * Where the register's connections come from: a bounded HikariCP pool it created for a path or URL (closed
 * with the register), or a caller's {@link DataSource} (an application server's or Spring Boot's pool, never
 * closed here). A connection that failed is evicted from our pool, not handed out again; a caller's pool
 * gets it back closed and applies its own checks.
 */
final class RegisterConnections implements AutoCloseable {

    private final DataSource dataSource;
    /** The raw source of the pool we created (the H2 keeper comes from it, outside the pool); else null. */
    private final DataSource unpooled;
    /** The pool we created and must close; null for a caller's data source. */
    private final HikariDataSource owned;

    private RegisterConnections(DataSource dataSource, DataSource unpooled, HikariDataSource owned) {
        this.dataSource = dataSource;
        this.unpooled = unpooled;
        this.owned = owned;
    }

    /** A caller's data source: used as it is, left open by {@link #close()}. */
    static RegisterConnections of(DataSource callers) {
        return new RegisterConnections(callers, null, null);
    }

    /**
     * A new pool for {@code url}. Its first connection is opened now, so a database that is down fails here
     * (the {@link SQLException} that says why), not after the pool's connection timeout.
     */
    static RegisterConnections pool(String url, String user, String password, PoolSettings settings)
            throws SQLException {
        DriverManagerDataSource raw = new DriverManagerDataSource(url, user, password);
        HikariConfig config = new HikariConfig();
        config.setPoolName("bansao-register");
        config.setDataSource(raw);
        config.setMaximumPoolSize(settings.maximumSize());
        config.setMinimumIdle(settings.minimumIdle());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        config.setAutoCommit(true);
        try {
            HikariDataSource pool = new HikariDataSource(config);
            return new RegisterConnections(pool, raw, pool);
        } catch (HikariPool.PoolInitializationException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw e;
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** The pool we created, if any (tests read its size limits). */
    HikariDataSource ownedPool() {
        return owned;
    }

    Connection borrow() throws SQLException {
        return autoCommitting(dataSource.getConnection());
    }

    /**
     * Every call expects auto-commit and opens its own transaction where it needs one: a caller's pool may hand
     * out connections with auto-commit off, where a single insert (a checkpoint, a verifier key) would be rolled
     * back when the connection goes back.
     */
    private static Connection autoCommitting(Connection c) throws SQLException {
        try {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /**
     * A connection held for the register's lifetime (H2: it keeps the database open between operations and
     * holds the open lock): outside our pool, so the pool's bound stays the caller's to use; from the caller's
     * data source otherwise.
     */
    Connection dedicated() throws SQLException {
        return autoCommitting(unpooled != null ? unpooled.getConnection() : dataSource.getConnection());
    }

    /** Gives a connection back; a {@code broken} one is closed for good (evicted from our pool). */
    void release(Connection c, boolean broken) {
        if (c == null) {
            return;
        }
        try {
            if (broken && owned != null) {
                owned.evictConnection(c);
            } else {
                c.close();
            }
        } catch (SQLException | RuntimeException ignored) {
            // closing a broken connection: nothing more to do
        }
    }

    /** Closes the pool if we created it; a caller's data source stays open. */
    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }
}
