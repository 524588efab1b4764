package vn.bansao.register.internal.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.bansao.register.RegisterEntry;

/**
 * The register book as a printable PDF: landscape A4, the register's columns, header repeated on
 * every page, year totals at the end, DejaVu Sans embedded (every Vietnamese letter).
 *
 * <pre>{@code
 * RegisterPdf.write(register.list(RegisterQuery.year(2026)), List.of(), 2026, register.origin(), out);
 * }</pre>
 */
public final class RegisterPdf {

    private static final String FONT = "/vn/bansao/core/fonts/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/vn/bansao/core/fonts/DejaVuSans-Bold.ttf";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 28;
    private static final float SIZE = 6.5f;
    private static final float LEADING = 8.2f;
    private static final float PAD = 2;
    /** Relative column widths, in the order of {@link RegisterColumns#HEADERS}. */
    private static final float[] WEIGHTS = {4, 7, 6.2f, 9, 7, 9, 8, 5.5f, 6.2f, 3.8f, 3.4f, 8, 7, 5, 5.5f, 5, 7.5f};

    private RegisterPdf() {
    }

    public static void write(List<RegisterEntry> entries, List<String> closings, int year, String origin,
                             OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = load(doc, FONT);
            PDType0Font bold = load(doc, FONT_BOLD);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Sổ chứng thực năm " + year);
            info.setCreator("bansao");
            float[] widths = widths();
            Layout layout = new Layout(doc, font, bold, widths, year, origin);
            layout.newPage();
            for (RegisterEntry e : entries) {
                layout.row(RegisterColumns.cells(e), font);
            }
            List<String> footer = new ArrayList<>();
            footer.add(RegisterColumns.Totals.of(entries).vietnamese(year));
            footer.addAll(closings);
            layout.footer(footer);
            layout.close();
            doc.save(out);
        }
    }

    private static PDType0Font load(PDDocument doc, String resource) throws IOException {
        try (InputStream in = RegisterPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the classpath: " + resource + " (bansao-core)");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private static float[] widths() {
        float total = 0;
        for (float w : WEIGHTS) {
            total += w;
        }
        float avail = PAGE.getWidth() - 2 * MARGIN;
        float[] out = new float[WEIGHTS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = WEIGHTS[i] / total * avail;
        }
        return out;
    }

    /** Writes rows top to bottom, opening pages as needed. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final PDType0Font bold;
        private final float[] widths;
        private final int year;
        private final String origin;
        private PDPageContentStream cs;
        private float y;
        private int pageNo;

        Layout(PDDocument doc, PDType0Font font, PDType0Font bold, float[] widths, int year, String origin) {
            this.doc = doc;
            this.font = font;
            this.bold = bold;
            this.widths = widths;
            this.year = year;
            this.origin = origin;
        }

        void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            pageNo++;
            y = PAGE.getHeight() - MARGIN;
            text(bold, 12, MARGIN, y - 10, "SỔ CHỨNG THỰC BẢN SAO ĐIỆN TỬ — NĂM " + year);
            text(font, 7, PAGE.getWidth() - MARGIN - 120, y - 10, "Trang " + pageNo + " — " + origin);
            y -= 22;
            row(RegisterColumns.HEADERS, bold);
        }

        void row(List<String> cells, PDType0Font f) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                List<String> w = wrap(f, clean(cells.get(i)), widths[i] - 2 * PAD);
                wrapped.add(w);
                lines = Math.max(lines, w.size());
            }
            float h = lines * LEADING + 2 * PAD;
            if (y - h < MARGIN + 30) {
                newPage();
            }
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                cs.addRect(x, y - h, widths[i], h);
                float ty = y - PAD - SIZE;
                for (String line : wrapped.get(i)) {
                    text(f, SIZE, x + PAD, ty, line);
                    ty -= LEADING;
                }
                x += widths[i];
            }
            cs.setLineWidth(0.4f);
            cs.stroke();
            y -= h;
        }

        void footer(List<String> lines) throws IOException {
            y -= 6;
            for (String l : lines) {
                if (y < MARGIN + 12) {
                    newPage();
                }
                for (String w : wrap(bold, clean(l), PAGE.getWidth() - 2 * MARGIN)) {
                    text(bold, 8, MARGIN, y - 9, w);
                    y -= 11;
                }
            }
        }

        void close() throws IOException {
            cs.close();
        }

        private void text(PDType0Font f, float size, float x, float ty, String s) throws IOException {
            cs.beginText();
            cs.setFont(f, size);
            cs.newLineAtOffset(x, ty);
            cs.showText(s);
            cs.endText();
        }

        private List<String> wrap(PDType0Font f, String s, float width) throws IOException {
            float size = f == bold && width > 300 ? 8 : SIZE;
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : s.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (f.getStringWidth(candidate) / 1000 * size <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                // a word longer than the column (hashes, IDs): break it by characters
                String rest = word;
                while (f.getStringWidth(rest) / 1000 * size > width && rest.length() > 1) {
                    int n = rest.length() - 1;
                    while (n > 1 && f.getStringWidth(rest.substring(0, n)) / 1000 * size > width) {
                        n--;
                    }
                    out.add(rest.substring(0, n));
                    rest = rest.substring(n);
                }
                line.append(rest);
            }
            if (!line.isEmpty() || out.isEmpty()) {
                out.add(line.toString());
            }
            return out;
        }

        private static String clean(String s) {
            return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        }
    }
}
