package vn.bansao.portal.internal.endpoints;

import vn.bansao.verify.CopyVerifier;

/**
 * The verifier for copies of the portal's own agency (also checked against its own register). A type of its own,
 * not a second {@link CopyVerifier} bean: a second bean of that type would stand in for the starter's (whose
 * {@code @ConditionalOnMissingBean} then steps aside), and other agencies' copies would be looked up in this
 * portal's register and found missing.
 *
 * <pre>{@code
 * VerifyController(CopyVerifier verifier, OwnCopiesVerifier own, ...)
 * }</pre>
 *
 * @param verifier the verifier with this portal's register as its lookup
 */
public record OwnCopiesVerifier(CopyVerifier verifier) implements AutoCloseable {

    @Override
    public void close() {
        verifier.close();
    }
}
