package vn.bansao.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The root of every exception the bansao SDK throws. Each carries a stable {@link #code()} to switch on (it never
 * changes between versions), the {@link #arguments()} that name what went wrong (a file, a page, a number), and a
 * message in Vietnamese or English read from the module's {@link java.util.ResourceBundle}s.
 * {@link #getMessage()} is the English message (for logs and stack traces); show users {@link #message(Locale)}.
 *
 * <pre>{@code
 * try {
 *     register.certify(draft);
 * } catch (BansaoException e) {
 *     log.warn("{}: {}", e.code(), e.getMessage());          // "REGISTER_UNAVAILABLE: the register database ..."
 *     show(e.message(BansaoException.VIETNAMESE));           // "Không kết nối được cơ sở dữ liệu sổ chứng thực ..."
 * }
 * }</pre>
 *
 * A module declares its codes as an {@link ErrorCode} enum and its texts in {@code errors.properties} (English) and
 * {@code errors_vi.properties}; a test walks the codes ({@link BundleCheck#problems}) so that none lacks a text.
 */
public class BansaoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Vietnamese: {@code message(VIETNAMESE)}. Any locale whose language is not {@code vi} gives English. */
    public static final Locale VIETNAMESE = Texts.VIETNAMESE;

    private final ErrorCode errorCode;
    private final Object[] arguments;
    private final LocalizedText detail;

    /** An error with its code and the arguments of its text; no cause. */
    public BansaoException(ErrorCode code, Object... arguments) {
        this(code, null, arguments);
    }

    /** An error with its code, the underlying cause (kept for logs) and the arguments of its text. */
    public BansaoException(ErrorCode code, Throwable cause, Object... arguments) {
        super(null, cause);
        this.errorCode = Objects.requireNonNull(code, "code");
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
        this.detail = null;
    }

    /**
     * An error whose text is its code's bundle text with one argument, {@code detail} (a bundle text or two strings):
     * for the exceptions whose detail is also shown alone ({@link #messageVi()}, {@link #messageEn()}).
     */
    protected BansaoException(ErrorCode code, LocalizedText detail, Throwable cause) {
        super(null, cause);
        this.errorCode = Objects.requireNonNull(code, "code");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.arguments = new Object[] {detail};
    }

    /** The stable code, e.g. {@code SCAN_REJECTED}, {@code REGISTER_UNAVAILABLE}. */
    public final String code() {
        return errorCode.code();
    }

    /** The code as declared (the module's enum constant). */
    public final ErrorCode errorCode() {
        return errorCode;
    }

    /** The arguments of the message, in order (some may be {@link LocalizedText}s). */
    public final List<Object> arguments() {
        return Collections.unmodifiableList(Arrays.asList(arguments));
    }

    /** The message in {@code locale}: Vietnamese for {@code vi}, English for every other locale. */
    public String message(Locale locale) {
        return Texts.format(errorCode, locale, arguments);
    }

    /**
     * Both languages in one text, {@code "tiếng Việt / English"} (once when the two are the same), for what keeps a
     * single text for every reader: a register's void reason, a batch journal, a command line's error line.
     */
    public String bilingualMessage() {
        String vi = message(VIETNAMESE);
        String en = message(Locale.ENGLISH);
        return vi.equals(en) ? en : vi + " / " + en;
    }

    /** The detail in Vietnamese when the error was made with one, else the whole Vietnamese message. */
    public String messageVi() {
        return detail != null ? detail.in(VIETNAMESE) : message(VIETNAMESE);
    }

    /** The detail in English when the error was made with one, else the whole English message. */
    public String messageEn() {
        return detail != null ? detail.in(Locale.ENGLISH) : message(Locale.ENGLISH);
    }

    /** The English message. */
    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    /** The message in the JVM's default locale (Vietnamese on a Vietnamese desktop, English elsewhere). */
    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
