package vn.bansao.verify;

/**
 * How much a {@link Finding} weighs on the verdict.
 *
 * <pre>{@code
 * report.reasons().stream().filter(f -> f.severity() == Severity.ERROR)
 * }</pre>
 */
public enum Severity {
    /** Makes the verdict INVALID. */
    ERROR,
    /** Makes the verdict at best INDETERMINATE. */
    UNCERTAIN,
    /** Shown to the reader, no effect on the verdict. */
    INFO
}
