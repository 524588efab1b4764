package vn.bansao.metrics;

/**
 * What to do with a malformed input row.
 *
 * <pre>{@code
 * Metrics.builder().rowPolicy(RowPolicy.FAIL)
 * }</pre>
 */
public enum RowPolicy {
    /** Report it (line number and reason), count it as skipped, go on. */
    SKIP,
    /** Stop at the first malformed row with a {@link MetricsInputException}. */
    FAIL
}
