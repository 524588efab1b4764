package vn.bansao.metrics.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.bansao.metrics.Attainment;
import vn.bansao.metrics.IndicatorValue;
import vn.bansao.metrics.MetricsReport;
import vn.bansao.metrics.PeriodResult;
import vn.bansao.metrics.Ratio;
import vn.bansao.metrics.RowProblem;
import vn.bansao.metrics.ScopeResult;
import vn.bansao.metrics.Trend;
import vn.bansao.metrics.readiness.CertificateFinding;
import vn.bansao.metrics.readiness.CertificateIssue;
import vn.bansao.metrics.readiness.UnitReadiness;

/**
 * Writes a {@link MetricsReport} as JSON or CSV. Rates and points appear as exact fractions
 * ({@code "rate_exact": "1/3"}) and as numbers rounded half-up to 2 decimals ({@code "rate_percent": 33.33}).
 *
 * <pre>{@code
 * ReportWriter.json(report, Files.newOutputStream(Path.of("report.json")));
 * ReportWriter.csv(report, Files.newBufferedWriter(Path.of("report.csv")));
 * ReportWriter.write(report, Path.of("report.json"));   // or .csv, .txt (Vietnamese summary)
 * }</pre>
 */
public final class ReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ReportWriter() {
    }

    /** The report as a JSON tree: per period, province, levels and units with indicators, index and targets. */
    public static ObjectNode toJson(MetricsReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        r.planName().ifPresent(n -> root.put("plan", n));
        ObjectNode in = root.putObject("input");
        in.put("source", r.input().source());
        in.put("rows_accepted", r.input().rowsAccepted());
        in.put("rows_skipped", r.input().rowsSkipped());
        in.put("units", r.input().units());
        in.put("certification_records", r.input().certifications());
        ObjectNode procs = in.putObject("procedure_catalogue");
        procs.put("full_process_online", r.input().proceduresFull());
        procs.put("partly_online", r.input().proceduresPartial());
        procs.put("not_online", r.input().proceduresNone());
        ArrayNode problems = in.putArray("problems");
        for (RowProblem p : r.input().problems()) {
            problems.addObject().put("source", p.source()).put("line", p.line())
                    .put("reason", p.reason(java.util.Locale.ENGLISH)).put("reason_vi", p.reason(vn.bansao.common.BansaoException.VIETNAMESE));
        }
        ArrayNode periods = root.putArray("periods");
        for (PeriodResult p : r.periods()) {
            ObjectNode pn = periods.addObject();
            pn.put("period", p.period().label());
            pn.put("from", p.period().from().toString());
            pn.put("to", p.period().to().toString());
            pn.set("province", scope(p.province()));
            ArrayNode levels = pn.putArray("levels");
            p.levels().forEach(l -> levels.add(scope(l)));
            ArrayNode units = pn.putArray("units");
            p.units().forEach(u -> units.add(scope(u)));
        }
        ArrayNode trends = root.putArray("trends");
        for (Trend t : r.trends()) {
            trends.addObject().put("scope", t.scope()).put("indicator", t.indicator().code())
                    .put("from", t.from().label()).put("to", t.to().label())
                    .put("from_percent", round(t.fromPercent())).put("to_percent", round(t.toPercent()))
                    .put("change_points", round(t.changePoints()));
        }
        if (!r.readiness().isEmpty()) {
            ArrayNode ready = root.putArray("readiness");
            for (UnitReadiness u : r.readiness()) {
                ObjectNode un = ready.addObject().put("unit", u.unit()).put("ready", u.ready());
                ArrayNode checks = un.putArray("checks");
                u.checks().forEach(c -> checks.addObject().put("item", c.item()).put("passed", c.passed()).put("detail", c.detail()));
                ArrayNode certs = un.putArray("certificates");
                for (CertificateFinding f : u.certificates()) {
                    ObjectNode cn = certs.addObject().put("file", f.file()).put("ok", f.ok());
                    f.subject().ifPresent(s -> cn.put("subject", s));
                    f.notAfter().ifPresent(s -> cn.put("not_after", s.toString()));
                    f.keyBits().ifPresent(b -> cn.put("key_bits", b));
                    ArrayNode issues = cn.putArray("issues");
                    f.issues().stream().map(CertificateIssue::name).forEach(issues::add);
                }
            }
        }
        return root;
    }

    private static ObjectNode scope(ScopeResult s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
        n.put("code", s.code());
        n.put("name", s.name());
        s.level().ifPresent(l -> n.put("level", l.code()));
        s.group().ifPresent(g -> n.put("group", g));
        s.parent().ifPresent(g -> n.put("parent", g));
        ObjectNode index = n.putObject("index");
        index.put("points", round(s.index().points()));
        index.put("points_exact", s.index().points().reduced().toString());
        index.put("max_available", s.index().maxAvailable());
        index.put("out_of_100", round(s.index().outOf100()));
        index.put("band", s.index().band().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode inds = n.putArray("indicators");
        for (IndicatorValue v : s.indicators()) {
            ObjectNode in = inds.addObject();
            in.put("indicator", v.indicator().code());
            in.put("group", v.indicator().group().name().toLowerCase(java.util.Locale.ROOT));
            in.put("label", v.indicator().label(true));
            in.put("numerator", v.numerator());
            in.put("denominator", v.denominator());
            putRatio(in, "rate_percent", v.rate().map(Ratio::percent));
            v.rate().ifPresentOrElse(x -> in.put("rate_exact", x.toString()), () -> in.putNull("rate_exact"));
            if (v.indicator().scored()) {
                in.put("max_points", v.indicator().maxPoints());
                in.put("threshold_percent", v.thresholdPercent());
                putRatio(in, "points", v.points());
                v.points().ifPresentOrElse(x -> in.put("points_exact", x.reduced().toString()), () -> in.putNull("points_exact"));
                in.put("zero_denominator_rule", v.rule().name().toLowerCase(java.util.Locale.ROOT));
            }
            in.put("formula", v.indicator().formula());
        }
        ArrayNode targets = n.putArray("targets");
        for (Attainment a : s.attainments()) {
            ObjectNode t = targets.addObject();
            t.put("indicator", a.indicator().code());
            t.put("target_percent", a.targetPercent());
            putRatio(t, "value_percent", a.valuePercent());
            putRatio(t, "gap_points", a.gapPoints());
            a.met().ifPresentOrElse(m -> t.put("met", m), () -> t.putNull("met"));
            t.put("aggregation", a.aggregation().name().toLowerCase(java.util.Locale.ROOT));
            a.rank().ifPresent(k -> t.put("rank", k));
            if (!a.note().isEmpty()) {
                t.put("note", a.note());
            }
        }
        ObjectNode measures = n.putObject("measures");
        s.measures().forEach(measures::put);
        return n;
    }

    private static void putRatio(ObjectNode n, String key, Optional<Ratio> r) {
        r.ifPresentOrElse(x -> n.put(key, round(x)), () -> n.putNull(key));
    }

    private static BigDecimal round(Ratio r) {
        return r.toDecimal(2);
    }

    /** Writes JSON, CSV or the Vietnamese text summary, chosen by the extension (.json, .csv, .txt). */
    public static void write(MetricsReport r, java.nio.file.Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try {
            if (n.endsWith(".json")) {
                try (OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file))) {
                    json(r, out);
                }
            } else if (n.endsWith(".csv")) {
                try (Writer w = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
                    csv(r, w);
                }
            } else if (n.endsWith(".txt")) {
                java.nio.file.Files.writeString(file, TextSummary.of(r, true), java.nio.charset.StandardCharsets.UTF_8);
            } else {
                throw new IllegalArgumentException("report file must end in .json, .csv or .txt: " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON as a string. */
    public static String jsonString(MetricsReport r) {
        try {
            return MAPPER.writeValueAsString(toJson(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void json(MetricsReport r, OutputStream out) {
        try {
            MAPPER.writeValue(out, toJson(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per period × scope × indicator, with the target columns filled where a target applies. */
    public static void csv(MetricsReport r, Writer out) {
        try {
            out.write("period,scope,code,name,level,group,indicator,numerator,denominator,rate_percent,points,max_points,"
                    + "target_percent,met,gap_points,rank\r\n");
            for (PeriodResult p : r.periods()) {
                for (ScopeResult s : concat(p)) {
                    for (IndicatorValue v : s.indicators()) {
                        Optional<Attainment> a = s.attainment(v.indicator());
                        line(out, p.period().label(), s.kind().name().toLowerCase(java.util.Locale.ROOT), s.code(), s.name(),
                                s.level().map(l -> l.code()).orElse(""), s.group().orElse(""), v.indicator().code(),
                                Long.toString(v.numerator()), Long.toString(v.denominator()),
                                v.rate().map(x -> round(x.percent()).toPlainString()).orElse(""),
                                v.points().map(x -> round(x).toPlainString()).orElse(""),
                                v.indicator().scored() ? Integer.toString(v.indicator().maxPoints()) : "",
                                a.map(x -> x.targetPercent().toPlainString()).orElse(""),
                                a.flatMap(Attainment::met).map(String::valueOf).orElse(""),
                                a.flatMap(Attainment::gapPoints).map(x -> round(x).toPlainString()).orElse(""),
                                a.flatMap(Attainment::rank).map(String::valueOf).orElse(""));
                    }
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ScopeResult> concat(PeriodResult p) {
        List<ScopeResult> all = new java.util.ArrayList<>();
        all.add(p.province());
        all.addAll(p.levels());
        all.addAll(p.units());
        return all;
    }

    private static void line(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String c = cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.write('"' + c.replace("\"", "\"\"") + '"');
            } else {
                out.write(c);
            }
        }
        out.write("\r\n");
    }
}
