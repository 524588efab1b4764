package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterConfig;
import vn.bansao.register.RegisterEntry;
import vn.bansao.register.note.NoteSigner;
import vn.bansao.signing.Level;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;
import vn.bansao.verify.internal.trust.Fingerprints;

/** A real bansao-register database (embedded H2) behind {@link RegisterLookups}: number, hashes, void, signed checkpoint. */
@ExtendWith(TestPkiExtension.class)
class RegisterLookupsTest {

    @Test
    void aLocalRegisterConfirmsThenVoidsTheCopy(TestPki pki, @TempDir Path dir) throws Exception {
        RegisterConfig config = RegisterConfig.builder(dir.resolve("register").toString())
                .agencyCode("000.00.12.H29").registerType("SCT/BS")
                // the register assigns the date: its clock is on the copies' certification day
                .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T03:00:00Z"), java.time.ZoneOffset.UTC))
                .build();
        try (CertificationRegister register = CertificationRegister.open(config)) {
            EntryDraft draft = EntryDraft.builder().agencyCode("000.00.12.H29").registerType("SCT/BS")
                    .date(LocalDate.of(2026, 11, 22)).requester("Nguyễn Văn Ấn", "079123456789")
                    .document("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", java.time.LocalDate.of(2010, 7, 1))
                    .pages(3).copies(1).certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch")
                    .kind(CertificationKind.FROM_ORIGINAL).build();
            RegisterEntry reserved = register.reserve(draft);
            byte[] unsigned = SignedCopies.unsignedPackage(CertificationKind.FROM_ORIGINAL, 3, reserved.number().sequence());
            byte[] signed = SignedCopies.signedCopy(pki, Level.B_LT, pki.officer(), pki.authority(), unsigned);

            CopyVerifier early = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                    .register(RegisterLookups.of(register)).build();
            assertThat(early.verify(signed, "copy.pdf").register().orElseThrow().outcome())
                    .isEqualTo(RegisterCheck.Outcome.NOT_CERTIFIED);

            register.complete(reserved.number(), Fingerprints.sha256(signed).toLowerCase(java.util.Locale.ROOT));
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            KeyPair kp = g.generateKeyPair();
            NoteSigner signer = NoteSigner.of("bansao.vn/register/000.00.12.H29", kp.getPrivate(), kp.getPublic());
            register.checkpoint(signer);
            String key = signer.verifier().verifierKey();

            CopyVerifier verifier = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                    .register(RegisterLookups.of(register), key).build();
            VerificationReport ok = verifier.verify(signed, "copy.pdf");
            assertThat(ok.register().orElseThrow().outcome()).as(ok.register().toString())
                    .isEqualTo(RegisterCheck.Outcome.CONFIRMED);
            assertThat(ok.register().orElseThrow().findings()).extracting(Finding::code).contains("REGISTER_PROOF_OK");
            assertThat(ok.verdict()).isEqualTo(Verdict.VALID);

            // another register's key does not confirm the proof
            KeyPair other = g.generateKeyPair();
            String otherKey = NoteSigner.of("bansao.vn/register/000.00.12.H29", other.getPrivate(), other.getPublic())
                    .verifier().verifierKey();
            VerificationReport forged = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                    .register(RegisterLookups.of(register), otherKey).build().verify(signed, "copy.pdf");
            assertThat(forged.register().orElseThrow().outcome()).isEqualTo(RegisterCheck.Outcome.PROOF_INVALID);

            register.voidEntry(reserved.number(), "Cấp nhầm số");
            VerificationReport voided = verifier.verify(signed, "copy.pdf");
            assertThat(voided.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(voided.register().orElseThrow().outcome()).isEqualTo(RegisterCheck.Outcome.VOID);
        }
    }
}
