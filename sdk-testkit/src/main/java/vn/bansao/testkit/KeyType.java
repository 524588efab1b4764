package vn.bansao.testkit;

/**
 * Key algorithm, size and signature scheme of a test identity.
 *
 * <p>Circular 15/2025/TT-BKHCN asks for RSA ≥ 2048 bits with RSASSA-PSS or ECDSA ≥ 256 bits; the PKCS#1 v1.5
 * and 1024-bit variants exist so that tests can show what happens with older or too weak keys.
 *
 * <pre>{@code
 * TestPki pki = TestPki.builder().keyType(KeyType.ECDSA_P256).start();
 * Signature s = Signature.getInstance(pki.officer().keyType().jcaSignatureAlgorithm());
 * }</pre>
 */
public enum KeyType {
    /** RSA 2048 bits, RSASSA-PSS with SHA-256 (the default: what the circular asks for). */
    RSA_2048_PSS("RSA", 2048, "SHA256withRSAandMGF1"),
    /** RSA 2048 bits, PKCS#1 v1.5 with SHA-256. */
    RSA_2048_PKCS1("RSA", 2048, "SHA256withRSA"),
    /** RSA 3072 bits, RSASSA-PSS with SHA-256. */
    RSA_3072_PSS("RSA", 3072, "SHA256withRSAandMGF1"),
    /** RSA 3072 bits, PKCS#1 v1.5 with SHA-256. */
    RSA_3072_PKCS1("RSA", 3072, "SHA256withRSA"),
    /** ECDSA on NIST P-256 (secp256r1) with SHA-256. */
    ECDSA_P256("EC", 256, "SHA256withECDSA"),
    /** RSA 1024 bits, PKCS#1 v1.5: too weak, for negative tests only. */
    RSA_1024_PKCS1("RSA", 1024, "SHA256withRSA");

    private final String keyAlgorithm;
    private final int keySize;
    private final String jcaSignatureAlgorithm;

    KeyType(String keyAlgorithm, int keySize, String jcaSignatureAlgorithm) {
        this.keyAlgorithm = keyAlgorithm;
        this.keySize = keySize;
        this.jcaSignatureAlgorithm = jcaSignatureAlgorithm;
    }

    /** JCA key algorithm: {@code RSA} or {@code EC}. */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** Key size in bits (curve size for EC). */
    public int keySize() {
        return keySize;
    }

    /** JCA signature algorithm with SHA-256, e.g. {@code SHA256withRSAandMGF1} (a BouncyCastle name for PSS). */
    public String jcaSignatureAlgorithm() {
        return jcaSignatureAlgorithm;
    }

    /**
     * The classic SHA-1 algorithm for this key ({@code SHA1withRSA}, i.e. sha1WithRSAEncryption, or
     * {@code SHA1withECDSA}), for deliberately outdated certificates.
     */
    public String sha1SignatureAlgorithm() {
        return switch (keyAlgorithm) {
            case "EC" -> "SHA1withECDSA";
            default -> "SHA1withRSA";
        };
    }

    /** True for RSASSA-PSS. */
    public boolean isPss() {
        return jcaSignatureAlgorithm.endsWith("MGF1");
    }
}
