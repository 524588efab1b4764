package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.signing.Level;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/**
 * Issue 11 item 3: role laundering across revisions. The attacker first gives page content a harmless role
 * (listed in the DSS, or named as the Info dictionary), adds a document time-stamp from any TSA to create a
 * signature boundary, and then rewrites the content as "validation data" or "Info". A stream that was page
 * content or an image in any signed revision keeps that role, so the rewrite is a content change.
 */
@ExtendWith(TestPkiExtension.class)
class RoleLaunderingTest {

    static byte[] reference;

    @BeforeAll
    static void sign(TestPki pki) {
        reference = SignedCopies.signedCopy(pki, Level.B_LT);
    }

    static VerificationReport verify(TestPki pki, byte[] pdf) {
        // the time-stamp's TSA certificate has no embedded revocation data: the verifier may ask the testkit
        return CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                .network(NetworkPolicy.allowHosts("127.0.0.1")).build().verify(pdf, "laundered.pdf");
    }

    private static COSStream contentStream(PDDocument doc, int page) {
        return (COSStream) doc.getPage(page).getCOSObject().getDictionaryObject(COSName.CONTENTS);
    }

    private static COSStream scanImage(PDDocument doc, int page) {
        return (COSStream) doc.getPage(page).getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT)
                .getDictionaryObject(COSName.getPDFName("BsScan"));
    }

    /** Update 1: the trailer's /Info points at page {@code page}'s content stream. */
    static byte[] infoPointsAtContent(byte[] pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSBase ref = doc.getPage(page).getCOSObject().getItem(COSName.CONTENTS);
            doc.getDocument().getTrailer().setItem(COSName.INFO, ref);
            doc.getDocument().getTrailer().setNeedToBeUpdated(true);
            return incremental(doc);
        }
    }

    /** Update 1: the DSS's /Certs lists {@code stream} (a content stream or an image of the page). */
    static byte[] listedInDss(byte[] pdf, int page, boolean image) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            COSDictionary dss = catalog.getCOSDictionary(COSName.getPDFName("DSS"));
            COSArray certs = dss.getCOSArray(COSName.getPDFName("Certs"));
            COSDictionary owner = image ? doc.getPage(page).getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT)
                    : doc.getPage(page).getCOSObject();
            COSBase ref = owner.getItem(image ? COSName.getPDFName("BsScan") : COSName.CONTENTS);
            certs.add(ref);
            certs.setNeedToBeUpdated(true);
            dss.setNeedToBeUpdated(true);
            catalog.setNeedToBeUpdated(true);
            return incremental(doc);
        }
    }

    /** Update 3: page {@code page}'s content stream redrawn (a black box over the page). */
    static byte[] rewriteContent(byte[] pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSStream s = contentStream(doc, page);
            try (OutputStream out = s.createOutputStream()) {
                out.write("q 0 0 0 rg 0 0 600 850 re f Q".getBytes(StandardCharsets.US_ASCII));
            }
            s.setNeedToBeUpdated(true);
            return incremental(doc);
        }
    }

    private static byte[] incremental(PDDocument doc) throws IOException {
        doc.getDocument().setIsXRefStream(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.saveIncremental(out);
        return out.toByteArray();
    }

    static void assertRenderedDifferently(byte[] forged, int page) throws IOException {
        PDRectangle whole = new PDRectangle(0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        assertThat(LaterSignatures.differingPixels(LaterSignatures.render(reference, page),
                LaterSignatures.render(forged, page), whole, PDRectangle.A4.getHeight())).isGreaterThan(1000);
    }

    static void assertContentChange(VerificationReport r) {
        assertThat(r.verdict()).as(r.toText(Language.EN)).isEqualTo(Verdict.INVALID);
        assertThat(HostileCopiesTest.codes(r)).contains("CHANGE_OTHER");
        SignatureReport officer = r.signatures().stream().filter(s -> s.role() == SignatureRole.OFFICER)
                .findFirst().orElseThrow();
        assertThat(officer.changesAfter()).isEqualTo(ChangeCategory.OTHER);
        assertThat(officer.changeDetails()).anyMatch(d -> d.startsWith("OTHER") && d.contains("page content"));
    }

    @Test
    void aDocumentTimestampAloneStaysValid(TestPki pki) throws Exception {
        VerificationReport r = verify(pki, DocumentTimestamps.add(reference, pki.tsaUrl()));
        assertThat(r.verdict()).as(r.toText(Language.EN)).isEqualTo(Verdict.VALID);
        assertThat(r.signatures()).anyMatch(s -> s.role() == SignatureRole.DOCUMENT_TIMESTAMP);
    }

    @Test
    void contentStreamNamedAsInfoThenRewrittenIsInvalid(TestPki pki) throws Exception {
        byte[] step1 = infoPointsAtContent(reference, 0);
        byte[] step2 = DocumentTimestamps.add(step1, pki.tsaUrl());
        assertThat(verify(pki, step2).verdict()).as("pointing /Info somewhere draws nothing").isEqualTo(Verdict.VALID);
        byte[] forged = rewriteContent(step2, 0);
        assertRenderedDifferently(forged, 0);
        assertContentChange(verify(pki, forged));
    }

    @Test
    void contentStreamListedInTheDssThenRewrittenIsInvalid(TestPki pki) throws Exception {
        for (int page : new int[] {0, 3}) { // a scan page and the statement page
            byte[] forged = rewriteContent(DocumentTimestamps.add(listedInDss(reference, page, false), pki.tsaUrl()), page);
            assertRenderedDifferently(forged, page);
            assertContentChange(verify(pki, forged));
        }
    }

    @Test
    void scanImageListedInTheDssThenReplacedIsInvalid(TestPki pki) throws Exception {
        byte[] step2 = DocumentTimestamps.add(listedInDss(reference, 0, true), pki.tsaUrl());
        byte[] forged = Tamper.replaceScan(step2, 0, SampleScans.seed(7).a4Jpeg(300).bytes());
        assertRenderedDifferently(forged, 0);
        assertContentChange(verify(pki, forged));
    }
}
