package vn.bansao.verify;

import vn.bansao.common.ErrorCode;

/**
 * The stable codes of the verifier's exceptions (a verification itself never throws: problems of a copy are
 * findings of its report); the texts are in {@code vn/bansao/verify/errors.properties} and {@code errors_vi.properties}.
 *
 * <pre>{@code
 * catch (TrustConfigurationException e) { log.error("{}: {}", e.code(), e.getMessage()); }   // TRUST_CONFIGURATION_INVALID
 * }</pre>
 */
public enum VerifierError implements ErrorCode {
    /** A trust anchor file or bundle cannot be used: {0} which and why. */
    TRUST_CONFIGURATION_INVALID;

    @Override
    public String bundle() {
        return "vn.bansao.verify.errors";
    }
}
