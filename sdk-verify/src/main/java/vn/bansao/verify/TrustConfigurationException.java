package vn.bansao.verify;

/**
 * A trust anchor file or bundle could not be used: unreadable, not a certificate, or a pinned
 * fingerprint does not match. The message is in Vietnamese then English and names the file.
 *
 * <pre>{@code
 * try { TrustAnchors.fromPaths(dir); } catch (TrustConfigurationException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public final class TrustConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrustConfigurationException(String vi, String en, Throwable cause) {
        super(vi + " / " + en, cause);
    }
}
