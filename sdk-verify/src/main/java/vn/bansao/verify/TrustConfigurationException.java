package vn.bansao.verify;

import vn.bansao.common.BansaoException;
import vn.bansao.common.LocalizedText;

/**
 * A trust anchor file or bundle could not be used: unreadable, not a certificate, or a pinned
 * fingerprint does not match. Code {@code TRUST_CONFIGURATION_INVALID}; the message names the file, in
 * Vietnamese or English ({@link #message(java.util.Locale)}; {@link #getMessage()} is English).
 *
 * <pre>{@code
 * try { TrustAnchors.fromPaths(dir); }
 * catch (TrustConfigurationException e) { System.err.println(e.message(BansaoException.VIETNAMESE)); }
 * }</pre>
 */
public final class TrustConfigurationException extends BansaoException {
    private static final long serialVersionUID = 1L;

    public TrustConfigurationException(String vi, String en, Throwable cause) {
        this(LocalizedText.of(vi, en), cause);
    }

    /** The problem as a bundle text or two strings. */
    public TrustConfigurationException(LocalizedText reason, Throwable cause) {
        super(VerifierError.TRUST_CONFIGURATION_INVALID, cause, reason);
    }
}
