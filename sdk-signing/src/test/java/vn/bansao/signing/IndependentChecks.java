package vn.bansao.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.ValidationResult;

/** The checks that do not share our code: poppler's pdfsig with an NSS database, qpdf --check, veraPDF. */
final class IndependentChecks {

    record Run(int exit, String output) {
    }

    private IndependentChecks() {
    }

    static Run run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean toolPresent(String tool) {
        return Files.isExecutable(Path.of("/usr/bin", tool));
    }

    /** An NSS database trusting only {@code root}, for pdfsig. */
    static Path nssDatabase(Path dir, X509Certificate root) throws Exception {
        Files.createDirectories(dir);
        Path pem = dir.resolve("root.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(root.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        Run init = run(List.of("certutil", "-N", "-d", "sql:" + dir, "--empty-password"));
        assertThat(init.exit()).as(init.output()).isZero();
        Run add = run(List.of("certutil", "-A", "-n", "bansao-test-root", "-t", "CT,C,C", "-i", pem.toString(), "-d", "sql:" + dir));
        assertThat(add.exit()).as(add.output()).isZero();
        return dir;
    }

    /**
     * pdfsig: every signature valid and its certificate trusted; returns the output. Document
     * time-stamps (ETSI.RFC3161, B-LTA) are counted apart: pdfsig reports their type as unknown and cannot validate them.
     */
    static String assertPdfsigAllValid(Path pdf, Path nssDb, int expectedSignatures) {
        Run r = run(List.of("pdfsig", "-nssdir", "sql:" + nssDb, pdf.toString()));
        String out = r.output();
        String[] blocks = out.split("(?m)^Signature #\\d+:");
        int signatures = 0;
        for (int i = 1; i < blocks.length; i++) {
            if (blocks[i].contains("Signature Type: ETSI.RFC3161") || blocks[i].contains("Signature Type: unknown")) {
                continue;
            }
            signatures++;
            assertThat(blocks[i]).as(out).contains("Signature Validation: Signature is Valid.")
                    .contains("Certificate Validation: Certificate is Trusted.");
        }
        assertThat(signatures).as(out).isEqualTo(expectedSignatures);
        return out;
    }

    /** qpdf --check: exit 0 (no errors, no warnings). */
    static void assertQpdfClean(Path pdf) {
        Run r = run(List.of("qpdf", "--check", pdf.toString()));
        assertThat(r.exit()).as(r.output()).isZero();
    }

    /** veraPDF (the flavour the file declares): compliant. */
    static void assertPdfA(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant())
                    .as("veraPDF %s: %s", result.getPDFAFlavour(), result.getTestAssertions().stream()
                            .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                            .map(a -> a.getRuleId().getClause() + " " + a.getMessage()).distinct().limit(10).toList())
                    .isTrue();
        }
    }
}
