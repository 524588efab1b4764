package vn.bansao.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanSource;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.facts.FactsJson;
import vn.bansao.signing.CertifiedCopySigning;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.SigningKey;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;

/** The Spring Boot application on a random port, trusting a throwaway test PKI. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BansaoSpringBootExampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestPki PKI = TestPki.start();
    private static final Path ROOT_PEM = writeRoot();

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void trust(DynamicPropertyRegistry properties) {
        properties.add("bansao.trust-anchors", ROOT_PEM::toString);
    }

    @AfterAll
    static void stop() throws IOException {
        PKI.close();
        Files.deleteIfExists(ROOT_PEM);
    }

    @Test
    void buildsAPackageThenVerifiesTheSignedCopy() throws Exception {
        CertificationFacts facts = facts();
        MultiValueMap<String, Object> build = new LinkedMultiValueMap<>();
        build.add("facts", file("facts.json", FactsJson.write(facts).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        build.add("scan", file("trang-1.jpg", SampleScans.seed(5).a4Jpeg(150).bytes()));
        ResponseEntity<byte[]> built = http.postForEntity("/api/build", multipart(build), byte[].class);
        assertThat(built.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(built.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        PadesSigner signer = PadesSigner.builder().level(Level.B_LT).tsa(PKI.tsaUrl())
                .trustAnchors(PKI.root().certificate()).build();
        byte[] signed = CertifiedCopySigning.signBoth(signer, built.getBody(), key(PKI.officer()), key(PKI.authority())).pdf();

        MultiValueMap<String, Object> verify = new LinkedMultiValueMap<>();
        verify.add("file", file("ban-sao.pdf", signed));
        ResponseEntity<String> verified = http.postForEntity("/api/verify", multipart(verify), String.class);
        assertThat(verified.getStatusCode().value()).isEqualTo(200);
        JsonNode report = JSON.readTree(verified.getBody());
        assertThat(report.path("verdict").asText()).as(verified.getBody()).isEqualTo("VALID");
        assertThat(verified.getBody()).contains("Nguyễn Thị Hương");
    }

    @Test
    void aBadScanGetsATypedError() throws Exception {
        MultiValueMap<String, Object> build = new LinkedMultiValueMap<>();
        build.add("facts", file("facts.json", FactsJson.write(facts()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        build.add("scan", file("trang-1.jpg", "không phải ảnh".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ResponseEntity<String> refused = http.postForEntity("/api/build", multipart(build), String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        JsonNode error = JSON.readTree(refused.getBody()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("SCAN_REJECTED");
        assertThat(error.path("message_vi").asText()).startsWith("trang-1.jpg");
        assertThat(refused.getBody()).doesNotContain("Exception");
    }

    private static CertificationFacts facts() {
        return CertificationFacts.builder()
                .kind(CertificationKind.FROM_ORIGINAL).number(7).book("01/2026-SCT/BS").registerType("SCT/BS")
                .date(LocalDate.of(2026, 11, 25))
                .certifyingBody("UBND phường Bến Nghé, Quận 1", "000.00.12.H29")
                .requester("Nguyễn Văn An", "079123456789")
                .document("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
                .pages(1).copies(1)
                .certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch")
                .build();
    }

    private static SigningKey key(Identity identity) {
        return SigningKey.of(identity.privateKey(), identity.chain());
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    private static ByteArrayResource file(String name, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static Path writeRoot() {
        try {
            Path pem = Files.createTempFile("bansao-root-", ".pem");
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(PKI.root().certificate().getEncoded());
            Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n");
            return pem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
