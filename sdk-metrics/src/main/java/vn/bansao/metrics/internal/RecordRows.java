package vn.bansao.metrics.internal;

import java.nio.charset.StandardCharsets;
import vn.bansao.common.LocalizedText;
import vn.bansao.metrics.definition.Field;

/**
 * The generic path: a record given as text per field (JSON Lines, JDBC) is turned into the same int row as
 * the CSV scanner makes, through the same {@link RowParser}, so every input gives the same counts.
 */
public final class RecordRows {

    private static final LocalizedText MISSING = MetricsText.MISSING.of();

    private final RowParser parser;
    private final int[] row = new int[Field.values().length];
    /** Why the last {@link #parse} failed, in both languages. */
    public LocalizedText reason;

    public RecordRows(RowParser parser) {
        this.parser = parser;
    }

    /**
     * @param values text per {@link Field} ordinal; null when the record has no such field
     * @return the parsed row (reused between calls), or null with {@link #reason} set
     */
    public int[] parse(String[] values) {
        RowParser.reset(row);
        for (Field f : Field.values()) {
            String v = values[f.ordinal()];
            if (v == null) {
                if (f.required()) {
                    reason = MetricsText.field(f.column(), MISSING);
                    return null;
                }
                continue;
            }
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            if (!parser.parse(f, b, 0, b.length, row)) {
                reason = parser.reason;
                return null;
            }
        }
        if (!parser.check(row)) {
            reason = parser.reason;
            return null;
        }
        return row;
    }
}
