package vn.bansao.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.metrics.readiness.CertificateFinding;
import vn.bansao.metrics.readiness.CertificateIssue;
import vn.bansao.metrics.readiness.CertificateReview;
import vn.bansao.metrics.readiness.UnitReadiness;

/**
 * Bình Dương's pre-launch checklist and the review of officers' certificates: real certificates made with the
 * JDK's keytool at test time (weak ones included) and the Vietnamese CA certificates of the shared corpus.
 */
class ReadinessTest {

    @TempDir
    static Path tmp;

    private static Path weak;      // RSA 1024, SHA1withRSA, digitalSignature
    private static Path expiring;  // EC P-256, SHA256withECDSA, nonRepudiation, 10 days left
    private static Path good;      // RSA 2048, SHA256withRSA, digitalSignature + nonRepudiation

    @BeforeAll
    static void makeCertificates() throws Exception {
        weak = keytool("weak", "RSA", "1024", "SHA1withRSA", "digitalSignature", 365);
        expiring = keytool("expiring", "EC", "256", "SHA256withECDSA", "nonRepudiation", 10);
        good = keytool("good", "RSA", "2048", "SHA256withRSA", "digitalSignature,nonRepudiation", 700);
    }

    private static Path keytool(String alias, String alg, String size, String sigalg, String usage, int days) throws Exception {
        Path ks = tmp.resolve(alias + ".p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-alias", alias,
                "-keyalg", alg, "-keysize", size, "-sigalg", sigalg, "-validity", Integer.toString(days),
                "-dname", "CN=Can bo " + alias + ", O=UBND xa Test, C=VN", "-ext", "KeyUsage=" + usage)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, "changeit".toCharArray());
        }
        Certificate c = store.getCertificate(alias);
        Path pem = tmp.resolve(alias + ".pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(c.getEncoded()) + "\n-----END CERTIFICATE-----\n");
        Files.delete(ks);
        return pem;
    }

    @Test
    void weakCertificateIsFlaggedOnEveryCount() {
        CertificateFinding f = CertificateReview.review(weak, 30, Instant.now());
        assertThat(f.issues()).containsExactlyInAnyOrder(CertificateIssue.RSA_KEY_TOO_SHORT, CertificateIssue.SHA1_SIGNATURE);
        assertThat(f.keyBits()).contains(1024);
    }

    @Test
    void expiryWithinNDays() {
        assertThat(CertificateReview.review(expiring, 30, Instant.now()).issues()).containsExactly(CertificateIssue.EXPIRES_SOON);
        assertThat(CertificateReview.review(expiring, 5, Instant.now()).issues()).isEmpty();
        assertThat(CertificateReview.review(expiring, 5, Instant.now().plusSeconds(86_400L * 11)).issues())
                .containsExactly(CertificateIssue.EXPIRED);
        assertThat(CertificateReview.review(good, 30, Instant.now()).ok()).isTrue();
    }

    @Test
    void vietnameseCaCertificatesAreNotSigningCertificates() {
        Path corpus = Fixtures.shared().resolve("corpora/vietnam-ca-certs");
        CertificateFinding root = CertificateReview.review(corpus.resolve("vietnam-national-root-ca_vnrca256.der.crt"), 30,
                Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(root.keyBits()).contains(4096);
        assertThat(root.issues()).containsExactly(CertificateIssue.CA_CERTIFICATE); // RSA 4096, SHA-256, digitalSignature
        CertificateFinding g2 = CertificateReview.review(corpus.resolve("vgca-ca-phuc-vu-co-quan-nha-nuoc-g2_cpcag2.pem"), 30,
                Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(g2.issues()).containsExactly(CertificateIssue.CA_CERTIFICATE, CertificateIssue.MISSING_SIGNING_KEY_USAGE);
        CertificateFinding fastca = CertificateReview.review(corpus.resolve("fastca-sha256_intermediate.pem"), 30,
                Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(fastca.issues()).contains(CertificateIssue.EXPIRED); // expired 2025-12-22
        Path garbage = tmp.resolve("garbage.pem");
        try {
            Files.writeString(garbage, "not a certificate");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(CertificateReview.review(garbage, 30, Instant.now()).issues()).containsExactly(CertificateIssue.UNREADABLE);
    }

    @Test
    void checklistPerUnit() throws IOException {
        Path file = tmp.resolve("readiness.yaml");
        Files.writeString(file, """
                units:
                  - unit: C1
                    equipment: {network: true, scanners: 1}
                    accounts: {officers: 2, with_account: 2}
                    certificates: [good.pem]
                    roles_assigned: true
                    training_done: true
                  - unit: C2
                    equipment: {network: true, scanners: 0}
                    accounts: {officers: 2, with_account: 1}
                    certificates: [good.pem, weak.pem]
                    roles_assigned: true
                    training_done: false
                """);
        MetricsReport r = Metrics.builder().dossiers(Fixtures.fixture("small.csv")).readiness(file, 30).compute();
        List<UnitReadiness> units = r.readiness();
        assertThat(units.get(0).ready()).isTrue();
        UnitReadiness c2 = units.get(1);
        assertThat(c2.ready()).isFalse();
        assertThat(c2.checks()).filteredOn(c -> !c.passed()).extracting(UnitReadiness.Check::item)
                .containsExactly("equipment", "accounts", "certificates", "training");
        assertThat(c2.certificates().get(1).issues()).contains(CertificateIssue.SHA1_SIGNATURE);
    }
}
