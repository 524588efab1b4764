package vn.bansao.verify;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the verifier may fetch revocation data from URLs found in certificates. Offline by default:
 * no URL taken from a document or a certificate is ever fetched unless its host is on the allow-list.
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
        allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** No network access at all (the default). */
    public static NetworkPolicy offline() {
        return new NetworkPolicy(Set.of(), Duration.ofSeconds(5), 1 << 20);
    }

    /** OCSP/CRL requests to these hosts only (http and https). */
    public static NetworkPolicy allowHosts(String... hosts) {
        return new NetworkPolicy(Set.of(hosts), Duration.ofSeconds(5), 1 << 20);
    }

    /** True when fetching this URL is allowed. */
    public boolean allows(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (Exception e) {
            return false;
        }
    }

    /** True when no host may be contacted. */
    public boolean isOffline() {
        return allowedHosts.isEmpty();
    }
}
