package vn.bansao.signing.internal;

import eu.europa.esig.dss.enumerations.CertificateStatus;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningException.Cause;

/**
 * Checks the signer's own certificate before anything is signed: valid now, allowed to sign, not
 * SHA-1, and not revoked (OCSP first, then CRL, at the URLs the certificate names; fetching them is
 * allowed because this is the signer's own certificate at signing time).
 */
public final class CertificateChecker {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateChecker.class);

    private final OnlineSources sources;
    private final boolean checkRevocation;
    private final boolean strict;

    public CertificateChecker(OnlineSources sources, boolean checkRevocation, boolean strict) {
        this.sources = sources;
        this.checkRevocation = checkRevocation;
        this.strict = strict;
    }

    /** Checks and returns warnings (never null); throws a typed {@link SigningException} on a hard failure. */
    public List<String> check(List<X509Certificate> chain, Instant now) {
        X509Certificate cert = chain.get(0);
        String subject = cert.getSubjectX500Principal().getName();
        staticChecks(cert, now);
        List<String> warnings = new ArrayList<>();
        if (!checkRevocation) {
            return warnings;
        }
        if (chain.size() < 2) {
            warn(warnings, "Không kiểm tra được tình trạng thu hồi: thiếu chứng thư của CA phát hành (" + subject + ")",
                    "revocation not checked: the issuer certificate is not in the chain (" + subject + ")");
            return warnings;
        }
        CertificateToken token = new CertificateToken(cert);
        CertificateToken issuer = new CertificateToken(chain.get(1));
        RevocationToken<?> status = null;
        String ocspError = null;
        try {
            status = sources.ocsp().getRevocationToken(token, issuer);
        } catch (RuntimeException e) {
            ocspError = e.getMessage();
        }
        if (status == null || status.getStatus() == CertificateStatus.UNKNOWN) {
            try {
                RevocationToken<?> crl = sources.crl().getRevocationToken(token, issuer);
                if (crl != null) {
                    status = crl;
                }
            } catch (RuntimeException e) {
                LOG.debug("CRL fetch failed after OCSP ({}): {}", ocspError, e.getMessage());
            }
        }
        if (status == null || status.getStatus() == CertificateStatus.UNKNOWN) {
            String vi = "Không kiểm tra được tình trạng thu hồi của chứng thư số (OCSP và CRL không trả lời): " + subject;
            String en = "the certificate's revocation status could not be checked (no OCSP or CRL answer): " + subject;
            if (strict) {
                throw new SigningException(Cause.REVOCATION_UNAVAILABLE, vi, en);
            }
            warn(warnings, vi, en);
            return warnings;
        }
        if (status.getStatus() == CertificateStatus.REVOKED) {
            throw new SigningException(Cause.CERTIFICATE_REVOKED,
                    "Chứng thư số đã bị thu hồi từ " + status.getRevocationDate() + ": " + subject,
                    "the certificate was revoked on " + status.getRevocationDate()
                            + (status.getReason() == null ? "" : " (" + status.getReason() + ")") + ": " + subject);
        }
        return warnings;
    }

    /** Validity period, key usage, certificate hash algorithm: no network. */
    public static void staticChecks(X509Certificate cert, Instant now) {
        String subject = cert.getSubjectX500Principal().getName();
        try {
            cert.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new SigningException(Cause.CERTIFICATE_EXPIRED,
                    "Chứng thư số đã hết hạn từ " + cert.getNotAfter().toInstant() + ": " + subject,
                    "the certificate expired on " + cert.getNotAfter().toInstant() + ": " + subject, e);
        } catch (CertificateNotYetValidException e) {
            throw new SigningException(Cause.CERTIFICATE_NOT_YET_VALID,
                    "Chứng thư số chưa có hiệu lực, từ " + cert.getNotBefore().toInstant() + ": " + subject,
                    "the certificate is not valid before " + cert.getNotBefore().toInstant() + ": " + subject, e);
        }
        boolean[] usage = cert.getKeyUsage();
        if (usage != null && !(usage[0] || usage[1])) {
            throw new SigningException(Cause.CERTIFICATE_WRONG_USAGE,
                    "Chứng thư số không được phép dùng để ký (thiếu digitalSignature/nonRepudiation): " + subject,
                    "the certificate's key usage does not allow signing (digitalSignature or nonRepudiation): " + subject);
        }
        String alg = cert.getSigAlgName().toUpperCase(Locale.ROOT);
        if (alg.contains("SHA1") || alg.contains("MD5")) {
            throw new SigningException(Cause.WEAK_ALGORITHM,
                    "Chứng thư số được ký bằng " + cert.getSigAlgName() + " (bị cấm): " + subject,
                    "the certificate is signed with " + cert.getSigAlgName() + ", which is forbidden: " + subject);
        }
    }

    private static void warn(List<String> warnings, String vi, String en) {
        LOG.warn("{} / {}", vi, en);
        warnings.add(vi + " / " + en);
    }
}
