package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.signing.Level;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/**
 * Issue 11 item 1: signature fields and widgets added after the certification signature. Each forgery is
 * rendered and compared with the signed revision's rendering, so each test proves the forgery is visible.
 */
@ExtendWith(TestPkiExtension.class)
class LaterSignatureFieldsTest {

    static final int STATEMENT = 3; // three scans, then the statement page
    static final float PAGE_H = PDRectangle.A4.getHeight();
    static byte[] reference;
    static PDRectangle number;

    @BeforeAll
    static void sign(TestPki pki) throws Exception {
        reference = SignedCopies.signedCopy(pki, Level.B_LT);
        PDRectangle n = LaterSignatures.textBox(reference, STATEMENT, "123");
        number = new PDRectangle(n.getLowerLeftX() - 4, n.getLowerLeftY() - 4, n.getWidth() + 60, n.getHeight() + 8);
    }

    static CopyVerifier verifier(TestPki pki, LaterSignaturePolicy policy) {
        // the later signature carries no revocation data of its own: the verifier may ask the testkit's OCSP
        return CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                .network(NetworkPolicy.allowHosts("127.0.0.1")).laterSignatures(policy).build();
    }

    static VerificationReport verify(TestPki pki, byte[] pdf) {
        return verifier(pki, LaterSignaturePolicy.FREE_AREA_OF_STATEMENT_PAGE).verify(pdf, "later.pdf");
    }

    static List<String> details(VerificationReport r) {
        return r.signatures().stream().filter(s -> s.role() == SignatureRole.OFFICER).findFirst().orElseThrow()
                .changeDetails();
    }

    /** The forged page differs from the signed one inside {@code area}: a viewer shows the forgery. */
    static void assertVisible(byte[] forged, int page, PDRectangle area) throws Exception {
        BufferedImage signed = LaterSignatures.render(reference, page);
        BufferedImage shown = LaterSignatures.render(forged, page);
        assertThat(LaterSignatures.differingPixels(signed, shown, area, PAGE_H)).as("pixels changed in " + area)
                .isGreaterThan(20);
    }

    @Test
    void thirdTrustedSignatureCoveringTheStatementNumberIsInvalid(TestPki pki) throws Exception {
        byte[] forged = LaterSignatures.add(reference, "approval", STATEMENT, number, pki.authority());
        assertVisible(forged, STATEMENT, number);
        VerificationReport r = verify(pki, forged);
        assertThat(r.verdict()).as(r.toText(Language.EN)).isEqualTo(Verdict.INVALID);
        assertThat(HostileCopiesTest.codes(r)).contains("CHANGE_OTHER");
        assertThat(details(r)).anyMatch(d -> d.startsWith("OTHER") && d.contains("covers drawn content"));
        // root cause first: the allowed "signature field added" lines are found earlier but listed after
        assertThat(details(r).get(0)).startsWith("OTHER");
        assertThat(details(r)).anyMatch(d -> d.startsWith("SIGNATURES_AND_FORM_FILL"));
        // the third signature itself is intact: the verdict comes from what it paints
        assertThat(r.signatures()).filteredOn(s -> "approval".equals(s.fieldName()))
                .singleElement().satisfies(s -> assertThat(s.indication()).isEqualTo(Indication.TOTAL_PASSED));
    }

    @Test
    void unsignedSignatureFieldWithAnAppearanceOverAScanIsInvalid(TestPki pki) throws Exception {
        PDRectangle overScan = new PDRectangle(100, 300, 300, 120);
        byte[] forged = LaterSignatures.add(reference, "overlay", 0, overScan, null);
        assertVisible(forged, 0, overScan);
        for (LaterSignaturePolicy p : LaterSignaturePolicy.values()) {
            VerificationReport r = verifier(pki, p).verify(forged, "overlay.pdf");
            assertThat(r.verdict()).as(p + ": " + r.reasons()).isEqualTo(Verdict.INVALID);
            assertThat(details(r)).anyMatch(d -> d.contains("unsigned signature field") && d.contains("page 1"));
        }
    }

    @Test
    void visibleLaterSignatureOnAScanPageIsInvalid(TestPki pki) throws Exception {
        PDRectangle corner = new PDRectangle(20, 20, 120, 30);
        byte[] forged = LaterSignatures.add(reference, "approval", 1, corner, pki.authority());
        assertVisible(forged, 1, corner);
        VerificationReport r = verify(pki, forged);
        assertThat(r.verdict()).as(r.toText(Language.EN)).isEqualTo(Verdict.INVALID);
        assertThat(details(r)).anyMatch(d -> d.contains("not on the statement page"));
    }

