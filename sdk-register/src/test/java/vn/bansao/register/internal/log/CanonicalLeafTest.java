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
}
