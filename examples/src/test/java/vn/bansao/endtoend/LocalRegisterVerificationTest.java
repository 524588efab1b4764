package vn.bansao.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanSource;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterConfig;
import vn.bansao.register.RegisterEntry;
import vn.bansao.register.RegisterLookups;
import vn.bansao.signing.CertifiedCopySigning;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.SigningKey;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;
import vn.bansao.transparency.checkpoint.InclusionProof;
import vn.bansao.transparency.lookup.RegisterLookup;
import vn.bansao.transparency.lookup.RegisterRecord;
import vn.bansao.transparency.note.NoteSigner;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.verify.Finding;
import vn.bansao.verify.RegisterCheck;
import vn.bansao.verify.TrustAnchors;
import vn.bansao.verify.Verdict;
import vn.bansao.verify.VerificationReport;

/**
 * End to end, across modules (verify depends on transparency only, so this lives here): a real bansao-register
 * database (embedded H2) behind {@link RegisterLookups}: number, hashes, void, signed checkpoint, inclusion proof.
 */
@ExtendWith(TestPkiExtension.class)
class LocalRegisterVerificationTest {

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
                    .document("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
                    .pages(3).copies(1).certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch")
                    .kind(CertificationKind.FROM_ORIGINAL).build();
            RegisterEntry reserved = register.reserve(draft);
            byte[] unsigned = unsignedPackage(3, reserved.number().sequence());
            PadesSigner padesSigner = PadesSigner.builder().level(Level.B_LT).tsa(pki.tsaUrl())
                    .trustAnchors(pki.root().certificate()).build();
            byte[] signed = CertifiedCopySigning.signBoth(padesSigner, unsigned,
                    SigningKey.of(pki.officer().privateKey(), pki.officer().chain()),
                    SigningKey.of(pki.authority().privateKey(), pki.authority().chain())).pdf();

            CopyVerifier early = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                    .register(RegisterLookups.of(register)).build();
            assertThat(early.verify(signed, "copy.pdf").register().orElseThrow().outcome())
                    .isEqualTo(RegisterCheck.Outcome.NOT_CERTIFIED);

            register.complete(reserved.number(), HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(signed)));
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

            // a lookup (a proxy, a cache) answering with a real, validly signed proof of another row: here another
            // number registered with the same file hash, proven under a newer checkpoint
            String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(signed));
            RegisterEntry twin = register.certify(draft.toBuilder().signedCopySha256(sha).build());
            register.checkpoint(signer);
            InclusionProof twinsProof = register.inclusionProof(twin.number()).orElseThrow();
            assertThat(twinsProof.verify(signer.verifier()).size()).isEqualTo(register.treeSize());
            RegisterLookup swapping = ref -> RegisterLookups.of(register).find(ref).map(r -> new RegisterRecord(r.year(),
                    r.number(), r.status(), r.voidReason(), r.unsignedPackageSha256(), r.signedCopySha256(),
                    Optional.of(twinsProof)));
            VerificationReport swapped = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                    .register(swapping, key).build().verify(signed, "copy.pdf");
            assertThat(swapped.register().orElseThrow().outcome()).as(swapped.register().toString())
                    .isEqualTo(RegisterCheck.Outcome.PROOF_INVALID);
            assertThat(swapped.verdict()).isEqualTo(Verdict.INVALID);

            register.voidEntry(reserved.number(), "Cấp nhầm số");
            VerificationReport voided = verifier.verify(signed, "copy.pdf");
            assertThat(voided.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(voided.register().orElseThrow().outcome()).isEqualTo(RegisterCheck.Outcome.VOID);
        }
    }

    /** The package of certification number {@code number} (register year 2026, UBND phường Bến Nghé). */
    static byte[] unsignedPackage(int pages, long number) {
        List<ScanSource> scans = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            scans.add(ScanSource.of("page-" + (i + 1) + ".jpg", SampleScans.seed(42 + i).a4Jpeg(300).bytes()));
        }
        CertificationFacts facts = CertificationFacts.builder()
                .kind(CertificationKind.FROM_ORIGINAL).number(number).book("01/2026-SCT/BS").registerType("SCT/BS")
                .date(LocalDate.of(2026, 11, 22))
                .certifyingBody("UBND phường Bến Nghé, Quận 1", "000.00.12.H29")
                .requester("Nguyễn Văn Ấn", "079123456789")
                .document("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
                .pages(pages).copies(1).certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch")
                .fee(vn.bansao.core.fee.FeeSchedule.CIRCULAR_226_2016.feeFor(pages, 1)).build();
        return CertifiedCopy.builder().sources(scans).facts(facts)
                .clock(Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC)).build().toBytes();
    }
}
