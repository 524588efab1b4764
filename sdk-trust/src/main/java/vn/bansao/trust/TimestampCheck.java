package vn.bansao.trust;

import java.util.List;

/**
 * Whether a time-stamp token's signer may be believed: a TSA certificate with the critical timeStamping EKU,
 * bound to the token by ESS signing-certificate(-v2), not the signer's own certificate, chaining to a TSA
 * anchor at the time it asserts. Only a trusted time-stamp is a proof of existence.
 *
 * <pre>{@code
 * TimestampCheck t = engine.timestamp(tsaCert, pool, genTime, essBound, Optional.of(signerCert));
 * if (t.trusted()) poe = genTime;
 * }</pre>
 *
 * @param trusted  all rules hold
 * @param problems the rules that do not
 * @param chain    the TSA's chain
 */
public record TimestampCheck(boolean trusted, List<TrustProblem> problems, ChainCheck chain) {
    public TimestampCheck {
        problems = List.copyOf(problems);
    }
}
