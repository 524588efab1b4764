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
        return DriverManager.getConnection(url, props);
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
