package vn.bansao.verify;

/**
 * Revocation status of the signing certificate at signing time.
 *
 * <pre>{@code
 * if (sig.revocation().status() == RevocationStatus.UNKNOWN) warn("revocation not checked");
 * }</pre>
 */
public enum RevocationStatus {
    /** A verified OCSP response or CRL says the certificate was not revoked at signing time. */
    GOOD,
    /** Revoked at or before the signing time. */
    REVOKED,
    /** No usable revocation data (none embedded, fetching not allowed, or unverifiable). */
    UNKNOWN,
    /** Only evidence issued too long before the best proof of existence (TRY_LATER). */
    STALE,
    /** The certificate is itself a trust anchor: nothing to check. */
    NOT_APPLICABLE
}
