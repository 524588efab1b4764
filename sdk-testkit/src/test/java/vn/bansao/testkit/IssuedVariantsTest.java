package vn.bansao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.testkit.internal.Bc;

@ExtendWith(TestPkiExtension.class)
class IssuedVariantsTest {

    @Test
    void expiredAndNotYetValid(TestPki pki) {
        assertThatThrownBy(() -> pki.issue(IdentitySpec.expiredOfficer()).certificate().checkValidity())
                .isInstanceOf(CertificateExpiredException.class);
        assertThatThrownBy(() -> pki.issue(IdentitySpec.notYetValidOfficer()).certificate().checkValidity())
                .isInstanceOf(CertificateNotYetValidException.class);
    }

    @Test
    void withoutDigitalSignature(TestPki pki) {
        boolean[] ku = pki.issue(IdentitySpec.officerWithoutDigitalSignature()).certificate().getKeyUsage();
        assertThat(ku[0]).isFalse();
        assertThat(ku[2]).as("keyEncipherment").isTrue();
    }

    @Test
    void keySizesAndSchemes(TestPki pki) throws Exception {
        Identity ec = pki.issue(IdentitySpec.ecdsaOfficer());
        assertThat(ec.certificate().getPublicKey()).isInstanceOf(ECPublicKey.class);
        assertThat(((ECPublicKey) ec.certificate().getPublicKey()).getParams().getCurve().getField().getFieldSize())
                .isEqualTo(256);
        assertThat(rsaBits(pki.issue(IdentitySpec.rsa3072Officer()))).isEqualTo(3072);
        assertThat(rsaBits(pki.issue(IdentitySpec.weakRsa1024Officer()))).isEqualTo(1024);
        assertThat(pki.issue(IdentitySpec.pkcs1Officer()).signatureAlgorithm()).isEqualTo("SHA256withRSA");
        assertThat(pki.issue(IdentitySpec.pssOfficer()).signatureAlgorithm()).isEqualTo("SHA256withRSAandMGF1");
        for (Identity id : new Identity[] {ec, pki.issue(IdentitySpec.pkcs1Officer()), pki.officer()}) {
            Signature s = Signature.getInstance(id.signatureAlgorithm(), Bc.PROVIDER);
            s.initSign(id.privateKey());
            s.update(new byte[] {42});
            byte[] sig = s.sign();
            s.initVerify(id.certificate());
            s.update(new byte[] {42});
            assertThat(s.verify(sig)).as(id.alias()).isTrue();
        }
    }

    @Test
    void sha1SignedCertificate(TestPki pki) {
        assertThat(pki.issue(IdentitySpec.sha1SignedOfficer()).certificate().getSigAlgName()).containsIgnoringCase("SHA1");
    }

    @Test
    void impostorHasTheSameNamesButDoesNotVerifyUnderTheRealChain(TestPki pki) throws Exception {
        Identity impostor = pki.issue(IdentitySpec.impostorAuthority());
        assertThat(impostor.certificate().getSubjectX500Principal())
                .isEqualTo(pki.authority().certificate().getSubjectX500Principal());
        assertThat(impostor.certificate().getIssuerX500Principal())
                .isEqualTo(pki.issuingCa().certificate().getSubjectX500Principal());
        assertThat(impostor.chain().get(2).getSubjectX500Principal())
                .isEqualTo(pki.root().certificate().getSubjectX500Principal());
        assertThatThrownBy(() -> impostor.certificate().verify(pki.issuingCa().certificate().getPublicKey()))
                .isInstanceOf(java.security.SignatureException.class);
        impostor.certificate().verify(impostor.issuerCertificate().getPublicKey());
    }

    @Test
    void wholePkiOnEcdsa() throws Exception {
        try (TestPki ec = TestPki.builder().keyType(KeyType.ECDSA_P256).start()) {
            assertThat(ec.root().certificate().getSigAlgName()).isEqualTo("SHA256withECDSA");
            assertThat(ec.officer().certificate().getPublicKey().getAlgorithm()).isEqualTo("EC");
            var http = Net.get(ec.crlUrl());
            var crl = (java.security.cert.X509CRL) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCRL(new java.io.ByteArrayInputStream(http.body()));
            crl.verify(ec.issuingCa().certificate().getPublicKey());
        }
    }

    private static int rsaBits(Identity id) {
        return ((RSAPublicKey) id.certificate().getPublicKey()).getModulus().bitLength();
    }
}
