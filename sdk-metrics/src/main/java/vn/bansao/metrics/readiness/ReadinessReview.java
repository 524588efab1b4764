package vn.bansao.metrics.readiness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.bansao.metrics.MetricsInputException;
import vn.bansao.metrics.internal.IoText;
import vn.bansao.metrics.internal.MetricsText;
import vn.bansao.metrics.internal.TreeErrors;
import vn.bansao.metrics.internal.TreeLines;

/**
 * Reads a readiness file (JSON or YAML) and reviews every unit:
 * <pre>{@code
 * units:
 *   - unit: "000.21.31.H56"
 *     equipment: {network: true, scanners: 1}
 *     accounts: {officers: 2, with_account: 2}
 *     certificates: [officer-a.pem, officer-b.cer]     # relative to this file
 *     roles_assigned: true
 *     training_done: true
 * }</pre>
 * <pre>{@code
 * List<UnitReadiness> units = ReadinessReview.load(Path.of("readiness.yaml"), 30, Instant.now());
 * }</pre>
 */
public final class ReadinessReview {

    private ReadinessReview() {
    }

    public static List<UnitReadiness> load(Path file, int expiryWarningDays, Instant now) {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        ObjectMapper mapper = new ObjectMapper(json ? null : new YAMLFactory());
        String source = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = TreeErrors.readBounded(in, source);
        } catch (IOException e) {
            throw IoText.cannotRead(file, e);
        }
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw TreeErrors.syntax(source, json ? "JSON" : "YAML", e);
        } catch (IOException e) {
            throw IoText.cannotRead(file, e);
        }
        if (root == null || !root.path("units").isArray()) {
            throw new MetricsInputException(MetricsText.in(source, MetricsText.READINESS_NEEDS_UNITS.of()));
        }
        TreeLines lines = TreeLines.of(bytes, mapper.getFactory(), "units");
        Path dir = file.toAbsolutePath().getParent();
        List<UnitReadiness> out = new ArrayList<>();
        int n = 0;
        for (JsonNode u : root.get("units")) {
            n++;
            String unit = u.path("unit").asText("");
            if (unit.isBlank()) {
                throw new MetricsInputException(MetricsText.at(source, lines.entry(n, "unit"),
                        MetricsText.READINESS_UNIT.of(n, MetricsText.READINESS_MISSING_UNIT.of())));
            }
            List<UnitReadiness.Check> checks = new ArrayList<>();
            boolean network = u.path("equipment").path("network").asBoolean(false);
            int scanners = u.path("equipment").path("scanners").asInt(0);
            checks.add(new UnitReadiness.Check("equipment", network && scanners > 0,
                    "mạng / network " + (network ? "có / yes" : "không / no") + ", máy quét / scanners " + scanners));
            int officers = u.path("accounts").path("officers").asInt(0);
            int accounts = u.path("accounts").path("with_account").asInt(0);
            checks.add(new UnitReadiness.Check("accounts", officers > 0 && accounts >= officers,
                    accounts + "/" + officers + " cán bộ có tài khoản / officers with an account"));
            List<CertificateFinding> certs = new ArrayList<>();
            for (JsonNode c : u.path("certificates")) {
                certs.add(CertificateReview.review(dir.resolve(c.asText()), expiryWarningDays, now));
            }
            long good = certs.stream().filter(CertificateFinding::ok).count();
            checks.add(new UnitReadiness.Check("certificates", !certs.isEmpty() && good == certs.size(),
                    good + "/" + certs.size() + " chứng thư số đạt / certificates pass"));
            boolean roles = u.path("roles_assigned").asBoolean(false);
            checks.add(new UnitReadiness.Check("roles", roles, roles ? "đã phân quyền / roles assigned" : "chưa phân quyền / roles not assigned"));
            boolean training = u.path("training_done").asBoolean(false);
            checks.add(new UnitReadiness.Check("training", training, training ? "đã tập huấn / trained" : "chưa tập huấn / not trained"));
            out.add(new UnitReadiness(unit, List.copyOf(checks), List.copyOf(certs)));
        }
        return List.copyOf(out);
    }
}
