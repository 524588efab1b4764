package vn.bansao.signing.internal;

import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import java.time.Duration;

/**
 * The TSA, OCSP, CRL and AIA clients of one signer, built once with timeouts and retries and shared
 * by all threads (DSS's HTTP loaders pool their connections).
 */
public final class OnlineSources {

    private final OnlineTSPSource tsp;
    private final OnlineOCSPSource ocsp;
    private final OnlineCRLSource crl;
    private final DefaultAIASource aia;

    public OnlineSources(String tsaUrl, Duration timeout, int retries) {
        this.tsp = tsaUrl == null ? null : new OnlineTSPSource(tsaUrl, loader(new TimestampDataLoader(), timeout, retries));
        this.ocsp = new OnlineOCSPSource(loader(new OCSPDataLoader(), timeout, retries));
        this.crl = new OnlineCRLSource(loader(new CommonsDataLoader(), timeout, retries));
        this.aia = new DefaultAIASource(loader(new CommonsDataLoader(), timeout, retries));
    }

    private static DataLoader loader(CommonsDataLoader loader, Duration timeout, int retries) {
        int ms = (int) timeout.toMillis();
        loader.setTimeoutConnection(ms);
        loader.setTimeoutConnectionRequest(ms);
        loader.setTimeoutResponse(ms);
        loader.setTimeoutSocket(ms);
        return new RetryingDataLoader(loader, retries);
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
