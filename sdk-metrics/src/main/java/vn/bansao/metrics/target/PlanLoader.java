package vn.bansao.metrics.target;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.function.Function;
import vn.bansao.common.LocalizedText;
import vn.bansao.metrics.Indicator;
import vn.bansao.metrics.MetricsInputException;
import vn.bansao.metrics.Period;
import vn.bansao.metrics.UnitLevel;
import vn.bansao.metrics.internal.IoText;
import vn.bansao.metrics.internal.MetricsText;
import vn.bansao.metrics.internal.TreeErrors;
import vn.bansao.metrics.internal.TreeLines;

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
 * A bad plan is refused with a {@link MetricsInputException} naming the file, the line and the target in both
 * languages ({@code "ke-hoach.yaml:7: target 2: percent 120 is outside 0..100"}); plans larger than 1 MiB are refused.
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
            throw IoText.cannotRead(file, e);
        }
    }

    /** One of the sample plans shipped in {@code vn/bansao/metrics/samples/}: my-tho-2022.yaml, dak-lak-2023.yaml, binh-duong.yaml. */
    public static Plan sample(String name) {
        try (InputStream in = PlanLoader.class.getResourceAsStream("/vn/bansao/metrics/samples/" + name)) {
            if (in == null) {
                throw new MetricsInputException(MetricsText.NO_SAMPLE_PLAN.of(name));
            }
            return parse(in, name.endsWith(".json"), name);
        } catch (IOException e) {
            throw new MetricsInputException(MetricsText.CANNOT_READ.of(name, IoText.reason(null, e)), e);
        }
    }

    public static Plan parse(InputStream in, boolean json, String source) throws IOException {
        ObjectMapper mapper = json ? JSON : YAML;
        byte[] bytes = TreeErrors.readBounded(in, source);
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw TreeErrors.syntax(source, json ? "JSON" : "YAML", e);
        }
        if (root == null || !root.isObject() || !root.path("targets").isArray()) {
            throw new MetricsInputException(MetricsText.in(source, MetricsText.PLAN_NEEDS_TARGETS.of()));
        }
        TreeLines lines = TreeLines.of(bytes, mapper.getFactory(), "targets");
        Optional<Escalation> defaultEscalation = escalation(root.get("escalation"),
                what -> new MetricsInputException(MetricsText.at(source, lines.top("escalation"), what)));
        List<Target> targets = new ArrayList<>();
        int i = 0;
        for (JsonNode t : root.get("targets")) {
            int n = ++i;
            Located bad = (field, what, cause) -> new MetricsInputException(
                    MetricsText.at(source, lines.entry(n, field), MetricsText.TARGET.of(n, what)), cause);
            String code = optional(t, "indicator")
                    .orElseThrow(() -> bad.of(null, MetricsText.MISSING_ENTRY.of("indicator"), null));
            Indicator indicator = Indicator.parse(code)
                    .orElseThrow(() -> bad.of("indicator", MetricsText.UNKNOWN_INDICATOR.of(code), null));
            Optional<UnitLevel> level = optional(t, "level").map(l -> UnitLevel.parse(l)
                    .orElseThrow(() -> bad.of("level", MetricsText.UNKNOWN_LEVEL.of(l), null)));
            Optional<String> periodSpec = optional(t, "period");
            Optional<Period> period;
            try {
                period = periodSpec.map(Period::parse);
            } catch (IllegalArgumentException e) {
                throw bad.of("period", MetricsText.INVALID_PERIOD.of(periodSpec.orElse("")), e);
            }
            JsonNode v = t.get("percent");
            if (v == null || !(v.isNumber() || v.isTextual())) {
                throw bad.of("percent", MetricsText.MISSING_ENTRY.of("percent"), null);
            }
            BigDecimal percent;
            try {
                percent = new BigDecimal(v.asText().strip());
            } catch (NumberFormatException e) {
                throw bad.of("percent", MetricsText.PERCENT_NOT_A_NUMBER.of(v.asText()), e);
            }
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw bad.of("percent", MetricsText.PERCENT_OUT_OF_RANGE.of(percent.toPlainString()), null);
            }
            Optional<Escalation> esc = t.has("escalation")
                    ? escalation(t.get("escalation"), what -> bad.of("escalation", what, null)) : defaultEscalation;
            Optional<String> aggregation = optional(t, "aggregation");
            Aggregation agg;
            try {
                agg = aggregation.map(Aggregation::parse).orElse(Aggregation.POOLED);
            } catch (IllegalArgumentException e) {
                throw bad.of("aggregation", MetricsText.BAD_AGGREGATION.of(aggregation.orElse("")), e);
            }
            targets.add(new Target(indicator, level, optional(t, "group"), period, percent, esc, agg,
                    optional(t, "note").orElse("")));
        }
        return new Plan(root.path("name").asText(source), targets);
    }

    /** The error about one target's {@code field} (null: the target as a whole), at its line. */
    private interface Located {
        MetricsInputException of(String field, LocalizedText what, Throwable cause);
    }

    private static Optional<Escalation> escalation(JsonNode e, Function<LocalizedText, MetricsInputException> bad) {
        if (e == null || e.isNull()) {
            return Optional.empty();
        }
        if (!e.has("from_year") || !e.has("points_per_year")) {
            throw bad.apply(MetricsText.ESCALATION_INCOMPLETE.of());
        }
        String year = e.get("from_year").asText().strip();
        String points = e.get("points_per_year").asText().strip();
        int fromYear;
        try {
            fromYear = Integer.parseInt(year);
        } catch (NumberFormatException x) {
            throw bad.apply(MetricsText.ESCALATION_NOT_A_NUMBER.of("from_year", year));
        }
        try {
            return Optional.of(new Escalation(fromYear, new BigDecimal(points)));
        } catch (NumberFormatException x) {
            throw bad.apply(MetricsText.ESCALATION_NOT_A_NUMBER.of("points_per_year", points));
        }
    }

    private static Optional<String> optional(JsonNode t, String field) {
        JsonNode v = t.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText().strip());
    }
}
