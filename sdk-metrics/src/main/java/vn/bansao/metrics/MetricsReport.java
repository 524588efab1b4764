package vn.bansao.metrics;

import java.util.List;
import java.util.Optional;
import vn.bansao.metrics.readiness.UnitReadiness;

/**
 * The result of {@link Metrics}: per period, per unit, per level and province-wide indicators, the service
 * index and attainment against the plan; trends between consecutive periods; readiness reviews.
 * Write it with {@link vn.bansao.metrics.output.ReportWriter} or draw it with {@link vn.bansao.metrics.output.MetricsCharts}.
 *
 * <pre>{@code
 * MetricsReport r = Metrics.compute(Path.of("dossiers.csv"));
 * ReportWriter.json(r, out);
 * }</pre>
 *
 * @param planName  the plan's name, if a plan was given
 * @param periods   one result per period, in the order given
 * @param trends    changes between consecutive periods
 * @param input     what was read
 * @param readiness readiness review per unit, if requested
 */
public record MetricsReport(Optional<String> planName, List<PeriodResult> periods, List<Trend> trends, InputSummary input,
                            List<UnitReadiness> readiness) {

    public PeriodResult period(int i) {
        return periods.get(i);
    }
}
