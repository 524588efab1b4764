package vn.bansao.verify.internal.trust;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * A certificate chain built from a leaf towards the configured anchors.
 *
 * <pre>{@code
 * if (!chain.trusted()) System.out.println(chain.problem().orElse(""));
 * }</pre>
 *
 * @param chain   the leaf first; ends at the anchor when one was reached
 * @param anchor  the trust anchor reached, if any
 * @param problem why no anchor was reached or a certificate of the chain is not acceptable
 */
public record ChainResult(List<X509Certificate> chain, Optional<X509Certificate> anchor, Optional<String> problem) {
    public boolean trusted() {
        return anchor.isPresent() && problem.isEmpty();
    }
}
