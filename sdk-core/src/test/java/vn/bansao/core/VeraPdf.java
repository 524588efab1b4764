package vn.bansao.core;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF (greenfield model) as a test oracle: "" when compliant with PDF/A-3u, else the failed rules. */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Validates against PDF/A-3u. */
    public static String failures(byte[] pdf) throws Exception {
        return failures(pdf, PDFAFlavour.PDFA_3_U);
    }

    /** Validates against the flavour the file declares (3u or 3b). */
    public static String failuresAsDeclared(byte[] pdf, String part, String conformance) throws Exception {
        return failures(pdf, PDFAFlavour.byFlavourId(part + conformance.toLowerCase()));
    }

    public static String failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (InputStream in = new ByteArrayInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult r = validator.validate(parser);
            if (r.isCompliant()) {
                return "";
            }
            return r.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().limit(8).collect(Collectors.joining("; "));
        }
    }

    public static String failures(Path pdf) throws Exception {
        return failures(Files.readAllBytes(pdf));
    }
}
