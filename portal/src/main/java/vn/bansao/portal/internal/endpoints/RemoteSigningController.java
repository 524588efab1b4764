package vn.bansao.portal.internal.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.bansao.common.Pem;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.read.CertifiedCopyReader;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.bansao.portal.PortalProperties;
import vn.bansao.portal.internal.web.ApiException;
import vn.bansao.portal.internal.web.PortalJson;
import vn.bansao.portal.internal.web.Uploads;
import vn.bansao.springboot.BansaoProperties;
import vn.bansao.register.CertificationRegister;
import vn.bansao.transparency.lookup.EntryStatus;
import vn.bansao.register.RegisterEntry;
import vn.bansao.signing.PreparedSignature;
import vn.bansao.signing.RemoteSigning;
import vn.bansao.signing.Role;
import vn.bansao.signing.SignedPdf;
import vn.bansao.certification.CertificationWorkflow;
import vn.bansao.certification.SignerStatement;

/**
 * The two-step remote signing, for keys the server never holds (a USB token in the officer's browser, a
 * CA's remote-signing service):
 * <ol>
 *   <li>{@code POST /api/sign/prepare} {@code {pdf_base64, certificate_chain_pem, role}} →
 *       {@code {session, data_to_be_signed_base64, digest_to_sign_base64, signature_algorithm, ...}};</li>
 *   <li>the client signs {@code data_to_be_signed} with the key;</li>
 *   <li>{@code POST /api/sign/complete} {@code {session, signature_value_base64}} (or {@code cms_base64}) →
 *       the signed PDF.</li>
 * </ol>
 * The session is HMAC-protected by the SDK and round-trips through the client unchanged; the server keeps no
 * state. When the authority's signature completes a copy whose number is RESERVED in this portal's register,
 * the entry is completed with the signed copy's hash.
 *
 * <pre>{@code
 * curl -H 'Content-Type: application/json' -d @prepare.json http://127.0.0.1:8080/api/sign/prepare
 * }</pre>
 */
