package vn.bansao.verify;

import java.time.Instant;
import java.util.Optional;

/**
 * The revocation evidence used for a signing certificate.
 *
 * <pre>{@code
 * RevocationInfo r = sig.revocation();
 * System.out.println(r.status() + " from " + r.source() + (r.fetchedOnline() ? " (online)" : ""));
 * }</pre>
 *
 * @param status        the conclusion
 * @param source        {@code OCSP}, {@code CRL} or {@code NONE}
 * @param issuedAt      thisUpdate / producedAt of the evidence
 * @param revokedAt     when revoked, if revoked
 * @param fetchedOnline true when the evidence was fetched (only with an allowed host)
 */
public record RevocationInfo(RevocationStatus status, String source, Optional<Instant> issuedAt,
                             Optional<Instant> revokedAt, boolean fetchedOnline) {

    public static RevocationInfo unknown() {
        return new RevocationInfo(RevocationStatus.UNKNOWN, "NONE", Optional.empty(), Optional.empty(), false);
    }
}
