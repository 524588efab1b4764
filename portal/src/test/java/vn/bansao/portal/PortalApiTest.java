package vn.bansao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bansao.portal.PortalFixture.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReader;
import vn.bansao.testkit.Service;

/** The REST API against a running portal, with a copy certified, signed and registered through it. */
class PortalApiTest {

    private static PortalFixture fixture;

    @BeforeAll
    static void start() {
        fixture = PortalFixture.get();
    }

    @Test
    void certifyAllocatesANumberSignsTwiceAndCompletesTheEntry() throws Exception {
        byte[] pdf = fixture.signedCopy();
        JsonNode answer = fixture.certifyAnswer();

        JsonNode entry = answer.path("register_entry");
        assertThat(entry.path("status").asText()).isEqualTo("CERTIFIED");
        assertThat(entry.path("number").asLong()).isPositive();
        assertThat(entry.path("copy_sha256").asText()).isEqualTo(answer.path("copy").path("sha256").asText());
        assertThat(answer.path("signatures")).extracting(s -> s.path("role").asText())
                .containsExactly("OFFICER", "AUTHORITY");

        CertifiedCopyContents contents = CertifiedCopyReader.read(pdf);
        assertThat(contents.facts().number()).isEqualTo(entry.path("number").asLong());
        assertThat(contents.facts().agencyCode()).isEqualTo("000.00.12.H29");
        assertThat(contents.facts().portalUrl()).contains(fixture.at("/xac-minh").toString());
    }

