package vn.bansao.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.bansao.testkit.BansaoAssertions.assertThatPdf;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.testkit.SoftHsmToken;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/** Signing with a key that never leaves a real PKCS#11 token (SoftHSM2 through SunPKCS11). */
@ExtendWith(TestPkiExtension.class)
class Pkcs11SigningTest {

    /**
     * The library the token's SunPKCS11 configuration names: the testkit gives each token a private copy of
     * libsofthsm2 so that a fresh C_Initialize sees it (SoftHSM lists tokens once per initialisation).
     */
    private static java.nio.file.Path library(SoftHsmToken token) {
        return token.sunPkcs11Config().lines().filter(l -> l.startsWith("library"))
                .map(l -> java.nio.file.Path.of(l.substring(l.indexOf('=') + 1).strip())).findFirst().orElseThrow();
    }

    @Test
    void signsOnASoftHsmToken(TestPki pki) {
        try (SoftHsmToken token = SoftHsmToken.createOrSkip(pki.officer())) {
            SigningKey key = SigningKey.pkcs11(library(token), token.slot(), token.pin(), token.keyLabel());
            assertThat(key.provider()).isPresent();
            assertThat(key.certificate()).isEqualTo(pki.officer().certificate());

            PadesSigner signer = PadesSigner.builder().level(Level.B_T).tsa(pki.tsaUrl()).build();
            // a copy from the master register: one field, the authority's seal on the token
            SignedPdf signed = signer.sign(TestPdfs.certifiedCopyLike(1, false), key, Role.AUTHORITY);

            // the token holds the leaf only: the issuers came from the certificate's caIssuers URL
            assertThat(signed.result().warnings()).isEmpty();
            assertThat(DssCheck.validate(signed.bytes(), pki.root().certificate(), true)).singleElement().satisfies(v -> {
                assertThat(v.format()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
                assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
            });
            assertThatPdf(signed.bytes()).pdfsigReportsAllValidAndTrusted(pki.root().certificate());
        }
    }

    @Test
    void wrongPinIsTyped(TestPki pki) {
        try (SoftHsmToken token = SoftHsmToken.createOrSkip(pki.authority())) {
            assertThatThrownBy(() -> SigningKey.pkcs11(library(token), token.slot(), "000000".toCharArray(), token.keyLabel()))
                    .isInstanceOfSatisfying(SigningException.class,
                            e -> assertThat(e.cause()).isEqualTo(SigningException.Cause.WRONG_PASSWORD));
        }
    }
}
