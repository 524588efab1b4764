package vn.bansao.register.internal.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;

/**
 * Hands out connections: from the caller's {@link DataSource} (bring your own pool), or from a
 * small built-in pool over {@link DriverManager}. A connection that failed is closed, not reused.
 */
final class ConnectionSource implements AutoCloseable {

    private final DataSource dataSource;
    private final String url;
    private final Properties props;
    private final BlockingQueue<Connection> idle;

    private ConnectionSource(DataSource dataSource, String url, Properties props, int maxIdle) {
        this.dataSource = dataSource;
        this.url = url;
        this.props = props;
        this.idle = new ArrayBlockingQueue<>(Math.max(1, maxIdle));
    }

    static ConnectionSource of(DataSource dataSource) {
        return new ConnectionSource(dataSource, null, null, 1);
    }

    static ConnectionSource of(String url, String user, String password, int maxIdle) {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        return new ConnectionSource(null, url, props, maxIdle);
    }

    Connection borrow() throws SQLException {
        if (dataSource != null) {
            return dataSource.getConnection();
        }
        Connection c = idle.poll();
        if (c != null && !c.isClosed()) {
            return c;
        }
        return connect();
    }

    /**
     * How long opening an embedded H2 file waits for another process that is opening it, or taking over
     * serving it, before giving up: {@value} ms (README "Several processes").
     */
    static final long H2_OPEN_WAIT_MILLIS = 30_000;

    /**
     * A new connection. An H2 file that another process is opening at the same moment answers "Lock file
     * recently modified" or "Another process was faster"; its AUTO_SERVER may also be changing hands. Those
     * are waited for (random back-off, at most {@link #H2_OPEN_WAIT_MILLIS}); anything else fails at once.
     */
    private Connection connect() throws SQLException {
        long deadline = System.nanoTime() + H2_OPEN_WAIT_MILLIS * 1_000_000;
        for (int attempt = 1; ; attempt++) {
            try {
                return DriverManager.getConnection(url, props);
            } catch (SQLException e) {
                if (!url.startsWith("jdbc:h2:") || !SqlErrors.isH2OpenContention(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(20, 40L + 40L * Math.min(attempt, 10)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Returns a healthy connection for reuse; {@code broken} ones are closed. */
    void release(Connection c, boolean broken) {
        if (c == null) {
            return;
        }
        try {
            if (dataSource != null || broken || c.isClosed() || !idle.offer(c)) {
                c.close();
            }
        } catch (SQLException ignored) {
            // closing a broken connection: nothing more to do
        }
    }

    @Override
    public void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            release(c, true);
        }
    }
}
