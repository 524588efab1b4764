package vn.bansao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bansao.portal.PortalFixture.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.bansao.transparency.lookup.EntryStatus;
import vn.bansao.register.RegisterEntry;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.IdentitySpec;

/**
 * The two-step remote signing through the API, as a browser with the officer's USB token would drive it:
 * the number is reserved with the unsigned package, each signer prepares, signs the bytes locally and
 * completes; the authority's completion completes the register entry. The session only round-trips.
 */
class RemoteSigningFlowTest {

    private final PortalFixture fixture = PortalFixture.get();

    @Test
    void officerThenAuthoritySignRemotelyAndTheEntryIsCompleted() throws Exception {
        HttpResponse<String> certified = PortalFixture.post(fixture.at("/api/certify?signing=remote"),
                PortalFixture.certifyForm());
        assertThat(certified.statusCode()).as(certified.body()).isEqualTo(201);
        JsonNode answer = JSON.readTree(certified.body());
        assertThat(answer.path("register_entry").path("status").asText()).isEqualTo("RESERVED");
        String pdf = answer.path("package").path("pdf_base64").asText();

        String officerSigned = signRemotely(pdf, fixture.pki.officer(), "OFFICER").path("pdf").path("pdf_base64").asText();
        JsonNode done = signRemotely(officerSigned, fixture.pki.authority(), "AUTHORITY");

        JsonNode entry = done.path("register_entry");
        assertThat(entry.path("number").asLong()).isEqualTo(answer.path("register_entry").path("number").asLong());
        assertThat(entry.path("status").asText()).isEqualTo("CERTIFIED");
        assertThat(entry.path("copy_sha256").asText()).isEqualTo(done.path("pdf").path("sha256").asText());

        HttpResponse<String> verified = PortalFixture.post(fixture.at("/api/verify"), new Multipart()
                .file("file", "ban-sao.pdf", "application/pdf", Base64.getDecoder().decode(done.path("pdf").path("pdf_base64").asText())));
        JsonNode report = JSON.readTree(verified.body());
        assertThat(report.path("verdict").asText()).as(report.path("report_text_vi").asText()).isEqualTo("VALID");
        assertThat(report.path("signers")).extracting(s -> s.path("role").asText()).containsExactly("OFFICER", "AUTHORITY");
    }

