package vn.bansao.register.internal.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * New physical connections for a JDBC URL, the source HikariCP fills its pool from (and the H2 keeper
 * connection). An H2 file that another process is opening at the same moment answers "Lock file recently
 * modified" or "Another process was faster"; its AUTO_SERVER may also be changing hands. Those are waited for
 * (random back-off, at most {@link #H2_OPEN_WAIT_MILLIS}); anything else fails at once.
 */
final class DriverManagerDataSource implements DataSource {

    /**
     * How long opening an embedded H2 file waits for another process that is opening it, or taking over
     * serving it, before giving up: {@value} ms (README "Several processes").
     */
    static final long H2_OPEN_WAIT_MILLIS = 30_000;

    private final String url;
    private final Properties props = new Properties();
    private final boolean h2;
    private volatile int loginTimeout;

    DriverManagerDataSource(String url, String user, String password) {
        this.url = url;
        this.h2 = url.startsWith("jdbc:h2:");
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        long deadline = System.nanoTime() + H2_OPEN_WAIT_MILLIS * 1_000_000;
        for (int attempt = 1; ; attempt++) {
            try {
                return DriverManager.getConnection(url, props);
            } catch (SQLException e) {
                if (!h2 || !SqlErrors.isH2OpenContention(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(20, 40L + 40L * Math.min(attempt, 10)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the register's credentials are fixed by its configuration");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logs through its own writer
    }

    /** Remembered only: {@link DriverManager#setLoginTimeout} would change every driver user in the JVM. */
    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
