package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.signing.Level;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/**
 * Issue 11 item 4: forgeries that PDFBox and other readers (qpdf, poppler, a viewer rebuilding a broken
 * cross-reference table) read differently, each built from our own signed copy by a hand-written incremental
 * update: none may be VALID, each with STRUCTURE_AMBIGUOUS. And the other side: on every legitimate copy
 * qpdf's independent reading agrees with PDFBox's (same pages, same content streams and images, same object
 * table), so a disagreement between the parsers is a test failure.
 */
@ExtendWith(TestPkiExtension.class)
class ParserDifferentialTest {

    static byte[] reference;
    /** Page 1's content stream: number and the exact bytes of its definition's body. */
    static long content;
    static String contentBody;
    static long page;
    static String pageBody;

    static final byte[] FORGED = "q 0 0 0 rg 0 0 600 800 re f Q".getBytes(StandardCharsets.US_ASCII);

    @BeforeAll
    static void sign(TestPki pki) throws IOException {
        reference = SignedCopies.signedCopy(pki, Level.B_LT);
        try (PDDocument doc = Loader.loadPDF(reference)) {
            COSObject c = (COSObject) doc.getPage(0).getCOSObject().getItem(COSName.CONTENTS);
            content = c.getObjectNumber();
            page = doc.getPage(0).getCOSObject().getKey().getNumber();
            Map<org.apache.pdfbox.cos.COSObjectKey, Long> xref = doc.getDocument().getXrefTable();
            contentBody = body(reference, xref.get(new org.apache.pdfbox.cos.COSObjectKey(content, 0)));
            pageBody = body(reference, xref.get(new org.apache.pdfbox.cos.COSObjectKey(page, 0)));
        }
    }

    /** The text between "N G obj" and "endobj" of the object at {@code offset} (Latin-1, byte for byte). */
    static String body(byte[] pdf, long offset) {
        String tail = new String(pdf, (int) offset, Math.min(pdf.length - (int) offset, 1 << 20), StandardCharsets.ISO_8859_1);
        int start = tail.indexOf("obj") + 3;
        return tail.substring(start, tail.indexOf("endobj", start)).strip();
    }

    static VerificationReport verify(TestPki pki, byte[] pdf) {
        return SignedCopies.verifier(pki).verify(pdf, "differential.pdf");
    }

    static List<String> codes(VerificationReport r) {
        return r.reasons().stream().map(Finding::code).toList();
    }

    static void assertAmbiguous(TestPki pki, byte[] forged) {
        VerificationReport r = verify(pki, forged);
        assertThat(r.verdict()).as("%s", r.reasons()).isNotEqualTo(Verdict.VALID);
        assertThat(codes(r)).contains("STRUCTURE_AMBIGUOUS");
        Finding f = r.reasons().stream().filter(x -> x.code().equals("STRUCTURE_AMBIGUOUS")).findFirst().orElseThrow();
        assertThat(f.vi()).contains("Cấu trúc tệp");
        assertThat(f.en()).contains("ambiguous");
    }

    @Test
    void referenceIsValidAndStructurallyClean(TestPki pki) {
        VerificationReport r = verify(pki, reference);
        assertThat(r.verdict()).as("%s", r.reasons()).isEqualTo(Verdict.VALID);
        assertThat(codes(r)).doesNotContain("STRUCTURE_AMBIGUOUS", "SIGNED_STRUCTURE_REPAIRED");
    }

    /**
     * Page 1's content stream defined twice in one update: the cross-reference entry points at an exact copy
     * of the signed stream (PDFBox sees no change), a reader that rebuilds the table takes the later, forged one.
     */
    @Test
    void objectDefinedTwiceInOneUpdate(TestPki pki) throws IOException {
        RawUpdate u = new RawUpdate(reference);
        long original = u.offset();
        u.object(content, contentBody);
        u.stream(content, "", FORGED);
        u.entry(content, original);
        assertAmbiguous(pki, u.finish());
    }

    /** The same with the forged definition first (what PDFBox's brute-force search would keep differs). */
    @Test
    void objectDefinedTwiceForgedFirst(TestPki pki) throws IOException {
        RawUpdate u = new RawUpdate(reference);
        u.stream(content, "", FORGED);
        u.object(content, contentBody);
        assertAmbiguous(pki, u.finish());
    }

    /**
     * Page 1 defined both in a new object stream (pointing at a forged content stream) and as a plain copy of
     * the signed page that the cross-reference table lists.
     */
    @Test
    void objectInAnObjectStreamAndAsPlainObject(TestPki pki) throws IOException {
        RawUpdate u = new RawUpdate(reference);
        long forgedContent = u.size();
        long stm = u.size() + 1;
        u.stream(forgedContent, "", FORGED);
        String forgedPage = pageBody.replaceAll("/Contents\\s+\\d+\\s+0\\s+R", "/Contents " + forgedContent + " 0 R");
        assertThat(forgedPage).isNotEqualTo(pageBody);
        String header = page + " 0 ";
        byte[] data = (header + forgedPage).getBytes(StandardCharsets.ISO_8859_1);
        u.stream(stm, "/Type /ObjStm /N 1 /First " + header.length(), data);
        u.object(page, pageBody);
        assertAmbiguous(pki, u.finish());
    }

