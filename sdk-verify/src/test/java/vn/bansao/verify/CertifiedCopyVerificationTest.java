package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.signing.Level;
import vn.bansao.testkit.IdentitySpec;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/** Real two-signature certified copies (core + signing + testkit PKI) verified end to end. */
@ExtendWith(TestPkiExtension.class)
class CertifiedCopyVerificationTest {

    @ParameterizedTest
    @EnumSource(value = Level.class, names = {"B_LT", "B_LTA"})
    void longTermCopiesAreValidOffline(Level level, TestPki pki) {
        byte[] pdf = SignedCopies.signedCopy(pki, level);
        long before = pki.totalRequestCount();
        VerificationReport r = SignedCopies.verifier(pki).verify(pdf, "copy.pdf");

        assertThat(r.verdict()).as(r.toText(Language.EN)).isEqualTo(Verdict.VALID);
        assertThat(pki.totalRequestCount()).as("offline by default").isEqualTo(before);
        SignatureReport officer = r.signatures().stream().filter(s -> s.role() == SignatureRole.OFFICER).findFirst().orElseThrow();
        SignatureReport authority = r.signatures().stream().filter(s -> s.role() == SignatureRole.AUTHORITY).findFirst().orElseThrow();
        SignatureLevel expected = level == Level.B_LT ? SignatureLevel.PADES_BASELINE_LT : SignatureLevel.PADES_BASELINE_LTA;
        assertThat(officer.level()).isEqualTo(expected);
        assertThat(authority.level()).isEqualTo(expected);
        assertThat(officer.docMdpPermissions()).contains(2);
        assertThat(officer.signedRevisionEnd()).isLessThan(authority.signedRevisionEnd());
        assertThat(officer.signer().orElseThrow().cccd()).contains(IdentitySpec.OFFICER_CCCD);
        assertThat(officer.signer().orElseThrow().title()).isPresent();
        assertThat(authority.signer().orElseThrow().mst()).contains(IdentitySpec.AUTHORITY_MST);
        assertThat(officer.revocation().status()).isEqualTo(RevocationStatus.GOOD);
        assertThat(officer.revocation().fetchedOnline()).isFalse();
        assertThat(officer.timestampTime()).isPresent();
        assertThat(officer.trustAnchor().orElseThrow().sha256()).isEqualTo(
                vn.bansao.verify.internal.trust.Fingerprints.sha256(pki.root().certificate()));
        assertThat(officer.algorithms().compliant()).isTrue();
        assertThat(officer.changesAfter()).isEqualTo(ChangeCategory.SIGNATURES_AND_FORM_FILL);
        assertThat(authority.changesAfter()).isEqualTo(ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS);
        if (level == Level.B_LTA) {
            assertThat(r.signatures()).anyMatch(s -> s.role() == SignatureRole.DOCUMENT_TIMESTAMP
                    && s.indication() == Indication.TOTAL_PASSED);
        }
        DocumentReport d = r.document();
        assertThat(d.certifiedCopy()).isTrue();
        assertThat(d.pages()).isEqualTo(4);
        assertThat(d.pdfaClaim()).hasValueSatisfying(p -> assertThat(p).startsWith("PDF/A-3"));
        assertThat(d.facts()).hasValueSatisfying(f -> {
            assertThat(f.number()).isEqualTo(123);
            assertThat(f.year()).isEqualTo(2026);
            assertThat(f.book()).isEqualTo("01/2026-SCT/BS");
            assertThat(f.kind()).isEqualTo(CertificationKind.FROM_ORIGINAL);
            assertThat(f.agencyCode()).isEqualTo("000.00.12.H29");
        });
        assertThat(d.pageHashes()).hasSize(3).allMatch(PageHashCheck::matches);
    }

    @Test
    void basicCopyWithoutRevocationDataIsIndeterminateNotValid(TestPki pki) {
        VerificationReport r = SignedCopies.verifier(pki).verify(SignedCopies.signedCopy(pki, Level.B_B), "b.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(r.reasons()).extracting(Finding::code).contains("REVOCATION_UNKNOWN");
        assertThat(r.signatures()).allSatisfy(s -> {
            assertThat(s.level()).isEqualTo(SignatureLevel.PADES_BASELINE_B);
            assertThat(s.subIndication()).contains(SubIndication.TRY_LATER);
        });
    }

    @Test
    void oneSharedVerifierServesConcurrentCalls(TestPki pki) throws Exception {
        byte[] good = SignedCopies.signedCopy(pki, Level.B_LT);
        byte[] bad = Tamper.annotateOver(good, 1);
        CopyVerifier shared = SignedCopies.verifier(pki);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Verdict>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                byte[] pdf = i % 2 == 0 ? good : bad;
                futures.add(pool.submit(() -> shared.verify(pdf, "c.pdf").verdict()));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(i % 2 == 0 ? Verdict.VALID : Verdict.INVALID);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void withoutAnyTrustAnchorNothingIsValid(TestPki pki) {
        VerificationReport r = CopyVerifier.builder().build().verify(SignedCopies.signedCopy(pki, Level.B_LT), "x.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(r.signatures()).allSatisfy(s ->
                assertThat(s.subIndication()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND));
    }
}
