package vn.bansao.verify;

/**
 * ETSI EN 319 102-1 sub-indication explaining a {@link Indication#TOTAL_FAILED} or
 * {@link Indication#INDETERMINATE} result.
 *
 * <pre>{@code
 * sig.subIndication().ifPresent(s -> log.warn("signature {}: {}", sig.fieldName(), s));
 * }</pre>
 */
public enum SubIndication {
    FORMAT_FAILURE,
    HASH_FAILURE,
    SIG_CRYPTO_FAILURE,
    REVOKED,
    SIG_CONSTRAINTS_FAILURE,
    CHAIN_CONSTRAINTS_FAILURE,
    CERTIFICATE_CHAIN_GENERAL_FAILURE,
    CRYPTO_CONSTRAINTS_FAILURE,
    EXPIRED,
    NOT_YET_VALID,
    NO_SIGNING_CERTIFICATE_FOUND,
    NO_CERTIFICATE_CHAIN_FOUND,
    REVOKED_NO_POE,
    OUT_OF_BOUNDS_NO_POE,
    TRY_LATER,
    SIGNED_DATA_NOT_FOUND
}