@RestController
public class RemoteSigningController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RemoteSigning remote;
    private final CertificationRegister register;
    private final String agencyName;
    private final String agencyCode;
    private final long maxJsonBytes;

    public RemoteSigningController(RemoteSigning remote, CertificationRegister register, BansaoProperties bansao,
                                   PortalProperties portal) {
        this.remote = remote;
        this.register = register;
        this.agencyName = bansao.getAgency().getName();
        this.agencyCode = bansao.getAgency().getCode();
        this.maxJsonBytes = portal.maxJsonBytes();
    }

    @PostMapping(path = "/api/sign/prepare", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> prepare(HttpServletRequest request) throws IOException {
        JsonNode body = jsonBody(request);
        byte[] pdf = base64(body, "pdf_base64");
        List<X509Certificate> chain = chain(text(body, "certificate_chain_pem"));
        Role role = role(text(body, "role"));
        PreparedSignature prepared;
        try {
            Optional<CertificationFacts> facts = bansaoFacts(pdf);
            if (facts.isPresent()) {
                // before anything is signed: the number is still open, and the statement names this signer
                refuseIfFinal(facts.get());
                requireStatementNames(facts.get(), chain.get(0), role);
            }
            prepared = remote.prepare(pdf, chain, role);
        } catch (RuntimeException e) {
            throw SdkErrors.toApi(e);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("session", prepared.session());
        answer.put("data_to_be_signed_base64", Base64.getEncoder().encodeToString(prepared.dataToBeSigned()));
        answer.put("digest_to_sign_base64", Base64.getEncoder().encodeToString(prepared.digestToSign()));
        answer.put("document_digest_base64", Base64.getEncoder().encodeToString(prepared.documentDigest()));
        answer.put("hash_algorithm", prepared.hashAlgorithm());
        answer.put("signature_algorithm", prepared.signatureAlgorithm());
        answer.put("expires_at", prepared.expiresAt().toString());
        return PortalJson.answer(answer);
    }

    @PostMapping(path = "/api/sign/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> complete(HttpServletRequest request) throws IOException {
        JsonNode body = jsonBody(request);
        String session = text(body, "session");
        SignedPdf signed;
        try {
            signed = body.hasNonNull("cms_base64")
                    ? remote.completeWithCms(session, base64(body, "cms_base64"))
                    : remote.complete(session, base64(body, "signature_value_base64"));
        } catch (RuntimeException e) {
            throw SdkErrors.toApi(e);
        }
        // a replayed or second session for a number certified meanwhile: nothing is handed out or recorded
        bansaoFacts(signed.bytes()).ifPresent(this::refuseIfFinal);
        Map<String, Object> answer = new LinkedHashMap<>();
        String filename = signed.result().role() == Role.AUTHORITY ? "ban-sao.pdf" : "ban-sao-da-ky-1.pdf";
        answer.put("pdf", CertifyController.pdfView(filename, signed.bytes()));
        answer.put("signature", CertifyController.signatureView(signed.result()));
        if (signed.result().role() == Role.AUTHORITY) {
            completeRegisterEntry(signed.bytes()).ifPresent(e ->
                    answer.put("register_entry", Views.entry(e, agencyName, agencyCode)));
        }
        return PortalJson.answer(answer);
    }

    /** The facts of a bansao copy; any other PDF may be signed remotely too, and has none. */
    private static Optional<CertificationFacts> bansaoFacts(byte[] pdf) {
        try {
            return Optional.of(CertifiedCopyReader.read(pdf).facts());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A number this register already certified (or voided) is closed: completing a signing for it again would hand
     * out a second, different copy under that number, which then verifies INVALID against the register. 409, and
     * nothing is returned or changed.
     */
    private void refuseIfFinal(CertificationFacts facts) {
        Optional<RegisterEntry> entry = register.find(facts.agencyCode(), facts.registerType(), facts.year(), facts.number());
        if (entry.isPresent() && entry.get().status() != EntryStatus.RESERVED) {
            boolean voided = entry.get().status() == EntryStatus.VOID;
            String number = entry.get().number().format();
            throw new ApiException(409, voided ? "NUMBER_VOID" : "ALREADY_CERTIFIED",
                    "Số " + number + (voided ? " đã bị hủy" : " đã được chứng thực") + "; không ký hoàn tất lần nữa.",
                    "Number " + number + (voided ? " was voided" : " is already certified")
                            + "; the signing is not completed again.");
        }
    }

    /**
     * The officer's certificate (or the seal's) is known here, before anything is signed: the statement must name
     * it, as a copy certified on the server would ({@code STATEMENT_MISMATCH}, 422, otherwise). The number stays
     * reserved, for the certifier the statement names.
     */
    private void requireStatementNames(CertificationFacts facts, X509Certificate signer, Role role) {
        SignerStatement statement = role == Role.OFFICER
                ? SignerStatement.of(Optional.of(signer), Optional.empty())
                : SignerStatement.of(Optional.empty(), Optional.of(signer));
        statement.apply(facts);
    }

    /** The number comes from the signed copy itself, never from the client. */
    private Optional<RegisterEntry> completeRegisterEntry(byte[] signedPdf) {
        Optional<CertificationFacts> read = bansaoFacts(signedPdf);
        if (read.isEmpty()) {
            return Optional.empty(); // any PDF may be signed remotely; only bansao copies have an entry
        }
        CertificationFacts facts = read.get();
        Optional<RegisterEntry> entry = register.find(facts.agencyCode(), facts.registerType(), facts.year(), facts.number());
        if (entry.isPresent() && entry.get().status() == EntryStatus.RESERVED) {
            return Optional.of(register.complete(entry.get().number(), CertificationWorkflow.sha256Hex(signedPdf)));
        }
        return entry;
    }

    private JsonNode jsonBody(HttpServletRequest request) throws IOException {
        if (!Uploads.mediaType(request).equals("application/json")) {
            throw ApiException.unsupportedMediaType("application/json");
        }
        try {
            JsonNode node = JSON.readTree(Uploads.body(request, maxJsonBytes));
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("Nội dung phải là đối tượng JSON.", "The body must be a JSON object.");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("Nội dung không phải JSON hợp lệ.", "The body is not valid JSON.");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badRequest("Thiếu trường \"" + field + "\".", "Missing the \"" + field + "\" field.");
        }
        return value.asText();
    }

    private static byte[] base64(JsonNode body, String field) {
        try {
            return Base64.getMimeDecoder().decode(text(body, field));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Trường \"" + field + "\" không phải base64.", "Field \"" + field + "\" is not base64.");
        }
    }

    private static Role role(String value) {
        try {
            return Role.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Vai trò phải là OFFICER hoặc AUTHORITY.", "role must be OFFICER or AUTHORITY.");
        }
    }

    private static List<X509Certificate> chain(String pem) {
        try {
            List<X509Certificate> chain = Pem.parseCertificates(pem.getBytes(StandardCharsets.US_ASCII));
            if (chain.isEmpty()) {
                throw new CertificateException("empty");
            }
            return chain;
        } catch (CertificateException e) {
            throw ApiException.badRequest("Chuỗi chứng thư số (PEM) không đọc được.", "Cannot read the certificate chain (PEM).");
        }
    }
}
