package vn.bansao.verify;

import java.util.Objects;

/**
 * One reason behind a verdict, with a stable machine code and the message in Vietnamese and English.
 *
 * <pre>{@code
 * for (Finding f : report.reasons()) System.out.println(f.code() + ": " + f.message(Language.VI));
 * }</pre>
 *
 * @param code     stable identifier, e.g. {@code CHANGE_OTHER}, {@code BYTE_RANGE_INVALID}
 * @param severity effect on the verdict
 * @param vi       message in Vietnamese
 * @param en       message in English
 */
public record Finding(String code, Severity severity, String vi, String en) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /** The message in the given language. */
    public String message(Language language) {
        return language == Language.EN ? en : vi;
    }

    public static Finding error(String code, String vi, String en) {
        return new Finding(code, Severity.ERROR, vi, en);
    }

    public static Finding uncertain(String code, String vi, String en) {
        return new Finding(code, Severity.UNCERTAIN, vi, en);
    }

    public static Finding info(String code, String vi, String en) {
        return new Finding(code, Severity.INFO, vi, en);
    }
}