    @Test
    void invisibleLaterApprovalSignatureStaysValid(TestPki pki) throws Exception {
        byte[] approved = LaterSignatures.add(reference, "approval", 0, null, pki.authority());
        for (LaterSignaturePolicy p : LaterSignaturePolicy.values()) {
            VerificationReport r = verifier(pki, p).verify(approved, "approved.pdf");
            assertThat(r.verdict()).as(p + ": " + r.toText(Language.EN)).isEqualTo(Verdict.VALID);
            assertThat(r.signatures()).hasSize(3);
        }
    }

    @Test
    void visibleLaterSignatureInAFreeAreaOfTheStatementPageIsValid(TestPki pki) throws Exception {
        PDRectangle free = freeArea();
        byte[] approved = LaterSignatures.add(reference, "approval", STATEMENT, free, pki.authority());
        assertVisible(approved, STATEMENT, free); // it is shown, but over nothing that was signed
        VerificationReport r = verify(pki, approved);
        assertThat(r.verdict()).as(r.toText(Language.EN)).isEqualTo(Verdict.VALID);
        // the option changes the outcome: only invisible later signatures
        VerificationReport strict = verifier(pki, LaterSignaturePolicy.INVISIBLE_ONLY).verify(approved, "approved.pdf");
        assertThat(strict.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(details(strict)).anyMatch(d -> d.contains("only invisible ones are allowed"));
    }

    @Test
    void theLetterOfDocMdpAcceptsTheCoveringSignature(TestPki pki) throws Exception {
        byte[] forged = LaterSignatures.add(reference, "approval", STATEMENT, number, pki.authority());
        VerificationReport lax = verifier(pki, LaterSignaturePolicy.ANY_VISIBLE_PER_DOCMDP).verify(forged, "lax.pdf");
        assertThat(lax.verdict()).as(lax.toText(Language.EN)).isEqualTo(Verdict.VALID);
        assertThat(verify(pki, forged).verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void widgetAddedUnderTheAuthoritysSignedFieldIsUnsigned(TestPki pki) throws Exception {
        // inherits /FT /Sig and the authority's /V, but the authority's signature never covered it
        PDRectangle free = freeArea();
        byte[] forged = LaterSignatures.addWidgetUnder(reference, "bansao_authority", STATEMENT, free);
        assertVisible(forged, STATEMENT, free);
        VerificationReport r = verify(pki, forged);
        assertThat(r.verdict()).as(r.toText(Language.EN)).isEqualTo(Verdict.INVALID);
        assertThat(details(r)).anyMatch(d -> d.contains("unsigned signature field"));
    }

    @Test
    void hiddenFieldShownAfterADocumentTimestampIsInvalid(TestPki pki) throws Exception {
        // update 1: an unsigned signature field over the number, hidden (draws nothing: allowed); a document
        // time-stamp makes a boundary; update 3: the field is shown
        byte[] hidden = LaterSignatures.add(reference, "overlay", STATEMENT, number, null,
                LaterSignatures.HIDDEN);
        byte[] stamped = DocumentTimestamps.add(hidden, pki.tsaUrl());
        assertThat(verify(pki, stamped).verdict()).as("hidden draws nothing").isEqualTo(Verdict.VALID);
        byte[] shown = LaterSignatures.setFlags(stamped, "overlay",
                LaterSignatures.PRINT);
        assertVisible(shown, STATEMENT, number);
        VerificationReport r = verify(pki, shown);
        assertThat(r.verdict()).as(r.toText(Language.EN)).isEqualTo(Verdict.INVALID);
        assertThat(details(r)).anyMatch(d -> d.contains("unsigned signature field") && d.contains("page 4"));
    }

    @Test
    void noViewWidgetThatPrintsCountsAsVisible(TestPki pki) throws Exception {
        int noViewPrint = LaterSignatures.NO_VIEW
                | LaterSignatures.PRINT;
        PDRectangle overScan = new PDRectangle(100, 300, 300, 120);
        byte[] forged = LaterSignatures.add(reference, "overlay", 0, overScan, null, noViewPrint);
        // not on screen, but on paper
        assertThat(LaterSignatures.differingPixels(LaterSignatures.renderForPrint(reference, 0),
                LaterSignatures.renderForPrint(forged, 0), overScan, PAGE_H)).isGreaterThan(20);
        VerificationReport r = verify(pki, forged);
        assertThat(r.verdict()).as(r.toText(Language.EN)).isEqualTo(Verdict.INVALID);
        assertThat(details(r)).anyMatch(d -> d.contains("unsigned signature field"));
    }

    /** The bottom-right corner of the statement page: nothing is drawn there (the QR code is bottom-left). */
    static PDRectangle freeArea() {
        return new PDRectangle(400, 40, 150, 30);
    }
}
