package vn.bansao.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.assertj.core.api.AbstractAssert;
import org.junit.jupiter.api.Assumptions;
import vn.bansao.testkit.internal.ExternalTool;
import vn.bansao.testkit.internal.Pdfsig;
import vn.bansao.testkit.internal.Qpdf;
import vn.bansao.testkit.internal.VeraPdf;

/**
 * AssertJ assertions on a PDF, checked by independent tools: PDFBox (pages, signatures), veraPDF (PDF/A),
 * {@code qpdf --check} (structure) and poppler's {@code pdfsig} (signatures, trust path). Tests whose tool is not
 * installed are skipped, not failed. Obtain it from {@link BansaoAssertions#assertThatPdf(Path)}.
 *
 * <pre>{@code
 * assertThatPdf(signed).hasPageCount(3).hasSignatureCount(2).conformsToPdfA().passesQpdfCheck()
 *         .pdfsigReportsAllValidAndTrusted(pki.root().certificate());
 * }</pre>
 */
public final class PdfAssert extends AbstractAssert<PdfAssert, byte[]> {

    private final String name;

    PdfAssert(byte[] pdf, String name) {
        super(pdf, PdfAssert.class);
        this.name = name;
    }

    /** The number of pages, as PDFBox counts them. */
    public PdfAssert hasPageCount(int expected) {
        isNotNull();
        int pages = withDocument(PDDocument::getNumberOfPages);
        if (pages != expected) {
            failWithMessage("Expected %s to have %d page(s) but it has %d", name, expected, pages);
        }
        return this;
    }

    /** The number of signature dictionaries (signatures and document timestamps). */
    public PdfAssert hasSignatureCount(int expected) {
        isNotNull();
        int count = withDocument(d -> d.getSignatureDictionaries().size());
        if (count != expected) {
            failWithMessage("Expected %s to have %d signature(s) but it has %d", name, expected, count);
        }
        return this;
    }

    /** veraPDF finds no violation of the PDF/A flavour the file declares (a file declaring none fails). */
    public PdfAssert conformsToPdfA() {
        return conformsTo(Optional.empty());
    }

    /** veraPDF finds no violation of the given flavour, e.g. {@code "2b"}, {@code "3a"}. */
    public PdfAssert conformsToPdfA(String flavour) {
        return conformsTo(Optional.of(flavour));
    }

    private PdfAssert conformsTo(Optional<String> flavour) {
        isNotNull();
        VeraPdf.Report report = VeraPdf.validate(actual, flavour);
        if (!report.compliant()) {
            failWithMessage("Expected %s to conform to PDF/A-%s but veraPDF reports:%n  %s", name,
                    report.flavour(), String.join(System.lineSeparator() + "  ", report.failures()));
        }
        return this;
    }

    /** {@code qpdf --check} exits 0: no structural errors and no warnings. */
    public PdfAssert passesQpdfCheck() {
        isNotNull();
        assumeTool("qpdf");
        ExternalTool.Result r = withFile(Qpdf::check);
        if (!r.succeeded()) {
            failWithMessage("Expected %s to pass qpdf --check but it exited %d:%n%s", name, r.exitCode(),
                    r.output().strip());
        }
        return this;
    }

    /**
     * Poppler's {@code pdfsig}, trusting only {@code trustAnchor}, finds at least one signature and reports
     * every one "Signature is Valid." and "Certificate is Trusted.". pdfsig checks revocation with the OCSP
     * responder named in the certificate, so for the kit's certificates keep the {@link TestPki} running; a
     * revoked signer fails ("Certificate has been Revoked.").
     */
    public PdfAssert pdfsigReportsAllValidAndTrusted(X509Certificate trustAnchor) {
        isNotNull();
        assumeTool("pdfsig");
        assumeTool("certutil");
        Pdfsig.Report report = withFile(f -> Pdfsig.verify(f, List.of(trustAnchor)));
        if (report.signatures().isEmpty()) {
            failWithMessage("Expected %s to have signatures pdfsig accepts but pdfsig found none:%n%s", name,
                    report.output().strip());
        }
        for (Pdfsig.Signature s : report.signatures()) {
            if (!s.validAndTrusted()) {
                failWithMessage("Expected every signature of %s to be valid and trusted but pdfsig reports "
                                + "signature #%d (%s): \"%s\" / \"%s\"%n%s", name, s.number(), s.field(),
                        s.signatureValidation(), s.certificateValidation(), report.output().strip());
            }
        }
        return this;
    }

    private interface DocumentFunction<T> {
        T apply(PDDocument doc) throws IOException;
    }

    private <T> T withDocument(DocumentFunction<T> f) {
        try (PDDocument doc = Loader.loadPDF(actual)) {
            return f.apply(doc);
        } catch (IOException e) {
            failWithMessage("Expected %s to be a PDF PDFBox can open but: %s", name, e.getMessage());
            throw new IllegalStateException(e); // not reached
        }
    }

    private <T> T withFile(java.util.function.Function<Path, T> f) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("bansao-assert", ".pdf");
            Files.write(tmp, actual);
            return f.apply(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private static void assumeTool(String tool) {
        Assumptions.assumeTrue(ExternalTool.find(tool).isPresent(), () -> tool + " is not installed");
    }
}
