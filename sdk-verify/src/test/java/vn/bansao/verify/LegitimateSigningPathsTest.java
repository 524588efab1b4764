package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.signing.CertifiedCopySigning;
import vn.bansao.signing.Level;
import vn.bansao.signing.PreparedSignature;
import vn.bansao.signing.RemoteSigning;
import vn.bansao.signing.Role;
import vn.bansao.signing.SignedPdf;
import vn.bansao.signing.SigningKey;
import vn.bansao.testkit.SoftHsmToken;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/**
 * Issue 12's other half: the trust, role and time rules must not reject legitimate copies — officer key on a
 * PKCS#11 token (SoftHSM2), and remote two-step signing as a portal does — each VALID at the level it proves.
 */
@ExtendWith(TestPkiExtension.class)
class LegitimateSigningPathsTest {

    private static final byte[] HMAC_KEY = "bansao-portal-session-key-0123456789".getBytes(StandardCharsets.US_ASCII);

    private static java.nio.file.Path library(SoftHsmToken token) {
        return token.sunPkcs11Config().lines().filter(l -> l.startsWith("library"))
                .map(l -> java.nio.file.Path.of(l.substring(l.indexOf('=') + 1).strip())).findFirst().orElseThrow();
    }

    @Test
    void officerOnAPkcs11TokenIsValid(TestPki pki) {
        try (SoftHsmToken token = SoftHsmToken.createOrSkip(pki.officer())) {
            SigningKey officer = SigningKey.pkcs11(library(token), token.slot(), token.pin(), token.keyLabel());
            byte[] pdf = CertifiedCopySigning.signBoth(SignedCopies.signer(pki, Level.B_LT),
                    SignedCopies.unsignedPackage(CertificationKind.FROM_ORIGINAL, 1), officer,
                    SignedCopies.key(pki.authority())).pdf();
            VerificationReport r = SignedCopies.verifier(pki).verify(pdf, "pkcs11.pdf");
            assertThat(r.verdict()).as("%s", r.reasons()).isEqualTo(Verdict.VALID);
            assertThat(r.signatures()).filteredOn(s -> s.role() == SignatureRole.OFFICER)
                    .singleElement().satisfies(s -> assertThat(s.level()).isEqualTo(SignatureLevel.PADES_BASELINE_LT));
        }
    }

    private static byte[] browserSigns(PreparedSignature p, PrivateKey key) throws Exception {
        Signature s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        s.initSign(key);
        s.update(p.dataToBeSigned());
        return s.sign();
    }

    @Test
    void remoteTwoStepSigningIsValid(TestPki pki) throws Exception {
        RemoteSigning bt = RemoteSigning.builder(SignedCopies.signer(pki, Level.B_T)).hmacKey(HMAC_KEY)
                .ttl(Duration.ofMinutes(10)).build();
        RemoteSigning blt = RemoteSigning.builder(SignedCopies.signer(pki, Level.B_LT)).hmacKey(HMAC_KEY)
                .ttl(Duration.ofMinutes(10)).build();
        byte[] unsigned = SignedCopies.unsignedPackage(CertificationKind.FROM_ORIGINAL, 1);
        PreparedSignature p1 = bt.prepare(unsigned, pki.officer().chain(), Role.OFFICER);
        SignedPdf first = bt.complete(p1.session(), browserSigns(p1, pki.officer().privateKey()));
        PreparedSignature p2 = blt.prepare(first.bytes(), pki.authority().chain(), Role.AUTHORITY);
        SignedPdf done = blt.complete(p2.session(), browserSigns(p2, pki.authority().privateKey()));
        VerificationReport r = SignedCopies.verifier(pki).verify(done.bytes(), "remote.pdf");
        assertThat(r.verdict()).as("%s", r.reasons()).isEqualTo(Verdict.VALID);
        assertThat(r.signatures()).filteredOn(s -> s.role() != SignatureRole.DOCUMENT_TIMESTAMP)
                .allSatisfy(s -> assertThat(s.level()).isEqualTo(SignatureLevel.PADES_BASELINE_LT));
    }
}
