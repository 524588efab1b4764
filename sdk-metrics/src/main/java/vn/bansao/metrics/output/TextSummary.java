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

import static vn.bansao.metrics.internal.ReportText.*;

/**
 * A plain-text summary for people: Vietnamese by default (decimal comma, {@code 89,95%}), English on request. The
 * labels come from {@link vn.bansao.metrics.internal.ReportText}'s bundles.
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
        b.append(TITLE.in(vi)).append('\n');
        r.planName().ifPresent(n -> b.append(PLAN.in(vi, n)).append('\n'));
        b.append(SOURCE.in(vi, r.input().source(), r.input().rowsAccepted(), r.input().rowsSkipped())).append('\n');
        int catalogue = r.input().proceduresFull() + r.input().proceduresPartial() + r.input().proceduresNone();
        if (catalogue > 0) {
            b.append(CATALOGUE.in(vi, r.input().proceduresFull(), r.input().proceduresPartial(), r.input().proceduresNone(),
                    catalogue)).append('\n');
        }
        for (RowProblem p : r.input().problems().subList(0, Math.min(5, r.input().problems().size()))) {
            b.append("  ! ").append(p.message(vi ? vn.bansao.common.BansaoException.VIETNAMESE : java.util.Locale.ENGLISH)).append('\n');
        }
        for (PeriodResult p : r.periods()) {
            b.append('\n').append(PERIOD.in(vi, p.period().label()));
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
                b.append(UNITS_SHORT_OF_TARGET.in(vi)).append('\n');
                missed.forEach(m -> b.append(m).append('\n'));
            }
        }
        List<Trend> provinceTrends = r.trends().stream().filter(t -> t.scope().equals("province")).toList();
        if (!provinceTrends.isEmpty()) {
            b.append('\n').append(PROVINCE_TREND.in(vi)).append('\n');
            for (Trend t : provinceTrends) {
                b.append("  ").append(t.indicator().label(vi)).append(": ").append(t.from().label()).append(' ')
                        .append(Ratio.formatNumber(t.fromPercent(), vi)).append("% → ").append(t.to().label()).append(' ')
                        .append(Ratio.formatNumber(t.toPercent(), vi)).append("% (")
                        .append(t.changePoints().signum() >= 0 ? "+" : "").append(Ratio.formatNumber(t.changePoints(), vi))
                        .append(' ').append(PERCENTAGE_POINTS.in(vi)).append(")\n");
            }
        }
        for (UnitReadiness u : r.readiness()) {
            b.append('\n').append(READINESS.in(vi, u.unit())).append(": ").append((u.ready() ? READY : NOT_READY).in(vi)).append('\n');
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
        b.append(s.kind() == ScopeResult.Kind.PROVINCE ? PROVINCE_WIDE.in(vi) : s.name())
                .append(": ").append(SERVICE_INDEX.in(vi)).append(' ');
        if (s.index().maxAvailable() > 0) {
            b.append(Ratio.formatNumber(s.index().outOf100(), vi)).append("/100 (")
                    .append(Ratio.formatNumber(s.index().points(), vi)).append('/').append(s.index().maxAvailable())
                    .append(' ').append(POINTS_WITH_DATA.in(vi)).append(") — ").append(s.index().band().label(vi));
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
                    .append(v.indicator().maxPoints()).append(' ').append(POINTS.in(vi)));
            s.attainment(v.indicator()).ifPresent(a -> b.append(target(a, vi)));
            b.append('\n');
        }
    }

    private static String target(Attainment a, boolean vi) {
        String t = " [" + TARGET.in(vi) + " " + Ratio.formatNumber(Ratio.of(a.targetPercent()), vi) + "%";
        if (a.met().isEmpty()) {
            return t + ", " + NO_DATA.in(vi) + "]";
        }
        String gap = a.gapPoints().map(g -> (signum(g) >= 0 ? "+" : "") + Ratio.formatNumber(g, vi)).orElse("");
        return t + ": " + (a.met().get() ? MET : NOT_MET).in(vi) + ", " + gap
                + " " + PERCENTAGE_POINTS.in(vi) + (a.aggregation() == vn.bansao.metrics.target.Aggregation.MEAN_OF_UNITS
                ? ", " + MEAN_OF_UNITS.in(vi) : "") + "]";
    }
}
