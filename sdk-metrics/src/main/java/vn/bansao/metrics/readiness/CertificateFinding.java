package vn.bansao.metrics.readiness;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The review of one officer's certificate.
 *
 * <pre>{@code
 * CertificateFinding f = CertificateReview.review(path, 30, Instant.now());
 * f.ok()
 * }</pre>
 *
 * @param file     where it was read from
 * @param subject  subject DN, if readable
 * @param notAfter end of validity, if readable
 * @param keyBits  key size in bits, if known
 * @param issues   what is wrong; empty when fine
 */
public record CertificateFinding(String file, Optional<String> subject, Optional<Instant> notAfter, Optional<Integer> keyBits,
                                 List<CertificateIssue> issues) {

    public boolean ok() {
        return issues.isEmpty();
    }
}
