package vn.bansao.register.internal.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalInt;
import vn.bansao.register.RegisterException;

/**
 * Registers created before the Flyway migrations: the same tables without the {@code bansao_} prefix and a
 * home-made {@code schema_version} table (versions 1–3). Recognised by that table's first row, written only by
 * bansao ({@value #FIRST_DESCRIPTION}), and upgraded in place: tables (and their index, constraint, sequence
 * and trigger names) renamed to the prefixed ones, {@code schema_version} kept as
 * {@value #KEPT_VERSION_TABLE}; no row is touched, so every leaf hash, root and signed checkpoint still holds.
 * Flyway is then baselined at that version and migrates the rest.
 *
 * <p>Each step is idempotent (it renames only what still has its old name), so an upgrade interrupted on H2,
 * whose DDL is not transactional, completes at the next open; on PostgreSQL it is one transaction.
 */
final class LegacyLayout {

    static final String VERSION_TABLE = "schema_version";
    static final String KEPT_VERSION_TABLE = "bansao_legacy_schema_version";
    static final String FIRST_DESCRIPTION = "register log: entries, tree nodes, head, checkpoints";
    /** The newest version the home-made migrations knew. */
    static final int NEWEST = 3;

    /** A table of the old layout, and the schema version that created it. */
    private record Table(String name, int since) {
        String renamed() {
            return "bansao_" + name;
        }
    }

    private static final List<Table> TABLES = List.of(new Table("register_meta", 1), new Table("log_head", 1),
            new Table("entries", 1), new Table("tree_nodes", 1), new Table("checkpoints", 1), new Table("series", 2));

    private LegacyLayout() {
    }

    static String baselineDescription(int version) {
        return "bansao register before Flyway (schema_version " + version + "), tables renamed to bansao_*";
    }

    /**
     * The old layout's schema version, if this schema holds a register from before Flyway that is not
     * upgraded yet; empty for a new schema, an upgraded one, or an integrator's tables that only share names.
     */
    static OptionalInt detect(Connection c) throws SQLException {
        if (tableExists(c, SchemaMigration.HISTORY_TABLE)) {
            return OptionalInt.empty();
        }
        for (String versions : List.of(VERSION_TABLE, KEPT_VERSION_TABLE)) {
            if (tableExists(c, versions) && isOurs(c, versions)) {
                int version = maxVersion(c, versions);
                if (version < 1 || version > NEWEST) {
                    throw new RegisterException("Sổ chứng thực có phiên bản lược đồ " + version + " không rõ",
                            "the register's schema_version " + version + " is unknown to this version of bansao");
                }
                return OptionalInt.of(version);
            }
        }
        if (tableExists(c, "log_head") && tableExists(c, "entries") && !tableExists(c, "bansao_log_head")) {
            // our tables, probably, but without the version table: renaming by guess could strand data
            throw new RegisterException("Sổ chứng thực kiểu cũ thiếu bảng schema_version: không tự nâng cấp",
                    "an old-layout register (log_head, entries) without its schema_version table: not upgraded"
                            + " automatically; restore schema_version or migrate it by hand (README \"Storage\")");
        }
        return OptionalInt.empty();
    }

    /** Renames the old layout's objects to the prefixed names (only those not renamed yet). */
    static void renameTables(Connection c, Dialect dialect, int version) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(dialect != Dialect.POSTGRESQL); // PostgreSQL: all or nothing
        try (Statement s = c.createStatement()) {
            for (Table t : TABLES) {
                if (t.since() <= version && tableExists(c, t.name()) && !tableExists(c, t.renamed())) {
                    s.execute("ALTER TABLE " + t.name() + " RENAME TO " + t.renamed());
                }
            }
            s.execute("ALTER INDEX IF EXISTS entries_number RENAME TO bansao_entries_number");
            s.execute("ALTER INDEX IF EXISTS entries_year RENAME TO bansao_entries_year");
            if (constraintExists(c, "entries_number_unique")) {
                s.execute("ALTER TABLE bansao_entries RENAME CONSTRAINT entries_number_unique"
                        + " TO bansao_entries_number_unique");
            }
            if (dialect == Dialect.POSTGRESQL) {
                // PostgreSQL names indexes and sequences per schema: free the plain names for the integrator
                for (Table t : TABLES) {
                    if (t.since() <= version) {
                        s.execute("ALTER INDEX IF EXISTS " + t.name() + "_pkey RENAME TO " + t.renamed() + "_pkey");
                    }
                }
                s.execute("ALTER SEQUENCE IF EXISTS checkpoints_id_seq RENAME TO bansao_checkpoints_id_seq");
                renameTrigger(c, "bansao_entries", "entries_append_only");
                renameTrigger(c, "bansao_entries", "entries_no_truncate");
                renameTrigger(c, "bansao_tree_nodes", "tree_nodes_append_only");
                renameTrigger(c, "bansao_checkpoints", "checkpoints_append_only");
                s.execute("ALTER INDEX IF EXISTS schema_version_pkey RENAME TO " + KEPT_VERSION_TABLE + "_pkey");
            }
            if (tableExists(c, VERSION_TABLE) && !tableExists(c, KEPT_VERSION_TABLE)) {
                s.execute("ALTER TABLE " + VERSION_TABLE + " RENAME TO " + KEPT_VERSION_TABLE);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void renameTrigger(Connection c, String table, String trigger) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_trigger"
                + " WHERE tgname = ? AND tgrelid = to_regclass(?)")) {
            ps.setString(1, trigger);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TRIGGER " + trigger + " ON " + table + " RENAME TO bansao_" + trigger);
        }
    }

    private static boolean isOurs(Connection c, String table) throws SQLException {
        // Flyway 4 and older also called its history "schema_version": only bansao wrote this first row
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE description = ?")) {
            ps.setString(1, FIRST_DESCRIPTION);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            return false; // no description column: someone else's table
        }
    }

    private static int maxVersion(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** In the connection's current schema; H2 folds unquoted names to upper case, PostgreSQL to lower case. */
    static boolean tableExists(Connection c, String name) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String folded : List.of(name.toUpperCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT))) {
            // any table type (H2 2 says "BASE TABLE", PostgreSQL "TABLE"); '_' in the pattern matches any
            // character, so the names are compared exactly
            try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), folded, null)) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean constraintExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.table_constraints"
                + " WHERE LOWER(constraint_name) = ? AND table_schema = ?")) {
            ps.setString(1, name);
            ps.setString(2, c.getSchema());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }
}
