package vn.bansao.metrics;

/**
 * What an indicator scores when its denominator is zero (nothing to measure in the period).
 *
 * <pre>{@code
 * Metrics.builder().zeroDenominator(Indicator.COMPLAINTS_ON_TIME, ZeroDenominatorRule.FULL_MARKS)
 * }</pre>
 */
public enum ZeroDenominatorRule {
    /** Full points (the default for complaint indicators: no complaints, nothing handled late). */
    FULL_MARKS,
    /** Zero points. */
    ZERO,
    /** Left out: neither points nor maximum count toward the index. */
    NOT_APPLICABLE
}
