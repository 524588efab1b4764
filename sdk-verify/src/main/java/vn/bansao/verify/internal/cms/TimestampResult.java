package vn.bansao.verify.internal.cms;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An RFC 3161 timestamp token checked against the data it should cover.
 *
 * <pre>{@code
 * if (t.valid()) poe = t.genTime();
 * }</pre>
 *
 * @param genTime     the time the TSA asserts
 * @param tsa         the TSA certificate, when found
 * @param certificates every certificate the token carries
 * @param valid       signature and message imprint verified
 * @param problem     why not valid
 * @param essBound    the token's signed attributes name {@code tsa} (ESS signing-certificate or -v2, hash matching)
 */
public record TimestampResult(Instant genTime, Optional<X509Certificate> tsa, List<X509Certificate> certificates,
                              boolean valid, Optional<String> problem, boolean essBound) {
}
