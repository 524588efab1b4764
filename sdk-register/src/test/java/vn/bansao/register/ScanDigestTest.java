package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.register.internal.log.CanonicalLeaf;
import vn.bansao.register.spi.LogRow;

/**
 * Issue 13 item 9: the register keeps each copy's scan digest (the one on its QR code), inside the leaf so that it
 * cannot be changed unseen, while rows written before it existed hash exactly as they did.
 */
class ScanDigestTest {

    static final String DIGEST = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c";

    @TempDir
    Path dir;

    @Test
    void theDigestIsKeptAcrossReopeningAndCoveredByTheLog() {
        RegisterConfig config = RegisterConfig.builder(dir.resolve("register").toString()).agencyCode(Drafts.AGENCY)
                .clock(new MutableClock("2026-12-07T03:00:00Z")).build();
        CertificationNumber number;
        try (CertificationRegister register = CertificationRegister.open(config)) {
            RegisterEntry e = register.certify(Drafts.sample("Nguyễn Văn An").toBuilder().scanDigest(DIGEST).build());
            number = e.number();
            assertThat(e.details().scanDigest()).isEqualTo(DIGEST);
            assertThat(register.certify(Drafts.sample("Trần Thị Bình")).details().scanDigest()).isEmpty();
        }
        try (CertificationRegister register = CertificationRegister.open(config)) {
            assertThat(register.find(number).orElseThrow().details().scanDigest()).isEqualTo(DIGEST);
            assertThat(register.verify().intact()).isTrue();
        }
    }

    @Test
    void theDigestIsPartOfTheLeafOnlyWhenPresent() {
        LogRow without = new LogRow(0, RecordKind.CERTIFICATION, "A", "SCT/BS", 2026, 1, 1, -1, null, "n", "i", "t", "s",
                "1", "d", 1, 1, "c", "ct", 2000, "FROM_ORIGINAL", "", "", "", "", "2026-12-07T03:00:00Z", "", "");
        LogRow with = new LogRow(0, RecordKind.CERTIFICATION, "A", "SCT/BS", 2026, 1, 1, -1, null, "n", "i", "t", "s",
                "1", "d", 1, 1, "c", "ct", 2000, "FROM_ORIGINAL", "", "", DIGEST, "", "", "2026-12-07T03:00:00Z", "", "");
        String a = new String(CanonicalLeaf.encode(without), java.nio.charset.StandardCharsets.UTF_8);
        String b = new String(CanonicalLeaf.encode(with), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(a).doesNotContain("scanDigest");
        assertThat(b).contains("\"requesterName\":\"n\",\"scanDigest\":\"" + DIGEST + "\",\"sequence\":1");
    }

    @Test
    void aMalformedDigestIsRefused() {
        assertThatThrownBy(() -> Drafts.sample("x").toBuilder().scanDigest("not a digest").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scanDigest");
    }
}
