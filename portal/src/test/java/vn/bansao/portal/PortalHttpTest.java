package vn.bansao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The portal's HTTP behaviour that does not depend on a document: routing, typed errors, page, headers. */
class PortalHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningPortal portal;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        // no keys, no trust anchors, no TSA: the starter's safe defaults
        portal = RunningPortal.start(java.util.Map.of("bansao.portal.max-upload-bytes", 64 * 1024));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI at(String path) {
        return portal.uri().resolve(path);
    }

    @Test
    void unknownPathIsTypedJson404() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(at("/api/khong-co")));
        assertThat(response.statusCode()).isEqualTo(404);
        // the same media type as "application/json; charset=utf-8" (Spring writes it without the space)
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualToIgnoringCase("application/json;charset=utf-8");
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(error.path("message_vi").asText()).startsWith("Không tìm thấy");
        assertThat(error.path("message_en").asText()).contains("/api/khong-co");
    }

    @Test
    void wrongMethodIs405WithTheAllowedOne() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(at("/api/health"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(response.body()).path("error").path("message_en").asText()).contains("GET");
    }

    @Test
    void healthStatesTheUploadLimit() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(at("/api/health")));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("max_upload_bytes").asLong()).isEqualTo(64 * 1024);
    }

    @Test
    void servesTheVietnamesePageWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(at("/xac-minh")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualToIgnoringCase("text/html;charset=utf-8");
        assertThat(page.body()).contains("<html lang=\"vi\">", "Xác minh bản sao điện tử");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "script-src 'self'");

        HttpResponse<String> root = send(HttpRequest.newBuilder(at("/")));
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).contains("/xac-minh");

        assertThat(send(HttpRequest.newBuilder(at("/static/app.js"))).body()).contains("textContent");
    }

    @Test
    void anUploadAboveTheLimitIsRefusedWith413BeforeBeingRead() throws Exception {
        byte[] big = new byte[100 * 1024];
        HttpResponse<String> response = send(HttpRequest.newBuilder(at("/api/verify"))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(error.path("message_vi").asText()).isEqualTo("Tệp tải lên quá lớn (tối đa 65536 bytes).");
    }

    @Test
    void wrongMediaTypeIs415AndANonPdfIs422() throws Exception {
        HttpResponse<String> text = send(HttpRequest.newBuilder(at("/api/verify"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("xin chào")));
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(text.body()).path("error").path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");

        Multipart notPdf = new Multipart().file("file", "../../etc/anh.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        HttpResponse<String> png = send(HttpRequest.newBuilder(at("/api/verify"))
                .header("Content-Type", notPdf.contentType()).POST(notPdf.publisher()));
        assertThat(png.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(png.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("NOT_A_PDF");
        assertThat(error.path("message_vi").asText()).isEqualTo("Tệp \"anh.png\" không phải là tệp PDF.");
    }

    @Test
    void aPdfThatIsNotACertifiedCopyIsStillAnsweredWithAReport() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(at("/api/verify?thumbnails=true"))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.7\n% not really a PDF\n%%EOF\n")));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.path("verdict").asText()).isIn("INVALID", "INDETERMINATE");
        assertThat(report.path("signers")).isEmpty();
        assertThat(report.path("register_entry").isNull()).isTrue();
        assertThat(report.path("thumbnails")).isEmpty();
    }

    @Test
    void certifyWithoutServerKeysPointsToRemoteSigningAndChecksTheFacts() throws Exception {
        Multipart form = new Multipart().field("facts", "{}")
                .file("scan", "trang-1.jpg", "image/jpeg", new byte[] {1, 2, 3});
        HttpResponse<String> noKeys = send(HttpRequest.newBuilder(at("/api/certify"))
                .header("Content-Type", form.contentType()).POST(form.publisher()));
        assertThat(noKeys.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(noKeys.body()).path("error").path("message_en").asText()).contains("signing=remote");

        HttpResponse<String> badFacts = send(HttpRequest.newBuilder(at("/api/certify?signing=remote"))
                .header("Content-Type", form.contentType()).POST(form.publisher()));
        assertThat(badFacts.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(badFacts.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("INVALID_FACTS");
        assertThat(error.path("message_vi").asText()).contains("requester");
    }

    @Test
    void metricsOfTheBundledSampleAreServedAsJson() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(at("/api/metrics")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode metrics = JSON.readTree(response.body());
        assertThat(metrics.path("input").path("rows_accepted").asLong()).isPositive();
        assertThat(metrics.path("periods")).extracting(p -> p.path("period").asText())
                .containsExactly("2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4");
    }
}
