package vn.bansao.register.internal.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.bansao.register.RecordKind;
import vn.bansao.register.spi.LogRow;
import vn.bansao.transparency.merkle.Rfc6962;

/** The leaf encoding is a published format: pinned byte for byte (README, "Leaf encoding"). */
class CanonicalLeafTest {

    @Test
    void encodingIsSortedCompactJson() {
        LogRow row = new LogRow(7, RecordKind.CERTIFICATION, "000.00.00.H56", "SCT/BS", 2026, 1, 8, -1,
                LocalDate.of(2026, 11, 22), "Nguyễn \"Văn\" An", "CCCD:001200012345", "Bằng\\tốt nghiệp", "ĐHBK",
                "123", "30/06/2020", 3, 2, "Trần Thị Bình", "Phó Chủ tịch", 10000, "FROM_ORIGINAL", "", "",
                "dòng 1\ndòng 2\u0001", "", "2026-11-22T03:00:00.123Z", "ignored", "ignored");
        String expected = "{\"agencyCode\":\"000.00.00.H56\",\"attestation\":\"\",\"book\":1,"
                + "\"certifierName\":\"Trần Thị Bình\",\"certifierTitle\":\"Phó Chủ tịch\",\"copies\":2,"
                + "\"copyKind\":\"FROM_ORIGINAL\",\"date\":\"2026-11-22\",\"documentDate\":\"30/06/2020\","
                + "\"documentIssuer\":\"ĐHBK\",\"documentNumber\":\"123\",\"documentTitle\":\"Bằng\\\\tốt nghiệp\","
                + "\"fee\":10000,\"kind\":\"CERTIFICATION\",\"leafIndex\":7,\"notes\":\"dòng 1\\ndòng 2\\u0001\","
                + "\"pages\":3,\"recordedAt\":\"2026-11-22T03:00:00.123Z\",\"refLeaf\":-1,\"registerType\":\"SCT/BS\","
                + "\"requesterId\":\"CCCD:001200012345\",\"requesterName\":\"Nguyễn \\\"Văn\\\" An\",\"sequence\":8,"
                + "\"signedCopySha256\":\"\",\"unsignedPackageSha256\":\"\",\"v\":1,\"year\":2026}";
        byte[] bytes = CanonicalLeaf.encode(row);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
        // the stored hashes are not part of the leaf; the leaf index is
        assertThat(CanonicalLeaf.encode(row.withHashes("x", "y"))).isEqualTo(bytes);
        assertThat(HexFormat.of().formatHex(Rfc6962.leafHash(bytes)))
                .isEqualTo(HexFormat.of().formatHex(Rfc6962.leafHash(expected.getBytes(StandardCharsets.UTF_8))));
    }

    private static final String SALT = "000102030405060708090a0b0c0d0e0f";

    private static LogRow v2Row(String salt) {
        return new LogRow(7, RecordKind.CERTIFICATION, "000.00.00.H56", "SCT/BS", 2026, 1, 8, -1,
                LocalDate.of(2026, 11, 22), "Nguyễn \"Văn\" An", "CCCD:001200012345", "Bằng\\tốt nghiệp", "ĐHBK",
                "123", "2020-06-30", 3, 2, "Trần Thị Bình", "Phó Chủ tịch", 10000, "FROM_ORIGINAL", "", "ab".repeat(32),
                "", "dòng 1\ndòng 2", "", "2026-11-22T03:00:00.123Z", "ignored", "ignored", CanonicalLeaf.V2, salt);
    }

