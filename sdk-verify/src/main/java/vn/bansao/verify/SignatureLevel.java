package vn.bansao.verify;

/**
 * PAdES baseline level a signature reaches (ETSI EN 319 142-1), or {@link #PDF_NOT_ETSI} for
 * {@code adbe.pkcs7.detached} signatures.
 *
 * <pre>{@code
 * boolean longTerm = sig.level().compareTo(SignatureLevel.PADES_BASELINE_LT) >= 0;
 * }</pre>
 */
public enum SignatureLevel {
    NONE,
    PDF_NOT_ETSI,
    PADES_BASELINE_B,
    PADES_BASELINE_T,
    PADES_BASELINE_LT,
    PADES_BASELINE_LTA
}
