package vn.bansao.testkit;

/**
 * Revocation reason codes of RFC 5280 §5.3.1, as put in the CRL entry and the OCSP answer.
 *
 * <pre>{@code
 * pki.revoke(pki.officer(), Instant.now().minus(Duration.ofDays(1)), RevocationReason.KEY_COMPROMISE);
 * }</pre>
 */
public enum RevocationReason {
    UNSPECIFIED(0),
    KEY_COMPROMISE(1),
    CA_COMPROMISE(2),
    AFFILIATION_CHANGED(3),
    SUPERSEDED(4),
    CESSATION_OF_OPERATION(5),
    CERTIFICATE_HOLD(6),
    PRIVILEGE_WITHDRAWN(9);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    /** The numeric CRLReason code. */
    public int code() {
        return code;
    }

    /** The reason for a numeric code; {@link #UNSPECIFIED} for codes this enum does not name. */
    public static RevocationReason ofCode(int code) {
        for (RevocationReason r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        return UNSPECIFIED;
    }
}
