package vn.bansao.trust;

import java.util.Set;

/**
 * What a signer's own (leaf) certificate must allow. Always checked: keyUsage, when present, has
 * digitalSignature or nonRepudiation; basicConstraints is not {@code cA=TRUE}. When the certificate has an
 * extendedKeyUsage, it must name one of {@link #allowedExtendedKeyUsages()}. When
 * {@link #requiredPolicies()} is not empty, the certificatePolicies extension must name one of them.
 *
 * <pre>{@code
 * LeafPolicy p = LeafPolicy.defaults().withRequiredPolicies(Set.of("2.16.704.1.2.1.1")); // a province's CA policy
 * }</pre>
 *
 * @param allowedExtendedKeyUsages EKU OIDs acceptable for signing documents
 * @param requiredPolicies         certificate policy OIDs, one of which must be present (empty: not checked)
 */
public record LeafPolicy(Set<String> allowedExtendedKeyUsages, Set<String> requiredPolicies) {

    /** anyExtendedKeyUsage. */
    public static final String EKU_ANY = "2.5.29.37.0";
    /** id-kp-emailProtection (S/MIME; set by most Vietnamese CAs on signing tokens). */
    public static final String EKU_EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    /** id-kp-clientAuth (often next to emailProtection on USB tokens). */
    public static final String EKU_CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    /** id-kp-documentSigning (RFC 9336). */
    public static final String EKU_DOCUMENT_SIGNING = "1.3.6.1.5.5.7.3.36";
    /** Microsoft document signing. */
    public static final String EKU_MS_DOCUMENT_SIGNING = "1.3.6.1.4.1.311.10.3.12";
    /** Adobe Authentic Documents Trust. */
    public static final String EKU_ADOBE_AUTHENTIC_DOCUMENTS = "1.2.840.113583.1.1.5";

    public LeafPolicy {
        allowedExtendedKeyUsages = Set.copyOf(allowedExtendedKeyUsages);
        requiredPolicies = Set.copyOf(requiredPolicies);
    }

    /** The EKUs above; no policy required. */
    public static LeafPolicy defaults() {
        return new LeafPolicy(Set.of(EKU_ANY, EKU_EMAIL_PROTECTION, EKU_CLIENT_AUTH, EKU_DOCUMENT_SIGNING,
                EKU_MS_DOCUMENT_SIGNING, EKU_ADOBE_AUTHENTIC_DOCUMENTS), Set.of());
    }

    /** The same policy requiring one of these certificate policies. */
    public LeafPolicy withRequiredPolicies(Set<String> oids) {
        return new LeafPolicy(allowedExtendedKeyUsages, oids);
    }

    /** The same policy accepting these EKUs instead. */
    public LeafPolicy withAllowedExtendedKeyUsages(Set<String> oids) {
        return new LeafPolicy(oids, requiredPolicies);
    }
}
