package vn.bansao.metrics.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import vn.bansao.metrics.MetricsInputException;

/**
 * Reading the small JSON/YAML inputs (plans, readiness checklists) with bounded memory, and their syntax errors
 * in both languages with the line and column Jackson found them at.
 *
 * <pre>{@code
 * byte[] bytes = TreeErrors.readBounded(in, source);
 * try { root = mapper.readTree(bytes); } catch (JsonProcessingException e) { throw TreeErrors.syntax(source, "YAML", e); }
 * }</pre>
 */
public final class TreeErrors {

    /** A plan or checklist larger than this is refused: they are a few KiB. */
    public static final int MAX_BYTES = 1 << 20;

    private TreeErrors() {
    }

    /** All of {@code in}, refused when larger than {@link #MAX_BYTES}. */
    public static byte[] readBounded(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new MetricsInputException(MetricsText.in(source, MetricsText.FILE_TOO_LARGE.of(MAX_BYTES / 1024)));
        }
        return bytes;
    }

    /** A document {@code format} ("JSON", "YAML") that does not parse, at the line and column of the error. */
    public static MetricsInputException syntax(String source, String format, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        // one line, without the YAML parser's quoted excerpts ("in 'reader', line 2, column 5: ... ^"): the line is given
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip().replaceAll("\\s+", " ")
                .replaceAll(" ?in 'reader', line \\d+, column \\d+:.*?\\^", "").strip();
        var what = MetricsText.SYNTAX_ERROR.of(format, column < 1 ? "?" : String.valueOf(column), detail);
        return new MetricsInputException(line < 1 ? MetricsText.in(source, what) : MetricsText.at(source, line, what), e);
    }
}
