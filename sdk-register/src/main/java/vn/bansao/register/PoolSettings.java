package vn.bansao.register;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounded connection pool (HikariCP) the register creates when it opens a file path or a JDBC URL;
 * closed when the register closes. Not used with a caller's {@code DataSource} (that pool is the caller's).
 *
 * <pre>{@code
 * RegisterConfig config = RegisterConfig.builder("jdbc:postgresql://db/register")
 *         .credentials("register", secret)
 *         .pool(PoolSettings.defaults().withMaximumSize(20).withConnectionTimeout(Duration.ofSeconds(5)))
 *         .build();
 * }</pre>
 *
 * @param maximumSize       most connections open at once (default 10; at least 2: the schema migration uses two
 *                          while the register opens)
 * @param minimumIdle       idle connections kept ready (default 1; a command-line run needs no more)
 * @param connectionTimeout how long a call waits for a connection before {@link RegisterUnavailableException}
 *                          (default 30 s, as long as an H2 file's open race is waited for)
 * @param idleTimeout       an idle connection above {@code minimumIdle} is closed after this (default 10 min)
 * @param maxLifetime       a connection is replaced after this, between uses (default 30 min)
 */
public record PoolSettings(int maximumSize, int minimumIdle, Duration connectionTimeout, Duration idleTimeout,
                           Duration maxLifetime) {

    private static final PoolSettings DEFAULTS = new PoolSettings(10, 1, Duration.ofSeconds(30),
            Duration.ofMinutes(10), Duration.ofMinutes(30));

    public PoolSettings {
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(maxLifetime, "maxLifetime");
        if (maximumSize < 2) {
            throw new IllegalArgumentException("Nhóm kết nối cần ít nhất 2 kết nối / the pool needs at least 2"
                    + " connections (the schema migration uses two while the register opens): " + maximumSize);
        }
        if (minimumIdle < 0 || minimumIdle > maximumSize) {
            throw new IllegalArgumentException("minimumIdle must be between 0 and maximumSize: " + minimumIdle);
        }
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connectionTimeout must be at least 250 ms: " + connectionTimeout);
        }
        if (idleTimeout.isNegative() || !idleTimeout.isZero() && idleTimeout.toMillis() < 10_000) {
            throw new IllegalArgumentException("idleTimeout must be 0 (never) or at least 10 s: " + idleTimeout);
        }
        if (maxLifetime.isNegative() || !maxLifetime.isZero() && maxLifetime.toMillis() < 30_000) {
            throw new IllegalArgumentException("maxLifetime must be 0 (never) or at least 30 s: " + maxLifetime);
        }
    }

    /** 10 connections at most, 1 kept idle, 30 s to get one, idle ones closed after 10 min, replaced after 30 min. */
    public static PoolSettings defaults() {
        return DEFAULTS;
    }

    public PoolSettings withMaximumSize(int v) {
        return new PoolSettings(v, Math.min(minimumIdle, v), connectionTimeout, idleTimeout, maxLifetime);
    }

    public PoolSettings withMinimumIdle(int v) {
        return new PoolSettings(maximumSize, v, connectionTimeout, idleTimeout, maxLifetime);
    }

    public PoolSettings withConnectionTimeout(Duration v) {
        return new PoolSettings(maximumSize, minimumIdle, v, idleTimeout, maxLifetime);
    }

    public PoolSettings withIdleTimeout(Duration v) {
        return new PoolSettings(maximumSize, minimumIdle, connectionTimeout, v, maxLifetime);
    }

    public PoolSettings withMaxLifetime(Duration v) {
        return new PoolSettings(maximumSize, minimumIdle, connectionTimeout, idleTimeout, v);
    }
}
