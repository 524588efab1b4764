package vn.bansao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bansao.portal.PortalFixture.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.read.CertifiedCopyReader;
import vn.bansao.testkit.SampleScans;

/**
 * Issue 13 items 2 and 7 through {@code POST /api/certify} on a real portal: the statement names the portal's
 * signers or nothing is numbered, and a TSA that does not answer costs no number.
 */
class PortalCertifyStatementTest {

    private final PortalFixture fixture = PortalFixture.get();

    private static Multipart form(String facts) {
        return new Multipart()
                .field("facts", facts)
                .file("scan", "trang-1.jpg", "image/jpeg", SampleScans.seed(1).a4Jpeg(150).bytes())
                .file("scan", "trang-2.jpg", "image/jpeg", SampleScans.seed(2).a4Jpeg(150).bytes());
    }

    @Test
    void factsNamingAnotherCertifierOrBodyAre422AndConsumeNoNumber() throws Exception {
        long before = fixture.portal.register().treeSize();

        HttpResponse<String> otherCertifier = PortalFixture.post(fixture.at("/api/certify"),
                form(PortalFixture.FACTS.replace("Nguyễn Thị Hương", "Trần Thị Bình")));
        HttpResponse<String> otherBody = PortalFixture.post(fixture.at("/api/certify?signing=remote"),
                form(PortalFixture.FACTS.replace("\"kind\": \"FROM_ORIGINAL\",",
                        "\"kind\": \"FROM_ORIGINAL\", \"certifyingBody\": {\"name\": \"UBND Phường Đa Kao\"},")));

        assertThat(otherCertifier.statusCode()).as(otherCertifier.body()).isEqualTo(422);
        JsonNode error = JSON.readTree(otherCertifier.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("STATEMENT_MISMATCH");
        assertThat(error.path("message_vi").asText()).contains("Trần Thị Bình").contains("Nguyễn Thị Hương");
        assertThat(error.path("message_en").asText()).contains("certifier");
        assertThat(otherBody.statusCode()).as(otherBody.body()).isEqualTo(422);
        assertThat(otherBody.body()).contains("UBND Phường Đa Kao");
        assertThat(fixture.portal.register().treeSize()).isEqualTo(before);
    }

    @Test
    void factsWithoutACertifierGetTheOfficersNameAndTheSealsBody() throws Exception {
        String withoutCertifier = PortalFixture.FACTS.replaceFirst("\"certifier\": \\{[^}]*\\},", "");
        assertThat(withoutCertifier).doesNotContain("certifier");

        HttpResponse<String> response = PortalFixture.post(fixture.at("/api/certify"), form(withoutCertifier));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        byte[] pdf = Base64.getDecoder().decode(JSON.readTree(response.body()).path("copy").path("pdf_base64").asText());
        CertificationFacts printed = CertifiedCopyReader.read(pdf).facts();
        assertThat(printed.certifierName()).isEqualTo("Nguyễn Thị Hương");
        assertThat(printed.certifierTitle()).isEqualTo("Công chức Tư pháp - Hộ tịch");
        // the seal's CN, though this portal is configured as "UBND phường Bến Nghé, Quận 1"
        assertThat(printed.bodyName()).isEqualTo("UBND Phường Bến Nghé");
    }

    @Test
    void aTsaThatDoesNotAnswerIs503AndConsumesNoNumber() throws Exception {
        String deadTsa;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadTsa = "http://127.0.0.1:" + s.getLocalPort() + "/tsa";
        }
        try (RunningPortal portal = RunningPortal.start(PortalFixture.properties(fixture.pkiFiles, deadTsa, "B_T"))) {
            HttpResponse<String> response = PortalFixture.post(portal.uri().resolve("/api/certify"),
                    PortalFixture.certifyForm());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            JsonNode error = JSON.readTree(response.body()).path("error");
            assertThat(error.path("code").asText()).isEqualTo("TSA_UNREACHABLE");
            assertThat(error.path("message_vi").asText()).contains("dấu thời gian").contains(deadTsa);
            assertThat(error.path("message_en").asText()).contains("time-stamp authority");
            assertThat(portal.register().treeSize()).isZero();
        }
    }
}
