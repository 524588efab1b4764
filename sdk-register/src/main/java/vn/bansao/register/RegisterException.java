package vn.bansao.register;

/**
 * Something the register refused or could not do. Messages are Vietnamese, then English.
 *
 * <pre>{@code
 * try { register.voidEntry(number, "Người yêu cầu rút hồ sơ"); }
 * catch (RegisterException e) { show(e.getMessage()); }
 * }</pre>
 */
public class RegisterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegisterException(String vietnamese, String english) {
        super(vietnamese + " / " + english);
    }

    public RegisterException(String vietnamese, String english, Throwable cause) {
        super(vietnamese + " / " + english, cause);
    }
}
