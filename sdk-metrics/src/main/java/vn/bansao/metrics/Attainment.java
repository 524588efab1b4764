package vn.bansao.metrics;

import java.math.BigDecimal;
import java.util.Optional;
import vn.bansao.metrics.target.Aggregation;

/**
 * A scope's result against a plan target.
 *
 * <pre>{@code
 * for (Attainment a : scope.attainments()) {
 *     System.out.println(a.indicator() + " " + a.met().orElse(null) + " gap " + a.gapPoints());
 * }
 * }</pre>
 *
 * @param indicator      the indicator
 * @param targetPercent  target value in percent (after escalation)
 * @param valuePercent   achieved value in percent (exact); empty when nothing to measure
 * @param gapPoints      value − target in percentage points; negative when short
 * @param met            value ≥ target; empty when there is no value
 * @param aggregation    how the value was formed above unit level
 * @param rank           1-based rank among units of the same level by value (units only)
 * @param note           the target's source text
 */
public record Attainment(Indicator indicator, BigDecimal targetPercent, Optional<Ratio> valuePercent,
                         Optional<Ratio> gapPoints, Optional<Boolean> met, Aggregation aggregation,
                         Optional<Integer> rank, String note) {
}
