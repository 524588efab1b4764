package vn.bansao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.bansao.register.RegisterEntry;
import vn.bansao.testkit.SampleScans;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.ConsistencyProof;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.merkle.MerkleVerifier;
import vn.bansao.transparency.merkle.Rfc6962;
import vn.bansao.transparency.note.NoteVerifier;

/**
 * The register service API of a running portal (real Spring context, random loopback port, the shared test PKI's
 * keys, a demo checkpoint key made on request): {@code GET /api/register/v1/key|checkpoint|entries|consistency} with
 * their media types and cache headers, 304 on a matching ETag, typed 400/404, no cookie, and no requester name, ID
 * or document number anywhere in the answers after a copy with distinctive values was certified through
 * {@code POST /api/certify}.
 */
@ExtendWith(OutputCaptureExtension.class)
class RegisterServiceApiTest {

    private static final String NAME = "Lương Thị Kiều Diễm";
    private static final String ID = "079188776655";
    private static final String DOCUMENT_NUMBER = "QX-55443322";
    private static final String DOCUMENT_TITLE = "Giấy chứng nhận quyền sử dụng đất đặc biệt";
    private static final String FACTS = """
            {
              "kind": "FROM_ORIGINAL",
              "requester": {"name": "%s", "id": "%s"},
              "original": {"title": "%s", "issuer": "Sở Tài nguyên và Môi trường tỉnh Kiên Giang",
                           "number": "%s", "date": "2011-08-09"},
              "pages": 2, "copies": 1,
              "certifier": {"name": "Nguyễn Thị Hương", "title": "Công chức Tư pháp - Hộ tịch"},
              "fee": 4000
            }
            """.formatted(NAME, ID, DOCUMENT_TITLE, DOCUMENT_NUMBER);

    private static Path keyDir;
    private static RunningPortal portal;
    private static JsonNode certified;
    private static String startupOutput;
    private static final List<String> BODIES = new ArrayList<>();

