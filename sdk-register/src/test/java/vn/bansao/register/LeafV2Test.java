package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.register.LogVerification.Finding;
import vn.bansao.register.LogVerification.Problem;
import vn.bansao.transparency.checkpoint.InclusionProof;
import vn.bansao.transparency.lookup.CertificationReference;
import vn.bansao.transparency.lookup.EntryStatus;
import vn.bansao.transparency.lookup.LeafBinding;
import vn.bansao.transparency.lookup.RegisterRecord;
import vn.bansao.transparency.note.NoteSigner;

/**
 * Canonical leaf v2 (issue 15): a new row's leaf, the bytes a remote verifier receives, holds none of the
 * requester's or the original document's details, only a salted commitment to them; the commitment cannot be
 * matched by trying names, and any edit of a private field or of the salt in the database is named by verify.
 */
class LeafV2Test {

    /** Values that appear nowhere else: if one shows in a leaf, it leaked. */
    private static final String NAME = "Hoàng Thị Xuyến Zqx";
    private static final String ID = "CCCD:079345678912";
    private static final String TITLE = "Giấy khai sinh bản gốc Wq7";
    private static final String ISSUER = "UBND xã Tân Phú Đông Kj3";
    private static final String DOC_NUMBER = "KS-4471-2003-Pv9";
    private static final LocalDate DOC_DATE = LocalDate.of(2003, 4, 17);
    private static final String NOTES = "Ghi chú riêng Mb5";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private RegisterConfig config;
    private CertificationRegister register;

    @BeforeEach
    void open() {
        config = RegisterConfig.builder(dir.resolve("v2").toString()).agencyCode(Drafts.AGENCY).clock(CLOCK).build();
        register = CertificationRegister.open(config);
    }

    @AfterEach
    void close() {
        register.close();
    }

    private static EntryDraft distinctive() {
        return EntryDraft.builder().agencyCode(Drafts.AGENCY).requester(NAME, ID)
                .document(TITLE, ISSUER, DOC_NUMBER, DOC_DATE).pages(2).copies(1)
                .certifier("Trần Thị Bình", "Phó Chủ tịch UBND phường Hải Châu").notes(NOTES).build();
    }

    @Test
    void aV2LeafHoldsNoPrivateValueOnlyTheDocumentedSaltedDigest() throws Exception {
        RegisterEntry e = register.certify(distinctive());
        InclusionProof proof = register.inclusionProofs(e.number(), register.treeSize()).get(0).proof().orElseThrow();
        byte[] leaf = proof.leafBytes();
        String json = new String(leaf, StandardCharsets.UTF_8);
        String salt = column(e.leafIndex(), "leaf_salt");

        for (String secret : List.of(NAME, ID, "079345678912", TITLE, ISSUER, DOC_NUMBER, "4471", DOC_DATE.toString(),
                NOTES, "Xuyến", salt)) {
            assertThat(json).as("leaf must not contain %s", secret).doesNotContain(secret);
            assertThat(indexOf(leaf, secret.getBytes(StandardCharsets.UTF_8))).as("raw bytes, %s", secret).isNegative();
        }
        assertThat(json).doesNotContain("requesterName", "requesterId", "documentTitle", "documentIssuer",
                "documentNumber", "documentDate", "\"notes\"", "salt");

        // the commitment as the README documents it, computed here independently: SHA-256(salt || JSON)
        String privateJson = "{\"documentDate\":\"2003-04-17\",\"documentIssuer\":\"" + ISSUER
                + "\",\"documentNumber\":\"" + DOC_NUMBER + "\",\"documentTitle\":\"" + TITLE + "\",\"notes\":\""
                + NOTES + "\",\"requesterId\":\"" + ID + "\",\"requesterName\":\"" + NAME + "\"}";
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(HexFormat.of().parseHex(salt));
        sha.update(privateJson.getBytes(StandardCharsets.UTF_8));
        String digest = HexFormat.of().formatHex(sha.digest());
        String expected = "{\"agencyCode\":\"" + Drafts.AGENCY + "\",\"attestation\":\"\",\"book\":1,"
                + "\"certifierName\":\"Trần Thị Bình\",\"certifierTitle\":\"Phó Chủ tịch UBND phường Hải Châu\","
                + "\"copies\":1,\"copyKind\":\"FROM_ORIGINAL\",\"date\":\"2026-11-22\",\"fee\":4000,"
                + "\"kind\":\"CERTIFICATION\",\"leafIndex\":0,\"pages\":2,\"private\":\"" + digest + "\","
                + "\"recordedAt\":\"2026-11-22T03:00:00Z\",\"refLeaf\":-1,\"registerType\":\"SCT/BS\","
                + "\"scanDigest\":\"\",\"sequence\":1,\"signedCopySha256\":\"\",\"unsignedPackageSha256\":\"\","
                + "\"v\":2,\"year\":2026}";
        assertThat(json).isEqualTo(expected);
        // the register itself still holds the details in clear
        assertThat(register.find(e.number()).orElseThrow().details().requesterName()).isEqualTo(NAME);
    }

