package vn.bansao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPkiExtension.class)
class SoftHsmTokenTest {

    @Test
    void rsaSignatureMadeThroughSunPkcs11VerifiesWithTheCertificate(TestPki pki) throws Exception {
        Identity officer = pki.officer();
        try (SoftHsmToken token = SoftHsmToken.createOrSkip(officer)) {
            KeyStore ks = token.keyStore();
            assertThat(ks.aliases().asIterator()).toIterable().contains(token.keyLabel());
            PrivateKey key = (PrivateKey) ks.getKey(token.keyLabel(), null);
            assertThat(key.getClass().getName()).contains("P11"); // the key never left the token
            assertThat(ks.getCertificate(token.keyLabel())).isEqualTo(officer.certificate());

            byte[] data = "Chứng thực bản sao đúng với bản chính".getBytes(StandardCharsets.UTF_8);
            for (String alg : new String[] {"SHA256withRSA", "SHA256withRSASSA-PSS"}) {
                Signature signer = Signature.getInstance(alg, token.provider());
                if (alg.contains("PSS")) {
                    signer.setParameter(new java.security.spec.PSSParameterSpec("SHA-256", "MGF1",
                            java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
                }
                signer.initSign(key);
                signer.update(data);
                byte[] signature = signer.sign();

                Signature verifier = Signature.getInstance(alg.contains("PSS") ? "RSASSA-PSS" : alg);
                if (alg.contains("PSS")) {
                    verifier.setParameter(new java.security.spec.PSSParameterSpec("SHA-256", "MGF1",
                            java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
                }
                verifier.initVerify((X509Certificate) ks.getCertificate(token.keyLabel()));
                verifier.update(data);
                assertThat(verifier.verify(signature)).as(alg).isTrue();
            }
        }
    }

    @Test
    void ecdsaKeyToo(TestPki pki) throws Exception {
        Identity ec = pki.issue(IdentitySpec.ecdsaOfficer());
        try (SoftHsmToken token = SoftHsmToken.createOrSkip(ec)) {
            PrivateKey key = (PrivateKey) token.keyStore().getKey(token.keyLabel(), null);
            Signature signer = Signature.getInstance("SHA256withECDSA", token.provider());
            signer.initSign(key);
            signer.update(new byte[] {1, 2, 3});
            byte[] sig = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(ec.certificate());
            verifier.update(new byte[] {1, 2, 3});
            assertThat(verifier.verify(sig)).isTrue();
            assertThat(token.sunPkcs11Config()).contains("library = ").contains("slot = " + token.slot());
        }
    }
}
