package vn.bansao.core;

/**
 * Base of the errors of the certified-copy builder and reader; messages are Vietnamese / English.
 *
 * <pre>{@code
 * try { copy.writeTo(out); } catch (CertifiedCopyException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public class CertifiedCopyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CertifiedCopyException(String message) {
        super(message);
    }

    public CertifiedCopyException(String message, Throwable cause) {
        super(message, cause);
    }
}
