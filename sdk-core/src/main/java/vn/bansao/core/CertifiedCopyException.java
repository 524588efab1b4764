package vn.bansao.core;

import vn.bansao.common.BansaoException;
import vn.bansao.common.ErrorCode;

/**
 * Base of the errors of the certified-copy builder and reader. A {@link BansaoException}: a stable {@link #code()}
 * ({@link CoreError}), {@link #message(java.util.Locale)} in Vietnamese or English, {@link #getMessage()} in English.
 *
 * <pre>{@code
 * try { copy.writeTo(out); } catch (CertifiedCopyException e) { System.err.println(e.message(BansaoException.VIETNAMESE)); }
 * }</pre>
 */
public class CertifiedCopyException extends BansaoException {

    private static final long serialVersionUID = 1L;

    /** A failure described by one text (both languages get it as is): code {@code CERTIFIED_COPY_FAILED}. */
    public CertifiedCopyException(String message) {
        this(message, null);
    }

    /** Same, with the underlying cause. */
    public CertifiedCopyException(String message, Throwable cause) {
        super(CoreError.CERTIFIED_COPY_FAILED, cause, message);
    }

    /** A failure with its code and the arguments of its text. */
    protected CertifiedCopyException(ErrorCode code, Throwable cause, Object... arguments) {
        super(code, cause, arguments);
    }

    /** A failure of this module with its code (its text from the bundles) and the arguments of the text. */
    public static CertifiedCopyException of(CoreError code, Object... arguments) {
        return new CertifiedCopyException(code, null, arguments);
    }
}
