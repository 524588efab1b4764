package vn.bansao.register.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.Drafts;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterConfig;
import vn.bansao.register.RegisterEntry;
import vn.bansao.register.RegisterException;

/** Opening decides between "already current" (no Flyway) and Flyway from the history, never by guess. */
class SchemaMigrationTest {

    @TempDir
    Path dir;

    private void sql(RegisterConfig config, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", ""); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.execute(q);
            }
        }
    }

    @Test
    void aRegisterWhoseHistoryStopsBeforeTheNewestScriptIsMigratedOnOpen() throws Exception {
        RegisterConfig config = RegisterConfig.builder(dir.resolve("behind").toString()).agencyCode(Drafts.AGENCY).build();
        // as a register written by a release whose newest script was V3 (v1 leaves, no salt column)
        try (CertificationRegister r = CertificationRegister.open(config, vn.bansao.register.internal.log.V1LeafStore
                .wrap(JdbcRegisterStore.open(config.jdbcUrl(), config.user(), config.password(), config.pool(),
                        config.origin())))) {
            r.certify(Drafts.sample("Trước"));
        }
        sql(config, "ALTER TABLE bansao_entries DROP COLUMN leaf_salt", "ALTER TABLE bansao_entries DROP COLUMN leaf_version",
                "DELETE FROM \"bansao_register_schema_history\" WHERE \"version\" = '4'");
        try (CertificationRegister r = CertificationRegister.open(config)) {
            EntryDraft withDigest = Drafts.sample("Sau").toBuilder()
                    .scanDigest("q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c").build();
            RegisterEntry after = r.certify(withDigest);
            assertThat(after.details().scanDigest()).isEqualTo("q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c");
            assertThat(r.verify().intact()).isTrue();
            assertThat(r.publishable(0)).isFalse(); // the old row: v1, personal data in clear
            assertThat(r.publishable(after.leafIndex())).isTrue();
        }
    }

    @Test
    void aFailedMigrationInTheHistoryStopsTheOpenWithATypedError() throws Exception {
        RegisterConfig config = RegisterConfig.builder(dir.resolve("failed").toString()).agencyCode(Drafts.AGENCY).build();
        CertificationRegister.open(config).close();
        sql(config, "UPDATE \"bansao_register_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");
        assertThatThrownBy(() -> CertificationRegister.open(config))
                .isInstanceOf(RegisterException.class)
                .hasMessageContaining("schema migration failed")
                .hasMessageContaining("nothing was written");
    }
}
