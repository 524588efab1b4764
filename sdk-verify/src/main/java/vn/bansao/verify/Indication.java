package vn.bansao.verify;

/**
 * ETSI EN 319 102-1 main indication of one signature or timestamp.
 *
 * <pre>{@code
 * report.signatures().get(0).indication() == Indication.TOTAL_PASSED
 * }</pre>
 */
public enum Indication {
    TOTAL_PASSED,
    TOTAL_FAILED,
    INDETERMINATE
}
