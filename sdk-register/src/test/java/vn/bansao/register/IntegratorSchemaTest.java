package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.transparency.note.NoteSigner;

/**
 * The register in an integrator's existing database and schema, through the integrator's own pool: its
 * {@code bansao_*} tables and Flyway history sit beside the application's tables (even ones called
 * {@code entries}, {@code checkpoints}, {@code series}, under the application's own Flyway), touch none of
 * them, and the pool stays the integrator's.
 */
class IntegratorSchemaTest {

    @TempDir
    Path dir;

    private HikariDataSource integratorsPool(String name) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";LOCK_TIMEOUT=10000");
        ds.setUsername("sa");
        ds.setPassword("");
        ds.setMaximumPoolSize(4);
        ds.setPoolName("integrator");
        ds.setAutoCommit(false); // as some application servers hand connections out
        return ds;
    }

    @Test
    void theRegisterSharesTheIntegratorsSchemaAndPoolAndTouchesNothingOfTheirs() throws Exception {
        try (HikariDataSource ds = integratorsPool("app")) {
            Flyway app = Flyway.configure().dataSource(ds).locations("classpath:db/integrator").load();
            Path key = TestKeys.pkcs12(dir, "Ed25519");
            app.migrate();
            List<String> theirsBefore = rows(ds);

            try (CertificationRegister r = CertificationRegister.open(ds)) {
                for (int i = 1; i <= 3; i++) {
                    assertThat(r.certify(Drafts.sample("Người " + i)).number().sequence()).isEqualTo(i);
                }
                // single inserts outside an append (checkpoint, verifier key) must be committed, too
                r.checkpoint(NoteSigner.fromPkcs12(key, TestKeys.PASSWORD.toCharArray(), r.origin()));
                assertThat(r.verify().intact()).isTrue();
            }
            assertThat(ds.isClosed()).as("the integrator's pool is the integrator's to close").isFalse();
            try (CertificationRegister r = CertificationRegister.open(RegisterConfig.builder(ds).build())) {
                assertThat(r.certify(Drafts.sample("Người 4")).number().sequence()).isEqualTo(4);
                LogVerification v = r.verify();
                assertThat(v.intact()).isTrue();
                assertThat(v.checkpointsChecked()).isEqualTo(1);
            }

            assertThat(rows(ds)).isEqualTo(theirsBefore);
            app.validate(); // their history is untouched: same migration, same checksum
            assertThat(app.info().applied()).hasSize(1);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bansao_entries")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
        }
    }

    @Test
    void oldLayoutTablesWithoutTheirVersionTableAreRefusedNotGuessedAt() throws Exception {
        try (HikariDataSource ds = integratorsPool("half")) {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE log_head (id INT PRIMARY KEY, tree_size BIGINT NOT NULL)");
                s.execute("CREATE TABLE entries (leaf_index BIGINT PRIMARY KEY)");
                s.execute("INSERT INTO entries VALUES (0)");
            }
            assertThatThrownBy(() -> CertificationRegister.open(ds))
                    .isInstanceOf(RegisterException.class)
                    .hasMessageContaining("schema_version")
                    .hasMessageContaining("not upgraded automatically");
            try (Connection c = ds.getConnection()) {
                assertThat(LegacyUpgradeTest.tables(c)).contains("ENTRIES", "LOG_HEAD")
                        .noneMatch(t -> t.startsWith("BANSAO_") && !t.equals("BANSAO_REGISTER_LOCK"));
            }
        }
    }

    /** Every row of the integrator's tables and of its Flyway history. */
    private static List<String> rows(HikariDataSource ds) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String q : List.of("SELECT id, what FROM entries ORDER BY id", "SELECT id, note FROM checkpoints ORDER BY id",
                    "SELECT id, id FROM series ORDER BY id",
                    "SELECT \"version\", \"checksum\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
                try (ResultSet rs = s.executeQuery(q)) {
                    while (rs.next()) {
                        out.add(q.substring(0, 20) + ": " + rs.getString(1) + " | " + rs.getString(2));
                    }
                }
            }
        }
        return out;
    }
}
