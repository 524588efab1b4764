package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trust anchors from files, folders and key stores; the Vietnamese bundle pinned by fingerprint; the host allow-list. */
class TrustConfigurationTest {

    static final Path VN = SharedCorpora.corpus("vietnam-ca-certs");

    @Test
    void vietnameseRootsAreLoadedOnlyWhenTheirFingerprintsMatchThePins() {
        TrustAnchors vn = VietnamRoots.load(VN);
        assertThat(vn.fingerprints()).containsExactlyInAnyOrder(
                "BAC8BF609AB420A8EE1780D74F4DE5C7F7184959D2A7375B0A75E4C29F0908E7",
                "F04BA4B459A7C9A1B971AD9B1CB833E695A80C79AEA63B174B66A70EDFE2FDB8");
        assertThat(vn.intermediates()).extracting(c -> c.getSubjectX500Principal().getName())
                .anyMatch(n -> n.contains("VNPT-CA")).hasSize(3);
    }

    @Test
    void aFolderWithLookalikeFilesButNoPinnedRootIsRefused(@TempDir Path dir) throws Exception {
        // a different certificate saved under the national root's file name
        Files.copy(SharedCorpora.corpus("pyhanko-signed-pdfs").resolve("embedded-roots/Root_CA_a11ed7bf6de0.pem"),
                dir.resolve("vietnam-national-root-ca_vnrca256.pem"));
        assertThatThrownBy(() -> VietnamRoots.load(dir)).isInstanceOfSatisfying(TrustConfigurationException.class, e -> {
            assertThat(e.code()).isEqualTo("TRUST_CONFIGURATION_INVALID");
            assertThat(e.getMessage()).contains("pinned fingerprint");
            assertThat(e.message(vn.bansao.common.BansaoException.VIETNAMESE)).contains("dấu vân tay");
        });
    }

    @Test
    void unpinnedFilesBesideThePinnedOnesAreNeverTrusted(@TempDir Path dir) throws Exception {
        Files.copy(VN.resolve("vietnam-national-root-ca_vnrca256.pem"), dir.resolve("root.pem"));
        Files.copy(SharedCorpora.corpus("pyhanko-signed-pdfs").resolve("embedded-roots/Root_CA_a11ed7bf6de0.pem"),
                dir.resolve("extra.pem"));
        assertThat(VietnamRoots.load(dir).fingerprints()).containsExactly(
                "BAC8BF609AB420A8EE1780D74F4DE5C7F7184959D2A7375B0A75E4C29F0908E7");
    }

    @Test
    void anchorsFromPemDerKeyStoreAndFolders(@TempDir Path dir) throws Exception {
        TrustAnchors pem = TrustAnchors.fromPaths(VN.resolve("vietnam-national-root-ca_vnrca256.pem"));
        TrustAnchors der = TrustAnchors.fromPaths(VN.resolve("vietnam-national-root-ca_vnrca256.der.crt"));
        assertThat(pem.fingerprints()).isEqualTo(der.fingerprints()).hasSize(1);

        X509Certificate g2 = TrustAnchors.parseCertificates(
                Files.readAllBytes(VN.resolve("vgca-rootca-chuyen-dung-chinh-phu-g2_rootcag2.pem"))).get(0);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("g2", g2);
        Path p12 = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            ks.store(out, "changeit".toCharArray());
        }
        assertThat(TrustAnchors.fromKeyStore(p12, "changeit".toCharArray()).fingerprints())
                .containsExactly("F04BA4B459A7C9A1B971AD9B1CB833E695A80C79AEA63B174B66A70EDFE2FDB8");

        TrustAnchors folder = TrustAnchors.fromPaths(VN);
        assertThat(folder.anchors()).hasSize(5); // six files, five certificates: the root's PEM and DER count once
        assertThat(pem.and(der).anchors()).hasSize(1);
    }

    @Test
    void unreadableAnchorFilesFailWithTheFileName(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("not-a-cert.pem");
        Files.writeString(bad, "hello");
        assertThatThrownBy(() -> TrustAnchors.fromPaths(bad)).isInstanceOf(TrustConfigurationException.class)
                .hasMessageContaining("not-a-cert.pem");
        assertThatThrownBy(() -> TrustAnchors.fromPaths(dir.resolve("missing.pem")))
                .isInstanceOf(TrustConfigurationException.class).hasMessageContaining("missing.pem");
    }

    @Test
    void onlyAllowedHostsOverHttpMayBeContacted() {
        NetworkPolicy p = NetworkPolicy.allowHosts("ocsp.ca.gov.vn");
        assertThat(p.allows("http://ocsp.ca.gov.vn/ocsp")).isTrue();
        assertThat(p.allows("https://OCSP.CA.GOV.VN/x")).isTrue();
        assertThat(p.allows("http://evil.example/ocsp")).isFalse();
        assertThat(p.allows("ldap://ocsp.ca.gov.vn/cn=x")).isFalse();
        assertThat(p.allows("file:///etc/passwd")).isFalse();
        assertThat(p.allows("http://ocsp.ca.gov.vn.evil.example/")).isFalse();
        assertThat(NetworkPolicy.offline().allows("http://ocsp.ca.gov.vn/")).isFalse();
        assertThat(NetworkPolicy.offline().isOffline()).isTrue();
    }
}
