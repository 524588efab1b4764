package vn.bansao.register;

import vn.bansao.common.BansaoException;
import vn.bansao.common.ErrorCode;
import vn.bansao.common.LocalizedText;

/**
 * Something the register refused or could not do. A {@link BansaoException}: code {@code REGISTER_REFUSED} (or
 * {@code REGISTER_UNAVAILABLE} for {@link RegisterUnavailableException}), {@link #message(java.util.Locale)} in
 * Vietnamese or English, {@link #getMessage()} in English.
 *
 * <pre>{@code
 * try { register.voidEntry(number, "Người yêu cầu rút hồ sơ"); }
 * catch (RegisterException e) { show(e.message(BansaoException.VIETNAMESE)); }
 * }</pre>
 */
public class RegisterException extends BansaoException {

    private static final long serialVersionUID = 1L;

    public RegisterException(String vietnamese, String english) {
        this(vietnamese, english, null);
    }

    public RegisterException(String vietnamese, String english, Throwable cause) {
        super(RegisterError.REGISTER_REFUSED, cause, LocalizedText.of(vietnamese, english));
    }

    /** A refusal whose reason is a bundle text or two strings. */
    public RegisterException(LocalizedText reason, Throwable cause) {
        super(RegisterError.REGISTER_REFUSED, cause, reason);
    }

    /** An error with its code and the arguments of its text. */
    protected RegisterException(ErrorCode code, Throwable cause, Object... arguments) {
        super(code, cause, arguments);
    }
}
