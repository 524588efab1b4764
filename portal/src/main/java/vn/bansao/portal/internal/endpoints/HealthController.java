package vn.bansao.portal.internal.endpoints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.bansao.portal.PortalProperties;
import vn.bansao.portal.internal.web.PortalJson;

/**
 * {@code GET /api/health}: the portal is up, its upload limit and its endpoints (for a client that wants to know
 * before sending a large file). The health of what it depends on (register, TSA, OCSP) is Actuator's
 * {@code /actuator/health}.
 *
 * <pre>{@code
 * curl http://127.0.0.1:8080/api/health
 * }</pre>
 */
@RestController
public class HealthController {

    static final List<String> ENDPOINTS = List.of("POST /api/verify", "POST /api/certify", "POST /api/sign/prepare",
            "POST /api/sign/complete", "GET /api/register/{year}/{number}", "GET /api/register/qr?payload=...",
            "GET /api/metrics");

    private final long maxUploadBytes;

    public HealthController(PortalProperties properties) {
        this.maxUploadBytes = properties.getMaxUploadBytes();
    }

    @GetMapping("/api/health")
    public ResponseEntity<byte[]> health() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("max_upload_bytes", maxUploadBytes);
        health.put("endpoints", ENDPOINTS);
        return PortalJson.answer(health);
    }
}
