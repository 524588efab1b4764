package vn.bansao.portal.internal.endpoints;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.bansao.portal.internal.web.ApiException;
import vn.bansao.portal.internal.web.PortalJson;
import vn.bansao.springboot.BansaoProperties;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterEntry;

/**
 * Register lookups: {@code GET /api/register/{year}/{number}} and {@code GET /api/register/qr?payload=BS2|...}
 * (the payload of a copy's QR code). Both answer {@code {"entry": {...}}}, without the requester's personal data.
 *
 * <pre>{@code
 * curl http://127.0.0.1:8080/api/register/2026/12
 * curl --get --data-urlencode 'payload=BS2|000.00.12.H29|01/2026-SCT/BS|12|...' http://127.0.0.1:8080/api/register/qr
 * }</pre>
 */
@RestController
public class RegisterController {

    private final CertificationRegister register;
    private final String agencyName;
    private final String agencyCode;
    private final String registerType;

    public RegisterController(CertificationRegister register, BansaoProperties bansao) {
        this.register = register;
        this.agencyName = bansao.getAgency().getName();
        this.agencyCode = bansao.getAgency().getCode();
        this.registerType = bansao.getAgency().getRegisterType();
    }

    @GetMapping("/api/register/{year:\\d{4}}/{number:\\d{1,12}}")
    public ResponseEntity<byte[]> byNumber(@PathVariable("year") String yearText, @PathVariable("number") String numberText) {
        int year = Integer.parseInt(yearText);
        long number = Long.parseLong(numberText);
        RegisterEntry entry = register.find(agencyCode, registerType, year, number)
                .orElseThrow(() -> notFound(number, year));
        return PortalJson.answer(Map.of("entry", Views.entry(entry, agencyName, agencyCode)));
    }

    /**
     * {@code GET /api/register/qr}: the line the QR code names, only when it is that copy's line. The register
     * type and book must be the line's, and the scan digest the one recorded when its number was allocated;
     * otherwise 409 {@code QR_MISMATCH} and nothing of the other line is shown (a forged or swapped QR code must
     * not borrow a genuine line).
     */
    @GetMapping("/api/register/qr")
    public ResponseEntity<byte[]> byQrPayload(@RequestParam(name = "payload", required = false) Optional<String> payload) {
        QrCode qr = QrCode.parse(payload.orElseThrow(() -> ApiException.badRequest(
                "Thiếu tham số payload (nội dung mã QR).", "Missing the payload parameter (the QR content).")));
        String type = qr.registerType().orElse(registerType);
        RegisterEntry entry = register.find(qr.agencyCode(), type, qr.year(), qr.number())
                .orElseThrow(() -> notFound(qr.number(), qr.year()));
        if (qr.book().isPresent() && !qr.book().get().equals(entry.number().bookLabel())) {
            throw mismatch("quyển số trên mã QR (" + qr.book().get() + ") khác quyển số trong sổ",
                    "the book on the QR code (" + qr.book().get() + ") is not the register's");
        }
        String recorded = entry.details().scanDigest();
        boolean digestChecked = !recorded.isEmpty();
        if (digestChecked && !recorded.equals(qr.scanDigest())) {
            throw mismatch("ảnh quét của bản sao này khác ảnh quét đã ghi trong sổ cho số này",
                    "this copy's scans are not the ones recorded for this number");
        }
        if (!digestChecked && qr.book().isEmpty()) {
            // an old (BS1) code for a line without a recorded digest: nothing ties the two together
            throw mismatch("mã QR cũ không ghi quyển số và sổ không lưu mã băm ảnh quét: không xác nhận được",
                    "an old QR code without a book, for a line without a recorded scan digest: cannot be confirmed");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entry", Views.entry(entry, agencyName, agencyCode));
        Map<String, Object> code = new LinkedHashMap<>();
        code.put("agency_code", qr.agencyCode());
        code.put("register_type", type);
        qr.book().ifPresent(b -> code.put("book", b));
        code.put("number", qr.number());
        code.put("year", qr.year());
        code.put("scan_digest", qr.scanDigest());
        code.put("scan_digest_checked", digestChecked);
        body.put("qr", code);
        return PortalJson.answer(body);
    }

    private static ApiException mismatch(String vi, String en) {
        return new ApiException(409, "QR_MISMATCH", "Mã QR không khớp với sổ chứng thực: " + vi + ".",
                "The QR code does not match the certification register: " + en + ".");
    }

    private static ApiException notFound(long number, int year) {
        return ApiException.notFound(
                "Không có số chứng thực " + number + " năm " + year + " trong sổ.",
                "No certification number " + number + " of " + year + " in the register.");
    }
}
