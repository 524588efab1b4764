package vn.bansao.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The SDK's one HTTP client for OCSP, CRLs, AIA certificates and time-stamps: GET/POST to the hosts a
 * {@link NetworkAccess} allows, without following redirects (a redirect could leave the allow-list), with its
 * timeout, and refusing any answer larger than its byte limit. The verifier's revocation layer and the
 * signer's augmentation (through a DSS data loader) both fetch through it.
 *
 * <pre>{@code
 * HttpFetcher http = HttpFetcher.of(NetworkAccess.allowHosts("ocsp.ca.gov.vn"));
 * byte[] answer = http.post("http://ocsp.ca.gov.vn", request, "application/ocsp-request");
 * }</pre>
 */
public final class HttpFetcher {

    private final NetworkAccess network;

    private HttpFetcher(NetworkAccess network) {
        this.network = network;
    }

    /** A fetcher bound to this network policy. */
    public static HttpFetcher of(NetworkAccess network) {
        return new HttpFetcher(java.util.Objects.requireNonNull(network, "network"));
    }

    /** Whether the policy lets this URL be fetched. */
    public boolean allows(String url) {
        return network.allows(url);
    }

    /**
     * POSTs {@code body} with {@code type} as its content type.
     *
     * @throws IOException when the host is not allowed, the answer is not HTTP 200, or it is too large
     */
    public byte[] post(String url, byte[] body, String type) throws IOException {
        HttpURLConnection c = open(url);
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", type);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body);
        }
        return read(c);
    }

    /**
     * GETs {@code url}.
     *
     * @throws IOException when the host is not allowed, the answer is not HTTP 200, or it is too large
     */
    public byte[] get(String url) throws IOException {
        return read(open(url));
    }

    private HttpURLConnection open(String url) throws IOException {
        if (!network.allows(url)) {
            throw new IOException("host not on the allow-list: " + url);
        }
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout((int) network.timeout().toMillis());
        c.setReadTimeout((int) network.timeout().toMillis());
        return c;
    }

    private byte[] read(HttpURLConnection c) throws IOException {
        if (c.getResponseCode() != 200) {
            throw new IOException("HTTP " + c.getResponseCode() + " from " + c.getURL());
        }
        try (InputStream in = c.getInputStream()) {
            byte[] data = in.readNBytes(network.maxResponseBytes() + 1);
            if (data.length > network.maxResponseBytes()) {
                throw new IOException("response larger than " + network.maxResponseBytes() + " bytes from " + c.getURL());
            }
            return data;
        }
    }
}
