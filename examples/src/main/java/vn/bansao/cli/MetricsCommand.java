package vn.bansao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.bansao.metrics.Indicator;
import vn.bansao.metrics.Metrics;
import vn.bansao.metrics.MetricsReport;
import vn.bansao.metrics.Period;
import vn.bansao.metrics.RowPolicy;
import vn.bansao.metrics.Samples;
import vn.bansao.metrics.ZeroDenominatorRule;
import vn.bansao.metrics.output.MetricsCharts;
import vn.bansao.metrics.output.ReportWriter;
import vn.bansao.metrics.output.TextSummary;
import vn.bansao.metrics.target.Plan;
import vn.bansao.metrics.target.PlanLoader;

/**
 * {@code bansao metrics}: Tính chỉ tiêu và chỉ số phục vụ / Compute targets and the service index.
 *
 * <pre>{@code
 * bansao metrics --sample --format text
 * bansao metrics --dossiers hoso.csv --units donvi.csv --plan ke-hoach.yaml --period 2023-Q1,2023-Q2 --format json --out r.json
 * bansao metrics --dossiers hoso.csv --plan ke-hoach.yaml --format png --chart trend --indicator online_dossiers --out trend.png
 * }</pre>
 */
@Command(name = "metrics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Tính chỉ tiêu và chỉ số phục vụ (Quyết định 766) / Compute targets and the service index (Decision 766)",
                "",
                "Ví dụ / examples:",
                "  bansao metrics --sample --format text",
                "  bansao metrics --dossiers examples/samples/metrics/my-tho-dossiers.csv \\",
                "      --units examples/samples/metrics/my-tho-units.csv --plan examples/samples/metrics/my-tho-2022.yaml \\",
                "      --period 2022-Q4,2023-Q1 --format json --out report.json",
                "  bansao metrics --sample --format svg --chart trend --indicator online_dossiers --out trend.svg",
                "  bansao metrics --dossiers hoso.csv --units donvi.csv --certifications so.csv --plan sample:binh-duong.yaml \\",
                "      --readiness examples/samples/metrics/binh-duong-readiness.yaml --expiry-days 30"})
