package vn.bansao.portal.internal.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bansao.certification.CertificationWorkflow;
import vn.bansao.certification.FactsInput;
import vn.bansao.certification.SignerStatement;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanSource;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.bansao.portal.PortalProperties;
import vn.bansao.portal.internal.web.ApiException;
import vn.bansao.portal.internal.web.PortalAddress;
import vn.bansao.portal.internal.web.PortalJson;
import vn.bansao.portal.internal.web.Uploads;
import vn.bansao.springboot.BansaoProperties;
import vn.bansao.springboot.BansaoTimers;
import vn.bansao.springboot.SigningKeys;
import vn.bansao.register.CertificationNumber;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterEntry;
import vn.bansao.signing.CertifiedCopySigning;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.SigningResult;
import vn.bansao.signing.SigningKey;

/**
 * {@code POST /api/certify}: scans ({@code scan} fields, in page order) and facts ({@code facts} field, the
 * {@code bansao build --facts} JSON without number, book or date: the register decides those) in; a signed
 * copy and its register entry out. {@link CertificationWorkflow} does the three SDK steps, in the order the
 * Decree wants them:
 * <ol>
 *   <li>{@link CertificationRegister#certify(EntryDraft, vn.bansao.register.CertificationWork)} allocates the
 *       number and voids it if anything after fails (a number is never a hole);</li>
 *   <li>{@link CertifiedCopy} builds the package with that number on the statement page;</li>
 *   <li>{@link CertifiedCopySigning#signBoth} signs as the officer, then as the authority.</li>
 * </ol>
 * With {@code ?signing=remote} (or when the server holds no keys) the number is only reserved and the unsigned
 * package is returned, to be signed through {@code /api/sign/prepare} and {@code /api/sign/complete}.
 *
 * The register, the signer, the keys and the workflow are the starter's beans; each certification is timed
 * ({@code bansao.certify}).
 *
 * <pre>{@code
 * curl -F facts=@facts.json -F scan=@trang-1.jpg -F scan=@trang-2.jpg http://127.0.0.1:8080/api/certify
 * }</pre>
 */
