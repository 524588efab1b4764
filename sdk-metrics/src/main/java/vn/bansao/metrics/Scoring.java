package vn.bansao.metrics;

import java.util.EnumMap;
import java.util.Map;

/**
 * Thresholds and zero-denominator rules of the service index (sources disagree, so both are configurable;
 * defaults in {@link Indicator}). Immutable; change it through {@link Metrics.Builder}.
 *
 * <pre>{@code
 * Scoring s = Scoring.defaults().withThreshold(Indicator.DATA_REUSE, 80);
 * s.points(Indicator.DATA_REUSE, 40, 100);   // 1 point of 2 (40% of the 80% threshold)
 * }</pre>
 */
public final class Scoring {

    private final Map<Indicator, Integer> thresholds;
    private final Map<Indicator, ZeroDenominatorRule> zeroRules;

    private Scoring(Map<Indicator, Integer> thresholds, Map<Indicator, ZeroDenominatorRule> zeroRules) {
        this.thresholds = thresholds;
        this.zeroRules = zeroRules;
    }

    public static Scoring defaults() {
        Map<Indicator, Integer> t = new EnumMap<>(Indicator.class);
        Map<Indicator, ZeroDenominatorRule> z = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            t.put(i, i.defaultThresholdPercent());
            z.put(i, i.defaultZeroDenominatorRule());
        }
        return new Scoring(t, z);
    }

    public Scoring withThreshold(Indicator i, int percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("threshold must be 1..100%: " + percent);
        }
        Map<Indicator, Integer> t = new EnumMap<>(thresholds);
        t.put(i, percent);
        return new Scoring(t, zeroRules);
    }

    public Scoring withZeroDenominator(Indicator i, ZeroDenominatorRule rule) {
        Map<Indicator, ZeroDenominatorRule> z = new EnumMap<>(zeroRules);
        z.put(i, rule);
        return new Scoring(thresholds, z);
    }

    public int thresholdPercent(Indicator i) {
        return thresholds.get(i);
    }

    public ZeroDenominatorRule zeroDenominatorRule(Indicator i) {
        return zeroRules.get(i);
    }

    /**
     * {@code min(max, max × rate ÷ threshold)} exactly; for a zero denominator, per the rule (empty when the
     * indicator is left out).
     */
    public java.util.Optional<Ratio> points(Indicator i, long numerator, long denominator) {
        if (!i.scored()) {
            return java.util.Optional.empty();
        }
        Ratio max = Ratio.of(i.maxPoints(), 1);
        if (denominator == 0) {
            return switch (zeroRules.get(i)) {
                case FULL_MARKS -> java.util.Optional.of(max);
                case ZERO -> java.util.Optional.of(Ratio.ZERO);
                case NOT_APPLICABLE -> java.util.Optional.empty();
            };
        }
        Ratio rate = Ratio.of(numerator, denominator);
        Ratio threshold = Ratio.of(thresholds.get(i), 100);
        return java.util.Optional.of(max.times(rate).dividedBy(threshold).min(max));
    }
}
