package vn.bansao.trust;

import java.time.Instant;
import java.util.Optional;

/**
 * The revocation status of one certificate at a control time (the best proof of existence of the signature,
 * or the validation time when nothing proves it earlier), decided from every piece of evidence (ETSI EN 319
 * 102-1 §5.2.5 freshness: evidence counts only when issued after the control time, or within the configured
 * grace before it).
 *
 * <pre>{@code
 * RevocationCheck r = engine.revocation(cert, issuer, evidence, poe);
 * if (r.status() == RevocationCheck.Status.STALE) System.out.println("TRY_LATER: " + r.detail());
 * }</pre>
 *
 * @param status        the conclusion
 * @param source        {@code OCSP}, {@code CRL} or {@code NONE}: the evidence the conclusion rests on
 * @param issuedAt      thisUpdate of that evidence
 * @param revokedAt     the revocation time, when revoked
 * @param fetchedOnline whether that evidence was fetched (allowed host) rather than found in the file
 * @param detail        a short English explanation (dates compared), for reasons
 */
public record RevocationCheck(Status status, String source, Optional<Instant> issuedAt, Optional<Instant> revokedAt,
                              boolean fetchedOnline, String detail) {

    /** What the evidence establishes. */
    public enum Status {
        /** Fresh evidence says not revoked at the control time. */
        GOOD,
        /** Evidence says revoked at or before the control time. */
        REVOKED,
        /** Only evidence issued too long before the control time: TRY_LATER. */
        STALE,
        /** No usable evidence at all. */
        UNKNOWN,
        /** A trust anchor: nothing to check. */
        NOT_APPLICABLE
    }

    public static RevocationCheck unknown() {
        return new RevocationCheck(Status.UNKNOWN, "NONE", Optional.empty(), Optional.empty(), false,
                "no OCSP response or CRL for this certificate");
    }

    public static RevocationCheck notApplicable() {
        return new RevocationCheck(Status.NOT_APPLICABLE, "NONE", Optional.empty(), Optional.empty(), false,
                "trust anchor");
    }
}
