package vn.bansao.register.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the register's tables to the newest schema with Flyway: the versioned SQL scripts in
 * {@code db/bansao/register} (both databases) and {@code db/bansao/register-postgresql} (PostgreSQL only),
 * recorded in {@value #HISTORY_TABLE} (not {@code flyway_schema_history}, which may be the integrator's own).
 * A register from before Flyway is upgraded in place first ({@link LegacyLayout}).
 *
 * <p>Processes and servers opening one register at once serialise on an open lock: a PostgreSQL advisory
 * lock, or on H2 (no advisory locks, and DDL commits the transaction it runs in) a row lock on
 * {@value #H2_LOCK_TABLE} held by the keeper connection while the scripts run on pool connections.
 */
final class SchemaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    static final String HISTORY_TABLE = "bansao_register_schema_history";
    static final String COMMON_SCRIPTS = "classpath:db/bansao/register";
    static final String POSTGRESQL_SCRIPTS = "classpath:db/bansao/register-postgresql";
    static final String H2_LOCK_TABLE = "bansao_register_lock";
    /**
     * The newest script's version. A register whose history already ends there opens without loading Flyway
     * (a command-line run opens the register in a new JVM each time, and Flyway with its Jackson configuration
     * model is ~1,000 classes); {@code SchemaScriptsTest} fails when a script is added without raising it.
     */
    static final String NEWEST_VERSION = "4";
    /** "bansao" schema lock (session scoped); the number the home-made migrations used too. */
    private static final long PG_LOCK_KEY = 7406211;

    private SchemaMigration() {
    }

    /**
     * Migrates under the open lock, taken on {@code lockHolder} (a connection of its own, in auto-commit; it is
     * in auto-commit again afterwards). Returns the schema version now in place.
     */
    static String migrate(DataSource dataSource, Connection lockHolder, Dialect dialect) throws SQLException {
        if (isCurrent(lockHolder)) {
            return NEWEST_VERSION;
        }
        lock(lockHolder, dialect);
        boolean migrated = false;
        try {
            OptionalInt legacy = LegacyLayout.detect(lockHolder);
            if (legacy.isPresent()) {
                int version = legacy.getAsInt();
                LOG.warn("register from before Flyway (schema_version {}): renaming its tables to bansao_* and"
                        + " recording it as version {}", version, version);
                try (Connection c = dataSource.getConnection()) { // H2: DDL on the lock holder would release it
                    LegacyLayout.renameTables(c, dialect, version);
                }
                flyway(dataSource, dialect, String.valueOf(version), LegacyLayout.baselineDescription(version))
                        .baseline();
            }
            String version = flyway(dataSource, dialect, "0", "schema in use before the bansao register")
                    .migrate().targetSchemaVersion;
            migrated = true;
            return version;
        } finally {
            try {
                unlock(lockHolder, dialect);
            } catch (SQLException e) {
                if (migrated) {
                    throw e;
                }
                LOG.debug("unlock after a failed migration: {}", e.getMessage()); // the failure says more
            }
        }
    }

    /**
     * Whether Flyway's history already records the newest script, applied, and no failed one (read with plain
     * JDBC; a failed or missing script always goes through Flyway, which reports or applies it).
     */
    static boolean isCurrent(Connection c) throws SQLException {
        if (!LegacyLayout.tableExists(c, HISTORY_TABLE)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END),"
                + " SUM(CASE WHEN \"success\" AND \"version\" = ? THEN 1 ELSE 0 END) FROM \"" + HISTORY_TABLE + "\"")) {
            ps.setString(1, NEWEST_VERSION);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) == 0 && rs.getLong(2) >= 1;
            }
        }
    }

    /**
     * {@code baselineVersion}: where Flyway starts a history in a schema that already holds tables (an
     * integrator's schema: "0", so every script runs; a legacy register: its version).
     */
    private static Flyway flyway(DataSource dataSource, Dialect dialect, String baselineVersion, String description) {
        String[] locations = dialect == Dialect.POSTGRESQL
                ? new String[] {COMMON_SCRIPTS, POSTGRESQL_SCRIPTS} : new String[] {COMMON_SCRIPTS};
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion(baselineVersion)
                .baselineDescription(description)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    private static void lock(Connection c, Dialect dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                s.execute("SELECT pg_advisory_lock(" + PG_LOCK_KEY + ")");
                return;
            }
            c.setAutoCommit(true);
            s.execute("CREATE TABLE IF NOT EXISTS " + H2_LOCK_TABLE + " (id INT PRIMARY KEY)");
            try {
                // not MERGE: that would wait for the row lock another process holds; this only reads
                s.execute("INSERT INTO " + H2_LOCK_TABLE + " (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "
                        + H2_LOCK_TABLE + ")");
            } catch (SQLException e) {
                if (!SqlErrors.isRetryable(e)) { // a duplicate: another process inserted it first
                    throw e;
                }
            }
            c.setAutoCommit(false);
            s.executeQuery("SELECT id FROM " + H2_LOCK_TABLE + " WHERE id = 1 FOR UPDATE").close();
        }
    }

    private static void unlock(Connection c, Dialect dialect) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_unlock(" + PG_LOCK_KEY + ")");
            }
            return;
        }
        if (!c.getAutoCommit()) {
            c.commit();
            c.setAutoCommit(true);
        }
    }
}
