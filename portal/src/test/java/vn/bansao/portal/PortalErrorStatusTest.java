package vn.bansao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Client errors on Spring Boot are what they are, never a 500: 404 unknown path, 405 wrong method, 415 wrong
 * media type, 400 bad JSON or multipart, 413 above the upload limit (declared or chunked), each in the portal's
 * error JSON with a stable code and both languages, and no stack trace or exception name in any body.
 */
class PortalErrorStatusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int LIMIT = 64 * 1024;
    private static RunningPortal portal;

    @BeforeAll
    static void start() {
        portal = RunningPortal.start(Map.of("bansao.portal.max-upload-bytes", LIMIT));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static URI at(String path) {
        return portal.uri().resolve(path);
    }

    /** The answer's status and error code, after checking it is the portal's error JSON and leaks nothing. */
    private static String errorCode(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("message_vi").asText()).isNotBlank();
        assertThat(error.path("message_en").asText()).isNotBlank();
        return error.path("code").asText();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return send(HttpRequest.newBuilder(at(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @Test
    void unknownPathsAre404EvenUnderStaticAndTheRegisterPattern() throws Exception {
        assertThat(errorCode(send(HttpRequest.newBuilder(at("/khong-co.html"))), 404)).isEqualTo("NOT_FOUND");
        assertThat(errorCode(send(HttpRequest.newBuilder(at("/static/khong-co.js"))), 404)).isEqualTo("NOT_FOUND");
        // the year must be four digits: no route, not a 400 or 500 from a failed parse
        assertThat(errorCode(send(HttpRequest.newBuilder(at("/api/register/26/1"))), 404)).isEqualTo("NOT_FOUND");
        assertThat(errorCode(send(HttpRequest.newBuilder(at("/error"))), 404)).isEqualTo("NOT_FOUND");
    }

    @Test
    void wrongMethodsAre405WithAnAllowHeader() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(at("/api/verify")));
        assertThat(errorCode(get, 405)).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        HttpResponse<String> delete = send(HttpRequest.newBuilder(at("/api/register/2026/1")).DELETE());
        assertThat(errorCode(delete, 405)).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(JSON.readTree(delete.body()).path("error").path("message_en").asText()).contains("GET");
    }

    @Test
    void wrongMediaTypesAre415() throws Exception {
        assertThat(errorCode(post("/api/sign/prepare", "text/plain", "{}".getBytes()), 415))
                .isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(errorCode(post("/api/certify", "application/json", "{}".getBytes()), 415))
                .isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        HttpResponse<String> none = send(HttpRequest.newBuilder(at("/api/verify"))
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.7")));
        assertThat(errorCode(none, 415)).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void badJsonIs400() throws Exception {
        HttpResponse<String> broken = post("/api/sign/prepare", "application/json", "{\"pdf_base64\": ".getBytes());
        assertThat(errorCode(broken, 400)).isEqualTo("BAD_REQUEST");
        assertThat(JSON.readTree(broken.body()).path("error").path("message_en").asText()).contains("not valid JSON");
        assertThat(errorCode(post("/api/sign/complete", "application/json", "[1, 2]".getBytes()), 400))
                .isEqualTo("BAD_REQUEST");
        HttpResponse<String> missing = post("/api/sign/complete", "application/json", "{}".getBytes());
        assertThat(errorCode(missing, 400)).isEqualTo("BAD_REQUEST");
        assertThat(JSON.readTree(missing.body()).path("error").path("message_en").asText()).contains("session");
    }

    @Test
    void malformedMultipartIs400() throws Exception {
        // a body cut in the middle of a part: the container's parser fails, the client is told
        byte[] cut = ("--bansao\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(errorCode(post("/api/verify", "multipart/form-data; boundary=bansao", cut), 400))
                .isEqualTo("BAD_MULTIPART");
        // a declared boundary that never appears: no parts at all, so no file
        byte[] other = ("--other\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7"
                + "\r\n--other--\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(errorCode(post("/api/verify", "multipart/form-data; boundary=bansao", other), 400))
                .isIn("BAD_MULTIPART", "BAD_REQUEST");
        Multipart noFile = new Multipart().field("other", "x");
        HttpResponse<String> missing = post("/api/verify", noFile.contentType(), noFile.bytes());
        assertThat(errorCode(missing, 400)).isEqualTo("BAD_REQUEST");
        assertThat(JSON.readTree(missing.body()).path("error").path("message_en").asText()).contains("\"file\"");
    }

    @Test
    void oversizeUploadsAre413WhetherDeclaredOrChunked() throws Exception {
        byte[] big = new byte[LIMIT + 1];
        Multipart form = new Multipart().file("file", "ban-sao.pdf", "application/pdf", big);
        HttpResponse<String> multipart = post("/api/verify", form.contentType(), form.bytes());
        assertThat(errorCode(multipart, 413)).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(JSON.readTree(multipart.body()).path("error").path("message_vi").asText())
                .isEqualTo("Tệp tải lên quá lớn (tối đa 65536 bytes).");

        // no Content-Length: the body is counted while read, and refused once past the limit
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(at("/api/verify"))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertThat(errorCode(chunked, 413)).isEqualTo("PAYLOAD_TOO_LARGE");

        // remote signing's JSON may be 4/3 of the limit (base64) plus 1 MiB, not more
        byte[] json = ("{\"pdf_base64\": \"" + "A".repeat(LIMIT / 3 * 4 + (1 << 20)) + "\"}").getBytes();
        assertThat(errorCode(post("/api/sign/prepare", "application/json", json), 413)).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aMalformedPathIsRefusedByTheContainerWithoutInternals() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(portal.uri().getHost(), portal.uri().getPort())) {
            socket.getOutputStream().write("GET /api/%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Tomcat/");
        }
    }

    @Test
    void aMissingOrBadQueryParameterIs400() throws Exception {
        assertThat(errorCode(send(HttpRequest.newBuilder(at("/api/register/qr"))), 400)).isEqualTo("BAD_REQUEST");
        assertThat(errorCode(send(HttpRequest.newBuilder(at("/api/register/qr?payload=BS2%7Cx"))), 400))
                .isEqualTo("INVALID_QR");
    }
}
