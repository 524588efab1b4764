package vn.bansao.trust.internal;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.bansao.trust.TrustProblem;

/** What makes a certificate a time-stamping unit's (RFC 3161 §2.3, ETSI EN 319 422 §5). */
public final class TsaRules {

    public static final String EKU_TIME_STAMPING = "1.3.6.1.5.5.7.3.8";

    private TsaRules() {
    }

    public static List<TrustProblem> check(X509Certificate tsa, boolean essBound, Optional<X509Certificate> signer) {
        List<TrustProblem> out = new ArrayList<>();
        String dn = Subjects.dn(tsa);
        List<String> eku;
        try {
            eku = tsa.getExtendedKeyUsage();
        } catch (Exception e) {
            eku = null;
        }
        if (eku == null || !eku.contains(EKU_TIME_STAMPING)) {
            out.add(problem("TSA_EXTENDED_KEY_USAGE", dn,
                    "Chứng thư " + dn + " không phải của đơn vị cấp dấu thời gian (thiếu extendedKeyUsage timeStamping)",
                    "certificate " + dn + " is not a time-stamping unit's (no timeStamping extendedKeyUsage)"));
        } else {
            Set<String> critical = tsa.getCriticalExtensionOIDs();
            if (critical == null || !critical.contains("2.5.29.37") || eku.size() != 1) {
                out.add(problem("TSA_EKU_NOT_CRITICAL", dn,
                        "Chứng thư dấu thời gian " + dn + ": extendedKeyUsage phải là critical và chỉ có timeStamping (RFC 3161 §2.3)",
                        "time-stamping certificate " + dn + ": extendedKeyUsage must be critical and timeStamping only (RFC 3161 §2.3)"));
            }
        }
        boolean[] ku = tsa.getKeyUsage();
        if (ku != null && !(ku[0] || ku[1])) {
            out.add(problem("TSA_KEY_USAGE", dn, "Chứng thư dấu thời gian " + dn + " không cho phép ký (keyUsage)",
                    "time-stamping certificate " + dn + " does not allow signing (keyUsage)"));
        }
        if (!essBound) {
            out.add(problem("TSA_ESS_BINDING", dn,
                    "Dấu thời gian không gắn với chứng thư " + dn + " (thiếu hoặc sai thuộc tính ESS signing-certificate(-v2))",
                    "the time-stamp token is not bound to certificate " + dn + " (ESS signing-certificate(-v2) missing or wrong)"));
        }
        if (signer.isPresent() && (signer.get().equals(tsa) || signer.get().getPublicKey().equals(tsa.getPublicKey()))) {
            out.add(problem("TSA_IS_SIGNER", dn,
                    "Dấu thời gian do chính người ký tạo ra (" + dn + "): không chứng minh được thời điểm ký",
                    "the time-stamp was made by the signer itself (" + dn + "): it proves nothing about time"));
        }
        return out;
    }

    private static TrustProblem problem(String rule, String dn, String vi, String en) {
        return new TrustProblem(rule, TrustProblem.Severity.UNCERTAIN, dn, vi, en);
    }
}
