package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReadException;
import vn.bansao.core.read.CertifiedCopyReader;
import vn.bansao.signing.Level;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/**
 * Issue 11, items 5 and 6: what a report or the reader shows is what was signed. The XMP (which carries the
 * certification facts) rewritten after signing must neither be shown nor pass; a metadata update that leaves
 * the facts equal stays allowed; page hashes hold for the final revision too; and the root cause comes first.
 */
@ExtendWith(TestPkiExtension.class)
class SignedFactsTest {

    static byte[] reference;
    static long signedNumber;

    @BeforeAll
    static void sign(TestPki pki) {
        reference = SignedCopies.signedCopy(pki, Level.B_LT);
        signedNumber = CertifiedCopyReader.read(reference).facts().number();
    }

    /** The catalog's XMP stream rewritten by {@code edit} in one incremental update (signatures untouched). */
    static byte[] rewriteXmp(byte[] pdf, UnaryOperator<String> edit) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDMetadata md = doc.getDocumentCatalog().getMetadata();
            String xmp;
            try (InputStream in = md.createInputStream()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String forged = edit.apply(xmp);
            assertThat(forged).as("the edit must change the packet").isNotEqualTo(xmp);
            COSStream s = md.getCOSObject();
            try (OutputStream out = s.createOutputStream()) {
                out.write(forged.getBytes(StandardCharsets.UTF_8));
            }
            s.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    static String replaceElement(String xmp, String element, String value) {
        return xmp.replaceFirst("<" + element + ">[^<]*</" + element + ">", "<" + element + ">" + value + "</" + element + ">");
    }

    static java.util.List<String> codes(VerificationReport r) {
        return r.reasons().stream().map(Finding::code).toList();
    }

    @Test
    void referenceIsValidAndReadsItsOwnFacts(TestPki pki) {
        VerificationReport r = SignedCopies.verifier(pki).verify(reference, "ref.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
        assertThat(r.document().facts()).hasValueSatisfying(f -> assertThat(f.number()).isEqualTo(signedNumber));
        assertThat(r.document().pdfaClaim()).hasValueSatisfying(c -> assertThat(c).startsWith("PDF/A-"));
    }

    @Test
    void forgedNumberAndRequesterInXmpAreInvalidAndNeverShown(TestPki pki) throws IOException {
        byte[] forged = rewriteXmp(reference, x -> replaceElement(replaceElement(x, "bansao:number", "999"),
                "bansao:requesterName", "Kẻ Mạo Danh"));
        VerificationReport r = SignedCopies.verifier(pki).verify(forged, "forged.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("FACTS_CHANGED_AFTER_SIGNING");
        Finding f = r.reasons().stream().filter(x -> x.code().equals("FACTS_CHANGED_AFTER_SIGNING")).findFirst().orElseThrow();
        assertThat(f.vi()).contains("sau khi ký");
        assertThat(f.en()).contains("number");
        // the report shows the signed facts, not the forged ones
        assertThat(r.document().facts()).hasValueSatisfying(x -> {
            assertThat(x.number()).isEqualTo(signedNumber);
            assertThat(x.requesterName()).isNotEqualTo("Kẻ Mạo Danh");
        });
        assertThat(r.toJson()).doesNotContain("Kẻ Mạo Danh").doesNotContain("\"999\"");
        // and the reader refuses rather than present the forged number
        assertThatThrownBy(() -> CertifiedCopyReader.read(forged))
                .isInstanceOfSatisfying(CertifiedCopyReadException.class, e -> {
                    assertThat(e.factsChangedAfterSigning()).isTrue();
                    assertThat(e.english()).contains("number");
                    assertThat(e.vietnamese()).contains("sau khi ký");
                });
    }

    @Test
    void forgedPdfaClaimIsInvalidAndTheSignedClaimIsReported(TestPki pki) throws IOException {
        String signedClaim = SignedCopies.verifier(pki).verify(reference, "ref.pdf").document().pdfaClaim().orElseThrow();
        byte[] forged = rewriteXmp(reference, x -> replaceElement(x, "pdfaid:part", "9"));
        VerificationReport r = SignedCopies.verifier(pki).verify(forged, "forged.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("FACTS_CHANGED_AFTER_SIGNING");
        assertThat(r.document().pdfaClaim()).contains(signedClaim);
        assertThat(r.toText(Language.EN)).doesNotContain("PDF/A-9");
    }

    @Test
    void xmpMadeUnreadableAfterSigningIsInvalid(TestPki pki) throws IOException {
        byte[] forged = rewriteXmp(reference, x -> x.replace("https://bansao.vn/ns/certified-copy/1.0/", "urn:other"));
        VerificationReport r = SignedCopies.verifier(pki).verify(forged, "forged.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("FACTS_CHANGED_AFTER_SIGNING");
    }

    @Test
    void metadataUpdateThatKeepsTheFactsStaysValid(TestPki pki) throws IOException {
        byte[] updated = rewriteXmp(reference, x -> replaceElement(x, "xmp:MetadataDate", "2026-12-07T10:00:00+07:00"));
        VerificationReport r = SignedCopies.verifier(pki).verify(updated, "updated.pdf");
        assertThat(r.verdict()).as(r.reasons().toString()).isEqualTo(Verdict.VALID);
        CertifiedCopyContents c = CertifiedCopyReader.read(updated);
        assertThat(c.facts().number()).isEqualTo(signedNumber);
        assertThat(c.firstSignedRevisionEnd()).isPositive().isLessThan(updated.length);
    }

    @Test
    void pageHashesHoldForTheFinalRevisionAndRootCauseComesFirst(TestPki pki) throws IOException {
        byte[] other = SampleScans.seed(11).a4Jpeg(300).bytes();
        byte[] forged = Tamper.replaceScan(reference, 0, other);
        VerificationReport r = SignedCopies.verifier(pki).verify(forged, "forged.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("PAGE_HASH_MISMATCH");
        assertThat(r.document().pageHashes()).filteredOn(p -> p.page() == 1)
                .singleElement().satisfies(p -> assertThat(p.matches()).isFalse());
        // the document-level cause is listed before anything about signatures
        assertThat(r.reasons().get(0).code()).isIn("CHANGE_OTHER", "PAGE_HASH_MISMATCH", "DOCMDP_VIOLATION");
        // the reader compares what the final revision draws against the signed manifest
        assertThat(CertifiedCopyReader.read(forged).passThroughMismatches()).contains(1);
        assertThat(CertifiedCopyReader.read(reference).passThroughMismatches()).isEmpty();
    }
}
