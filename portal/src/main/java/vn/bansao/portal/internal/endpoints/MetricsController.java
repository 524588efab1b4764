package vn.bansao.portal.internal.endpoints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.bansao.metrics.Metrics;
import vn.bansao.metrics.MetricsReport;
import vn.bansao.metrics.Period;
import vn.bansao.metrics.Samples;
import vn.bansao.metrics.output.ReportWriter;
import vn.bansao.metrics.target.PlanLoader;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.bansao.portal.internal.web.PortalJson;

/**
 * {@code GET /api/metrics}: the Decision 766 service index and the Mỹ Tho 2022 plan's attainment computed
 * from sdk-metrics' bundled sample data, as the SDK's JSON report. Computed once, on the first request
 * (the sample does not change), so a dashboard can poll it freely. A real portal passes its own dossier
 * export or a JDBC query to {@link Metrics#builder()} instead.
 */
@RestController
public class MetricsController {

    private volatile byte[] json;

    @GetMapping("/api/metrics")
    public ResponseEntity<byte[]> metrics() throws IOException {
        byte[] body = json;
        if (body == null) {
            body = compute();
        }
        return ResponseEntity.ok().contentType(PortalJson.JSON_UTF8).header("Cache-Control", "max-age=300").body(body);
    }

    private synchronized byte[] compute() throws IOException {
        if (json != null) {
            return json;
        }
        Path dir = Samples.extract(Files.createTempDirectory("bansao-portal-metrics"));
        try {
            MetricsReport report = Metrics.builder()
                    .dossiers(dir.resolve(Samples.DOSSIERS))
                    .units(dir.resolve(Samples.UNITS))
                    .certifications(dir.resolve(Samples.CERTIFICATIONS))
                    .procedures(dir.resolve(Samples.PROCEDURES))
                    .plan(PlanLoader.load(dir.resolve(Samples.MY_THO_PLAN)))
                    .periods(Period.parseList("2022-Q4,2023-Q1,2023-Q2,2023-Q3,2023-Q4"))
                    .compute();
            json = ReportWriter.jsonString(report).getBytes(StandardCharsets.UTF_8);
            return json;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
