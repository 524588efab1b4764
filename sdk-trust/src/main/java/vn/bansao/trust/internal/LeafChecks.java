package vn.bansao.trust.internal;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import vn.bansao.trust.LeafPolicy;
import vn.bansao.trust.TrustProblem;

/** The rules of a signer's own certificate (RFC 5280 §4.2.1.3, .9, .12, .4), see {@link LeafPolicy}. */
public final class LeafChecks {
    private LeafChecks() {
    }

    public static List<TrustProblem> check(X509Certificate c, LeafPolicy policy) {
        List<TrustProblem> out = new ArrayList<>();
        String dn = Subjects.dn(c);
        boolean[] ku = c.getKeyUsage();
        if (ku != null && !(ku[0] || (ku.length > 1 && ku[1]))) {
            out.add(problem("LEAF_KEY_USAGE", dn,
                    "Chứng thư " + dn + " không cho phép ký (keyUsage thiếu digitalSignature và nonRepudiation)",
                    "certificate " + dn + " does not allow signing (keyUsage has neither digitalSignature nor nonRepudiation)"));
        }
        if (c.getBasicConstraints() >= 0) {
            out.add(problem("LEAF_IS_CA", dn,
                    "Chứng thư " + dn + " là chứng thư của tổ chức cấp chứng thư (basicConstraints cA=TRUE), không phải của người ký",
                    "certificate " + dn + " is a CA certificate (basicConstraints cA=TRUE), not a signer's"));
        }
        try {
            List<String> eku = c.getExtendedKeyUsage();
            if (eku != null && eku.stream().noneMatch(policy.allowedExtendedKeyUsages()::contains)) {
                out.add(problem("LEAF_EXTENDED_KEY_USAGE", dn,
                        "Chứng thư " + dn + " có extendedKeyUsage " + eku + " không cho phép ký tài liệu",
                        "certificate " + dn + " has extendedKeyUsage " + eku + ", which does not allow signing documents"));
            }
        } catch (Exception e) {
            out.add(problem("LEAF_EXTENDED_KEY_USAGE", dn, "Chứng thư " + dn + ": extendedKeyUsage không đọc được",
                    "certificate " + dn + ": unreadable extendedKeyUsage"));
        }
        if (!policy.requiredPolicies().isEmpty()) {
            List<String> have = policies(c);
            if (have.stream().noneMatch(policy.requiredPolicies()::contains)) {
                out.add(problem("LEAF_CERTIFICATE_POLICY", dn,
                        "Chứng thư " + dn + " không có chính sách chứng thư yêu cầu " + policy.requiredPolicies()
                                + " (có: " + have + ")",
                        "certificate " + dn + " lacks a required certificate policy " + policy.requiredPolicies()
                                + " (has: " + have + ")"));
            }
        }
        return out;
    }

    static List<String> policies(X509Certificate c) {
        List<String> out = new ArrayList<>();
        try {
            byte[] ext = c.getExtensionValue(Extension.certificatePolicies.getId());
            if (ext != null) {
                for (PolicyInformation pi : CertificatePolicies.getInstance(JcaX509ExtensionUtils.parseExtensionValue(ext))
                        .getPolicyInformation()) {
                    out.add(pi.getPolicyIdentifier().getId());
                }
            }
        } catch (Exception ignored) {
            // unreadable: no policy
        }
        return out;
    }

    private static TrustProblem problem(String rule, String dn, String vi, String en) {
        return new TrustProblem(rule, TrustProblem.Severity.UNCERTAIN, dn, vi, en);
    }
}
