package vn.bansao.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The SDK's one HTTP client for OCSP, CRLs, AIA certificates and time-stamps: GET/POST to the hosts a
 * {@link NetworkAccess} allows, without following redirects (a redirect could leave the allow-list), with its
 * timeout, and refusing any answer larger than its byte limit. The verifier's revocation layer and the
 * signer's augmentation (through a DSS data loader) both fetch through it.
 *
 * <pre>{@code
 * HttpFetcher http = HttpFetcher.of(NetworkAccess.allowHosts("ocsp.ca.gov.vn"));
 * byte[] answer = http.post("http://ocsp.ca.gov.vn", request, "application/ocsp-request");
 * byte[] note = http.get("https://portal.example.vn/api/register/v1/checkpoint", Duration.ofSeconds(5));  // total deadline
 * }</pre>
 */
public final class HttpFetcher {

    /**
     * Cuts connections that overrun a total deadline ({@link #get(String, Duration)}). Its one thread starts on
     * demand and ends after 10 s idle, so an idle process holds none.
     */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final NetworkAccess network;

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "bansao-http-deadline");
            t.setDaemon(true);
            return t;
        });
        w.setKeepAliveTime(10, TimeUnit.SECONDS);
        w.allowCoreThreadTimeOut(true);
        w.setRemoveOnCancelPolicy(true);
        return w;
    }

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

    /**
     * GETs {@code url} within a TOTAL deadline: connecting, waiting for the headers and reading the body together
     * may not take longer (the per-read timeout alone lets a server that trickles one byte at a time hold the
     * caller for ever). On expiry the connection is closed and an {@link IOException} names the deadline.
     *
     * @throws HttpStatusException when the answer is not HTTP 200 (its status is kept, e.g. 404)
     * @throws IOException         when the host is not allowed, the deadline passes, or the answer is too large
     */
    public byte[] get(String url, Duration deadline) throws IOException {
        long end = System.nanoTime() + deadline.toNanos();
        HttpURLConnection c = open(url);
        int perRead = (int) Math.max(1, Math.min(network.timeout().toMillis(), deadline.toMillis()));
        c.setConnectTimeout(perRead);
        c.setReadTimeout(perRead);
        java.util.concurrent.atomic.AtomicBoolean expired = new java.util.concurrent.atomic.AtomicBoolean();
        ScheduledFuture<?> cut = WATCHDOG.schedule(() -> {
            expired.set(true);
            c.disconnect();
        }, deadline.toNanos(), TimeUnit.NANOSECONDS);
        try {
            int status = c.getResponseCode();
            if (status != 200) {
                c.disconnect();
                throw new HttpStatusException(status, c.getURL().toString());
            }
            try (InputStream in = c.getInputStream()) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                byte[] chunk = new byte[8192];
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    out.write(chunk, 0, n);
                    if (out.size() > network.maxResponseBytes()) {
                        throw new IOException("response larger than " + network.maxResponseBytes() + " bytes from " + url);
                    }
                    if (System.nanoTime() - end > 0) {
                        throw deadlineExceeded(url, deadline);
                    }
                }
                return out.toByteArray();
            }
        } catch (HttpStatusException e) {
            throw e;
        } catch (IOException e) {
            if (expired.get() || System.nanoTime() - end > 0) {
                throw deadlineExceeded(url, deadline);
            }
            throw e;
        } finally {
            cut.cancel(false);
            if (expired.get()) {
                c.disconnect();
            }
        }
    }

    private static IOException deadlineExceeded(String url, Duration deadline) {
        return new IOException("no complete answer within " + deadline.toMillis() + " ms from " + url);
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
            throw new HttpStatusException(c.getResponseCode(), c.getURL().toString());
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
