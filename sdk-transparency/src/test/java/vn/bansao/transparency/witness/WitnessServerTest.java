package vn.bansao.transparency.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;

/** The witness over loopback HTTP with the real client: every status of tlog-witness, the read extension, restart. */
class WitnessServerTest {

    static final String ORIGIN = "bansao.vn/register/000.00.12.H29";

    @TempDir
    Path dir;
    TestLog log;
    CosignatureSigner signer;
    WitnessServer server;
    WitnessClient client;
    final HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws Exception {
        log = new TestLog(ORIGIN, "a");
        KeyPair kp = CosignatureTest.ed25519();
        signer = CosignatureSigner.of("tuphap.hochiminhcity.gov.vn/witness", kp.getPrivate(), kp.getPublic());
        server = startServer(0);
        client = WitnessClient.of(server.uri(), Duration.ofSeconds(10), 64 * 1024);
    }

    WitnessServer startServer(int port) throws Exception {
        Witness w = Witness.builder().signer(signer).store(WitnessStateStore.inDirectory(dir)).log(log.key.verifier()).build();
        return WitnessServer.start(new InetSocketAddress("127.0.0.1", port), w);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void cosignsOverHttpAndServesTheLatestCheckpoint() throws Exception {
        assertThat(client.latest(ORIGIN)).isEmpty();
        AddCheckpointResult r = client.addCheckpoint(0, List.of(), log.note(3));
        assertThat(r).isInstanceOf(AddCheckpointResult.Cosigned.class);
        String cosigned = ((AddCheckpointResult.Cosigned) r).appendTo(log.note(3));
        Checkpoint cp = SignedCheckpoint.parse(cosigned).verify(log.key.verifier());
        assertThat(signer.verifier().verify(cosigned, cp)).isPresent();

        AddCheckpointResult r2 = client.addCheckpoint(3, log.proof(3, 8), log.note(8));
        assertThat(r2).isInstanceOf(AddCheckpointResult.Cosigned.class);
        String latest = client.latest(ORIGIN).orElseThrow();
        Checkpoint cp8 = SignedCheckpoint.parse(latest).verify(log.key.verifier());
        assertThat(cp8).isEqualTo(log.checkpoint(8));
        assertThat(WitnessPolicy.of(1, List.of(signer.verifier())).check(latest, cp8).satisfied()).isTrue();
        // tlog-witness's monitoring path serves the same note
        HttpResponse<String> monitor = get("/" + DirectoryStateStore.originHash(ORIGIN) + "/checkpoint");
        assertThat(monitor.statusCode()).isEqualTo(200);
        assertThat(monitor.body()).isEqualTo(latest);
        assertThat(get("/" + DirectoryStateStore.originHash("nope") + "/checkpoint").statusCode()).isEqualTo(404);
        assertThat(client.latest("bansao.vn/register/000.00.00.H56")).isEmpty();
    }

    @Test
    void everyRefusalHasItsStatus() throws Exception {
        client.addCheckpoint(0, List.of(), log.note(3));
        // 409 with the witness's size, as text/x.tlog.size
        assertThat(client.addCheckpoint(0, List.of(), log.note(5))).isEqualTo(new AddCheckpointResult.Conflict(3));
        HttpResponse<String> conflict = post(new AddCheckpointRequest(1, log.proof(1, 5), log.note(5)).format());
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).contains("text/x.tlog.size");
        assertThat(conflict.body()).isEqualTo("3\n");
        // 422: a fork at the same size, a bad proof
        TestLog fork = log.fork(2, "b");
        assertThat(client.addCheckpoint(3, List.of(), fork.note(3))).isInstanceOf(AddCheckpointResult.Inconsistent.class);
        assertThat(client.addCheckpoint(3, fork.proof(3, 6), fork.note(6))).isInstanceOf(AddCheckpointResult.Inconsistent.class);
        // 403: another key; 404: another origin; 400: malformed
        String impostor = TestLog.newKey(ORIGIN).sign(log.checkpoint(6).body());
        refused(client.addCheckpoint(3, log.proof(3, 6), impostor), 403);
        TestLog other = new TestLog("bansao.vn/register/000.00.00.H56", "x");
        refused(client.addCheckpoint(0, List.of(), other.note(1)), 404);
        assertThat(post("old 01\n\n" + log.note(6)).statusCode()).isEqualTo(400);
        assertThat(post("old 7\n\n" + log.note(6)).statusCode()).isEqualTo(400);
        assertThat(post("old 0\n\n\u0000").statusCode()).isEqualTo(400);
        HttpResponse<String> badUtf8 = raw.send(HttpRequest.newBuilder(server.uri().resolve("add-checkpoint"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'o', 'l', 'd', ' ', '0', '\n', '\n', (byte) 0xff}))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badUtf8.statusCode()).isEqualTo(400);
        // 413 above the body cap, 405 for another method, 404 elsewhere
        assertThat(post("old 0\n\n" + "x".repeat(WitnessServer.DEFAULT_MAX_BODY_BYTES)).statusCode()).isEqualTo(413);
        HttpResponse<String> wrongMethod = get("/add-checkpoint");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
        assertThat(get("/add-checkpoint/../checkpoint").statusCode()).isIn(400, 404);
        assertThat(get("/checkpoint").statusCode()).isEqualTo(400);
        assertThat(rawStatusLine("GET /checkpoint?origin=%zz HTTP/1.1")).contains(" 400 ");
        assertThat(get("/checkpoint?origin=a&origin=b").statusCode()).isEqualTo(400);
        assertThat(get("/").statusCode()).isEqualTo(404);
        // the messages are bilingual and the state did not move
        assertThat(post("old 0\n\n" + other.note(1)).body()).contains(" / unknown log origin");
        assertThat(client.latest(ORIGIN).map(n -> SignedCheckpoint.parse(n).checkpoint().size())).contains(3L);
    }

    @Test
    void theStateSurvivesARestartOfTheServer() throws Exception {
        client.addCheckpoint(0, List.of(), log.note(4));
        String before = client.latest(ORIGIN).orElseThrow();
        server.close();
        server = startServer(0);
        client = WitnessClient.of(server.uri(), Duration.ofSeconds(10), 64 * 1024);
        assertThat(client.latest(ORIGIN)).contains(before);
        assertThat(client.addCheckpoint(0, List.of(), log.note(6))).isEqualTo(new AddCheckpointResult.Conflict(4));
        assertThat(client.addCheckpoint(4, log.proof(4, 6), log.note(6))).isInstanceOf(AddCheckpointResult.Cosigned.class);
    }

    static void refused(AddCheckpointResult r, int status) {
        assertThat(r).isInstanceOf(AddCheckpointResult.Refused.class);
        assertThat(((AddCheckpointResult.Refused) r).status()).isEqualTo(status);
    }

    HttpResponse<String> post(String body) throws Exception {
        return raw.send(HttpRequest.newBuilder(server.uri().resolve("add-checkpoint"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return raw.send(HttpRequest.newBuilder(URI.create(server.uri().toString().replaceAll("/$", "") + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request java.net.URI refuses to build, written on the socket. */
    String rawStatusLine(String requestLine) throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }
}