    @BeforeAll
    static void start(CapturedOutput output) throws Exception {
        PortalFixture shared = PortalFixture.get();
        keyDir = Files.createTempDirectory("bansao-register-service-key-");
        Map<String, Object> properties = PortalFixture.properties(shared.pkiFiles, shared.pki.tsaUrl(), "B_B");
        properties.put("bansao.register.service.enabled", true);
        properties.put("bansao.register.service.key-file", keyDir.resolve("checkpoint.p12"));
        properties.put("bansao.register.service.key-password", "demo-only");
        properties.put("bansao.register.service.generate-key-if-missing", true);
        properties.put("bansao.register.service.checkpoint-interval", "PT0S");
        properties.put("logging.level.vn.bansao", "INFO");
        portal = RunningPortal.start(properties);
        startupOutput = output.getAll();

        Multipart form = new Multipart().field("facts", FACTS)
                .file("scan", "trang-1.jpg", "image/jpeg", SampleScans.seed(7).a4Jpeg(150).bytes());
        HttpResponse<String> response = PortalFixture.post(portal.uri().resolve("/api/certify"), form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        certified = PortalFixture.JSON.readTree(response.body()).path("register_entry");
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
        if (keyDir != null) {
            PortalFixture.delete(keyDir);
        }
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return get(pathAndQuery, Map.of());
    }

    private static HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri().resolve(pathAndQuery));
        headers.forEach(request::header);
        HttpResponse<String> response = PortalFixture.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session, no cookie").isEmpty();
        synchronized (BODIES) {
            BODIES.add(response.body());
        }
        return response;
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase();
    }

    private static String entriesQuery(long number, String extra) {
        RegisterEntry e = portal.register().find(certified.path("agency_code").asText(),
                portal.register().config().registerType(), certified.path("year").asInt(), number).orElseThrow();
        return "/api/register/v1/entries?agency=" + e.number().agencyCode() + "&type="
                + URLEncoder.encode(e.number().registerType(), StandardCharsets.UTF_8) + "&year=" + e.number().year()
                + "&number=" + e.number().sequence() + extra;
    }

    private static NoteVerifier servedKey() throws Exception {
        HttpResponse<String> key = get("/api/register/v1/key");
        assertThat(key.statusCode()).isEqualTo(200);
        assertThat(contentType(key)).isEqualTo("text/plain;charset=utf-8");
        return NoteVerifier.parse(key.body().strip());
    }

    private static Checkpoint checkpoint() throws Exception {
        HttpResponse<String> r = get("/api/register/v1/checkpoint");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return SignedCheckpoint.parse(r.body()).verify(servedKey());
    }

    @Test
    void theVerifierKeyIsPrintedAtStartAndServedAsText() throws Exception {
        NoteVerifier key = servedKey();
        assertThat(key.keyName()).isEqualTo(portal.register().origin());
        assertThat(startupOutput).contains("checkpoint verifier key: " + key.verifierKey());
    }

    @Test
    void theCheckpointIsTheSignedNoteWithNoCacheAnEtagAnd304WhenUnchanged() throws Exception {
        HttpResponse<String> r = get("/api/register/v1/checkpoint");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).isEqualTo("text/plain;charset=utf-8");
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-cache");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        Checkpoint cp = SignedCheckpoint.parse(r.body()).verify(servedKey());
        assertThat(cp.origin()).isEqualTo(portal.register().origin());
        assertThat(cp.size()).isEqualTo(portal.register().treeSize());

        HttpResponse<String> unchanged = get("/api/register/v1/checkpoint", Map.of("If-None-Match", etag));
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void entriesGiveEveryRowOfTheCertifiedNumberProvenUnderTheCheckpoint() throws Exception {
        Checkpoint cp = checkpoint();
        long number = certified.path("number").asLong();
        HttpResponse<String> r = get(entriesQuery(number, ""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(contentType(r)).isEqualTo("application/json;charset=utf-8");
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-cache");
        JsonNode body = PortalFixture.JSON.readTree(r.body());
        assertThat(body.path("origin").asText()).isEqualTo(cp.origin());
        assertThat(body.path("treeSize").asLong()).isEqualTo(cp.size());
        RegisterEntry entry = portal.register().find(certified.path("agency_code").asText(),
                portal.register().config().registerType(), certified.path("year").asInt(), number).orElseThrow();
        // the reservation and the completion with the signed copy's hash, in log order
        assertThat(body.path("rows")).extracting(row -> row.path("leafIndex").asLong())
                .containsExactlyElementsOf(entry.records().stream().map(rec -> rec.leafIndex()).toList());
        assertThat(body.path("rows")).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode row : body.path("rows")) {
            long index = row.path("leafIndex").asLong();
            // new rows are canonical leaves v2 (personal data only as a salted commitment): all served
            assertThat(row.has("leaf")).as("row %d served", index).isTrue();
            assertThat(portal.register().publishable(index)).isTrue();
            if (row.has("leaf")) {
                byte[] leaf = Base64.getDecoder().decode(row.path("leaf").asText());
                List<byte[]> path = new ArrayList<>();
                row.path("path").forEach(h -> path.add(Base64.getDecoder().decode(h.asText())));
                MerkleVerifier.verifyInclusion(index, cp.size(), Rfc6962.leafHash(leaf), path, cp.rootHash());
                BODIES.add(new String(leaf, StandardCharsets.UTF_8));
            } else {
                assertThat(row.path("withheld").asBoolean()).isTrue();
            }
        }

        HttpResponse<String> fixed = get(entriesQuery(number, "&size=" + cp.size()));
        assertThat(fixed.statusCode()).isEqualTo(200);
        assertThat(fixed.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(fixed.body()).isEqualTo(r.body());
    }

    @Test
    void consistencyIsImmutableAndVerifies() throws Exception {
        Checkpoint cp = checkpoint();
        HttpResponse<String> r = get("/api/register/v1/consistency?from=1&to=" + cp.size());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(contentType(r)).isEqualTo("application/json;charset=utf-8");
        assertThat(r.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        JsonNode body = PortalFixture.JSON.readTree(r.body());
        assertThat(body.path("from").asLong()).isEqualTo(1);
        assertThat(body.path("to").asLong()).isEqualTo(cp.size());
        List<byte[]> path = new ArrayList<>();
        body.path("path").forEach(h -> path.add(Base64.getDecoder().decode(h.asText())));
        byte[] firstLeafRoot = Rfc6962.leafHash(portal.register().inclusionProof(0, 1).leafBytes());
        new ConsistencyProof(1, cp.size(), path).verify(firstLeafRoot, cp.rootHash());
    }

    @Test
    void badParametersAre400AndAnUnknownNumberIs404AsTypedJson() throws Exception {
        Checkpoint cp = checkpoint();
        long number = certified.path("number").asLong();
        Map<String, String> expected = Map.of(
                entriesQuery(number, "").replace("&number=" + number, "&number=99999"), "404 ENTRY_NOT_FOUND",
                entriesQuery(number, "").replace("&year=", "&year=abc"), "400 BAD_REQUEST",
                entriesQuery(number, "").replaceFirst("agency=[^&]+&", ""), "400 BAD_REQUEST",
                entriesQuery(number, "").replaceFirst("agency=[^&]+&", "agency=H29%3Cscript%3E&"), "400 BAD_PARAMETER",
                entriesQuery(number, "&size=" + (cp.size() + 100)), "400 SIZE_NOT_SIGNED",
                entriesQuery(number, "&size=0"), "400 BAD_PARAMETER",
                "/api/register/v1/consistency?from=0&to=1", "400 BAD_PARAMETER",
                "/api/register/v1/consistency?from=1&to=" + (cp.size() + 1), "400 SIZE_NOT_SIGNED",
                "/api/register/v1/consistency?from=x&to=1", "400 BAD_REQUEST");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            HttpResponse<String> r = get(e.getKey());
            JsonNode error = PortalFixture.JSON.readTree(r.body()).path("error");
            assertThat(r.statusCode() + " " + error.path("code").asText()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(contentType(r)).isEqualTo("application/json;charset=utf-8");
            assertThat(error.path("message_vi").asText()).isNotBlank();
            assertThat(error.path("message_en").asText()).isNotBlank();
        }
    }

    @Test
    void aPortalWithoutTheServiceAnswers404() throws Exception {
        URI other = PortalFixture.get().at("/api/register/v1/checkpoint");
        HttpResponse<String> r = PortalFixture.get(other);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(PortalFixture.JSON.readTree(r.body()).path("error").path("message_en").asText())
                .contains("bansao.register.service.enabled");
    }

    @AfterAll
    static void noAnswerNamedTheRequesterOrTheDocument() {
        // every body this class received (and every leaf decoded from one): no personal data of the certified copy
        assertThat(BODIES).isNotEmpty();
        assertThat(BODIES).allSatisfy(body -> assertThat(body).doesNotContain(NAME, ID, DOCUMENT_NUMBER, DOCUMENT_TITLE,
                "Kiều Diễm", "55443322"));
    }
}
