package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files that are not even signed: every one gets a report (never an exception), in bounded time
 * (the verifier's own time limit is never reached) and bounded memory (decompression bombs are capped).
 */
class MalformedInputTest {

    static final CopyVerifier VERIFIER = CopyVerifier.builder().timeout(Duration.ofSeconds(20)).build();

    static void assertHandled(VerificationReport r, Verdict expected) {
        assertThat(r.verdict()).as(r.reasons().toString()).isEqualTo(expected);
        assertThat(r.reasons()).extracting(Finding::code).doesNotContain("TIMEOUT", "VERIFICATION_ERROR");
        assertThat(r.toJson()).contains("\"schema\" : \"bansao-verification/1\"");
    }

    /** A signature field whose value looks like a signature, so the verifier goes all the way in. */
    static final String SIG_FIELDS = "/AcroForm << /Fields [4 0 R] /SigFlags 3 >>";
    static final String SIG_FIELD = "<< /FT /Sig /T (bansao_authority) /V 5 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 3 0 R >>";
    static final String SIG_DICT = "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached "
            + "/ByteRange [0 10 20 30] /Contents <3082> >>";

    @Test
    void emptyAndGarbageInput() {
        assertHandled(VERIFIER.verify(new byte[0], "empty.pdf"), Verdict.INVALID);
        byte[] noise = new byte[100_000];
        new Random(1).nextBytes(noise);
        assertHandled(VERIFIER.verify(noise, "noise.pdf"), Verdict.INVALID);
        assertHandled(VERIFIER.verify("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "stub.pdf"), Verdict.INVALID);
        assertHandled(VERIFIER.verify(new ByteArrayInputStream(noise), "stream.pdf"), Verdict.INVALID);
    }

    @Test
    void missingFileBecomesAReport(@TempDir Path dir) {
        // an input error, not a verdict on a copy: nothing is known about the document (issue 13 item 10)
        VerificationReport r = VERIFIER.verify(dir.resolve("absent.pdf"));
        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(r.reasons()).extracting(Finding::code).containsExactly("INPUT_UNREADABLE");
        assertThat(r.reasons().get(0).vi()).contains("không có tệp hoặc thư mục này");
    }

    @Test
    void loopingStructuresTerminate() {
        // page tree whose kid is its own parent, field tree whose kid is itself, annotation array referencing itself
        byte[] pdf = new RawPdf()
                .object(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R 6 0 R] >> >>")
                .object(2, "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>")
                .object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots 7 0 R >>")
                .object(4, "<< /FT /Sig /T (a) /Kids [4 0 R 6 0 R] /V 5 0 R >>")
                .object(5, SIG_DICT.replace("/ByteRange [0 10 20 30]", "/ByteRange 5 0 R"))
                .object(6, "<< /Parent 6 0 R /Kids [4 0 R] >>")
                .object(7, "[7 0 R 4 0 R]")
                .finish("");
        assertHandled(VERIFIER.verify(pdf, "loops.pdf"), Verdict.INVALID);
    }

    @Test
    void cyclicCrossReferenceChainTerminates() {
        byte[] base = new RawPdf().object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                .object(2, "<< /Type /Pages /Kids [] /Count 0 >>").finish("");
        String text = new String(base, StandardCharsets.ISO_8859_1);
        int xref = text.lastIndexOf("xref\n0 ");
        // an update whose /Prev points to itself
        String update = "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 3 /Root 1 0 R /Prev " + base.length
                + " >>\nstartxref\n" + base.length + "\n%%EOF\n";
        byte[] pdf = (text + update).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(xref).isPositive();
        assertHandled(VERIFIER.verify(pdf, "prev-loop.pdf"), Verdict.INVALID);
    }

    @Test
    void decompressionBombsStayBounded() {
        byte[] bomb = RawPdf.deflatedZeros(1L << 30); // 1 GiB of zeros in about 1 MB
        byte[] pdf = new RawPdf()
                .object(1, "<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R /DSS << /Certs [7 0 R] /OCSPs [7 0 R] >> "
                        + SIG_FIELDS + " >>")
                .object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
                .object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 8 0 R /Annots [4 0 R] >>")
                .object(4, SIG_FIELD)
                .object(5, SIG_DICT)
                .stream(6, "<< /Type /Metadata /Subtype /XML /Filter /FlateDecode /Length %LEN% >>", bomb)
                .stream(7, "<< /Filter /FlateDecode /Length %LEN% >>", bomb)
                .stream(8, "<< /Filter /FlateDecode /Length %LEN% >>", bomb)
                .finish("");
        Runtime rt = Runtime.getRuntime();
        VerificationReport r = VERIFIER.verify(pdf, "bomb.pdf");
        assertHandled(r, Verdict.INVALID);
        // the heap never had to hold the decoded gigabyte
        assertThat(rt.totalMemory()).isLessThan(2L << 30);
    }

    @Test
    void objectStreamBombIsRefusedBeforeParsing() {
        VerificationReport r = VERIFIER.verify(RawPdf.objectStreamBomb(1L << 30), "objstm-bomb.pdf");
        assertHandled(r, Verdict.INVALID);
        assertThat(r.reasons().get(0).en()).contains("ObjStm");
        // the same structure of normal size is parsed (the guard does not reject object streams as such)
        VerificationReport small = VERIFIER.verify(RawPdf.objectStreamBomb(10), "objstm.pdf");
        assertThat(small.reasons()).extracting(Finding::code).contains("NO_SIGNATURE").doesNotContain("NOT_A_PDF");
    }

    @Test
    void tooLargeInputIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        CopyVerifier small = CopyVerifier.builder().maxBytes(1000).build();
        Path f = dir.resolve("big.pdf");
        Files.write(f, new byte[5000]);
        assertThat(small.verify(f).reasons()).extracting(Finding::code).containsExactly("TOO_LARGE");
        assertThat(small.verify(new ByteArrayInputStream(new byte[5000]), "s").reasons()).extracting(Finding::code)
                .containsExactly("TOO_LARGE");
    }
}
