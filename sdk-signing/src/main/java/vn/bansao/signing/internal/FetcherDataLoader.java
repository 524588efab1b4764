package vn.bansao.signing.internal;

import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import java.io.IOException;
import java.util.List;
import vn.bansao.trust.HttpFetcher;

/**
 * DSS's data-loader interface over the SDK's one HTTP client ({@link HttpFetcher}, from bansao-trust): the
 * signer's TSA, OCSP, CRL and AIA requests get the same redirect refusal, timeout and size limit as the
 * verifier's, instead of a second HTTP stack with other rules.
 */
final class FetcherDataLoader implements DataLoader {

    private static final long serialVersionUID = 1L;

    private final transient HttpFetcher http;
    private String contentType;

    FetcherDataLoader(HttpFetcher http, String contentType) {
        this.http = http;
        this.contentType = contentType;
    }

    @Override
    public byte[] get(String url) {
        try {
            return http.get(url);
        } catch (IOException e) {
            throw new DSSExternalResourceException("GET " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public DataAndUrl get(List<String> urls) {
        DSSExternalResourceException last = null;
        for (String url : urls) {
            try {
                return new DataAndUrl(url, get(url));
            } catch (DSSExternalResourceException e) {
                last = e;
            }
        }
        throw last != null ? last : new DSSExternalResourceException("no URL to fetch");
    }

    @Override
    public byte[] post(String url, byte[] content) {
        try {
            return http.post(url, content, contentType);
        } catch (IOException e) {
            throw new DSSExternalResourceException("POST " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void setContentType(String contentType) {
        this.contentType = contentType;
    }
}