final class MetricsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dossiers", paramLabel = "FILE", description = "Hồ sơ (CSV hoặc JSON Lines) / dossier records (CSV or JSON Lines)")
    Path dossiers;

    @Option(names = "--units", paramLabel = "FILE", description = "Danh mục đơn vị / unit catalogue (code,name,level,group,parent)")
    Path units;

    @Option(names = "--procedures", paramLabel = "FILE", description = "Danh mục TTHC / procedure catalogue (code,online_level,has_fee)")
    Path procedures;

    @Option(names = "--certifications", paramLabel = "FILE",
            description = "Sổ chứng thực / certification records (agency_code,date,register_type,kind)")
    Path certifications;

    @Option(names = "--plan", paramLabel = "PLAN",
            description = "Kế hoạch JSON/YAML, hoặc mẫu / plan file, or a sample: sample:my-tho-2022.yaml, sample:dak-lak-2023.yaml, "
                    + "sample:binh-duong.yaml, sample:national.yaml")
    String plan;

    @Option(names = "--period", paramLabel = "SPEC",
            description = "Kỳ, cách nhau bởi dấu phẩy / periods, comma-separated: 2023, 2023-Q1, 2023-05, 2022-12-15..2023-12-31, all")
    String period;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "json|csv|text|png|svg (mặc định / default: text)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Tệp kết quả (mặc định: màn hình) / output file (default: standard output)")
    Path out;

    @Option(names = "--lang", defaultValue = "vi", description = "vi|en")
    String lang;

    @Option(names = "--chart", defaultValue = "attainment", description = "attainment|trend (png, svg)")
    String chart;

    @Option(names = "--indicator", paramLabel = "CODE", description = "Chỉ tiêu cho biểu đồ / indicator charted (default: the plan's first)")
    String indicator;

    @Option(names = "--policy", defaultValue = "skip", description = "Dòng lỗi / malformed rows: skip|fail")
    String policy;

    @Option(names = "--threshold", paramLabel = "CODE=PCT", description = "Ngưỡng điểm tối đa / full-marks threshold, e.g. data_reuse=80")
    Map<String, Integer> thresholds = Map.of();

    @Option(names = "--zero-denominator", paramLabel = "CODE=RULE", description = "full_marks|zero|not_applicable")
    Map<String, String> zeroRules = Map.of();

    @Option(names = "--readiness", paramLabel = "FILE", description = "Danh mục kiểm tra sẵn sàng / readiness checklist (JSON/YAML)")
    Path readiness;

    @Option(names = "--expiry-days", defaultValue = "30", description = "Cảnh báo chứng thư hết hạn trong N ngày / warn N days before expiry")
    int expiryDays;

    @Option(names = "--threads", defaultValue = "2", description = "Luồng đọc CSV / CSV scanning threads")
    int threads;

    @Option(names = "--sample", description = "Dùng dữ liệu mẫu Mỹ Tho / use the bundled Mỹ Tho sample data and plan")
    boolean sample;

    @Override
    public Integer call() throws IOException {
        boolean vi = switch (lang.toLowerCase(Locale.ROOT)) {
            case "vi" -> true;
            case "en" -> false;
            default -> throw new ParameterException(spec.commandLine(), "--lang: vi|en");
        };
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("json", "csv", "text", "png", "svg").contains(fmt)) {
            throw new ParameterException(spec.commandLine(), "--format: json|csv|text|png|svg");
        }
        if ((fmt.equals("png") || fmt.equals("svg")) && out == null) {
            throw new ParameterException(spec.commandLine(), "--format " + fmt + " cần --out / needs --out");
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // charts are drawn off-screen, also on servers without a display
        }
        Path sampleDir = null;
        try {
            Metrics.Builder b = Metrics.builder();
            Plan thePlan = null;
            List<Period> periods = null;
            if (sample) {
                sampleDir = Samples.extract(Files.createTempDirectory("bansao-metrics-sample"));
                b.dossiers(sampleDir.resolve(Samples.DOSSIERS)).units(sampleDir.resolve(Samples.UNITS))
                        .certifications(sampleDir.resolve(Samples.CERTIFICATIONS)).procedures(sampleDir.resolve(Samples.PROCEDURES));
                thePlan = PlanLoader.load(sampleDir.resolve(Samples.MY_THO_PLAN));
                periods = Period.parseList("2022-Q4,2023-Q1,2023-Q2,2023-Q3,2023-Q4");
            } else if (dossiers == null) {
                throw new ParameterException(spec.commandLine(), "cần --dossiers hoặc --sample / --dossiers or --sample is required");
            }
            if (dossiers != null) {
                b.dossiers(dossiers);
            }
            if (units != null) {
                b.units(units);
            }
            if (procedures != null) {
                b.procedures(procedures);
            }
            if (certifications != null) {
                b.certifications(certifications);
            }
            if (plan != null) {
                thePlan = plan.startsWith("sample:") ? PlanLoader.sample(plan.substring(7)) : PlanLoader.load(Path.of(plan));
            }
            if (thePlan != null) {
                b.plan(thePlan);
            }
            if (period != null) {
                try {
                    periods = Period.parseList(period);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
            }
            if (periods != null && !periods.isEmpty()) {
                b.periods(periods);
            }
            b.rowPolicy(switch (policy.toLowerCase(Locale.ROOT)) {
                case "skip" -> RowPolicy.SKIP;
                case "fail" -> RowPolicy.FAIL;
                default -> throw new ParameterException(spec.commandLine(), "--policy: skip|fail");
            });
            thresholds.forEach((k, v) -> b.threshold(indicator(k), v));
            zeroRules.forEach((k, v) -> {
                try {
                    b.zeroDenominator(indicator(k), ZeroDenominatorRule.valueOf(v.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--zero-denominator: full_marks|zero|not_applicable");
                }
            });
            if (readiness != null) {
                b.readiness(readiness, expiryDays);
            }
            b.threads(threads);
            MetricsReport report = b.compute();
            write(report, fmt, vi, thePlan);
            if (report.input().rowsSkipped() > 0) {
                spec.commandLine().getErr().println(CliText.METRICS_ROWS_SKIPPED.in(vi, report.input().rowsSkipped(),
                        report.input().problems().get(0).text())); // a LocalizedText: in the --lang language
            }
            return 0;
        } finally {
            if (sampleDir != null) {
                try (var files = Files.list(sampleDir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(sampleDir);
            }
        }
    }

    private Indicator indicator(String code) {
        return Indicator.parse(code).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "chỉ tiêu lạ / unknown indicator: " + code));
    }

    private void write(MetricsReport report, String fmt, boolean vi, Plan thePlan) throws IOException {
        if (fmt.equals("png") || fmt.equals("svg")) {
            Indicator ind = indicator != null ? indicator(indicator)
                    : thePlan != null && !thePlan.indicators().isEmpty() ? thePlan.indicators().get(0) : Indicator.ONLINE_DOSSIERS;
            MetricsCharts.Format f = fmt.equals("png") ? MetricsCharts.Format.PNG : MetricsCharts.Format.SVG;
            // write next to the target, then move: a failed chart leaves no half-written file
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".bansao-metrics", "." + fmt);
            try {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    if (chart.equals("trend")) {
                        MetricsCharts.trend(report, ind, vi, f, os);
                    } else {
                        MetricsCharts.attainment(report, report.periods().size() - 1, ind, vi, f, os);
                    }
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return;
        }
        String text = switch (fmt) {
            case "json" -> ReportWriter.jsonString(report) + "\n";
            case "csv" -> {
                StringWriter w = new StringWriter();
                ReportWriter.csv(report, w);
                yield w.toString();
            }
            default -> TextSummary.of(report, vi);
        };
        if (out == null) {
            PrintWriter pw = spec.commandLine().getOut();
            pw.print(text);
            pw.flush();
        } else {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".bansao-metrics", "." + fmt);
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