@RestController
public class CertifyController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CertificationRegister register;
    private final Optional<PadesSigner> signer;
    private final Optional<SigningKey> officer;
    private final Optional<SigningKey> authority;
    private final String agencyName;
    private final String agencyCode;
    private final String registerType;
    private final PortalAddress address;
    private final int maxScans;
    private final long maxUploadBytes;
    private final BansaoTimers timers;
    /** The shared certification workflow, when this portal holds the officer's and the authority's keys. */
    private final Optional<CertificationWorkflow> desk;
    /** The certificates of the keys this portal holds: the statement names them. */
    private final SignerStatement signers;
    /**
     * With remote signing, the officer signs with a key this portal never sees: only the body is the held seal's
     * here, the officer's certificate is checked against the statement at {@code /api/sign/prepare}.
     */
    private final SignerStatement remoteSigners;

    public CertifyController(CertificationRegister register, PadesSigner signer, SigningKeys keys,
                             ObjectProvider<CertificationWorkflow> workflow, BansaoProperties bansao,
                             PortalProperties portal, PortalAddress address, BansaoTimers timers) {
        this.register = register;
        this.signer = keys.present() ? Optional.of(signer) : Optional.empty();
        this.officer = keys.officer();
        this.authority = keys.authority();
        this.agencyName = bansao.getAgency().getName();
        this.agencyCode = bansao.getAgency().getCode();
        this.registerType = bansao.getAgency().getRegisterType();
        this.address = address;
        this.maxScans = portal.getMaxScans();
        this.maxUploadBytes = portal.getMaxUploadBytes();
        this.timers = timers;
        this.desk = keys.present() ? Optional.ofNullable(workflow.getIfAvailable()) : Optional.empty();
        this.signers = SignerStatement.of(officer.map(SigningKey::certificate), authority.map(SigningKey::certificate));
        this.remoteSigners = SignerStatement.of(Optional.empty(), authority.map(SigningKey::certificate));
    }

    @PostMapping(path = "/api/certify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<byte[]> certify(HttpServletRequest request,
                                          @RequestParam(name = "signing", required = false) Optional<String> signing,
                                          @RequestHeader(name = "Accept", required = false) Optional<String> accept)
            throws IOException {
        Uploads.Form form = Uploads.form(request, maxUploadBytes);
        if (form.parts().size() > maxScans + 4) {
            throw ApiException.badRequest("Quá nhiều trường trong biểu mẫu.", "Too many form fields.");
        }
        boolean remote = signing.filter(s -> !s.isBlank()).or(() -> form.first("signing").map(Uploads.FormPart::text))
                .map("remote"::equalsIgnoreCase).orElse(false);
        if (!remote && (signer.isEmpty() || officer.isEmpty() || desk.isEmpty())) {
            throw new ApiException(409, "SERVER_SIGNING_DISABLED",
                    "Cổng này không giữ khóa ký; dùng ?signing=remote rồi /api/sign/prepare và /api/sign/complete.",
                    "This portal holds no signing keys; use ?signing=remote, then /api/sign/prepare and /api/sign/complete.");
        }
        List<ScanSource> scans = scans(form);
        try {
            CertificationFacts facts = facts(form, remote ? remoteSigners : signers);
            // reads every scan's headers now: a bad scan is refused before a number is allocated
            CertifiedCopy checked = CertifiedCopy.builder().sources(scans).facts(facts).build();
            boolean pdfWanted = accept.map(a -> a.contains("application/pdf")).orElse(false);
            return remote ? timers.certify(() -> reserveAndPackage(checked), r -> "reserved")
                    : timers.certify(() -> certifyAndSign(facts, scans, pdfWanted), r -> "certified");
        } catch (RuntimeException e) {
            throw SdkErrors.toApi(e);
        }
    }

    private ResponseEntity<byte[]> certifyAndSign(CertificationFacts facts, List<ScanSource> scans, boolean pdfWanted) {
        CertificationWorkflow.Outcome done = desk.orElseThrow().certify(scans, facts);
        RegisterEntry entry = done.entry();
        byte[] signedPdf = done.signedPdf();
        List<SigningResult> signatures = new ArrayList<>();
        done.signing().officer().ifPresent(signatures::add);
        signatures.add(done.signing().authority());
        if (pdfWanted) {
            // curl -H 'Accept: application/pdf' ... -o ban-sao.pdf: the copy itself, its number in headers
            return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName(entry.number()) + "\"")
                    .header("X-Bansao-Number", Long.toString(entry.number().sequence()))
                    .header("X-Bansao-Year", Integer.toString(entry.number().year()))
                    .header("X-Bansao-Sha256", CertificationWorkflow.sha256Hex(signedPdf))
                    .body(signedPdf);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("register_entry", Views.entry(entry, agencyName, agencyCode));
        body.put("copy", pdfView(fileName(entry.number()), signedPdf));
        body.put("signatures", signatures.stream().map(CertifyController::signatureView).toList());
        return PortalJson.answer(201, body);
    }

    static Map<String, Object> signatureView(SigningResult s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("role", s.role().name());
        view.put("field", s.field());
        view.put("signer", s.signerName());
        view.put("signing_time", s.signingTime().toString());
        view.put("level", s.level().name());
        view.put("warnings", s.warnings());
        return view;
    }

    private ResponseEntity<byte[]> reserveAndPackage(CertifiedCopy checked) {
        RegisterEntry reserved = register.reserve(CertificationWorkflow.draftOf(checked));
        byte[] unsigned;
        try {
            unsigned = numbered(checked, reserved).toBytes();
        } catch (RuntimeException e) {
            register.voidEntry(reserved.number(), "Dựng bản sao thất bại / building the package failed");
            throw e;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("register_entry", Views.entry(reserved, agencyName, agencyCode));
        body.put("package", pdfView(fileName(reserved.number()).replace(".pdf", "-chua-ky.pdf"), unsigned));
        body.put("next", "POST /api/sign/prepare {pdf_base64, certificate_chain_pem, role: OFFICER}");
        return PortalJson.answer(201, body);
    }

    /** The package with the allocated number, book and date on its statement page. */
    private static CertifiedCopy numbered(CertifiedCopy checked, RegisterEntry reserved) {
        CertificationNumber number = reserved.number();
        return checked.withFacts(checked.facts().toBuilder()
                .number(number.sequence())
                .book(number.bookLabel())
                .registerType(number.registerType())
                .date(reserved.date())
                .build());
    }

    /** Facts from the form; the register's own values replace number, book, type, body and date. */
    private CertificationFacts facts(Uploads.Form form, SignerStatement signers) throws IOException {
        Uploads.FormPart part = form.first("facts").orElseThrow(() -> ApiException.badRequest(
                "Thiếu trường \"facts\" (JSON dữ kiện chứng thực).", "Missing the \"facts\" field (certification facts JSON)."));
        JsonNode root;
        try {
            root = JSON.readTree(part.content());
        } catch (IOException e) {
            throw invalidFacts("không phải JSON", "not JSON");
        }
        if (root == null || !root.isObject()) {
            throw invalidFacts("phải là đối tượng JSON", "must be a JSON object");
        }
        ObjectNode node = (ObjectNode) root;
        if (!node.has("kind")) {
            node.put("kind", CertificationKind.FROM_ORIGINAL.name());
        }
        // placeholders, replaced once the register allocates the real number
        node.put("number", 1);
        node.put("book", "01/" + LocalDate.now(VIETNAM).getYear() + "-" + registerType);
        node.put("registerType", registerType);
        node.put("date", LocalDate.now(VIETNAM).toString());
        // The body is this portal's: the seal's name when it holds the seal, else the configured one. A name the
        // client states is kept, to be checked against the seal; names left out come from the held keys.
        String statedBody = node.path("certifyingBody").path("name").asText("");
        node.putObject("certifyingBody").put("agencyCode", agencyCode)
                .put("name", statedBody.isBlank() ? signers.bodyName().orElse(agencyName) : statedBody);
        node.put("portalUrl", address.publicUrl());
        CertificationFacts facts;
        try {
            facts = FactsInput.read(node.toString(), signers);
        } catch (IllegalArgumentException e) {
            throw invalidFacts(e.getMessage(), e.getMessage());
        }
        // the statement names the held signers (or is refused) before a number is reserved
        signers.requireRegisterAgency(agencyName);
        return signers.apply(facts);
    }

    private List<ScanSource> scans(Uploads.Form form) {
        List<Uploads.FormPart> parts = form.all("scan");
        if (parts.isEmpty()) {
            throw ApiException.badRequest("Thiếu ảnh quét (trường \"scan\", một tệp mỗi trang hoặc TIFF nhiều trang).",
                    "No scans (field \"scan\", one file per page or a multi-page TIFF).");
        }
        if (parts.size() > maxScans) {
            throw ApiException.badRequest("Quá nhiều ảnh quét (tối đa " + maxScans + ").",
                    "Too many scans (at most " + maxScans + ").");
        }
        List<ScanSource> sources = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String name = PdfUpload.safeName(parts.get(i).filename().or(() -> Optional.of("scan")));
            sources.add(ScanSource.of(name, parts.get(i).content()));
        }
        return sources;
    }

    static Map<String, Object> pdfView(String filename, byte[] pdf) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("filename", filename);
        view.put("sha256", CertificationWorkflow.sha256Hex(pdf));
        view.put("size", pdf.length);
        view.put("pdf_base64", Base64.getEncoder().encodeToString(pdf));
        return view;
    }

    private static String fileName(CertificationNumber n) {
        return "ban-sao-" + n.year() + "-" + n.sequence() + ".pdf";
    }

    private static ApiException invalidFacts(String vi, String en) {
        return new ApiException(400, "INVALID_FACTS", "Dữ kiện chứng thực không hợp lệ: " + vi,
                "Invalid certification facts: " + en);
    }
}
