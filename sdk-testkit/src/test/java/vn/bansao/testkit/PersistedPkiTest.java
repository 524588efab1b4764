package vn.bansao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.common.Pem;

class PersistedPkiTest {

    @Test
    void writesNamedFilesAndReloadsOnTheSamePortsWithRevocations(@TempDir Path dir) throws Exception {
        int ocspPort;
        java.math.BigInteger revokedSerial;
        X509Certificate officerCert;
        try (TestPki pki = TestPki.start()) {
            Identity extra = pki.issue(IdentitySpec.pkcs1Officer());
            pki.revoke(extra);
            revokedSerial = extra.serialNumber();
            officerCert = pki.officer().certificate();
            ocspPort = pki.port(Service.OCSP);
            List<Path> written = pki.writeTo(dir);
            assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("root.pem",
                    "issuing-ca.pem", "root.p12", "issuing-ca.p12", "officer.p12", "authority.p12", "tsa.p12",
                    "ocsp.p12", "password.txt", "servers.json");
            assertThat(Files.list(dir)).hasSize(written.size()); // no temporary files left
        }

        char[] password = Files.readString(dir.resolve("password.txt"), StandardCharsets.US_ASCII).strip()
                .toCharArray();
        KeyStore officer = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(dir.resolve("officer.p12"))) {
            officer.load(in, password);
        }
        assertThat(officer.getCertificate("officer")).isEqualTo(officerCert);
        assertThat(Pem.readCertificates(dir.resolve("root.pem"))).hasSize(1);
        assertThat(Files.readString(dir.resolve("servers.json"))).contains("\"port\" : " + ocspPort);

        try (TestPki loaded = TestPki.load(dir)) {
            assertThat(loaded.port(Service.OCSP)).isEqualTo(ocspPort);
            assertThat(loaded.officer().certificate()).isEqualTo(officerCert);
            var http = Net.get(loaded.crlUrl());
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new java.io.ByteArrayInputStream(http.body()));
            crl.verify(loaded.issuingCa().certificate().getPublicKey());
            assertThat(crl.getRevokedCertificate(revokedSerial)).isNotNull();
            // a reloaded PKI can still issue, with keys distinct from the loaded ones
            Identity fresh = loaded.issue(IdentitySpec.officer().toBuilder().alias("after-load").build());
            fresh.certificate().verify(loaded.issuingCa().certificate().getPublicKey());
            assertThat(fresh.certificate().getPublicKey()).isNotIn(loaded.officer().certificate().getPublicKey(),
                    loaded.root().certificate().getPublicKey(), loaded.issuingCa().certificate().getPublicKey());
        }
    }

    @Test
    void loadingAnEmptyDirectorySaysWhatIsMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> TestPki.load(dir)).hasMessageContaining("password.txt")
                .hasMessageContaining("bansao testkit pki");
    }
}
