package vn.bansao.trust;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * A certificate chain built from a leaf towards configured anchors, and whether it holds at a time.
 *
 * <pre>{@code
 * ChainCheck c = engine.chain(leaf, documentCertificates, when);
 * if (!c.trusted()) System.out.println(c.failure() + ": " + c.detail());
 * }</pre>
 *
 * @param chain   the leaf first; ends with the anchor when one was reached
 * @param anchor  the anchor reached, if any
 * @param failure empty when the chain holds
 * @param detail  why it does not hold (English, names the certificate)
 */
public record ChainCheck(List<X509Certificate> chain, Optional<X509Certificate> anchor, Optional<Failure> failure,
                         String detail) {

    /** Why a chain does not hold. */
    public enum Failure {
        /** No anchor reached (or none configured). */
        NO_ANCHOR,
        /** A certificate of the chain expired before the time. */
        EXPIRED,
        /** A certificate of the chain is not valid yet at the time. */
        NOT_YET_VALID,
        /** An intermediate is not a CA certificate. */
        NOT_A_CA
    }

    public ChainCheck {
        chain = List.copyOf(chain);
    }

    public boolean trusted() {
        return anchor.isPresent() && failure.isEmpty();
    }
}
