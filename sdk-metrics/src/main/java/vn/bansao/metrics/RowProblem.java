package vn.bansao.metrics;

/**
 * A malformed input row: which source, which line (1-based, physical, header included), why.
 *
 * <pre>{@code
 * report.input().problems().get(0).line()
 * }</pre>
 *
 * @param source file name or "jdbc"
 * @param line   1-based line (for JDBC: row number)
 * @param reason Vietnamese / English reason
 */
public record RowProblem(String source, long line, String reason) {

    @Override
    public String toString() {
        return source + ":" + line + ": " + reason;
    }
}
