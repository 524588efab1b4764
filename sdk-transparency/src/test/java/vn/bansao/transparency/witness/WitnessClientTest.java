package vn.bansao.transparency.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against a hostile or broken witness (a stand-in server that answers what a real one must not):
 * redirects are not followed, big and trickling answers are cut off, answers outside the protocol are errors.
 */
class WitnessClientTest {

    HttpServer server;
    final AtomicReference<Handler> handler = new AtomicReference<>();
    final AtomicBoolean redirectTargetHit = new AtomicBoolean();
    final AtomicReference<String> lastQuery = new AtomicReference<>();

    interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            try (ex) {
                lastQuery.set(ex.getRequestURI().getRawQuery());
                handler.get().handle(ex);
            } catch (IOException e) {
                // the client hung up
            }
        });
        server.createContext("/elsewhere/", ex -> {
            redirectTargetHit.set(true);
            reply(ex, 200, "\u2014 w AAAA\n");
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    WitnessClient client(Duration timeout, int max) {
        return WitnessClient.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w"), timeout, max);
    }

    static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        handler.set(ex -> {
            ex.getResponseHeaders().set("Location", "/elsewhere/add-checkpoint");
            reply(ex, 307, "");
        });
        assertThat(client(Duration.ofSeconds(5), 1024).addCheckpoint(0, List.of(), "n\n\n\u2014 k AAAAAAA=\n"))
                .isEqualTo(new AddCheckpointResult.Refused(307, ""));
        assertThatThrownBy(() -> client(Duration.ofSeconds(5), 1024).latest("o")).isInstanceOf(IOException.class);
        assertThat(redirectTargetHit).isFalse();
    }

    @Test
    void oversizedAndTricklingAnswersAreCutOff() throws Exception {
        handler.set(ex -> reply(ex, 200, "\u2014 w " + "A".repeat(5000) + "\n"));
        assertThatThrownBy(() -> client(Duration.ofSeconds(5), 1024).addCheckpoint(0, List.of(), "n\n\n\u2014 k AAAAAAA=\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("1024");
        // headers at once, then one byte now and then, without end: the total deadline ends it
        handler.set(ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < 600; i++) {
                out.write('A');
                out.flush();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        assertThatThrownBy(() -> client(Duration.ofMillis(800), 1 << 20).latest("o"))
                .isInstanceOf(IOException.class).hasMessageContaining("did not answer within");
    }

    @Test
    void answersOutsideTheProtocolAreErrors() throws Exception {
        WitnessClient c = client(Duration.ofSeconds(5), 4096);
        String note = "n\n\n\u2014 k AAAAAAA=\n";
        handler.set(ex -> reply(ex, 200, "cosigned!\n"));
        assertThatThrownBy(() -> c.addCheckpoint(0, List.of(), note)).isInstanceOf(IOException.class);
        handler.set(ex -> reply(ex, 200, ""));
        assertThatThrownBy(() -> c.addCheckpoint(0, List.of(), note)).isInstanceOf(IOException.class);
        handler.set(ex -> reply(ex, 409, "twelve\n"));
        assertThatThrownBy(() -> c.addCheckpoint(0, List.of(), note)).isInstanceOf(IOException.class);
        handler.set(ex -> reply(ex, 409, "012\n"));
        assertThatThrownBy(() -> c.addCheckpoint(0, List.of(), note)).isInstanceOf(IOException.class);
        handler.set(ex -> reply(ex, 409, "12\n"));
        assertThat(c.addCheckpoint(0, List.of(), note)).isEqualTo(new AddCheckpointResult.Conflict(12));
        handler.set(ex -> reply(ex, 422, "không nhất quán\u0007 / inconsistent\n"));
        assertThat(c.addCheckpoint(0, List.of(), note)).isEqualTo(new AddCheckpointResult.Inconsistent("không nhất quán? / inconsistent"));
        handler.set(ex -> reply(ex, 500, "oops"));
        assertThat(c.addCheckpoint(0, List.of(), note)).isEqualTo(new AddCheckpointResult.Refused(500, "oops"));
        handler.set(ex -> {
            byte[] bad = {(byte) 0xc3, (byte) 0x28};
            ex.sendResponseHeaders(200, bad.length);
            ex.getResponseBody().write(bad);
        });
        assertThatThrownBy(() -> c.latest("o")).isInstanceOf(IOException.class).hasMessageContaining("UTF-8");
        handler.set(ex -> reply(ex, 404, ""));
        assertThat(c.latest("bansao.vn/register/000.00.12.H29")).isEmpty();
        assertThat(lastQuery.get()).isEqualTo("origin=bansao.vn%2Fregister%2F000.00.12.H29");
    }

    @Test
    void unreachableAndBadConfiguration() {
        WitnessClient c = WitnessClient.of(URI.create("http://127.0.0.1:1/"), Duration.ofSeconds(2), 1024);
        assertThatThrownBy(() -> c.latest("o")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> WitnessClient.of(URI.create("file:///etc/"), Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WitnessClient.of(URI.create("http://x/"), Duration.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