    @Test
    void everyRowGetsItsOwnRandomSaltSoEqualDetailsNeverGiveEqualDigests() throws Exception {
        Set<String> salts = new HashSet<>();
        Set<String> digests = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            RegisterEntry e = register.certify(distinctive());
            String salt = column(e.leafIndex(), "leaf_salt");
            assertThat(salt).matches("[0-9a-f]{32}");
            salts.add(salt);
            String json = register.inclusionProofs(e.number(), register.treeSize()).get(0).proof().orElseThrow()
                    .leafJson();
            digests.add(json.replaceAll(".*\"private\":\"([0-9a-f]{64})\".*", "$1"));
        }
        assertThat(salts).hasSize(40);
        assertThat(digests).hasSize(40).allMatch(d -> d.matches("[0-9a-f]{64}"));
        // a void row and a year closing are v2 too: their notes (the reason, the totals) are committed, not shown
        RegisterEntry voided = register.voidEntry(register.find(2026, 1).orElseThrow().number(), "Lý do hủy riêng Tt4");
        InclusionProof voidProof = register.inclusionProofs(voided.number(), register.treeSize()).get(1).proof()
                .orElseThrow();
        assertThat(voidProof.leafJson()).contains("\"kind\":\"VOID\"", "\"v\":2").doesNotContain("Tt4");
    }

    @Test
    void editingAPrivateFieldTheSaltOrTheVersionOfAV2RowInTheDatabaseIsNamed() throws Exception {
        NoteSigner signer = NoteSigner.fromPkcs12(TestKeys.pkcs12(dir, "Ed25519"), TestKeys.PASSWORD.toCharArray(),
                register.origin());
        for (int i = 0; i < 8; i++) {
            register.certify(distinctive());
        }
        register.checkpoint(signer);
        assertThat(register.verify().intact()).isTrue();
        String salt2 = column(2, "leaf_salt");
        String flipped = (salt2.charAt(0) == '0' ? "1" : "0") + salt2.substring(1); // another valid salt

        sql("UPDATE bansao_entries SET requester_id = 'CCCD:079345678913' WHERE leaf_index = 1",
                "UPDATE bansao_entries SET leaf_salt = '" + flipped + "' WHERE leaf_index = 2",
                "UPDATE bansao_entries SET leaf_salt = '' WHERE leaf_index = 3",
                "UPDATE bansao_entries SET leaf_version = 1 WHERE leaf_index = 4",
                "UPDATE bansao_entries SET leaf_version = 3 WHERE leaf_index = 5",
                "UPDATE bansao_entries SET notes = 'khác' WHERE leaf_index = 6");
        List<Finding> edited = register.verify().findings().stream().filter(f -> f.problem() == Problem.EDITED)
                .toList();
        assertThat(edited).extracting(Finding::leafIndex).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(edited).filteredOn(f -> f.leafIndex() == 3).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("no valid salt"));
        assertThat(edited).filteredOn(f -> f.leafIndex() == 5).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("unknown leaf version 3"));
        // the signed checkpoint does not match the recomputed tree either
        assertThat(register.verify().findings()).anyMatch(f -> f.problem() == Problem.ROOT_MISMATCH);
        // and the register hands out no proof of an edited row
        for (long leaf : List.of(1L, 2L, 3L, 5L)) {
            assertThatThrownBy(() -> register.inclusionProof(leaf, 8)).isInstanceOf(RegisterException.class)
                    .hasMessageContaining("run verify");
        }
        assertThat(register.verify().findings()).noneMatch(f -> f.leafIndex() == 0);
    }

    @Test
    void leafBindingStillBindsAV2Leaf() {
        register.certify(distinctive());
        RegisterEntry second = register.certify(distinctive());
        register.checkpoint(NoteSignerHolder.signer(dir, register));
        InclusionProof p = register.inclusionProof(second.number()).orElseThrow();
        assertThat(p.leafJson()).contains("\"v\":2");
        RegisterRecord record = new RegisterRecord(2026, "2", EntryStatus.CERTIFIED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(p));
        assertThat(LeafBinding.mismatch(p, new CertificationReference(Drafts.AGENCY, "SCT/BS", 2026, 2, "01"), record))
                .isEmpty();
        assertThat(LeafBinding.mismatch(p, new CertificationReference(Drafts.AGENCY, "SCT/BS", 2026, 1, "01"), record))
                .hasValueSatisfying(m -> assertThat(m).contains("not about number 1"));
        assertThat(LeafBinding.mismatch(p, new CertificationReference("000.00.00.H29", "SCT/BS", 2026, 2, "01"), record))
                .hasValueSatisfying(m -> assertThat(m).contains("another certifying body"));
        RegisterRecord signed = new RegisterRecord(2026, "2", EntryStatus.CERTIFIED, Optional.empty(), Optional.empty(),
                Optional.of("cd".repeat(32)), Optional.of(p));
        assertThat(LeafBinding.mismatch(p, new CertificationReference(Drafts.AGENCY, "SCT/BS", 2026, 2, "01"), signed))
                .hasValueSatisfying(m -> assertThat(m).contains("signed-copy hash"));
    }

    /** Loads the test key once per test directory. */
    private static final class NoteSignerHolder {
        static NoteSigner signer(Path dir, CertificationRegister r) {
            try {
                return NoteSigner.fromPkcs12(TestKeys.pkcs12(dir, "Ed25519"), TestKeys.PASSWORD.toCharArray(),
                        r.origin());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    private String column(long leaf, String column) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", "");
             PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM bansao_entries WHERE leaf_index = ?")) {
            ps.setLong(1, leaf);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", "");
             Statement s = c.createStatement()) {
            for (String q : statements) {
                s.execute(q);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
