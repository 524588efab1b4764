package vn.bansao.metrics.readiness;

/**
 * What the certificate review can find wrong with an officer's certificate (Circular 15/2025/TT-BKHCN:
 * RSA ≥ 2048 bits or ECDSA ≥ 256 bits, SHA-2/SHA-3, never SHA-1; a signing certificate must allow signing).
 *
 * <pre>{@code
 * finding.issues().contains(CertificateIssue.EXPIRES_SOON)
 * }</pre>
 */
public enum CertificateIssue {
    UNREADABLE("không đọc được chứng thư số", "certificate cannot be read"),
    EXPIRED("chứng thư số đã hết hạn", "certificate has expired"),
    NOT_YET_VALID("chứng thư số chưa có hiệu lực", "certificate is not yet valid"),
    EXPIRES_SOON("chứng thư số sắp hết hạn", "certificate expires soon"),
    RSA_KEY_TOO_SHORT("khoá RSA dưới 2048 bit", "RSA key shorter than 2048 bits"),
    EC_KEY_TOO_SHORT("khoá ECDSA dưới 256 bit", "EC key shorter than 256 bits"),
    UNSUPPORTED_KEY("thuật toán khoá không được phép", "key algorithm not allowed"),
    SHA1_SIGNATURE("ký bằng SHA-1", "signed with SHA-1"),
    WEAK_SIGNATURE("thuật toán ký yếu (MD5/MD2)", "weak signature algorithm (MD5/MD2)"),
    CA_CERTIFICATE("chứng thư của tổ chức cấp, không phải của cán bộ", "a CA certificate, not an officer's"),
    MISSING_SIGNING_KEY_USAGE("thiếu mục đích ký số (digitalSignature/nonRepudiation)",
            "missing signing key usage (digitalSignature/nonRepudiation)");

    private final String vi;
    private final String en;

    CertificateIssue(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String label(boolean vietnamese) {
        return vietnamese ? vi : en;
    }
}
