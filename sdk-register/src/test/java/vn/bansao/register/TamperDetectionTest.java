package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.register.LogVerification.Finding;
import vn.bansao.register.LogVerification.Problem;
import vn.bansao.register.internal.log.CanonicalLeaf;
import vn.bansao.register.spi.LogRow;
import vn.bansao.transparency.merkle.Rfc6962;
import vn.bansao.transparency.note.NoteSigner;

/** Rows edited, deleted, reordered or inserted directly with SQL: verify names them. */
class TamperDetectionTest {

    @TempDir
    Path dir;
    private RegisterConfig config;
    private CertificationRegister register;

    @BeforeEach
    void tenEntriesAndACheckpoint() throws Exception {
        config = RegisterConfig.builder(dir.resolve("tamper").toString()).agencyCode(Drafts.AGENCY).build();
        register = CertificationRegister.open(config);
        for (int i = 1; i <= 10; i++) {
            register.certify(Drafts.sample("Người yêu cầu " + i));
        }
        NoteSigner signer = NoteSigner.fromPkcs12(TestKeys.pkcs12(dir, "Ed25519"), TestKeys.PASSWORD.toCharArray(),
                register.origin());
        register.checkpoint(signer);
        assertThat(register.verify().intact()).isTrue();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        register.close();
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", "");
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private List<Finding> findings(Problem p) {
        return register.verify().findings().stream().filter(f -> f.problem() == p).toList();
    }

    @Test
    void editedRowIsNamed() throws Exception {
        sql("UPDATE bansao_entries SET requester_name = 'Kẻ mạo danh' WHERE leaf_index = 3");
        LogVerification v = register.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.findings()).anySatisfy(f -> {
            assertThat(f.problem()).isEqualTo(Problem.EDITED);
            assertThat(f.leafIndex()).isEqualTo(3);
            assertThat(f.number()).isEqualTo("4, Quyển số 01/2026-SCT/BS");
        });
        assertThat(v.findings()).anyMatch(f -> f.problem() == Problem.ROOT_MISMATCH && f.message().contains("checkpoint"));
    }

