package vn.bansao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;

/**
 * One throwaway PKI (real TSA/OCSP/CRL servers on loopback) and one running Spring Boot portal trusting it, shared
 * by every portal test of the JVM (starting them is the slow part), plus one certified copy made through the
 * portal's own {@code POST /api/certify}. The portal gets the PKI as an integrator would give real keys: PKCS#12
 * files, a password file and a root PEM, through the starter's {@code bansao.*} properties.
 */
final class PortalFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Facts as an integrator sends them: no number, book or date (the register decides those). */
    static final String FACTS = """
            {
              "kind": "FROM_ORIGINAL",
              "requester": {"name": "Nguyễn Văn An", "id": "079123456789"},
              "original": {"title": "Bằng tốt nghiệp đại học", "issuer": "Trường Đại học Cần Thơ",
                           "number": "A123456", "date": "2010-07-01"},
              "pages": 2, "copies": 1,
              "certifier": {"name": "Nguyễn Thị Hương", "title": "Công chức Tư pháp - Hộ tịch"},
              "fee": 4000
            }
            """;

    private static PortalFixture shared;

    final TestPki pki;
    final Path pkiFiles;
    final RunningPortal portal;
    private byte[] signedCopy;
    private JsonNode certifyAnswer;

    private PortalFixture(TestPki pki, Path pkiFiles, RunningPortal portal) {
        this.pki = pki;
        this.pkiFiles = pkiFiles;
        this.portal = portal;
    }

    static synchronized PortalFixture get() {
        if (shared == null) {
            TestPki pki = TestPki.start();
            Path files = writePki(pki);
            RunningPortal portal = RunningPortal.start(properties(files, pki.tsaUrl(), "B_LT"));
            shared = new PortalFixture(pki, files, portal);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                portal.close();
                pki.close();
                delete(files);
            }));
        }
        return shared;
    }

    /** The PKI's root, keys and password as files (test keys in a temporary folder, never in the repository). */
    static Path writePki(TestPki pki) {
        try {
            Path dir = Files.createTempDirectory("bansao-portal-test-pki-");
            pki.writeTo(dir);
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder of test keys: left for the system to clean
        }
    }

    /** The starter's properties for these keys, this root and this TSA. */
    static Map<String, Object> properties(Path pkiFiles, String tsaUrl, String level) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("bansao.trust-anchors", pkiFiles.resolve("root.pem"));
        properties.put("bansao.keys.officer-pkcs12", pkiFiles.resolve("officer.p12"));
        properties.put("bansao.keys.authority-pkcs12", pkiFiles.resolve("authority.p12"));
        properties.put("bansao.keys.password-file", pkiFiles.resolve("password.txt"));
        properties.put("bansao.tsa.url", tsaUrl);
        properties.put("bansao.tsa.level", level);
        return properties;
    }

    URI at(String path) {
        return portal.uri().resolve(path);
    }

    /** Two sample A4 scans at 150 dpi (small and quick), in page order. */
    static Multipart certifyForm() {
        return new Multipart()
                .field("facts", FACTS)
                .file("scan", "trang-1.jpg", "image/jpeg", SampleScans.seed(1).a4Jpeg(150).bytes())
                .file("scan", "trang-2.jpg", "image/jpeg", SampleScans.seed(2).a4Jpeg(150).bytes());
    }

    static HttpResponse<String> post(URI uri, Multipart form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", form.contentType())
                .POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The certified copy made through {@code POST /api/certify} (made once). */
    synchronized byte[] signedCopy() throws Exception {
        if (signedCopy == null) {
            HttpResponse<String> response = post(at("/api/certify"), certifyForm());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            certifyAnswer = JSON.readTree(response.body());
            signedCopy = Base64.getDecoder().decode(certifyAnswer.path("copy").path("pdf_base64").asText());
        }
        return signedCopy;
    }

    /** The JSON answer of that certification. */
    synchronized JsonNode certifyAnswer() throws Exception {
        signedCopy();
        return certifyAnswer;
    }
}
