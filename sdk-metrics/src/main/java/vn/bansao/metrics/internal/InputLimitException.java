package vn.bansao.metrics.internal;

import java.util.Objects;
import vn.bansao.common.LocalizedText;

/**
 * A cap on distinct values was reached ({@link Dictionary}, {@link Accumulator}). Thrown where neither file nor line
 * is known; the reader that fed the row catches it and throws a {@link vn.bansao.metrics.MetricsInputException}
 * naming its source and the row's line.
 *
 * <pre>{@code
 * try { acc.add(row); } catch (InputLimitException e) { throw new MetricsInputException(MetricsText.at(source, line, e.text())); }
 * }</pre>
 */
public final class InputLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    public InputLimitException(LocalizedText text) {
        super(Objects.requireNonNull(text, "text").toString(), null, false, false); // control flow, no stack trace
        this.text = text;
    }

    /** What was exceeded, in both languages. */
    public LocalizedText text() {
        return text;
    }
}
