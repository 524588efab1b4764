package vn.bansao.trust.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * One verified statement about a certificate: from an OCSP response or a CRL, issued at {@code thisUpdate},
 * saying revoked at {@code revokedAt} or not revoked.
 */
record Evidence(String source, Instant thisUpdate, Optional<Instant> nextUpdate, Optional<Instant> revokedAt,
                boolean online) {
}
