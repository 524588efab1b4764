package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.transparency.note.NoteSigner;

/** The register directory: strict JSON file, and the signed note a pinned publisher key verifies (real HTTP). */
class RegisterDirectoryTest {

    @TempDir
    Path dir;

    static NoteSigner signer(String name) throws Exception {
        KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        return NoteSigner.of(name, kp.getPrivate(), kp.getPublic());
    }

    static String json(String key, String extra) {
        return "{\"agencies\":{\"000.00.12.H29\":{\"registerUrl\":\"https://dvc.example.vn/api/register/v1\","
                + "\"checkpointKey\":\"" + key + "\"" + extra + "}}}";
    }

    @Test
    void readsAFileAndRefusesWhatIsNotExactlyADirectory() throws Exception {
        String key = signer("bansao.vn/register/000.00.12.H29").verifier().verifierKey();
        Path file = dir.resolve("dir.json");
        Files.writeString(file, json(key, ""));
        RegisterDirectory d = RegisterDirectory.fromJson(file);
        RegisterDirectory.Agency a = d.agency("000.00.12.H29").orElseThrow();
        assertThat(a.registerUrl()).isEqualTo(URI.create("https://dvc.example.vn/api/register/v1/"));
        assertThat(a.origin()).isEqualTo("bansao.vn/register/000.00.12.H29");
        assertThat(a.witnessQuorum()).isZero();
        assertThat(d.hosts()).containsExactly("dvc.example.vn");
        assertThat(d.agency("000.00.13.H29")).isEmpty();

        KeyPair wk = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String wkey = vn.bansao.transparency.witness.CosignatureSigner.of("witness.example.vn", wk.getPrivate(),
                wk.getPublic()).verifier().verifierKey();
        RegisterDirectory w = RegisterDirectory.fromJson(json(key, ",\"witnesses\":[{\"name\":\"witness.example.vn\","
                + "\"url\":\"http://witness.example.vn/\",\"key\":\"" + wkey + "\"}],\"witnessQuorum\":1")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(w.hosts()).containsExactlyInAnyOrder("dvc.example.vn", "witness.example.vn");

        for (String bad : new String[] {
                json(key, ",\"extra\":1"),                                         // unknown field
                json(key, ",\"checkpointKey\":\"" + key + "\""),                   // duplicate key
                json(key, ",\"witnessQuorum\":1"),                                 // quorum above the witnesses
                json(key, ",\"witnesses\":[{\"name\":\"w\",\"url\":\"http://w/\",\"key\":\"" + key + "\"}]"), // a note key, not a cosignature key
                json(key, ",\"witnessQuorum\":\"0\""),                             // a number as a string
                json(key, ",\"witnesses\":[{\"name\":\"a.example.vn\",\"url\":\"http://a.example.vn/\",\"key\":\"" + wkey
                        + "\"},{\"name\":\"b.example.vn\",\"url\":\"http://b.example.vn/\",\"key\":\"" + wkey
                        + "\"}],\"witnessQuorum\":2"),                                // one witness listed twice
                json("not a key", ""),
                json(key, "").replace("https://dvc", "file://dvc"),
                json(key, "").replace("/api/register/v1", "/api?x=1"),
                json(key, "").replace("000.00.12.H29\":{", "../etc\":{"),
                json(key, "") + "{}",                                              // trailing content
                "[]"}) {
            Files.writeString(file, bad);
            assertThatThrownBy(() -> RegisterDirectory.fromJson(file)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(file.toString());
        }
    }

    @Test
    void aSignedDirectoryIsFetchedAndVerifiedWithThePinnedKey() throws Exception {
        NoteSigner publisher = signer("bansao.gov.vn/directory");
        String key = signer("bansao.vn/register/000.00.12.H29").verifier().verifierKey();
        String note = publisher.sign(json(key, "") + "\n");
        String forged = signer("bansao.gov.vn/directory").sign(json(key, "") + "\n");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dir", x -> {
            byte[] b = (x.getRequestURI().getPath().endsWith("forged") ? forged : note).getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String pinned = publisher.verifier().verifierKey();
            RegisterDirectory d = RegisterDirectory.fetch(URI.create(base + "/dir"), pinned, Duration.ofSeconds(2), 1 << 20);
            assertThat(d.agency("000.00.12.H29")).isPresent();
            assertThatThrownBy(() -> RegisterDirectory.fetch(URI.create(base + "/dir-forged"), pinned, Duration.ofSeconds(2),
                    1 << 20)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pinned publisher key");
        } finally {
            server.stop(0);
        }
    }
}
