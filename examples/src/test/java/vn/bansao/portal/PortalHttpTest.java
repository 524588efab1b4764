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
    private static PortalServer portal;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        portal = PortalServer.start(PortalConfig.builder().port(0).maxUploadBytes(64 * 1024).build());
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
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
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
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).contains("<html lang=\"vi\">", "Xác minh bản sao điện tử");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "script-src 'self'");

        HttpResponse<String> root = send(HttpRequest.newBuilder(at("/")));
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).contains("/xac-minh");

        assertThat(send(HttpRequest.newBuilder(at("/static/app.js"))).body()).contains("textContent");
    }
}
