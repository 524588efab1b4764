package vn.bansao.core.codes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An administrative procedure code (mã TTHC) from the national procedure database: {@code N.NNNNNN}, e.g.
 * {@code 2.000815} (certifying copies from originals). A local variant appends the agency code
 * ({@code 2.000815.000.00.00.H55}); an online-service variant appends {@code .NN}.
 *
 * <pre>{@code
 * ProcedureCode code = ProcedureCode.parse("2.000815.000.00.00.H55");
 * code.base();            // "2.000815"
 * code.agency();          // Optional[000.00.00.H55]
 * code.onlineVariant();   // Optional.empty
 * code.sameProcedureAs(ProcedureCode.parse("2.000815")); // true
 * }</pre>
 *
 * @param base          the national code {@code N.NNNNNN}
 * @param agency        the agency of a local variant, if any
 * @param onlineVariant the two-digit online-service suffix, if any
 */
public record ProcedureCode(String base, Optional<AgencyCode> agency, Optional<String> onlineVariant) {

    /** Certifying copies from originals (chứng thực bản sao từ bản chính). */
    public static final String CERTIFY_COPY_FROM_ORIGINAL = "2.000815";

    private static final Pattern FORMAT = Pattern.compile(
            "(\\d\\.\\d{6})(?:\\.(\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}))?(?:\\.(\\d{2}))?");

    public ProcedureCode {
        if (base == null || agency == null || onlineVariant == null) {
            throw new NullPointerException("base, agency and onlineVariant are required (use Optional.empty())");
        }
    }

    /** Parses a national, local or online-variant procedure code. */
    public static ProcedureCode parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = FORMAT.matcher(s);
        if (!m.matches()) {
            throw new InvalidCodeException("Mã thủ tục hành chính", "procedure code", s,
                    "phải có dạng N.NNNNNN, có thể kèm .<mã cơ quan 13 ký tự> và .NN",
                    "expected N.NNNNNN, optionally followed by .<13-character agency code> and .NN");
        }
        return new ProcedureCode(m.group(1),
                Optional.ofNullable(m.group(2)).map(AgencyCode::parse),
                Optional.ofNullable(m.group(3)));
    }

    /** Like {@link #parse} but returns empty instead of throwing. */
    public static Optional<ProcedureCode> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidCodeException e) {
            return Optional.empty();
        }
    }

    /** True when both codes name the same national procedure, whatever their local or online variants. */
    public boolean sameProcedureAs(ProcedureCode other) {
        return base.equals(other.base);
    }

    /** The code as written. */
    public String value() {
        return base + agency.map(a -> "." + a.value()).orElse("") + onlineVariant.map(v -> "." + v).orElse("");
    }

    @Override
    public String toString() {
        return value();
    }
}
