package vn.bansao.register;

/**
 * The register's database cannot be reached or failed mid-operation. Nothing was written: every
 * append is one transaction, so a failure leaves the log as it was. Safe to retry later.
 *
 * <pre>{@code
 * try { register.certify(draft); }
 * catch (RegisterUnavailableException e) { tellOfficerToRetry(e.getMessage()); }
 * }</pre>
 */
public final class RegisterUnavailableException extends RegisterException {

    private static final long serialVersionUID = 1L;

    public RegisterUnavailableException(String where, Throwable cause) {
        super("Không kết nối được cơ sở dữ liệu sổ chứng thực (" + where + "); chưa ghi gì vào sổ",
                "the register database is unavailable (" + where + "); nothing was written: "
                        + (cause == null ? "" : cause.getMessage()), cause);
    }
}
