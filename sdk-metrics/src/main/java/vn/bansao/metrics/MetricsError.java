package vn.bansao.metrics;

import vn.bansao.common.ErrorCode;

/**
 * The stable codes of the metrics' input errors; texts in {@code vn/bansao/metrics/errors.properties} and
 * {@code errors_vi.properties}.
 *
 * <pre>{@code
 * catch (MetricsInputException e) { if (e.errorCode() == MetricsError.METRICS_MALFORMED_ROW) { ... } }
 * }</pre>
 */
public enum MetricsError implements ErrorCode {
    /** An unreadable file, a missing column, a bad plan or checklist: {0} the detail, naming source and line. */
    METRICS_INPUT_INVALID,
    /** A malformed row under {@link RowPolicy#FAIL}: {0} the row's problem ({@link RowProblem#text()}). */
    METRICS_MALFORMED_ROW;

    @Override
    public String bundle() {
        return "vn.bansao.metrics.errors";
    }
}
