package vn.bansao.trust.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import vn.bansao.trust.NetworkAccess;

/** HTTP GET/POST to allowed hosts only, without following redirects (which could leave the allow-list), bounded. */
final class Fetcher {

    private final NetworkAccess network;

    Fetcher(NetworkAccess network) {
        this.network = network;
    }

    boolean allows(String url) {
        return network.allows(url);
    }

    byte[] post(String url, byte[] body, String type) throws IOException {
        HttpURLConnection c = open(url);
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", type);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body);
        }
        return read(c);
    }

    byte[] get(String url) throws IOException {
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
            throw new IOException("HTTP " + c.getResponseCode());
        }
        try (InputStream in = c.getInputStream()) {
            byte[] data = in.readNBytes(network.maxResponseBytes() + 1);
            if (data.length > network.maxResponseBytes()) {
                throw new IOException("response larger than " + network.maxResponseBytes() + " bytes");
            }
            return data;
        }
    }
}
