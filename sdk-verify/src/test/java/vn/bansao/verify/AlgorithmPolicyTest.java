package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.testkit.IdentitySpec;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;
import vn.bansao.verify.internal.cms.AlgorithmPolicy;

/** Circular 15/2025/TT-BKHCN: RSA >= 2048 (PSS or PKCS#1), ECDSA >= 256, SHA-2/SHA-3, never SHA-1. */
@ExtendWith(TestPkiExtension.class)
class AlgorithmPolicyTest {

    static java.security.PublicKey rsa(int bits) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(bits);
        return g.generateKeyPair().getPublic();
    }

    static java.security.PublicKey ec(String curve) throws Exception {
        // BouncyCastle: the JDK no longer offers the short curves a weak key needs
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", new org.bouncycastle.jce.provider.BouncyCastleProvider());
        g.initialize(new ECGenParameterSpec(curve));
        return g.generateKeyPair().getPublic();
    }

    @Test
    void keysAndDigests() throws Exception {
        String sha256 = NISTObjectIdentifiers.id_sha256.getId();
        assertThat(AlgorithmPolicy.check(sha256, PKCSObjectIdentifiers.id_RSASSA_PSS.getId(), rsa(2048)).compliant()).isTrue();
        assertThat(AlgorithmPolicy.check(sha256, X9ObjectIdentifiers.ecdsa_with_SHA256.getId(), ec("secp256r1")).compliant()).isTrue();
        assertThat(AlgorithmPolicy.check(NISTObjectIdentifiers.id_sha3_256.getId(),
                PKCSObjectIdentifiers.rsaEncryption.getId(), rsa(3072)).compliant()).isTrue();
        assertThat(AlgorithmPolicy.check(sha256, PKCSObjectIdentifiers.rsaEncryption.getId(), rsa(1024)).problems())
                .anyMatch(p -> p.contains("1024"));
        assertThat(AlgorithmPolicy.check(OIWObjectIdentifiers.idSHA1.getId(), PKCSObjectIdentifiers.rsaEncryption.getId(),
                rsa(2048)).problems()).anyMatch(p -> p.contains("SHA-1"));
        assertThat(AlgorithmPolicy.check(sha256, X9ObjectIdentifiers.ecdsa_with_SHA256.getId(), ec("secp224r1")).compliant()).isFalse();
    }

    @Test
    void aCertificateSignedWithSha1BreaksCompliance(TestPki pki) {
        var sha1 = pki.issue(IdentitySpec.sha1SignedOfficer());
        AlgorithmCheck base = AlgorithmPolicy.check(NISTObjectIdentifiers.id_sha256.getId(),
                PKCSObjectIdentifiers.id_RSASSA_PSS.getId(), sha1.certificate().getPublicKey());
        assertThat(base.compliant()).isTrue();
        AlgorithmCheck withChain = AlgorithmPolicy.withChain(base, List.of(sha1.certificate(), pki.issuingCa().certificate(),
                pki.root().certificate()));
        assertThat(withChain.compliant()).isFalse();
        assertThat(withChain.problems()).anyMatch(p -> p.contains("SHA1"));
        assertThat(AlgorithmPolicy.withChain(base, List.of(pki.officer().certificate(), pki.issuingCa().certificate(),
                pki.root().certificate())).compliant()).isTrue();
    }
}
