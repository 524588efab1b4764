package vn.bansao.trust;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hosts the revocation layer may contact for OCSP and CRLs (http/https only, no redirects followed).
 * Empty allow-list = offline, the default of the verifier. No URL is fetched unless its host is listed, or the
 * list is {@link #anyHost} (the signer's augmentation of its own signatures; never a verifier's default).
 *
 * <pre>{@code
 * TrustEngine.builder().network(NetworkAccess.allowHosts("ocsp.ca.gov.vn", "crl.ca.gov.vn"))
 * }</pre>
 *
 * @param allowedHosts     host names (compared in lower case)
 * @param timeout          connect and read timeout per request
 * @param maxResponseBytes largest response accepted
 */
public record NetworkAccess(Set<String> allowedHosts, Duration timeout, int maxResponseBytes) {

    public NetworkAccess {
        allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** No network at all. */
    public static NetworkAccess offline() {
        return new NetworkAccess(Set.of(), Duration.ofSeconds(5), 1 << 20);
    }

    /** These hosts only, 5 s timeout, 1 MiB per response. */
    public static NetworkAccess allowHosts(String... hosts) {
        return new NetworkAccess(Set.of(hosts), Duration.ofSeconds(5), 1 << 20);
    }

    /** The allow-list entry that lets every http(s) host be contacted. */
    public static final String ANY_HOST = "*";

    /**
     * Every http(s) host, still without redirects and with the size limit: for the issuing side, whose signer
     * fetches the revocation data of its own and its TSA's certificates (whose hosts it cannot know in advance).
     */
    public static NetworkAccess anyHost(Duration timeout, int maxResponseBytes) {
        return new NetworkAccess(Set.of(ANY_HOST), timeout, maxResponseBytes);
    }

    /** True when fetching this URL is allowed. */
    public boolean allows(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && (allowedHosts.contains(ANY_HOST) || allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT)));
        } catch (Exception e) {
            return false;
        }
    }

    /** True when no host may be contacted. */
    public boolean isOffline() {
        return allowedHosts.isEmpty();
    }
}
