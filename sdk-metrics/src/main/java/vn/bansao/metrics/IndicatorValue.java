package vn.bansao.metrics;

import java.util.Optional;

/**
 * One indicator for one scope and period.
 *
 * <pre>{@code
 * IndicatorValue v = report.period(0).province().indicator(Indicator.DIGITISATION).orElseThrow();
 * v.rate().map(r -> r.formatPercent(true));   // "89,95%"
 * }</pre>
 *
 * @param indicator        the indicator
 * @param numerator        numerator count
 * @param denominator      denominator count
 * @param rate             numerator ÷ denominator; empty when the denominator is zero
 * @param points           Decision 766 points; empty for provincial indicators and left-out ones
 * @param thresholdPercent rate at which full points are reached
 * @param rule             the zero-denominator rule in force
 */
public record IndicatorValue(Indicator indicator, long numerator, long denominator, Optional<Ratio> rate,
                             Optional<Ratio> points, int thresholdPercent, ZeroDenominatorRule rule) {
}
