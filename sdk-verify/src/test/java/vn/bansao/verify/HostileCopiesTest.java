package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.IdentitySpec;
import vn.bansao.testkit.RevocationReason;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.Service;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/** Attacks on real signed copies: each must end INVALID (or at least not VALID) with the right reason. */
@ExtendWith(TestPkiExtension.class)
class HostileCopiesTest {

    static byte[] reference;

    @BeforeAll
    static void sign(TestPki pki) {
        reference = SignedCopies.signedCopy(pki, Level.B_LT);
    }

    static VerificationReport verify(TestPki pki, byte[] pdf) {
        return SignedCopies.verifier(pki).verify(pdf, "attacked.pdf");
    }

    static java.util.List<String> codes(VerificationReport r) {
        return r.reasons().stream().map(Finding::code).toList();
    }

    @Test
    void referenceIsValid(TestPki pki) {
        assertThat(verify(pki, reference).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void scannedPageReplacedAfterSigning(TestPki pki) throws IOException {
        byte[] other = SampleScans.seed(7).a4Jpeg(300).bytes();
        VerificationReport r = verify(pki, Tamper.replaceScan(reference, 0, other));
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("CHANGE_OTHER");
        assertThat(r.signatures()).filteredOn(s -> s.role() != SignatureRole.DOCUMENT_TIMESTAMP)
                .allSatisfy(s -> assertThat(s.changesAfter()).isEqualTo(ChangeCategory.OTHER));
    }

    @Test
    void statementReplacedAfterSigning(TestPki pki) throws IOException {
        VerificationReport r = verify(pki, Tamper.replaceStatement(reference, "CHUNG THUC GIA MAO"));
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("CHANGE_OTHER");
    }

    @Test
    void contentStreamRelabelledAsObjectStreamIsJudged(TestPki pki) throws IOException {
        for (int page : new int[] {0, 3}) { // a scan page and the statement page
            VerificationReport r = verify(pki, Tamper.relabelledContent(reference, page));
            assertThat(r.verdict()).as("page " + page + ": " + r.reasons()).isEqualTo(Verdict.INVALID);
            assertThat(codes(r)).contains("CHANGE_OTHER");
        }
    }

    @Test
    void annotationDrawnOverAPageAfterSigning(TestPki pki) throws IOException {
        VerificationReport r = verify(pki, Tamper.annotateOver(reference, 0));
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        // annotations are forbidden by the officer's DocMDP P=2
        assertThat(codes(r)).contains("DOCMDP_VIOLATION");
        SignatureReport officer = r.signatures().stream().filter(s -> s.role() == SignatureRole.OFFICER).findFirst().orElseThrow();
        assertThat(officer.changesAfter()).isEqualTo(ChangeCategory.ANNOTATIONS);
    }

    @Test
    void newFormFieldPlacedOnAPageAfterSigning(TestPki pki) throws IOException {
        VerificationReport r = verify(pki, Tamper.addTextField(reference, 0));
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("CHANGE_OTHER");
    }

    @Test
    void lastSignatureCutOff(TestPki pki) {
        VerificationReport full = verify(pki, reference);
        long officerEnd = full.signatures().stream().filter(s -> s.role() == SignatureRole.OFFICER)
                .findFirst().orElseThrow().signedRevisionEnd();
        VerificationReport r = verify(pki, Tamper.truncate(reference, (int) officerEnd));
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("MISSING_AUTHORITY_SIGNATURE");
    }

    @Test
    void truncatedFilesAreInvalidNotErrors(TestPki pki) {
        CopyVerifier v = SignedCopies.verifier(pki);
        for (int cut : new int[] {0, 10, reference.length / 3, reference.length / 2, reference.length - 200, reference.length - 5}) {
            VerificationReport r = v.verify(Tamper.truncate(reference, cut), "cut-" + cut);
            assertThat(r.verdict()).as("cut at " + cut + ": " + r.reasons()).isEqualTo(Verdict.INVALID);
            assertThat(codes(r)).doesNotContain("VERIFICATION_ERROR", "TIMEOUT");
        }
    }

    @Test
    void impostorAuthorityWithTheSameNameIsNotTrusted(TestPki pki) {
        Identity impostor = pki.issue(IdentitySpec.impostorAuthority());
        PadesSigner lenient = PadesSigner.builder().level(Level.B_T).tsa(pki.tsaUrl()).checkRevocation(false).build();
        byte[] pdf = vn.bansao.signing.CertifiedCopySigning.signBoth(lenient,
                SignedCopies.unsignedPackage(CertificationKind.FROM_ORIGINAL, 1),
                SignedCopies.key(pki.officer()), SignedCopies.key(impostor)).pdf();
        VerificationReport r = verify(pki, pdf);
        assertThat(r.verdict()).isNotEqualTo(Verdict.VALID);
        SignatureReport authority = r.signatures().stream().filter(s -> s.role() == SignatureRole.AUTHORITY).findFirst().orElseThrow();
        assertThat(authority.signer().orElseThrow().commonName())
                .isEqualTo(pki.authority().certificate().getSubjectX500Principal().getName().replaceAll("(?s).*CN=([^,]+).*", "$1"));
        assertThat(authority.subIndication()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(authority.trustAnchor()).isEmpty();
    }

    @Test
    void scanThatDoesNotMatchTheManifestIsInvalidEvenWhenSigned(TestPki pki) throws IOException {
        byte[] unsigned = SignedCopies.unsignedPackage(CertificationKind.FROM_ORIGINAL, 2);
        byte[] altered;
        try (PDDocument doc = Loader.loadPDF(unsigned)) {
            COSStream s = (COSStream) doc.getPage(1).getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT)
                    .getDictionaryObject(COSName.getPDFName("BsScan"));
            try (var out = s.createRawOutputStream()) {
                out.write(SampleScans.seed(99).a4Jpeg(300).bytes());
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            doc.save(buf);
            altered = buf.toByteArray();
        }
        byte[] pdf = SignedCopies.signedCopy(pki, Level.B_LT, pki.officer(), pki.authority(), altered);
        VerificationReport r = verify(pki, pdf);
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("PAGE_HASH_MISMATCH");
        assertThat(r.document().pageHashes()).anyMatch(p -> p.page() == 2 && !p.matches());
        assertThat(r.signatures()).allSatisfy(s -> assertThat(s.indication()).isEqualTo(Indication.TOTAL_PASSED));
    }

    @Test
    void officerRevokedBeforeSigningIsInvalid(TestPki pki) {
        Identity revoked = pki.issue(IdentitySpec.officer().toBuilder().alias("officer-revoked").build());
        pki.revoke(revoked, Instant.now().minus(1, ChronoUnit.HOURS), RevocationReason.KEY_COMPROMISE);
        // the signer refuses to embed validation data for a revoked certificate: B-T, and the verifier may ask OCSP
        PadesSigner lenient = PadesSigner.builder().level(Level.B_T).tsa(pki.tsaUrl())
                .trustAnchors(pki.root().certificate()).checkRevocation(false).build();
        byte[] pdf = vn.bansao.signing.CertifiedCopySigning.signBoth(lenient,
                SignedCopies.unsignedPackage(CertificationKind.FROM_ORIGINAL, 1),
                SignedCopies.key(revoked), SignedCopies.key(pki.authority())).pdf();
        VerificationReport r = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                .network(NetworkPolicy.allowHosts("127.0.0.1")).build().verify(pdf, "revoked.pdf");
        assertThat(r.verdict()).as(r.toText(Language.EN)).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("CERTIFICATE_REVOKED");
    }

    @Test
    void revocationIsFetchedOnlyFromAllowedHosts(TestPki pki) {
        byte[] timestampedOnly = SignedCopies.signedCopy(pki, Level.B_T);
        long ocspBefore = pki.requestCount(Service.OCSP) + pki.requestCount(Service.CRL);
        VerificationReport offline = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                .network(NetworkPolicy.allowHosts("ocsp.example.vn")).build().verify(timestampedOnly, "t.pdf");
        assertThat(offline.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(pki.requestCount(Service.OCSP) + pki.requestCount(Service.CRL)).isEqualTo(ocspBefore);

        VerificationReport online = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                .network(NetworkPolicy.allowHosts("127.0.0.1")).build().verify(timestampedOnly, "t.pdf");
        assertThat(pki.requestCount(Service.OCSP) + pki.requestCount(Service.CRL)).isGreaterThan(ocspBefore);
        assertThat(online.verdict()).as(online.toText(Language.EN)).isEqualTo(Verdict.VALID);
        assertThat(online.signatures()).allSatisfy(s -> assertThat(s.revocation().fetchedOnline()).isTrue());
    }
}
