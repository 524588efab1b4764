package vn.bansao.metrics.target;

/**
 * How a level-wide or province-wide value is formed for a target. The default, and the way the provinces
 * report (Đắk Lắk's 89.95%), is pooled over dossiers; the unweighted mean of units only where a plan asks.
 *
 * <pre>{@code
 * Aggregation.parse("mean_of_units")
 * }</pre>
 */
public enum Aggregation {
    /** Sum of numerators ÷ sum of denominators over all dossiers of the scope. */
    POOLED,
    /** Unweighted mean of the rates of the scope's units that have a denominator. */
    MEAN_OF_UNITS;

    public static Aggregation parse(String s) {
        return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
