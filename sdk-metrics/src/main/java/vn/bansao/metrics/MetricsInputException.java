package vn.bansao.metrics;

import java.util.Objects;
import java.util.Optional;
import vn.bansao.common.BansaoException;
import vn.bansao.common.LocalizedText;

/**
 * Bad input: an unreadable file, a missing required column, a bad plan, or a malformed row under
 * {@link RowPolicy#FAIL}. Each language's message names the source, the line where there is one, and what is
 * wrong ({@code "dossiers.csv:1: thiếu cột agency_code"}, {@code "dossiers.csv:1: missing column agency_code"});
 * {@link #messageVi()} / {@link #messageEn()} give that detail alone. Codes {@code METRICS_INPUT_INVALID},
 * {@code METRICS_MALFORMED_ROW} ({@link MetricsError}).
 *
 * <pre>{@code
 * try {
 *     Metrics.compute(path);
 * } catch (MetricsInputException e) {
 *     show(e.message(BansaoException.VIETNAMESE));                  // or e.message(Locale.ENGLISH)
 *     e.problem().ifPresent(p -> highlight(p.source(), p.line()));  // the malformed row, under FAIL
 * }
 * }</pre>
 */
public final class MetricsInputException extends BansaoException {

    private static final long serialVersionUID = 1L;

    private final transient RowProblem problem;

    /** Bad input described in both languages ({@code detail} names the source and the line), with its cause. */
    public MetricsInputException(LocalizedText detail, Throwable cause) {
        super(MetricsError.METRICS_INPUT_INVALID, Objects.requireNonNull(detail, "detail"), cause);
        this.problem = null;
    }

    /** Bad input described in both languages ({@code detail} names the source and the line). */
    public MetricsInputException(LocalizedText detail) {
        this(detail, null);
    }

    /** The first malformed row under {@link RowPolicy#FAIL}. */
    public MetricsInputException(RowProblem problem) {
        super(MetricsError.METRICS_MALFORMED_ROW, Objects.requireNonNull(problem, "problem").text(), null);
        this.problem = problem;
    }

    /** The malformed row, when this is one ({@code METRICS_MALFORMED_ROW}). */
    public Optional<RowProblem> problem() {
        return Optional.ofNullable(problem);
    }
}