    @Test
    void aSecondCompletionForAnAlreadyCertifiedNumberIs409AndChangesNothing() throws Exception {
        JsonNode reserved = JSON.readTree(PortalFixture.post(fixture.at("/api/certify?signing=remote"),
                PortalFixture.certifyForm()).body());
        int year = reserved.path("register_entry").path("year").asInt();
        long number = reserved.path("register_entry").path("number").asLong();
        String officerSigned = signRemotely(reserved.path("package").path("pdf_base64").asText(), fixture.pki.officer(),
                "OFFICER").path("pdf").path("pdf_base64").asText();
        // the same officer-signed package prepared twice (a double click, a replay): the first completes
        JsonNode firstPrepared = prepare(officerSigned, fixture.pki.authority(), "AUTHORITY");
        JsonNode secondPrepared = prepare(officerSigned, fixture.pki.authority(), "AUTHORITY");
        HttpResponse<String> first = postJson("/api/sign/complete", completion(firstPrepared, fixture.pki.authority()));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        RegisterEntry before = fixture.portal.register().find(year, number).orElseThrow();
        long treeSize = fixture.portal.register().treeSize();

        HttpResponse<String> second = postJson("/api/sign/complete", completion(secondPrepared, fixture.pki.authority()));

        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        JsonNode error = JSON.readTree(second.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("ALREADY_CERTIFIED");
        assertThat(error.path("message_vi").asText()).contains("đã được chứng thực");
        assertThat(error.path("message_en").asText()).contains("already certified");
        assertThat(second.body()).doesNotContain("pdf_base64");
        RegisterEntry after = fixture.portal.register().find(year, number).orElseThrow();
        assertThat(after.status()).isEqualTo(EntryStatus.CERTIFIED);
        assertThat(after.signedCopySha256()).isEqualTo(before.signedCopySha256())
                .isEqualTo(JSON.readTree(first.body()).path("pdf").path("sha256").asText());
        assertThat(fixture.portal.register().treeSize()).isEqualTo(treeSize);
        // and a new signing for that number is not even prepared
        HttpResponse<String> again = postJson("/api/sign/prepare", prepareRequest(officerSigned, fixture.pki.authority(),
                "AUTHORITY"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    }

    @Test
    void anotherOfficersCertificateIsRefusedAtPrepareAndTheNumberStaysReserved() throws Exception {
        JsonNode reserved = JSON.readTree(PortalFixture.post(fixture.at("/api/certify?signing=remote"),
                PortalFixture.certifyForm()).body());
        String pdf = reserved.path("package").path("pdf_base64").asText();
        // the statement names Nguyễn Thị Hương; a colleague's token is plugged in
        Identity colleague = fixture.pki.issue(IdentitySpec.officer().toBuilder().alias("officer-colleague")
                .commonName("Trần Thị Bình").clearUids().uid("CCCD:079190012345").build());

        HttpResponse<String> refused = postJson("/api/sign/prepare", prepareRequest(pdf, colleague, "OFFICER"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode error = JSON.readTree(refused.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("STATEMENT_MISMATCH");
        assertThat(error.path("message_vi").asText()).contains("Trần Thị Bình").contains("Nguyễn Thị Hương");
        assertThat(error.path("message_en").asText()).contains("certifier");
        RegisterEntry entry = fixture.portal.register().find(reserved.path("register_entry").path("year").asInt(),
                reserved.path("register_entry").path("number").asLong()).orElseThrow();
        assertThat(entry.status()).isEqualTo(EntryStatus.RESERVED);
        // the seal is checked the same way: an officer's certificate cannot prepare the body's signature
        assertThat(postJson("/api/sign/prepare", prepareRequest(pdf, fixture.pki.officer(), "AUTHORITY")).statusCode())
                .isEqualTo(422);
        // the officer the statement names still can
        assertThat(prepare(pdf, fixture.pki.officer(), "OFFICER").path("session").asText()).isNotBlank();
    }

    private static ObjectNode completion(JsonNode prepared, Identity signer) throws Exception {
        Signature rsa = Signature.getInstance("RSASSA-PSS");
        rsa.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        rsa.initSign(signer.privateKey());
        rsa.update(Base64.getDecoder().decode(prepared.path("data_to_be_signed_base64").asText()));
        return JSON.createObjectNode().put("session", prepared.path("session").asText())
                .put("signature_value_base64", Base64.getEncoder().encodeToString(rsa.sign()));
    }

    @Test
    void aTamperedSessionIsRefusedWithATypedError() throws Exception {
        HttpResponse<String> certified = PortalFixture.post(fixture.at("/api/certify?signing=remote"),
                PortalFixture.certifyForm());
        JsonNode prepared = prepare(JSON.readTree(certified.body()).path("package").path("pdf_base64").asText(),
                fixture.pki.officer(), "OFFICER");
        String session = prepared.path("session").asText();
        String tampered = session.substring(0, session.length() / 2) + (session.charAt(session.length() / 2) == 'A' ? 'B' : 'A')
                + session.substring(session.length() / 2 + 1);

        ObjectNode complete = JSON.createObjectNode()
                .put("session", tampered)
                .put("signature_value_base64", Base64.getEncoder().encodeToString(new byte[256]));
        HttpResponse<String> response = postJson("/api/sign/complete", complete);
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).startsWith("SIGNING_SESSION_");
        assertThat(error.path("message_vi").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private JsonNode signRemotely(String pdfBase64, Identity signer, String role) throws Exception {
        JsonNode prepared = prepare(pdfBase64, signer, role);
        assertThat(prepared.path("signature_algorithm").asText()).isEqualTo("RSASSA-PSS");
        // what the token does, on the client: RSASSA-PSS (SHA-256, MGF1-SHA-256, salt 32) over the bytes
        Signature rsa = Signature.getInstance("RSASSA-PSS");
        rsa.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        rsa.initSign(signer.privateKey());
        rsa.update(Base64.getDecoder().decode(prepared.path("data_to_be_signed_base64").asText()));

        ObjectNode complete = JSON.createObjectNode()
                .put("session", prepared.path("session").asText())
                .put("signature_value_base64", Base64.getEncoder().encodeToString(rsa.sign()));
        HttpResponse<String> completed = postJson("/api/sign/complete", complete);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        return JSON.readTree(completed.body());
    }

    private static ObjectNode prepareRequest(String pdfBase64, Identity signer, String role) throws Exception {
        return JSON.createObjectNode()
                .put("pdf_base64", pdfBase64)
                .put("certificate_chain_pem", pem(signer))
                .put("role", role);
    }

    private JsonNode prepare(String pdfBase64, Identity signer, String role) throws Exception {
        HttpResponse<String> prepared = postJson("/api/sign/prepare", prepareRequest(pdfBase64, signer, role));
        assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(200);
        return JSON.readTree(prepared.body());
    }

    private static String pem(Identity identity) throws Exception {
        StringBuilder pem = new StringBuilder();
        for (X509Certificate certificate : identity.chain()) {
            pem.append("-----BEGIN CERTIFICATE-----\n")
                    .append(Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded()))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return pem.toString();
    }

    private HttpResponse<String> postJson(String path, JsonNode body) throws Exception {
        return PortalFixture.HTTP.send(HttpRequest.newBuilder(fixture.at(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
