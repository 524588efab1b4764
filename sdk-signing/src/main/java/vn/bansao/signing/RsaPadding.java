package vn.bansao.signing;

/**
 * RSA signature scheme. Circular 15/2025/TT-BKHCN names RSASSA-PSS, the default; PKCS#1 v1.5
 * remains for tokens and remote services that cannot do PSS.
 *
 * <pre>{@code
 * PadesSigner.builder().rsaPadding(RsaPadding.PKCS1_V1_5)...
 * }</pre>
 */
public enum RsaPadding {
    /** RSASSA-PSS, MGF1 with the same hash, salt length = hash length. */
    PSS,
    /** RSASSA-PKCS1-v1_5. */
    PKCS1_V1_5
}
