package vn.bansao.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one HTTP client of the SDK against a real server on 127.0.0.1: allow-list, redirects, size, status. */
class HttpFetcherTest {

    private HttpServer server;
    private String base;
    private final AtomicInteger hitsBehindRedirect = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", x -> answer(x, 200, new byte[] {1, 2, 3}));
        server.createContext("/echo", x -> answer(x, 200, (x.getRequestHeaders().getFirst("Content-Type") + ":"
                + new String(x.getRequestBody().readAllBytes())).getBytes()));
        server.createContext("/big", x -> answer(x, 200, new byte[2048]));
        server.createContext("/missing", x -> answer(x, 404, new byte[0]));
        server.createContext("/redirect", x -> {
            x.getResponseHeaders().add("Location", base + "/target");
            answer(x, 302, new byte[0]);
        });
        server.createContext("/target", x -> {
            hitsBehindRedirect.incrementAndGet();
            answer(x, 200, new byte[] {9});
        });
        server.createContext("/trickle", x -> {
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('a');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException e) {
                // the client hung up: what the deadline is for
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange x, int status, byte[] body) throws IOException {
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static NetworkAccess loopback(int maxBytes) {
        return new NetworkAccess(Set.of("127.0.0.1"), Duration.ofSeconds(5), maxBytes);
    }

    @Test
    void getsAndPostsToAnAllowedHost() throws IOException {
        HttpFetcher http = HttpFetcher.of(loopback(1024));
        assertThat(http.get(base + "/ok")).containsExactly(1, 2, 3);
        assertThat(new String(http.post(base + "/echo", "req".getBytes(), "application/ocsp-request")))
                .isEqualTo("application/ocsp-request:req");
    }

    @Test
    void aTotalDeadlineCutsATricklingServer() {
        // every read returns within the 5 s read timeout, one byte each 100 ms: only the total deadline ends it
        HttpFetcher http = HttpFetcher.of(loopback(1024));
        assertThatThrownBy(() -> http.get(base + "/trickle", Duration.ofMillis(500))).isInstanceOf(IOException.class)
                .hasMessageContaining("within 500 ms");
        assertThatThrownBy(() -> http.get(base + "/missing", Duration.ofSeconds(2)))
                .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> http.get(base + "/big", Duration.ofSeconds(2))).hasMessageContaining("larger than");
    }

    @Test
    void aHostOffTheListIsNeverContacted() throws IOException {
        assertThat(HttpFetcher.of(loopback(1024)).get(base + "/ok", Duration.ofSeconds(2))).containsExactly(1, 2, 3);
        HttpFetcher http = HttpFetcher.of(NetworkAccess.allowHosts("ocsp.example.vn"));
        assertThat(http.allows(base + "/ok")).isFalse();
        assertThatThrownBy(() -> http.get(base + "/ok")).isInstanceOf(IOException.class).hasMessageContaining("allow-list");
        assertThatThrownBy(() -> HttpFetcher.of(NetworkAccess.offline()).get(base + "/ok")).isInstanceOf(IOException.class);
        assertThat(HttpFetcher.of(loopback(1024)).allows("file:///etc/passwd")).isFalse();
        assertThat(HttpFetcher.of(loopback(1024)).allows("ldap://127.0.0.1/cn=crl")).isFalse();
    }

    @Test
    void aRedirectIsNotFollowed() {
        HttpFetcher http = HttpFetcher.of(loopback(1024));
        assertThatThrownBy(() -> http.get(base + "/redirect")).isInstanceOf(IOException.class).hasMessageContaining("302");
        assertThat(hitsBehindRedirect).hasValue(0);
    }

    @Test
    void anAnswerOverTheLimitOrNotOkIsRefused() {
        HttpFetcher http = HttpFetcher.of(loopback(1024));
        assertThatThrownBy(() -> http.get(base + "/big")).isInstanceOf(IOException.class).hasMessageContaining("larger than 1024");
        assertThatThrownBy(() -> http.get(base + "/missing")).isInstanceOf(IOException.class).hasMessageContaining("404");
    }

    @Test
    void anyHostIsForTheSignerAndStillHttpOnly() throws IOException {
        NetworkAccess any = NetworkAccess.anyHost(Duration.ofSeconds(5), 1024);
        assertThat(any.isOffline()).isFalse();
        assertThat(any.allows("http://ocsp.any-ca.vn/")).isTrue();
        assertThat(any.allows("file:///etc/passwd")).isFalse();
        assertThat(HttpFetcher.of(any).get(base + "/ok")).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> HttpFetcher.of(any).get(base + "/redirect")).isInstanceOf(IOException.class);
    }
}
