package vn.bansao.metrics;

import java.util.Locale;
import java.util.Objects;
import vn.bansao.common.LocalizedText;
import vn.bansao.common.Texts;
import vn.bansao.metrics.internal.MetricsText;

/**
 * A malformed input row: which source, which line (1-based, physical, header included), why — the reason in
 * Vietnamese and English.
 *
 * <pre>{@code
 * RowProblem p = report.input().problems().get(0);
 * p.line();                                    // 3
 * p.message(BansaoException.VIETNAMESE);       // "dossiers.csv:3: received_on: ngày không có thật"
 * p.message(Locale.ENGLISH);                   // "dossiers.csv:3: received_on: no such date"
 * }</pre>
 *
 * @param source file name or "jdbc"
 * @param line   1-based line (for JDBC: row number)
 * @param reason what is wrong with the row, in both languages ({@link LocalizedText#in(Locale)})
 */
public record RowProblem(String source, long line, LocalizedText reason) {

    public RowProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    /** The reason in {@code locale}'s language (Vietnamese for {@code vi}, English otherwise). */
    public String reason(Locale locale) {
        return reason.in(locale);
    }

    /** Source, line and reason, {@code "dossiers.csv:3: received_on: no such date"}, in each language. */
    public LocalizedText text() {
        return MetricsText.at(source, line, reason);
    }

    /** Source, line and reason in {@code locale}'s language. */
    public String message(Locale locale) {
        return text().in(locale);
    }

    /**
     * Equal when they name the same source and line and their reasons read the same in both languages (a bundle
     * text's arguments are an array, which the record's own equality would compare by identity).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof RowProblem p && line == p.line && source.equals(p.source)
                && reason(Locale.ENGLISH).equals(p.reason(Locale.ENGLISH))
                && reason(Texts.VIETNAMESE).equals(p.reason(Texts.VIETNAMESE));
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, line, reason(Locale.ENGLISH));
    }

    /** The English {@link #message(Locale)}, for logs. */
    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
