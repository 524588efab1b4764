package vn.bansao.metrics.readiness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reviews officers' certificates before e-certification starts (Bình Dương's checklist) with the JDK's
 * {@link CertificateFactory} (PEM or DER): validity, expiry within N days, key size and signature algorithm
 * against Circular 15/2025, and signing key usage. Reads only the file: no network, no chain building.
 *
 * <pre>{@code
 * CertificateFinding f = CertificateReview.review(Path.of("officer.pem"), 30, Instant.now());
 * }</pre>
 */
public final class CertificateReview {

    /** Certificate files larger than this are refused unread. */
    private static final long MAX_BYTES = 1 << 20;

    private CertificateReview() {
    }

    public static CertificateFinding review(Path file, int expiryWarningDays, Instant now) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return unreadable(file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
                return review(file.toString(), c, expiryWarningDays, now);
            }
        } catch (IOException | CertificateException | ClassCastException e) {
            return unreadable(file);
        }
    }

    private static CertificateFinding unreadable(Path file) {
        return new CertificateFinding(file.toString(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(CertificateIssue.UNREADABLE));
    }

    public static CertificateFinding review(String name, X509Certificate c, int expiryWarningDays, Instant now) {
        List<CertificateIssue> issues = new ArrayList<>();
        Instant notAfter = c.getNotAfter().toInstant();
        if (now.isAfter(notAfter)) {
            issues.add(CertificateIssue.EXPIRED);
        } else if (now.plus(Duration.ofDays(expiryWarningDays)).isAfter(notAfter)) {
            issues.add(CertificateIssue.EXPIRES_SOON);
        }
        if (now.isBefore(c.getNotBefore().toInstant())) {
            issues.add(CertificateIssue.NOT_YET_VALID);
        }
        Integer bits = null;
        if (c.getPublicKey() instanceof RSAPublicKey rsa) {
            bits = rsa.getModulus().bitLength();
            if (bits < 2048) {
                issues.add(CertificateIssue.RSA_KEY_TOO_SHORT);
            }
        } else if (c.getPublicKey() instanceof ECPublicKey ec) {
            bits = ec.getParams().getOrder().bitLength();
            if (bits < 256) {
                issues.add(CertificateIssue.EC_KEY_TOO_SHORT);
            }
        } else {
            issues.add(CertificateIssue.UNSUPPORTED_KEY);
        }
        String alg = c.getSigAlgName().toUpperCase(Locale.ROOT);
        if (alg.contains("SHA1") || alg.contains("SHA-1")) {
            issues.add(CertificateIssue.SHA1_SIGNATURE);
        } else if (alg.contains("MD5") || alg.contains("MD2")) {
            issues.add(CertificateIssue.WEAK_SIGNATURE);
        }
        if (c.getBasicConstraints() >= 0) {
            issues.add(CertificateIssue.CA_CERTIFICATE);
        }
        boolean[] ku = c.getKeyUsage();
        // index 0 digitalSignature, 1 nonRepudiation (contentCommitment); no extension means unrestricted
        if (ku != null && !(ku[0] || (ku.length > 1 && ku[1]))) {
            issues.add(CertificateIssue.MISSING_SIGNING_KEY_USAGE);
        }
        return new CertificateFinding(name, Optional.of(c.getSubjectX500Principal().getName()), Optional.of(notAfter),
                Optional.ofNullable(bits), List.copyOf(issues));
    }
}
