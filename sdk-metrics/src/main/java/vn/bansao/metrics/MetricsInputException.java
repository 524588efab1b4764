package vn.bansao.metrics;

/**
 * Bad input: an unreadable file, a missing required column, or a malformed row under {@link RowPolicy#FAIL}.
 * The message names the source and the line, in Vietnamese and English.
 *
 * <pre>{@code
 * try { Metrics.compute(path); } catch (MetricsInputException e) { e.problem().ifPresent(...); }
 * }</pre>
 */
public final class MetricsInputException extends RuntimeException {

    private final transient RowProblem problem;

    public MetricsInputException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    public MetricsInputException(String message) {
        this(message, (Throwable) null);
    }

    public MetricsInputException(RowProblem problem) {
        super("dòng lỗi / malformed row " + problem);
        this.problem = problem;
    }

    public java.util.Optional<RowProblem> problem() {
        return java.util.Optional.ofNullable(problem);
    }
}
