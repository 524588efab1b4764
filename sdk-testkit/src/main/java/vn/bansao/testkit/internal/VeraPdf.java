package vn.bansao.testkit.internal;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF (Greenfield parser) PDF/A validation, in process. */
public final class VeraPdf {

    /** Outcome: the flavour checked, compliance, and the failed rules (clause, test number, description). */
    public record Report(String flavour, boolean compliant, List<String> failures) {
    }

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * Validates against {@code flavourId} (e.g. {@code "2b"}), or the flavour the file declares in its XMP when
     * empty (a file declaring none is checked as PDF/A-1b and fails on the missing identification).
     */
    public static Report validate(byte[] pdf, Optional<String> flavourId) {
        PDFAFlavour requested = flavourId.map(PDFAFlavour::fromString).orElse(PDFAFlavour.NO_FLAVOUR);
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), requested)) {
            PDFAFlavour flavour = requested != PDFAFlavour.NO_FLAVOUR ? requested : parser.getFlavour();
            if (flavour == PDFAFlavour.NO_FLAVOUR) {
                flavour = PDFAFlavour.PDFA_1_B;
            }
            try (PDFAValidator validator = foundry.createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failures = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                                + a.getMessage())
                        .distinct().limit(50).toList();
                return new Report(flavour.getId(), result.isCompliant(), failures);
            }
        } catch (ModelParsingException | EncryptedPdfException e) {
            return new Report(requested.getId(), false, List.of("not parseable: " + e.getMessage()));
        } catch (ValidationException e) {
            return new Report(requested.getId(), false, List.of("validation failed: " + e.getMessage()));
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF failed: " + e.getMessage(), e);
        }
    }
}
