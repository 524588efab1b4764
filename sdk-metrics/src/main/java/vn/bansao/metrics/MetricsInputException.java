package vn.bansao.metrics;

import vn.bansao.common.BansaoException;

/**
 * Bad input: an unreadable file, a missing required column, or a malformed row under {@link RowPolicy#FAIL}.
 * The message names the source and the line, in Vietnamese and English. Codes {@code METRICS_INPUT_INVALID},
 * {@code METRICS_MALFORMED_ROW} ({@link MetricsError}).
 *
 * <pre>{@code
 * try { Metrics.compute(path); } catch (MetricsInputException e) { e.problem().ifPresent(...); }
 * }</pre>
 */
public final class MetricsInputException extends BansaoException {

    private static final long serialVersionUID = 1L;

    private final transient RowProblem problem;

    public MetricsInputException(String message, Throwable cause) {
        super(MetricsError.METRICS_INPUT_INVALID, cause, message);
        this.problem = null;
    }

    public MetricsInputException(String message) {
        this(message, (Throwable) null);
    }

    public MetricsInputException(RowProblem problem) {
        super(MetricsError.METRICS_MALFORMED_ROW, (Throwable) null, String.valueOf(problem));
        this.problem = problem;
    }

    public java.util.Optional<RowProblem> problem() {
        return java.util.Optional.ofNullable(problem);
    }
}
