package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.transparency.note.NoteSigner;

/**
 * A register file written before Flyway (old table names, home-made {@code schema_version} at 1, 2 or 3) is
 * upgraded in place when opened: no row lost or changed, the log and its signed checkpoint still verify,
 * numbering continues, and Flyway's history starts at the old version.
 */
class LegacyUpgradeTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "from schema_version {0}")
    @ValueSource(ints = {1, 2, 3})
    void aRegisterFromBeforeFlywayIsUpgradedInPlaceAndStillVerifies(int version) throws Exception {
        RegisterConfig config = RegisterConfig.builder(dir.resolve("old").toString()).agencyCode(Drafts.AGENCY).build();
        NoteSigner signer = NoteSigner.fromPkcs12(TestKeys.pkcs12(dir, "Ed25519"), TestKeys.PASSWORD.toCharArray(),
                config.origin());
        List<RegisterEntry> before;
        LogVerification verifiedBefore;
        int year;
        try (CertificationRegister r = LegacyRegisters.openWritingV1Leaves(config)) {
            year = r.today().getYear();
            for (int i = 1; i <= 5; i++) {
                r.certify(Drafts.sample("Người yêu cầu " + i));
            }
            r.voidEntry(r.find(year, 2).orElseThrow().number(), "ghi nhầm");
            r.correct(r.find(year, 4).orElseThrow().number(),
                    Drafts.sample("Người yêu cầu 4 (đính chính)"), "sai tên");
            r.checkpoint(signer);
            before = r.list(RegisterQuery.year(year));
            verifiedBefore = r.verify(signer.verifier());
        }
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", "")) {
            LegacyRegisters.downgrade(c, false, version);
            assertThat(tables(c)).contains("ENTRIES", "LOG_HEAD", "SCHEMA_VERSION").doesNotContain("BANSAO_ENTRIES");
        }

        try (CertificationRegister r = CertificationRegister.open(config)) {
            LogVerification v = r.verify(signer.verifier());
            assertThat(v.intact()).as(v.findings().toString()).isTrue();
            assertThat(v.checkpointsChecked()).isEqualTo(1);
            assertThat(v.treeSize()).isEqualTo(verifiedBefore.treeSize());
            assertThat(v.rootHash()).isEqualTo(verifiedBefore.rootHash());
            assertThat(r.list(RegisterQuery.year(year))).isEqualTo(before);
            var proof = r.inclusionProof(r.find(year, 3).orElseThrow().number()).orElseThrow();
            assertThat(proof.verify(signer.verifier()).size()).isEqualTo(v.treeSize());

            // the legacy rows hold personal data in clear: their leaves are never served
            assertThat(r.inclusionProofs(r.find(year, 3).orElseThrow().number(), v.treeSize()))
                    .singleElement().satisfies(rp -> assertThat(rp.withheld()).isTrue());

            // new rows are v2 leaves in the same log: numbering continues and the mixed log verifies
            RegisterEntry sixth = r.certify(Drafts.sample("Sau khi nâng cấp"));
            assertThat(sixth.number().sequence()).isEqualTo(6);
            r.voidEntry(r.find(year, 5).orElseThrow().number(), "hủy sau nâng cấp"); // a v2 row about a v1 entry
            r.checkpoint(signer);
            LogVerification after = r.verify(signer.verifier());
            assertThat(after.intact()).as(after.findings().toString()).isTrue();
            assertThat(after.checkpointsChecked()).isEqualTo(2);
            List<RowProof> aboutFive = r.inclusionProofs(r.find(year, 5).orElseThrow().number(), after.treeSize());
            assertThat(aboutFive).extracting(RowProof::withheld).containsExactly(true, false);
            assertThat(aboutFive.get(1).proof().orElseThrow().leafJson()).contains("\"kind\":\"VOID\"", "\"v\":2")
                    .doesNotContain("hủy sau nâng cấp", "Người yêu cầu 5");
            var served = r.inclusionProofs(sixth.number(), after.treeSize()).get(0).proof().orElseThrow()
                    .withCheckpoint(r.latestCheckpoint().orElseThrow());
            assertThat(served.verify(signer.verifier()).size()).isEqualTo(after.treeSize());
        }

        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", "");
             Statement s = c.createStatement()) {
            assertThat(tables(c)).doesNotContain("ENTRIES", "LOG_HEAD", "SCHEMA_VERSION", "SERIES", "TREE_NODES",
                    "CHECKPOINTS", "REGISTER_META").contains("BANSAO_ENTRIES", "BANSAO_LOG_HEAD", "BANSAO_SERIES",
                    "BANSAO_TREE_NODES", "BANSAO_CHECKPOINTS", "BANSAO_REGISTER_META", "BANSAO_LEGACY_SCHEMA_VERSION");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bansao_legacy_schema_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(version);
            }
            List<String> history = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT \"version\", \"type\", \"success\" FROM \"bansao_register_schema_history\""
                        + " WHERE \"type\" <> 'TABLE' ORDER BY \"installed_rank\"")) { // TABLE: Flyway's own marker
                while (rs.next()) {
                    history.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3));
                }
            }
            List<String> expected = new ArrayList<>(List.of(version + " BASELINE true"));
            for (int v = version + 1; v <= 4; v++) {
                expected.add(v + " SQL true");
            }
            assertThat(history).isEqualTo(expected);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT constraint_name FROM information_schema.table_constraints"
                    + " WHERE table_schema = 'PUBLIC' UNION SELECT index_name FROM information_schema.indexes"
                    + " WHERE table_schema = 'PUBLIC'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            assertThat(names).contains("BANSAO_ENTRIES_NUMBER_UNIQUE", "BANSAO_ENTRIES_NUMBER", "BANSAO_ENTRIES_YEAR")
                    .doesNotContain("ENTRIES_NUMBER_UNIQUE", "ENTRIES_NUMBER", "ENTRIES_YEAR");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bansao_entries WHERE scan_digest <> ''")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            // the 7 legacy rows kept v1 and no salt; the 2 appended after the upgrade are v2 with a salt each
            List<String> leaves = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT leaf_version, leaf_salt FROM bansao_entries ORDER BY leaf_index")) {
                while (rs.next()) {
                    leaves.add(rs.getInt(1) + (rs.getString(2).matches("[0-9a-f]{32}") ? " salt"
                            : rs.getString(2).isEmpty() ? " none" : " bad"));
                }
            }
            assertThat(leaves).containsExactly("1 none", "1 none", "1 none", "1 none", "1 none", "1 none", "1 none",
                    "2 salt", "2 salt");
        }

        // a second open finds nothing to upgrade and nothing to migrate
        try (CertificationRegister r = CertificationRegister.open(config)) {
            assertThat(r.verify(signer.verifier()).intact()).isTrue();
            assertThat(r.certify(Drafts.sample("Lần mở thứ ba")).number().sequence()).isEqualTo(7);
        }
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), null, null)) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }
}
