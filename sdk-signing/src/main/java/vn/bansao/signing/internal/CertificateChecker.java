package vn.bansao.signing.internal;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bansao.common.LocalizedText;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningException.Cause;
import vn.bansao.signing.SigningText;
import vn.bansao.trust.ChainCheck;
import vn.bansao.trust.NetworkAccess;
import vn.bansao.trust.RevocationCheck;
import vn.bansao.trust.RevocationEvidence;
import vn.bansao.trust.TrustEngine;
import vn.bansao.trust.TrustProblem;

/**
 * Checks the signer's own certificate before anything is signed, with the same trust engine the verifier uses
 * ({@code bansao-trust}): valid now, the leaf rules (key usage, not a CA, signing EKU), not SHA-1, chaining to
 * the configured anchors (a warning otherwise), and not revoked (OCSP first, then CRL, through the shared
 * revocation layer). The hosts it may contact are the configured allow-list or, by default, the hosts named in
 * the signer's own certificate (its own OCSP/CRL at signing time; nothing taken from a document).
 */
public final class CertificateChecker {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateChecker.class);

    private final boolean enabled;
    private final boolean checkRevocation;
    private final boolean strict;
    private final Duration timeout;
    private final int retries;
    private final List<X509Certificate> anchors;
    private final Optional<Set<String>> hosts;
    private final TrustEngine offline;
    private final Map<Set<String>, TrustEngine> engines = new ConcurrentHashMap<>();

    public CertificateChecker(boolean checkRevocation, boolean strict, Duration timeout, int retries,
                              List<X509Certificate> anchors, Optional<Set<String>> hosts) {
        this(true, checkRevocation, strict, timeout, retries, anchors, hosts);
    }

    private CertificateChecker(boolean enabled, boolean checkRevocation, boolean strict, Duration timeout, int retries,
                               List<X509Certificate> anchors, Optional<Set<String>> hosts) {
        this.enabled = enabled;
        this.checkRevocation = checkRevocation;
        this.strict = strict;
        this.timeout = timeout;
        this.retries = Math.max(0, retries);
        this.anchors = List.copyOf(anchors);
        this.hosts = hosts.map(Set::copyOf);
        this.offline = TrustEngine.builder().anchors(anchors).build();
    }

    /**
     * A checker that checks nothing: only for tests that must produce signatures with forbidden certificates to
     * prove the verifier rejects them (a forger writes their own signer anyway; the verifier is the boundary).
     */
    public static CertificateChecker noneForNegativeTests() {
        return new CertificateChecker(false, false, false, Duration.ofSeconds(1), 0, List.of(), Optional.empty());
    }

    /** Checks and returns warnings (never null); throws a typed {@link SigningException} on a hard failure. */
    public List<String> check(List<X509Certificate> chain, Instant now) {
        List<String> warnings = new ArrayList<>();
        if (!enabled) {
            return warnings;
        }
        X509Certificate cert = chain.get(0);
        String subject = cert.getSubjectX500Principal().getName();
        staticChecks(cert, now);
        if (!anchors.isEmpty()) {
            ChainCheck c = offline.chain(cert, chain, now);
            if (!c.trusted()) {
                warn(warnings, "Chứng thư số không chuyển tiếp tới chứng thư gốc tin cậy đã cấu hình: " + c.detail(),
                        "the certificate does not chain to the configured trust anchors: " + c.detail());
            }
        }
        if (!checkRevocation) {
            return warnings;
        }
        if (chain.size() < 2) {
            warn(warnings, "Không kiểm tra được tình trạng thu hồi: thiếu chứng thư của CA phát hành (" + subject + ")",
                    "revocation not checked: the issuer certificate is not in the chain (" + subject + ")");
            return warnings;
        }
        TrustEngine engine = engineFor(cert);
        RevocationCheck status = RevocationCheck.unknown();
        for (int attempt = 0; attempt <= retries; attempt++) {
            status = engine.revocation(cert, chain.get(1), RevocationEvidence.none(), now, now);
            if (status.status() != RevocationCheck.Status.UNKNOWN) {
                break;
            }
            LOG.debug("revocation attempt {} for {} gave no answer", attempt + 1, subject);
        }
        if (status.status() == RevocationCheck.Status.REVOKED) {
            throw new SigningException(Cause.CERTIFICATE_REVOKED,
                    LocalizedText.of(SigningText.CERTIFICATE_REVOKED_ON, status.revokedAt().orElse(null), subject, status.source()), null);
        }
        if (status.status() != RevocationCheck.Status.GOOD) {
            String vi = "Không kiểm tra được tình trạng thu hồi của chứng thư số (OCSP và CRL không trả lời hoặc dữ liệu đã cũ): "
                    + subject;
            String en = "the certificate's revocation status could not be checked (no OCSP or CRL answer, or only stale data: "
                    + status.detail() + "): " + subject;
            if (strict) {
                throw new SigningException(Cause.REVOCATION_UNAVAILABLE, vi, en);
            }
            warn(warnings, vi, en);
        }
        return warnings;
    }

    /** The revocation layer for this certificate: the configured hosts, or the hosts its own AIA/CDP name. */
    private TrustEngine engineFor(X509Certificate cert) {
        Set<String> allowed = hosts.orElseGet(() -> ownHosts(cert));
        return engines.computeIfAbsent(allowed, h -> TrustEngine.builder().anchors(anchors)
                .network(new NetworkAccess(h, timeout, 1 << 20)).build());
    }

    private static Set<String> ownHosts(X509Certificate cert) {
        Set<String> out = new TreeSet<>();
        for (String u : TrustEngine.revocationUrls(cert)) {
            try {
                String host = java.net.URI.create(u).getHost();
                if (host != null) {
                    out.add(host.toLowerCase(Locale.ROOT));
                }
            } catch (RuntimeException ignored) {
                // not a URL
            }
        }
        return Set.copyOf(out);
    }

    /** Validity period, the shared leaf rules, certificate hash algorithm: no network. */
    public void staticChecks(X509Certificate cert, Instant now) {
        String subject = cert.getSubjectX500Principal().getName();
        try {
            cert.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new SigningException(Cause.CERTIFICATE_EXPIRED,
                    LocalizedText.of(SigningText.CERTIFICATE_EXPIRED_ON, cert.getNotAfter().toInstant(), subject), e);
        } catch (CertificateNotYetValidException e) {
            throw new SigningException(Cause.CERTIFICATE_NOT_YET_VALID,
                    LocalizedText.of(SigningText.CERTIFICATE_NOT_YET_VALID, cert.getNotBefore().toInstant(), subject), e);
        }
        List<TrustProblem> leaf = offline.leafProblems(cert);
        if (!leaf.isEmpty()) {
            TrustProblem p = leaf.get(0);
            throw new SigningException(Cause.CERTIFICATE_WRONG_USAGE,
                    LocalizedText.of(SigningText.CERTIFICATE_KEY_USAGE_FORBIDS_SIGNING, p.vi(), p.rule(), p.en()), null);
        }
        String alg = cert.getSigAlgName().toUpperCase(Locale.ROOT);
        if (alg.contains("SHA1") || alg.contains("MD5")) {
            throw new SigningException(Cause.WEAK_ALGORITHM,
                    LocalizedText.of(SigningText.CERTIFICATE_SIGNED_WITH_FORBIDDEN_ALGORITHM, cert.getSigAlgName(), subject), null);
        }
    }

    private static void warn(List<String> warnings, String vi, String en) {
        LOG.warn("{} / {}", vi, en);
        warnings.add(vi + " / " + en);
    }
}
