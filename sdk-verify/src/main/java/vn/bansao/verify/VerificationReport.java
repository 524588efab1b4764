package vn.bansao.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.bansao.verify.internal.report.JsonReportWriter;
import vn.bansao.verify.internal.report.TextReportWriter;

/**
 * Everything the verifier concluded about one copy: the overall verdict with its reasons, one entry per
 * signature, the document facts, the optional register check, and the ETSI XML report when asked for.
 *
 * <pre>{@code
 * VerificationReport r = verifier.verify(Path.of("ban-sao.pdf"));
 * System.out.println(r.verdict());          // VALID / INVALID / INDETERMINATE
 * System.out.println(r.toText(Language.VI)); // for people
 * String json = r.toJson();                 // schema "bansao-verification/1", see README
 * }</pre>
 *
 * @param source         the file name or a label given by the caller
 * @param sha256         SHA-256 of the verified bytes (hex)
 * @param size           number of bytes verified
 * @param verdict        overall verdict
 * @param reasons        the findings behind the verdict, the decisive ones first
 * @param signatures     one report per signature and document timestamp, in file order
 * @param document       facts about the document
 * @param register       the register check, when a register was configured
 * @param validationTime when the verification ran
 * @param elapsed        how long it took
 * @param etsiXml        DSS's ETSI TS 119 102-2 validation report, when requested
 */
public record VerificationReport(String source, String sha256, long size, Verdict verdict, List<Finding> reasons,
                                 List<SignatureReport> signatures, DocumentReport document,
                                 Optional<RegisterCheck> register, Instant validationTime, Duration elapsed,
                                 Optional<String> etsiXml) {

    /** Version of the JSON schema {@link #toJson()} writes. */
    public static final String SCHEMA = "bansao-verification/1";

    public VerificationReport {
        reasons = List.copyOf(reasons);
        signatures = List.copyOf(signatures);
    }

    /** The report as JSON, schema {@value #SCHEMA} (documented in sdk-verify/README.md). */
    public String toJson() {
        return JsonReportWriter.write(this);
    }

    /** Several reports as one JSON array (one object per file, each of schema {@value #SCHEMA}). */
    public static String toJsonArray(java.util.List<VerificationReport> reports) {
        return JsonReportWriter.writeArray(reports);
    }

    /** The report as plain text in the given language. */
    public String toText(Language language) {
        return TextReportWriter.write(this, language);
    }

    /** The report as plain text in Vietnamese. */
    public String toText() {
        return toText(Language.VI);
    }
}
