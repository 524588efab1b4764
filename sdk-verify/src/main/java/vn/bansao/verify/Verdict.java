package vn.bansao.verify;

/**
 * The overall answer to "can this copy replace the original?".
 *
 * <pre>{@code
 * if (verifier.verify(path).verdict() == Verdict.VALID) { accept(); }
 * }</pre>
 */
public enum Verdict {
    /** Every signature is intact, trusted and valid at signing time, and nothing forbidden changed. */
    VALID,
    /** Something is proven wrong: broken signature, forbidden change, revoked certificate, void entry. */
    INVALID,
    /** Nothing is proven wrong, but something could not be confirmed (trust, revocation, time). */
    INDETERMINATE
}
