package vn.bansao.metrics.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.bansao.metrics.Indicator;
import vn.bansao.metrics.MetricsInputException;
import vn.bansao.metrics.Period;
import vn.bansao.metrics.UnitLevel;

/**
 * Reads a plan from JSON or YAML:
 * <pre>{@code
 * name: "Mỹ Tho city, Q4 2022"
 * escalation: {from_year: 2023, points_per_year: 5}     # default for every target
 * targets:
 *   - {indicator: procedures_online, level: district, group: city_department, period: 2022-Q4, percent: 60}
 *   - {indicator: digitisation, period: "2022-12-15..2023-12-31", percent: 100, aggregation: pooled}
 * }</pre>
 * <pre>{@code
 * Plan plan = PlanLoader.load(Path.of("plan.yaml"));
 * Plan sample = PlanLoader.sample("dak-lak-2023.yaml");
 * }</pre>
 */
public final class PlanLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanLoader() {
    }

    public static Plan load(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, name.endsWith(".json"), file.toString());
        } catch (IOException e) {
            throw new MetricsInputException("không đọc được kế hoạch / cannot read plan " + file + ": " + e.getMessage(), e);
        }
    }

    /** One of the sample plans shipped in {@code vn/bansao/metrics/samples/}: my-tho-2022.yaml, dak-lak-2023.yaml, binh-duong.yaml. */
    public static Plan sample(String name) {
        try (InputStream in = PlanLoader.class.getResourceAsStream("/vn/bansao/metrics/samples/" + name)) {
            if (in == null) {
                throw new MetricsInputException("không có kế hoạch mẫu / no sample plan " + name);
            }
            return parse(in, name.endsWith(".json"), name);
        } catch (IOException e) {
            throw new MetricsInputException("cannot read sample plan " + name, e);
        }
    }

    public static Plan parse(InputStream in, boolean json, String source) throws IOException {
        JsonNode root;
        try {
            root = (json ? JSON : YAML).readTree(in);
        } catch (IOException e) {
            throw new MetricsInputException("kế hoạch không đọc được / unreadable plan " + source + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("targets").isArray()) {
            throw new MetricsInputException("kế hoạch cần mục targets / plan " + source + " needs a 'targets' list");
        }
        Optional<Escalation> defaultEscalation = escalation(root.get("escalation"), source);
        List<Target> targets = new ArrayList<>();
        int i = 0;
        for (JsonNode t : root.get("targets")) {
            i++;
            String where = source + " target " + i;
            Indicator indicator = Indicator.parse(text(t, "indicator", where))
                    .orElseThrow(() -> new MetricsInputException("chỉ tiêu lạ / unknown indicator in " + where + ": " + t.get("indicator")));
            Optional<UnitLevel> level = optional(t, "level").map(l -> UnitLevel.parse(l)
                    .orElseThrow(() -> new MetricsInputException("cấp lạ / unknown level in " + where + ": " + l)));
            Optional<Period> period;
            try {
                period = optional(t, "period").map(Period::parse);
            } catch (IllegalArgumentException e) {
                throw new MetricsInputException(where + ": " + e.getMessage(), e);
            }
            JsonNode v = t.get("percent");
            if (v == null || !(v.isNumber() || v.isTextual())) {
                throw new MetricsInputException("thiếu percent / missing percent in " + where);
            }
            BigDecimal percent;
            try {
                percent = new BigDecimal(v.asText());
            } catch (NumberFormatException e) {
                throw new MetricsInputException("percent không phải số / percent not a number in " + where, e);
            }
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new MetricsInputException("percent ngoài 0..100 / percent outside 0..100 in " + where);
            }
            Optional<Escalation> esc = t.has("escalation") ? escalation(t.get("escalation"), where) : defaultEscalation;
            Aggregation agg;
            try {
                agg = optional(t, "aggregation").map(Aggregation::parse).orElse(Aggregation.POOLED);
            } catch (IllegalArgumentException e) {
                throw new MetricsInputException("aggregation: pooled|mean_of_units in " + where, e);
            }
            targets.add(new Target(indicator, level, optional(t, "group"), period, percent, esc, agg,
                    optional(t, "note").orElse("")));
        }
        return new Plan(root.path("name").asText(source), targets);
    }

    private static Optional<Escalation> escalation(JsonNode e, String where) {
        if (e == null || e.isNull()) {
            return Optional.empty();
        }
        if (!e.has("from_year") || !e.has("points_per_year")) {
            throw new MetricsInputException("escalation cần from_year, points_per_year / escalation needs from_year and points_per_year in " + where);
        }
        return Optional.of(new Escalation(e.get("from_year").asInt(), new BigDecimal(e.get("points_per_year").asText())));
    }

    private static String text(JsonNode t, String field, String where) {
        return optional(t, field).orElseThrow(() -> new MetricsInputException("thiếu / missing " + field + " in " + where));
    }

    private static Optional<String> optional(JsonNode t, String field) {
        JsonNode v = t.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText().strip());
    }
}
