package vn.bansao.register;

/**
 * The register's database cannot be reached or failed mid-operation. Nothing was written: every
 * append is one transaction, so a failure leaves the log as it was. Safe to retry later. Code
 * {@code REGISTER_UNAVAILABLE}; arguments: where, the driver's reason.
 *
 * <pre>{@code
 * try { register.certify(draft); }
 * catch (RegisterUnavailableException e) { tellOfficerToRetry(e.message(BansaoException.VIETNAMESE)); }
 * }</pre>
 */
public final class RegisterUnavailableException extends RegisterException {

    private static final long serialVersionUID = 1L;

    public RegisterUnavailableException(String where, Throwable cause) {
        super(RegisterError.REGISTER_UNAVAILABLE, cause, where, cause == null ? "" : String.valueOf(cause.getMessage()));
    }
}