    @Test
    void aScanDigestWrittenIntoARowAfterwardsIsNamed() throws Exception {
        // a digest added (or swapped) behind the register's back, to make a forged QR code look genuine
        sql("UPDATE bansao_entries SET scan_digest = 'q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c' WHERE leaf_index = 5");
        LogVerification v = register.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.findings()).anySatisfy(f -> {
            assertThat(f.problem()).isEqualTo(Problem.EDITED);
            assertThat(f.leafIndex()).isEqualTo(5);
        });
    }

    @Test
    void aTamperedLogIsNeverSigned() throws Exception {
        sql("UPDATE bansao_entries SET doc_number = 'GIẢ-001' WHERE leaf_index = 8");
        NoteSigner signer = NoteSigner.fromPkcs12(TestKeys.pkcs12(dir, "Ed25519"), TestKeys.PASSWORD.toCharArray(),
                register.origin());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> register.checkpoint(signer))
                .isInstanceOf(RegisterException.class).hasMessageContaining("not intact");
    }

    @Test
    void feeEditedIsNamed() throws Exception {
        sql("UPDATE bansao_entries SET fee = 0 WHERE leaf_index = 9");
        assertThat(findings(Problem.EDITED)).extracting(Finding::leafIndex).containsExactly(9L);
    }

    @Test
    void deletedRowIsNamed() throws Exception {
        sql("DELETE FROM bansao_entries WHERE leaf_index = 5");
        assertThat(findings(Problem.DELETED)).extracting(Finding::leafIndex).contains(5L);
        assertThat(findings(Problem.DELETED)).anyMatch(f -> f.number().startsWith("6, "));
    }

    @Test
    void deletedLastRowIsNamed() throws Exception {
        sql("DELETE FROM bansao_entries WHERE leaf_index = 9");
        assertThat(findings(Problem.DELETED)).extracting(Finding::leafIndex).contains(9L);
    }

    @Test
    void reorderedRowsAreNamed() throws Exception {
        sql("UPDATE bansao_entries SET leaf_index = -1 WHERE leaf_index = 6",
                "UPDATE bansao_entries SET leaf_index = 6 WHERE leaf_index = 7",
                "UPDATE bansao_entries SET leaf_index = 7 WHERE leaf_index = -1");
        List<Finding> moved = findings(Problem.REORDERED);
        assertThat(moved).extracting(Finding::leafIndex).contains(6L, 7L);
        assertThat(moved).anyMatch(f -> f.message().contains("moved from position 7 to 6"));
        assertThat(findings(Problem.EDITED)).isEmpty();
    }

    @Test
    void insertedRowIsNamed() throws Exception {
        // a forged certification re-using number 2, slipped in after the last row
        sql("INSERT INTO bansao_entries SELECT 10, kind, agency_code, register_type, cert_year, book, seq, NULL, ref_leaf,"
                + " cert_date, 'Người giả', requester_id, doc_title, doc_issuer, doc_number, doc_date, pages, copies,"
                + " certifier_name, certifier_title, fee, copy_kind, unsigned_sha256, signed_sha256, notes, attestation,"
                + " recorded_at, leaf_hash, tree_root, scan_digest, leaf_version, leaf_salt FROM bansao_entries"
                + " WHERE leaf_index = 1");
        List<Finding> inserted = findings(Problem.INSERTED);
        assertThat(inserted).extracting(Finding::leafIndex).contains(10L);
        assertThat(inserted).anyMatch(f -> f.message().contains("allocated twice"));
    }

    @Test
    void rewriteWithRecomputedHashesIsCaughtByTheStoredRootsAndTheSignedCheckpoint() throws Exception {
        // an attacker who knows the leaf encoding rewrites row 2 and its leaf hash
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", "")) {
            c.createStatement().execute("UPDATE bansao_entries SET requester_name = 'Người khác' WHERE leaf_index = 2");
            LogRow edited = readRow(c, 2);
            String hash = HexFormat.of().formatHex(Rfc6962.leafHash(CanonicalLeaf.encode(edited)));
            try (PreparedStatement ps = c.prepareStatement("UPDATE bansao_entries SET leaf_hash = ? WHERE leaf_index = 2")) {
                ps.setString(1, hash);
                ps.executeUpdate();
            }
        }
        LogVerification v = register.verify();
        assertThat(findings(Problem.EDITED)).isEmpty();
        assertThat(v.findings()).anySatisfy(f -> {
            assertThat(f.problem()).isEqualTo(Problem.ROOT_MISMATCH);
            assertThat(f.leafIndex()).isEqualTo(2);
        });
        assertThat(v.findings()).anyMatch(f -> f.problem() == Problem.ROOT_MISMATCH && f.message().contains("signed checkpoint"));
    }

    @Test
    void forgedCheckpointIsRejected() throws Exception {
        sql("UPDATE bansao_checkpoints SET note = REPLACE(note, CHAR(10) || '10' || CHAR(10), CHAR(10) || '9' || CHAR(10))");
        assertThat(findings(Problem.BAD_CHECKPOINT)).hasSize(1);
    }

    private static LogRow readRow(Connection c, long leaf) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT leaf_index, kind, agency_code, register_type, cert_year, book, seq,"
                     + " ref_leaf, cert_date, requester_name, requester_id, doc_title, doc_issuer, doc_number, doc_date,"
                     + " pages, copies, certifier_name, certifier_title, fee, copy_kind, unsigned_sha256, signed_sha256,"
                     + " notes, attestation, recorded_at, leaf_hash, tree_root, scan_digest, leaf_version, leaf_salt"
                     + " FROM bansao_entries WHERE leaf_index = " + leaf)) {
            rs.next();
            return new LogRow(rs.getLong(1), RecordKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                    rs.getInt(5), rs.getInt(6), rs.getLong(7), rs.getLong(8), rs.getDate(9).toLocalDate(),
                    rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                    rs.getString(15), rs.getInt(16), rs.getInt(17), rs.getString(18), rs.getString(19), rs.getLong(20),
                    rs.getString(21), rs.getString(22), rs.getString(23), rs.getString(29), rs.getString(24),
                    rs.getString(25), rs.getString(26), rs.getString(27), rs.getString(28), rs.getInt(30),
                    rs.getString(31));
        }
    }
}