    @Test
    void v2EncodingReplacesThePrivateFieldsByTheSaltedDigest() throws Exception {
        LogRow row = v2Row(SALT);
        String privateJson = "{\"documentDate\":\"2020-06-30\",\"documentIssuer\":\"ĐHBK\",\"documentNumber\":\"123\","
                + "\"documentTitle\":\"Bằng\\\\tốt nghiệp\",\"notes\":\"dòng 1\\ndòng 2\","
                + "\"requesterId\":\"CCCD:001200012345\",\"requesterName\":\"Nguyễn \\\"Văn\\\" An\"}";
        assertThat(new String(CanonicalLeaf.privateFieldsJson(row), StandardCharsets.UTF_8)).isEqualTo(privateJson);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(HexFormat.of().parseHex(SALT));
        String digest = HexFormat.of().formatHex(sha.digest(privateJson.getBytes(StandardCharsets.UTF_8)));
        String expected = "{\"agencyCode\":\"000.00.00.H56\",\"attestation\":\"\",\"book\":1,"
                + "\"certifierName\":\"Trần Thị Bình\",\"certifierTitle\":\"Phó Chủ tịch\",\"copies\":2,"
                + "\"copyKind\":\"FROM_ORIGINAL\",\"date\":\"2026-11-22\",\"fee\":10000,\"kind\":\"CERTIFICATION\","
                + "\"leafIndex\":7,\"pages\":3,\"private\":\"" + digest + "\",\"recordedAt\":\"2026-11-22T03:00:00.123Z\","
                + "\"refLeaf\":-1,\"registerType\":\"SCT/BS\",\"scanDigest\":\"\",\"sequence\":8,"
                + "\"signedCopySha256\":\"" + "ab".repeat(32) + "\",\"unsignedPackageSha256\":\"\",\"v\":2,\"year\":2026}";
        assertThat(new String(CanonicalLeaf.encode(row), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(CanonicalLeaf.publishable(row)).isTrue();
    }

    @Test
    void theV2DigestChangesWithTheSaltAndWithEveryPrivateField() {
        LogRow row = v2Row(SALT);
        String base = new String(CanonicalLeaf.encode(row), StandardCharsets.UTF_8);
        assertThat(new String(CanonicalLeaf.encode(v2Row("100102030405060708090a0b0c0d0e0f")), StandardCharsets.UTF_8))
                .isNotEqualTo(base);
        java.util.List<LogRow> edits = java.util.List.of(
                new LogRow(7, RecordKind.CERTIFICATION, "000.00.00.H56", "SCT/BS", 2026, 1, 8, -1,
                        LocalDate.of(2026, 11, 22), "Nguyễn \"Văn\" Ân", "CCCD:001200012345", "Bằng\\tốt nghiệp",
                        "ĐHBK", "123", "2020-06-30", 3, 2, "Trần Thị Bình", "Phó Chủ tịch", 10000, "FROM_ORIGINAL", "",
                        "ab".repeat(32), "", "dòng 1\ndòng 2", "", "2026-11-22T03:00:00.123Z", "", "", 2, SALT),
                new LogRow(7, RecordKind.CERTIFICATION, "000.00.00.H56", "SCT/BS", 2026, 1, 8, -1,
                        LocalDate.of(2026, 11, 22), "Nguyễn \"Văn\" An", "CCCD:001200012346", "Bằng\\tốt nghiệp",
                        "ĐHBK", "123", "2020-06-30", 3, 2, "Trần Thị Bình", "Phó Chủ tịch", 10000, "FROM_ORIGINAL", "",
                        "ab".repeat(32), "", "dòng 1\ndòng 2", "", "2026-11-22T03:00:00.123Z", "", "", 2, SALT),
                new LogRow(7, RecordKind.CERTIFICATION, "000.00.00.H56", "SCT/BS", 2026, 1, 8, -1,
                        LocalDate.of(2026, 11, 22), "Nguyễn \"Văn\" An", "CCCD:001200012345", "Bằng\\tốt nghiệp",
                        "ĐHBK", "124", "2020-06-30", 3, 2, "Trần Thị Bình", "Phó Chủ tịch", 10000, "FROM_ORIGINAL", "",
                        "ab".repeat(32), "", "dòng 1\ndòng 2", "", "2026-11-22T03:00:00.123Z", "", "", 2, SALT),
                new LogRow(7, RecordKind.CERTIFICATION, "000.00.00.H56", "SCT/BS", 2026, 1, 8, -1,
                        LocalDate.of(2026, 11, 22), "Nguyễn \"Văn\" An", "CCCD:001200012345", "Bằng\\tốt nghiệp",
                        "ĐHBK", "123", "2020-06-30", 3, 2, "Trần Thị Bình", "Phó Chủ tịch", 10000, "FROM_ORIGINAL", "",
                        "ab".repeat(32), "", "dòng 1", "", "2026-11-22T03:00:00.123Z", "", "", 2, SALT));
        for (LogRow edited : edits) {
            assertThat(new String(CanonicalLeaf.encode(edited), StandardCharsets.UTF_8)).isNotEqualTo(base);
        }
        // privateDigest is the value the leaf carries
        assertThat(CanonicalLeaf.privateDigest(row, HexFormat.of().parseHex(SALT)))
                .isEqualTo(base.replaceAll(".*\"private\":\"([0-9a-f]{64})\".*", "$1"));
        // fields are delimited (JSON keys), not concatenated: text moved from one field to the next changes the digest
        LogRow ab = new LogRow(1, RecordKind.VOID, "a", "t", 2026, 1, 1, 0, null, "", "", "", "", "", "", 0, 0, "", "",
                0, "", "", "", "AB", "", "", "", "").withLeaf(2, SALT);
        LogRow aThenB = new LogRow(1, RecordKind.VOID, "a", "t", 2026, 1, 1, 0, null, "", "B", "", "", "", "", 0, 0, "",
                "", 0, "", "", "", "A", "", "", "", "").withLeaf(2, SALT);
        assertThat(new String(CanonicalLeaf.privateFieldsJson(ab), StandardCharsets.UTF_8))
                .isEqualTo("{\"documentDate\":\"\",\"documentIssuer\":\"\",\"documentNumber\":\"\",\"documentTitle\":\"\","
                        + "\"notes\":\"AB\",\"requesterId\":\"\",\"requesterName\":\"\"}");
        assertThat(CanonicalLeaf.privateDigest(ab, HexFormat.of().parseHex(SALT)))
                .isNotEqualTo(CanonicalLeaf.privateDigest(aThenB, HexFormat.of().parseHex(SALT)));
    }

    @Test
    void aSaltThatDoesNotFitTheVersionIsRefusedNotGuessed() {
        for (String bad : new String[] {"", "00", SALT.toUpperCase(), SALT + "00", "zz" + SALT.substring(2)}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CanonicalLeaf.encode(v2Row(bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no valid salt");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CanonicalLeaf.encode(v2Row(SALT).withLeaf(1, SALT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v1 leaf has no salt");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CanonicalLeaf.encode(v2Row(SALT).withLeaf(3, SALT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown leaf version 3");
        // a v1 row is publishable only without any private value
        LogRow v1 = v2Row(SALT).withLeaf(1, "");
        assertThat(CanonicalLeaf.publishable(v1)).isFalse();
        LogRow emptyV1 = new LogRow(3, RecordKind.COMPLETION, "000.00.00.H56", "SCT/BS", 2026, 1, 8, 0,
                LocalDate.of(2026, 11, 22), "", "", "", "", "", "", 0, 0, "", "", 0, "", "", "ab".repeat(32), "", "",
                "2026-11-22T03:00:00.123Z", "", "");
        assertThat(CanonicalLeaf.publishable(emptyV1)).isTrue();
        assertThat(CanonicalLeaf.publishable(new LogRow(3, RecordKind.VOID, "000.00.00.H56", "SCT/BS", 2026, 1, 8, 0,
                LocalDate.of(2026, 11, 22), "", "", "", "", "", "", 0, 0, "", "", 0, "", "", "", "lý do", "",
                "2026-11-22T03:00:00.123Z", "", ""))).isFalse();
    }
}
