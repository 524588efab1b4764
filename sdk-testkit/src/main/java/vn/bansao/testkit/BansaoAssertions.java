package vn.bansao.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the kit's AssertJ assertions.
 *
 * <pre>{@code
 * import static vn.bansao.testkit.BansaoAssertions.assertThatPdf;
 *
 * assertThatPdf(outputFile).hasSignatureCount(2).passesQpdfCheck()
 *         .pdfsigReportsAllValidAndTrusted(pki.root().certificate());
 * }</pre>
 */
public final class BansaoAssertions {

    private BansaoAssertions() {
    }

    /** Assertions on a PDF file. */
    public static PdfAssert assertThatPdf(Path pdf) {
        try {
            return new PdfAssert(Files.readAllBytes(pdf), pdf.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf, e);
        }
    }

    /** Assertions on PDF bytes. */
    public static PdfAssert assertThatPdf(byte[] pdf) {
        return new PdfAssert(pdf, "the PDF (" + (pdf == null ? 0 : pdf.length) + " bytes)");
    }
}
