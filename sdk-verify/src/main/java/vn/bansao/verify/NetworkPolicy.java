package vn.bansao.verify;

import java.time.Duration;
import java.util.Set;
import vn.bansao.trust.NetworkAccess;

/**
 * Whether the verifier may fetch revocation data from URLs found in certificates. Offline by default:
 * no URL taken from a document or a certificate is ever fetched unless its host is on the allow-list.
 * The rule itself is the shared trust layer's {@link NetworkAccess}; this type keeps the verifier's
 * builder free of {@code bansao-trust} types.
 *
 * <pre>{@code
 * CopyVerifier.builder().network(NetworkPolicy.allowHosts("ocsp.ca.gov.vn", "crl.ca.gov.vn"))...
 * }</pre>
 *
 * @param allowedHosts host names (lower case) that may be contacted; empty = offline
 * @param timeout      connect and read timeout per request
 * @param maxResponseBytes largest response accepted
 */
public record NetworkPolicy(Set<String> allowedHosts, Duration timeout, int maxResponseBytes) {

    public NetworkPolicy {
        allowedHosts = new NetworkAccess(allowedHosts, timeout, maxResponseBytes).allowedHosts();
    }

    /** No network access at all (the default). */
    public static NetworkPolicy offline() {
        return of(NetworkAccess.offline());
    }

    /** OCSP/CRL requests to these hosts only (http and https). */
    public static NetworkPolicy allowHosts(String... hosts) {
        return of(NetworkAccess.allowHosts(hosts));
    }

    /** True when fetching this URL is allowed. */
    public boolean allows(String url) {
        return access().allows(url);
    }

    /** True when no host may be contacted. */
    public boolean isOffline() {
        return allowedHosts.isEmpty();
    }

    /** The same policy as the shared trust layer's type. */
    public NetworkAccess access() {
        return new NetworkAccess(allowedHosts, timeout, maxResponseBytes);
    }

    private static NetworkPolicy of(NetworkAccess a) {
        return new NetworkPolicy(a.allowedHosts(), a.timeout(), a.maxResponseBytes());
    }
}
