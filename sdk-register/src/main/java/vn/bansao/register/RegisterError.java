package vn.bansao.register;

import vn.bansao.common.ErrorCode;

/**
 * The stable codes of the register's errors; the texts are in {@code vn/bansao/register/errors.properties}
 * (English) and {@code errors_vi.properties}.
 *
 * <pre>{@code
 * catch (RegisterException e) {
 *     if (e.errorCode() == RegisterError.REGISTER_UNAVAILABLE) retryLater();
 * }
 * }</pre>
 */
public enum RegisterError implements ErrorCode {
    /** The register refused or could not do something: {0} what and why. */
    REGISTER_REFUSED,
    /** The database cannot be reached or failed mid-operation, nothing written: {0} where, {1} the driver's reason. */
    REGISTER_UNAVAILABLE;

    @Override
    public String bundle() {
        return "vn.bansao.register.errors";
    }
}
