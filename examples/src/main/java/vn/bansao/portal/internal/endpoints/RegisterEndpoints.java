package vn.bansao.portal.internal.endpoints;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.bansao.portal.internal.http.ApiException;
import vn.bansao.portal.internal.http.Endpoint;
import vn.bansao.portal.internal.http.Response;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterEntry;

/**
 * Register lookups: {@code GET /api/register/{year}/{number}} and {@code GET /api/register/qr?payload=BS1|...}
 * (the payload of a copy's QR code). Both answer {@code {"entry": {...}}}, without the requester's personal data.
 *
 * <pre>{@code
 * RegisterEndpoints lookups = new RegisterEndpoints(register, agencyName, agencyCode, registerType);
 * router.get("/api/register/qr", lookups.byQrPayload());
 * }</pre>
 */
public final class RegisterEndpoints {

    private final CertificationRegister register;
    private final String agencyName;
    private final String agencyCode;
    private final String registerType;

    public RegisterEndpoints(CertificationRegister register, String agencyName, String agencyCode, String registerType) {
        this.register = register;
        this.agencyName = agencyName;
        this.agencyCode = agencyCode;
        this.registerType = registerType;
    }

    /** Route {@code /api/register/(\d{4})/(\d{1,12})}. */
    public Endpoint byNumber() {
        return request -> {
            int year = Integer.parseInt(request.pathParam(0));
            long number = Long.parseLong(request.pathParam(1));
            RegisterEntry entry = register.find(agencyCode, registerType, year, number)
                    .orElseThrow(() -> notFound(number, year));
            return Response.json(Map.of("entry", Views.entry(entry, agencyName, agencyCode)));
        };
    }

    /** Route {@code /api/register/qr}. */
    public Endpoint byQrPayload() {
        return request -> {
            QrCode qr = QrCode.parse(request.query("payload").orElseThrow(() -> ApiException.badRequest(
                    "Thiếu tham số payload (nội dung mã QR).", "Missing the payload parameter (the QR content).")));
            RegisterEntry entry = register.find(qr.agencyCode(), registerType, qr.year(), qr.number())
                    .orElseThrow(() -> notFound(qr.number(), qr.year()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("entry", Views.entry(entry, agencyName, agencyCode));
            Map<String, Object> code = new LinkedHashMap<>();
            code.put("agency_code", qr.agencyCode());
            code.put("number", qr.number());
            code.put("year", qr.year());
            code.put("scan_digest", qr.scanDigest());
            body.put("qr", code);
            return Response.json(body);
        };
    }

    private static ApiException notFound(long number, int year) {
        return ApiException.notFound(
                "Không có số chứng thực " + number + " năm " + year + " trong sổ.",
                "No certification number " + number + " of " + year + " in the register.");
    }
}
