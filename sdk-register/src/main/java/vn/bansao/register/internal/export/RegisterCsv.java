package vn.bansao.register.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.bansao.register.RegisterEntry;

/**
 * The register book as CSV: UTF-8 with a BOM (so Excel reads Vietnamese), RFC 4180 quoting, totals at the end.
 *
 * <pre>{@code
 * RegisterCsv.write(register.list(RegisterQuery.year(2026)), List.of(), 2026, out);
 * }</pre>
 */
public final class RegisterCsv {

    private RegisterCsv() {
    }

    public static void write(List<RegisterEntry> entries, List<String> closings, int year, OutputStream out)
            throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, RegisterColumns.HEADERS);
        for (RegisterEntry e : entries) {
            line(w, RegisterColumns.cells(e));
        }
        line(w, List.of(RegisterColumns.Totals.of(entries).vietnamese(year)));
        for (String c : closings) {
            line(w, List.of(c));
        }
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            // a leading = + - @ would make Excel run a formula: neutralise (CSV injection)
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?\\d+")) {
                c = "'" + c;
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                c = "\"" + c.replace("\"", "\"\"") + "\"";
            }
            w.write(c);
        }
        w.write("\r\n");
    }
}