    @Test
    void verifySaysValidAndNamesBothSigners() throws Exception {
        HttpResponse<String> response = PortalFixture.post(fixture.at("/api/verify"),
                new Multipart().file("file", "ban-sao.pdf", "application/pdf", fixture.signedCopy()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.path("verdict").asText()).as(report.path("report_text_vi").asText()).isEqualTo("VALID");
        assertThat(report.path("verdict_vi").asText()).isEqualTo("HỢP LỆ");
        assertThat(report.path("signers")).extracting(s -> s.path("name").asText())
                .contains("Nguyễn Thị Hương");
        assertThat(report.path("signers")).hasSize(2);
        assertThat(report.path("register_entry").path("matches_uploaded_file").asBoolean()).isTrue();
        assertThat(report.has("thumbnails")).isFalse();
        assertThat(report.path("report").path("verdict").asText()).isEqualTo("VALID");
    }

    @Test
    void registerLookupByNumberAndByQrPayload() throws Exception {
        JsonNode entry = fixture.certifyAnswer().path("register_entry");
        HttpResponse<String> byNumber = PortalFixture.get(fixture.at(
                "/api/register/" + entry.path("year").asInt() + "/" + entry.path("number").asLong()));
        assertThat(byNumber.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(byNumber.body()).path("entry").path("copy_sha256").asText())
                .isEqualTo(entry.path("copy_sha256").asText());
        assertThat(byNumber.body()).doesNotContain("079123456789").doesNotContain("Nguyễn Văn An");

        // the QR code is a link a phone opens: the verification page carrying the payload
        String link = qrPayload(fixture.signedCopy());
        assertThat(link).startsWith(fixture.at("/xac-minh") + "?payload=BS2%7C000.00.12.H29%7C");
        String payload = java.net.URI.create(link).getQuery().substring("payload=".length());
        String[] f = payload.split("\\|");
        assertThat(f).hasSize(5);
        assertThat(f[3]).isEqualTo(Long.toString(entry.path("number").asLong()));
        HttpResponse<String> byQr = PortalFixture.get(fixture.at(
                "/api/register/qr?payload=" + URLEncoder.encode(link, StandardCharsets.UTF_8)));
        assertThat(byQr.statusCode()).as(byQr.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(byQr.body());
        assertThat(answer.path("entry").path("number").asLong()).isEqualTo(entry.path("number").asLong());
        assertThat(answer.path("qr").path("scan_digest_checked").asBoolean()).isTrue();

        // the same number in another book, or other scans under the same number: refused, the line not shown
        String otherBook = String.join("|", f[0], f[1], "02/" + f[2].substring(3), f[3], f[4]);
        HttpResponse<String> wrongBook = PortalFixture.get(fixture.at(
                "/api/register/qr?payload=" + URLEncoder.encode(otherBook, StandardCharsets.UTF_8)));
        assertThat(wrongBook.statusCode()).as(wrongBook.body()).isEqualTo(409);
        assertThat(JSON.readTree(wrongBook.body()).path("error").path("code").asText()).isEqualTo("QR_MISMATCH");
        assertThat(wrongBook.body()).doesNotContain("copy_sha256");
        String otherScans = String.join("|", f[0], f[1], f[2], f[3], "A".repeat(43));
        HttpResponse<String> wrongScans = PortalFixture.get(fixture.at(
                "/api/register/qr?payload=" + URLEncoder.encode(otherScans, StandardCharsets.UTF_8)));
        assertThat(wrongScans.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(wrongScans.body()).path("error").path("message_vi").asText()).contains("ảnh quét");

        HttpResponse<String> missing = PortalFixture.get(fixture.at("/api/register/2026/999999"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).path("error").path("message_vi").asText()).contains("999999");

        HttpResponse<String> badQr = PortalFixture.get(fixture.at("/api/register/qr?payload=hello"));
        assertThat(badQr.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badQr.body()).path("error").path("code").asText()).isEqualTo("INVALID_QR");
    }

    /** What the QR code printed on the statement page (the last page) says, read from the rendered page. */
    static String qrPayload(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 200, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }

    @Test
    void aBadScanIsRefusedBeforeANumberIsAllocated() throws Exception {
        long before = certifyOnce().path("register_entry").path("number").asLong();
        Multipart bad = new Multipart().field("facts", PortalFixture.FACTS)
                .file("scan", "trang-1.jpg", "image/jpeg", "không phải ảnh".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = PortalFixture.post(fixture.at("/api/certify"), bad);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode error = JSON.readTree(refused.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("SCAN_REJECTED");
        assertThat(error.path("message_vi").asText()).startsWith("trang-1.jpg");

        long after = certifyOnce().path("register_entry").path("number").asLong();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void aTsaOutageIsRefusedBeforeANumberIsAllocated() throws Exception {
        // issue 13 item 7: the TSA is asked before the register gives out a number (it used to be asked after,
        // which left the number VOID); the workflow's own tests cover a failure after allocation
        long before = certifyOnce().path("register_entry").path("number").asLong();
        fixture.pki.stop(Service.TSA);
        try {
            HttpResponse<String> failed = PortalFixture.post(fixture.at("/api/certify"), PortalFixture.certifyForm());
            assertThat(failed.statusCode()).as(failed.body()).isEqualTo(503);
            assertThat(JSON.readTree(failed.body()).path("error").path("code").asText()).isEqualTo("TSA_UNREACHABLE");
        } finally {
            fixture.pki.start(Service.TSA);
        }
        assertThat(PortalFixture.get(fixture.at("/api/register/" + java.time.LocalDate.now(
                java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + "/" + (before + 1))).statusCode()).isEqualTo(404);
        assertThat(certifyOnce().path("register_entry").path("number").asLong()).isEqualTo(before + 1);
    }

    @Test
    void aCopyWhoseNumberWasVoidedIsNotValidAnyMore() throws Exception {
        JsonNode certified = certifyOnce();
        byte[] pdf = java.util.Base64.getDecoder().decode(certified.path("copy").path("pdf_base64").asText());
        JsonNode entry = certified.path("register_entry");
        fixture.portal.register().voidEntry(fixture.portal.register()
                .find(entry.path("year").asInt(), entry.path("number").asLong()).orElseThrow().number(),
                "Người yêu cầu rút hồ sơ");

        HttpResponse<String> response = PortalFixture.post(fixture.at("/api/verify"),
                new Multipart().file("file", "ban-sao.pdf", "application/pdf", pdf));
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.path("verdict").asText()).isEqualTo("INVALID");
        assertThat(report.path("summary_vi").asText()).contains("đã bị hủy", "Người yêu cầu rút hồ sơ");
        assertThat(report.path("register_entry").path("status").asText()).isEqualTo("VOID");
    }

    @Test
    void certifyAnswersThePdfItselfWhenAsked() throws Exception {
        Multipart form = PortalFixture.certifyForm();
        HttpResponse<byte[]> response = PortalFixture.HTTP.send(java.net.http.HttpRequest.newBuilder(fixture.at("/api/certify"))
                .header("Content-Type", form.contentType()).header("Accept", "application/pdf")
                .POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        long number = Long.parseLong(response.headers().firstValue("X-Bansao-Number").orElseThrow());
        assertThat(CertifiedCopyReader.read(response.body()).facts().number()).isEqualTo(number);
    }

    @Test
    void actuatorReportsTheRegisterTsaAndOcspHealthAndTheCertifyAndVerifyTimers() throws Exception {
        fixture.signedCopy();
        PortalFixture.post(fixture.at("/api/verify"),
                new Multipart().file("file", "ban-sao.pdf", "application/pdf", fixture.signedCopy()));

        HttpResponse<String> health = PortalFixture.get(fixture.at("/actuator/health"));
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        JsonNode components = JSON.readTree(health.body()).path("components");
        assertThat(components.path("bansaoRegister").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("bansaoRegister").path("details").path("treeSize").asLong()).isPositive();
        assertThat(components.path("bansaoTsa").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("bansaoOcsp").path("status").asText()).isEqualTo("UP");

        JsonNode verify = JSON.readTree(PortalFixture.get(fixture.at("/actuator/metrics/bansao.verify?tag=verdict:VALID")).body());
        assertThat(verify.path("measurements").get(0).path("value").asDouble()).isPositive();
        JsonNode certify = JSON.readTree(PortalFixture.get(fixture.at("/actuator/metrics/bansao.certify")).body());
        assertThat(certify.path("availableTags").toString()).contains("certified");
    }

    private static JsonNode certifyOnce() throws Exception {
        HttpResponse<String> response = PortalFixture.post(fixture.at("/api/certify"), PortalFixture.certifyForm());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }
}
