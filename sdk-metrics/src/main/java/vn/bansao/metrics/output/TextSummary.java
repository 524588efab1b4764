package vn.bansao.metrics.output;

import java.time.format.DateTimeFormatter;
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
import vn.bansao.metrics.readiness.UnitReadiness;

/**
 * A plain-text summary for people: Vietnamese by default (decimal comma, {@code 89,95%}), English on request.
 *
 * <pre>{@code
 * System.out.print(TextSummary.of(report, true));
 * }</pre>
 */
public final class TextSummary {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TextSummary() {
    }

    public static String of(MetricsReport r, boolean vi) {
        StringBuilder b = new StringBuilder();
        b.append(vi ? "BÁO CÁO CHỈ SỐ PHỤC VỤ VÀ CHỈ TIÊU" : "SERVICE INDEX AND TARGET REPORT").append('\n');
        r.planName().ifPresent(n -> b.append(vi ? "Kế hoạch: " : "Plan: ").append(n).append('\n'));
        b.append(vi ? "Nguồn: " : "Source: ").append(r.input().source()).append(vi ? " — hồ sơ hợp lệ: " : " — rows accepted: ")
                .append(r.input().rowsAccepted()).append(vi ? ", dòng lỗi bỏ qua: " : ", rows skipped: ")
                .append(r.input().rowsSkipped()).append('\n');
        int catalogue = r.input().proceduresFull() + r.input().proceduresPartial() + r.input().proceduresNone();
        if (catalogue > 0) {
            b.append(vi ? "Danh mục TTHC: toàn trình " : "Procedure catalogue: full-process online ").append(r.input().proceduresFull())
                    .append(vi ? ", một phần " : ", partly online ").append(r.input().proceduresPartial())
                    .append(vi ? ", chưa trực tuyến " : ", not online ").append(r.input().proceduresNone())
                    .append(" / ").append(catalogue).append('\n');
        }
        for (RowProblem p : r.input().problems().subList(0, Math.min(5, r.input().problems().size()))) {
            b.append("  ! ").append(p).append('\n');
        }
        for (PeriodResult p : r.periods()) {
            b.append('\n').append(vi ? "Kỳ " : "Period ").append(p.period().label());
            if (!p.period().label().equals("all")) {
                b.append(" (").append(p.period().from().format(VN)).append("–").append(p.period().to().format(VN)).append(')');
            }
            b.append('\n');
            scope(b, p.province(), vi, true);
            for (ScopeResult l : p.levels()) {
                scope(b, l, vi, false);
            }
            List<String> missed = p.units().stream().flatMap(u -> u.attainments().stream()
                    .filter(a -> a.met().equals(Optional.of(false)))
                    .map(a -> "  - " + u.name() + " (" + u.code() + "): " + a.indicator().label(vi) + " "
                            + a.valuePercent().map(v -> Ratio.formatNumber(v, vi) + "%").orElse("—") + " < "
                            + Ratio.formatNumber(Ratio.of(a.targetPercent()), vi) + "%")).toList();
            if (!missed.isEmpty()) {
                b.append(vi ? "Đơn vị chưa đạt chỉ tiêu:\n" : "Units short of target:\n");
                missed.forEach(m -> b.append(m).append('\n'));
            }
        }
        List<Trend> provinceTrends = r.trends().stream().filter(t -> t.scope().equals("province")).toList();
        if (!provinceTrends.isEmpty()) {
            b.append('\n').append(vi ? "Xu hướng toàn tỉnh:\n" : "Province-wide trend:\n");
            for (Trend t : provinceTrends) {
                b.append("  ").append(t.indicator().label(vi)).append(": ").append(t.from().label()).append(' ')
                        .append(Ratio.formatNumber(t.fromPercent(), vi)).append("% → ").append(t.to().label()).append(' ')
                        .append(Ratio.formatNumber(t.toPercent(), vi)).append("% (")
                        .append(t.changePoints().signum() >= 0 ? "+" : "").append(Ratio.formatNumber(t.changePoints(), vi))
                        .append(vi ? " điểm %)" : " points)").append('\n');
            }
        }
        for (UnitReadiness u : r.readiness()) {
            b.append('\n').append(vi ? "Sẵn sàng " : "Readiness ").append(u.unit()).append(": ")
                    .append(u.ready() ? (vi ? "đạt" : "ready") : (vi ? "chưa đạt" : "not ready")).append('\n');
            u.checks().forEach(c -> b.append("  [").append(c.passed() ? "x" : " ").append("] ").append(c.item()).append(": ")
                    .append(c.detail()).append('\n'));
            for (CertificateFinding f : u.certificates()) {
                if (!f.ok()) {
                    b.append("    ").append(f.file()).append(": ");
                    b.append(String.join("; ", f.issues().stream().map(i -> i.label(vi)).toList())).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static int signum(Ratio r) {
        return r.numerator().signum();
    }

    private static void scope(StringBuilder b, ScopeResult s, boolean vi, boolean detail) {
        b.append(s.kind() == ScopeResult.Kind.PROVINCE ? (vi ? "Toàn tỉnh" : "Province-wide") : s.name())
                .append(vi ? ": chỉ số phục vụ " : ": service index ");
        if (s.index().maxAvailable() > 0) {
            b.append(Ratio.formatNumber(s.index().outOf100(), vi)).append("/100 (")
                    .append(Ratio.formatNumber(s.index().points(), vi)).append('/').append(s.index().maxAvailable())
                    .append(vi ? " điểm có dữ liệu) — " : " points with data) — ").append(s.index().band().label(vi));
        } else {
            b.append(s.index().band().label(vi));
        }
        b.append('\n');
        for (IndicatorValue v : s.indicators()) {
            if (!detail && v.denominator() == 0) {
                continue;
            }
            b.append("  ").append(v.indicator().label(vi)).append(": ").append(v.numerator()).append('/').append(v.denominator());
            v.rate().ifPresent(x -> b.append(" = ").append(x.formatPercent(vi)));
            v.points().ifPresent(x -> b.append(" — ").append(Ratio.formatNumber(x, vi)).append('/')
                    .append(v.indicator().maxPoints()).append(vi ? " điểm" : " points"));
            s.attainment(v.indicator()).ifPresent(a -> b.append(target(a, vi)));
            b.append('\n');
        }
    }

    private static String target(Attainment a, boolean vi) {
        String t = (vi ? " [chỉ tiêu " : " [target ") + Ratio.formatNumber(Ratio.of(a.targetPercent()), vi) + "%";
        if (a.met().isEmpty()) {
            return t + (vi ? ", chưa có dữ liệu]" : ", no data]");
        }
        String gap = a.gapPoints().map(g -> (signum(g) >= 0 ? "+" : "") + Ratio.formatNumber(g, vi)).orElse("");
        return t + ": " + (a.met().get() ? (vi ? "đạt" : "met") : (vi ? "chưa đạt" : "not met")) + ", " + gap
                + (vi ? " điểm %" : " points") + (a.aggregation() == vn.bansao.metrics.target.Aggregation.MEAN_OF_UNITS
                ? (vi ? ", bình quân đơn vị" : ", mean of units") : "") + "]";
    }
}
