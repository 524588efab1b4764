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
 * RegisterCsv.write(RegisterBook.of(store.rowsForYear(2026, "", ""), 2026, "UBND phường Hải Châu"), out);
 * }</pre>
 */
public final class RegisterCsv {

    private RegisterCsv() {
    }

    public static void write(RegisterBook book, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, RegisterColumns.HEADERS);
        for (RegisterEntry e : book.entries()) {
            line(w, RegisterColumns.cells(e));
        }
        for (String f : book.footer()) {
            line(w, List.of(f));
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
