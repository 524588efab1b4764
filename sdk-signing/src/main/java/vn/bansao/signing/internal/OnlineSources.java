package vn.bansao.signing.internal;

import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import java.time.Duration;
import java.util.Set;
import vn.bansao.trust.HttpFetcher;
import vn.bansao.trust.NetworkAccess;

/**
 * The TSA, OCSP, CRL and AIA clients of one signer, built once with timeouts and retries and shared by all
 * threads. Every request goes through bansao-trust's {@link HttpFetcher} (no redirects, timeout, size limit):
 * to the configured hosts when the integrator names them, else to any http(s) host, because a signer must reach
 * the responders its own and its TSA's certificates name, which it cannot know in advance.
 */
public final class OnlineSources {

    private final OnlineTSPSource tsp;
    private final OnlineOCSPSource ocsp;
    private final OnlineCRLSource crl;
    private final DefaultAIASource aia;

    /** Largest TSA/OCSP/CRL/AIA answer accepted: CRLs of national CAs stay well below it. */
    static final int MAX_RESPONSE_BYTES = 16 << 20;

    public OnlineSources(String tsaUrl, Duration timeout, int retries, Set<String> hosts) {
        HttpFetcher http = HttpFetcher.of(hosts == null ? NetworkAccess.anyHost(timeout, MAX_RESPONSE_BYTES)
                : new NetworkAccess(withHostOf(hosts, tsaUrl), timeout, MAX_RESPONSE_BYTES));
        this.tsp = tsaUrl == null ? null
                : new OnlineTSPSource(tsaUrl, loader(http, "application/timestamp-query", retries));
        this.ocsp = new OnlineOCSPSource(loader(http, "application/ocsp-request", retries));
        this.crl = new OnlineCRLSource(loader(http, null, retries));
        this.aia = new DefaultAIASource(loader(http, null, retries));
    }

    private static Set<String> withHostOf(Set<String> hosts, String url) {
        if (url == null) {
            return hosts;
        }
        java.util.Set<String> out = new java.util.TreeSet<>(hosts);
        String host = java.net.URI.create(url).getHost();
        if (host != null) {
            out.add(host);
        }
        return out;
    }

    private static DataLoader loader(HttpFetcher http, String contentType, int retries) {
        return new RetryingDataLoader(new FetcherDataLoader(http, contentType), retries);
    }

    /** The time-stamp client, or null when no TSA is configured. */
    public OnlineTSPSource tsp() {
        return tsp;
    }

    public OnlineOCSPSource ocsp() {
        return ocsp;
    }

    public OnlineCRLSource crl() {
        return crl;
    }

    public DefaultAIASource aia() {
        return aia;
    }
}
