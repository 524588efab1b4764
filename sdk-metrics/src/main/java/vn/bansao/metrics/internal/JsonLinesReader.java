package vn.bansao.metrics.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.bansao.common.LocalizedText;
import vn.bansao.metrics.MetricsInputException;
import vn.bansao.metrics.RowPolicy;
import vn.bansao.metrics.RowProblem;
import vn.bansao.metrics.definition.Field;

/**
 * Dossier records as JSON Lines: one object per line, canonical or portal field names. Streams line by line; a
 * byte that is not UTF-8 stops the read at its line.
 */
public final class JsonLinesReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A JSON line longer than this is refused (bounded memory on hostile input). */
    private static final int MAX_LINE = 1 << 20;

    private JsonLinesReader() {
    }

    public static long read(Path file, RowPolicy policy, RecordRows rows, Accumulator acc, Problems problems) {
        String source = file.getFileName().toString();
        long lineNo = 0;
        boolean opened = false;
        try (StrictUtf8Reader reader = new StrictUtf8Reader(Files.newInputStream(file))) {
            opened = true;
            BoundedLines in = new BoundedLines(reader, MAX_LINE);
            String line;
            String[] values = new String[Field.values().length];
            while ((line = in.next()) != null) {
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                LocalizedText reason = null;
                if (line == BoundedLines.TOO_LONG) {
                    reason = MetricsText.LINE_TOO_LONG.of();
                } else {
                    try {
                        JsonNode node = MAPPER.readTree(line);
                        if (node == null || !node.isObject()) {
                            reason = MetricsText.NOT_A_JSON_OBJECT.of();
                        } else {
                            java.util.Arrays.fill(values, null);
                            for (Map.Entry<String, JsonNode> e : node.properties()) {
                                Field f = Field.byColumnName(e.getKey()).orElse(null);
                                if (f != null) {
                                    values[f.ordinal()] = text(e.getValue());
                                }
                            }
                            int[] row = rows.parse(values);
                            if (row == null) {
                                reason = rows.reason;
                            } else {
                                acc.add(row);
                            }
                        }
                    } catch (InputLimitException e) {
                        throw new MetricsInputException(MetricsText.at(source, lineNo, e.text()));
                    } catch (JsonProcessingException e) {
                        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
                        reason = MetricsText.INVALID_JSON.of(column < 1 ? "?" : String.valueOf(column),
                                String.valueOf(e.getOriginalMessage()));
                    }
                }
                if (reason != null) {
                    RowProblem p = new RowProblem(source, lineNo, reason);
                    if (policy == RowPolicy.FAIL) {
                        throw new MetricsInputException(p);
                    }
                    problems.add(p);
                }
            }
        } catch (IOException e) {
            // not opened (no line), or broken on the line after the last one read
            throw opened ? IoText.cannotReadAt(file, source, lineNo + 1, e) : IoText.cannotRead(file, e);
        }
        return lineNo;
    }

    static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "1" : "0";
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.bigIntegerValue().toString() : v.decimalValue().stripTrailingZeros().toPlainString();
        }
        return v.asText();
    }
}