    /** The entry of page 1's content stream points at another object (a forged stream under a new number). */
    @Test
    void xrefOffsetPointsAtAnotherObject(TestPki pki) throws IOException {
        RawUpdate u = new RawUpdate(reference);
        long forged = u.size();
        long at = u.offset();
        u.stream(forged, "", FORGED);
        u.entry(content, at);
        assertAmbiguous(pki, u.finish());
    }

    /**
     * A broken startxref with a duplicate object: every reader rebuilds the table by scanning, and the
     * scanners differ on which of the two definitions wins.
     */
    @Test
    void brokenStartxrefWithADuplicateObject(TestPki pki) throws IOException, InterruptedException {
        RawUpdate u = new RawUpdate(reference);
        u.stream(content, "", FORGED);
        u.object(content, contentBody);
        byte[] forged = u.finish(12345L);
        assertAmbiguous(pki, forged);
        if (Qpdf.installed()) {
            // qpdf, too, has to repair this file: the second reading confirms the structure is broken
            assertThat(Qpdf.clean(forged)).isFalse();
        }
    }

    /** An object stream whose header lists an object the cross-reference data routes elsewhere (unlisted member). */
    @Test
    void objectStreamMemberNotRoutedToIt(TestPki pki) throws IOException {
        RawUpdate u = new RawUpdate(reference);
        long stm = u.size();
        String header = page + " 0 ";
        byte[] data = (header + pageBody).getBytes(StandardCharsets.ISO_8859_1);
        u.stream(stm, "/Type /ObjStm /N 1 /First " + header.length(), data);
        assertAmbiguous(pki, u.finish());
    }

    /** The update's /Prev skips the signed revision's cross-reference section. */
    @Test
    void prevChainBroken(TestPki pki) throws IOException {
        RawUpdate u = new RawUpdate(reference);
        u.stream(u.size(), "", FORGED);
        byte[] forged = u.finish();
        String s = new String(forged, StandardCharsets.ISO_8859_1);
        int prev = s.lastIndexOf("/Prev ");
        int end = s.indexOf(' ', prev + 6);
        String broken = s.substring(0, prev + 6) + "9" + s.substring(prev + 6 + 1, end) + s.substring(end);
        assertAmbiguous(pki, broken.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Hostile size: 300,000 definitions of one object in one update are reported, within bounds, not a timeout. */
    @Test
    void manyDefinitionsInOneUpdateAreBounded(TestPki pki) throws IOException {
        RawUpdate u = new RawUpdate(reference);
        u.raw((content + " 0 obj\nnull\nendobj\n").repeat(300_000));
        u.object(content, contentBody);
        VerificationReport r = verify(pki, u.finish());
        assertAmbiguous(pki, u.finish());
        assertThat(codes(r)).doesNotContain("TIMEOUT", "VERIFICATION_ERROR");
        Finding f = r.reasons().stream().filter(x -> x.code().equals("STRUCTURE_AMBIGUOUS")).findFirst().orElseThrow();
        assertThat(f.en()).contains("defined 300001 times").hasSizeLessThan(8000);
    }

    // ------------------------------------------------------------------ legitimate copies: parsers agree

    @Test
    void qpdfAndPdfboxAgreeOnEveryLegitimateCopy(TestPki pki) throws Exception {
        Assumptions.assumeTrue(Qpdf.installed(), "qpdf not installed");
        PadesSignerHolder h = new PadesSignerHolder(pki);
        Map<String, byte[]> copies = new LinkedHashMap<>();
        copies.put("B-B", SignedCopies.signedCopy(pki, Level.B_B));
        byte[] bt = SignedCopies.signedCopy(pki, Level.B_T);
        copies.put("B-T", bt);
        copies.put("B-LT", reference);
        copies.put("B-LTA", SignedCopies.signedCopy(pki, Level.B_LTA));
        copies.put("B-T, LT data added later", h.augment(bt, Level.B_LT));
        copies.put("B-LT, document time-stamp added later", h.augment(reference, Level.B_LTA));
        CopyVerifier online = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                .network(NetworkPolicy.allowHosts("127.0.0.1")).build();
        for (Map.Entry<String, byte[]> e : copies.entrySet()) {
            byte[] pdf = e.getValue();
            assertThat(Qpdf.pages(pdf)).as(e.getKey() + ": pages, content streams and images")
                    .isEqualTo(Qpdf.pdfboxPages(pdf));
            assertThat(Qpdf.xref(pdf)).as(e.getKey() + ": object table").isEqualTo(Qpdf.pdfboxXref(pdf));
            assertThat(Qpdf.clean(pdf)).as(e.getKey() + ": qpdf --check").isTrue();
            VerificationReport r = online.verify(pdf, e.getKey());
            assertThat(codes(r)).as(e.getKey()).doesNotContain("STRUCTURE_AMBIGUOUS", "SIGNED_STRUCTURE_REPAIRED");
            if (!e.getKey().equals("B-B")) {
                assertThat(r.verdict()).as(e.getKey() + ": %s", r.reasons()).isEqualTo(Verdict.VALID);
            } else {
                assertThat(r.verdict()).as(e.getKey() + ": %s", r.reasons()).isNotEqualTo(Verdict.INVALID);
            }
        }
    }

    /** The signer used to add validation data or a document time-stamp to a signed copy later. */
    private record PadesSignerHolder(TestPki pki) {
        byte[] augment(byte[] pdf, Level level) {
            return SignedCopies.signer(pki, level).augment(pdf, level);
        }
    }
}
