package vn.bansao.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.metrics.output.MetricsCharts;
import vn.bansao.metrics.output.ReportWriter;
import vn.bansao.metrics.output.TextSummary;
import vn.bansao.metrics.target.PlanLoader;

/** JSON, CSV, text (Vietnamese and English) and charts from the Mỹ Tho sample. */
class OutputTest {

    @TempDir
    Path tmp;

    private MetricsReport sample() {
        Path dir = Samples.extract(tmp.resolve("s"));
        return Metrics.builder().dossiers(dir.resolve(Samples.DOSSIERS)).units(dir.resolve(Samples.UNITS))
                .certifications(dir.resolve(Samples.CERTIFICATIONS)).procedures(dir.resolve(Samples.PROCEDURES))
                .plan(PlanLoader.load(dir.resolve(Samples.MY_THO_PLAN)))
                .periods(Period.parseList("2022-Q4,2023-Q1,2023-Q2,2023-Q3,2023-Q4")).compute();
    }

    @Test
    void jsonHoldsCountsRatesAndTargetsPerUnitLevelAndProvince() throws IOException {
        MetricsReport r = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.json(r, out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.path("plan").asText()).startsWith("Mỹ Tho");
        assertThat(root.path("periods")).hasSize(5);
        JsonNode q4 = root.path("periods").get(0);
        assertThat(q4.path("period").asText()).isEqualTo("2022-Q4");
        JsonNode online = find(q4.path("province").path("indicators"), "online_dossiers");
        assertThat(online.path("numerator").asLong()).isEqualTo(r.period(0).province().indicator(Indicator.ONLINE_DOSSIERS)
                .orElseThrow().numerator());
        assertThat(online.path("denominator").asLong()).isPositive();
        assertThat(online.path("rate_percent").decimalValue().scale()).isEqualTo(2);
        assertThat(q4.path("levels")).hasSize(3);
        JsonNode dept = null;
        for (JsonNode u : q4.path("units")) {
            if (u.path("code").asText().equals("000.00.31.H56")) {
                dept = u;
            }
        }
        assertThat(dept).isNotNull();
        JsonNode target = find(dept.path("targets"), "procedures_online");
        assertThat(target.path("target_percent").asInt()).isEqualTo(60);
        assertThat(target.path("met").isBoolean()).isTrue();
        assertThat(root.path("input").path("procedure_catalogue").path("full_process_online").asInt()).isEqualTo(3);
        assertThat(root.path("trends").size()).isPositive();
        JsonNode onTime = find(q4.path("province").path("indicators"), "on_time");
        assertThat(onTime.path("max_points").asInt()).isEqualTo(20);
        assertThat(onTime.path("formula").asText()).contains("finished_on_time ÷ finished");
    }

    private static JsonNode find(JsonNode array, String indicator) {
        for (JsonNode n : array) {
            if (n.path("indicator").asText().equals(indicator)) {
                return n;
            }
        }
        throw new AssertionError(indicator + " missing");
    }

    @Test
    void csvHasOneLinePerScopeAndIndicator() {
        MetricsReport r = sample();
        StringWriter w = new StringWriter();
        ReportWriter.csv(r, w);
        List<String> lines = w.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("period,scope,code,name");
        long scopes = r.periods().stream().mapToLong(p -> 1 + p.levels().size() + p.units().size()).sum();
        long indicators = java.util.Arrays.stream(Indicator.values()).filter(Indicator::computable).count();
        assertThat(lines).hasSize((int) (1 + scopes * indicators));
        assertThat(w.toString()).contains("\"Văn phòng HĐND và UBND thành phố\"".replace("\"", "")); // names with no comma stay bare
    }

    @Test
    void vietnameseAndEnglishSummaries() {
        MetricsReport r = sample();
        String vi = TextSummary.of(r, true);
        String en = TextSummary.of(r, false);
        assertThat(vi).contains("Toàn tỉnh: chỉ số phục vụ").contains("Kỳ 2022-Q4 (01/10/2022–31/12/2022)").contains("chỉ tiêu")
                .containsPattern("\\d+,\\d\\d%");
        assertThat(en).contains("Province-wide: service index").containsPattern("\\d+\\.\\d\\d%").doesNotContain("Toàn tỉnh");
    }

    @Test
    void chartsArePngAndSvg() throws IOException {
        MetricsReport r = sample();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        MetricsCharts.attainment(r, 0, Indicator.ONLINE_DOSSIERS, true, MetricsCharts.Format.PNG, png);
        var image = ImageIO.read(new java.io.ByteArrayInputStream(png.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(1000);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        MetricsCharts.trend(r, Indicator.ONLINE_DOSSIERS, false, MetricsCharts.Format.SVG, svg);
        String s = svg.toString(StandardCharsets.UTF_8);
        assertThat(s).contains("<svg").contains("</svg>");
        ByteArrayOutputStream svg2 = new ByteArrayOutputStream();
        MetricsCharts.attainment(r, 0, Indicator.ONLINE_DOSSIERS, true, MetricsCharts.Format.SVG, svg2);
        assertThat(svg2.toString(StandardCharsets.UTF_8)).contains("<svg");

        Path file = tmp.resolve("trend.png");
        MetricsCharts.trend(r, Indicator.DIGITISATION, file);
        assertThat(ImageIO.read(file.toFile()).getHeight()).isEqualTo(560);
        Path json = tmp.resolve("r.json");
        ReportWriter.write(r, json);
        assertThat(new ObjectMapper().readTree(json.toFile()).path("periods")).hasSize(5);
    }
}
