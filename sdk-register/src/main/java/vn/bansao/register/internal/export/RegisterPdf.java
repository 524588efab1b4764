package vn.bansao.register.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.bansao.core.text.VietnameseFont;
import vn.bansao.register.RegisterEntry;

/**
 * The register book as a printable PDF: landscape A4, the register's columns, header repeated on
 * every page, year totals at the end, DejaVu Sans embedded (every Vietnamese letter). Numbers, book
 * labels, dates, IDs and amounts are never wrapped: their columns are sized to the widest value (and a
 * value still too wide is printed smaller), the text columns share the rest. The body is named in the
 * heading of every page.
 *
 * <pre>{@code
 * RegisterPdf.write(RegisterBook.of(store.rowsForYear(2026, "", ""), 2026, "UBND phường Hải Châu"), origin, out);
 * }</pre>
 */
public final class RegisterPdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 28;
    private static final float SIZE = 6.5f;
    private static final float LEADING = 8.2f;
    private static final float PAD = 2;
    /** Relative column widths, in the order of {@link RegisterColumns#HEADERS}. */
    private static final float[] WEIGHTS = {4, 7, 6.2f, 9, 7, 9, 8, 5.5f, 6.2f, 3.8f, 3.4f, 8, 7, 5, 5.5f, 5, 7.5f};
    /** Columns printed on one line (numbers, book, dates, ID, document number, pages, copies, fee). */
    private static final java.util.Set<Integer> ONE_LINE = java.util.Set.of(0, 1, 2, 4, 7, 8, 9, 10, 13);
    private static final float MIN_SIZE = 4.5f;

    private RegisterPdf() {
    }

    public static void write(RegisterBook book, String origin, OutputStream out) throws IOException {
        List<RegisterEntry> entries = book.entries();
        int year = book.year();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, VietnameseFont.REGULAR.openTtf(), true);
            PDType0Font bold = PDType0Font.load(doc, VietnameseFont.BOLD.openTtf(), true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Sổ chứng thực năm " + year);
            info.setCreator("bansao");
            List<List<String>> rows = entries.stream().map(RegisterColumns::cells).toList();
            float[] widths = widths(rows, font, bold);
            String agency = "Cơ quan: " + (book.agencyName().isEmpty() ? "" : book.agencyName() + " — ")
                    + "mã " + (book.agencyCodes().isEmpty() ? "—" : String.join(", ", book.agencyCodes()));
            Layout layout = new Layout(doc, font, bold, widths, year, origin, agency);
            layout.newPage();
            for (List<String> cells : rows) {
                layout.row(cells, font);
            }
            layout.footer(book.footer());
            layout.close();
            doc.save(out);
        }
    }

    /** One-line columns as wide as their widest value or header word; the text columns share the rest by weight. */
    private static float[] widths(List<List<String>> rows, PDType0Font font, PDType0Font bold) throws IOException {
        float avail = PAGE.getWidth() - 2 * MARGIN;
        float[] out = new float[WEIGHTS.length];
        float fixed = 0;
        float weights = 0;
        for (int i = 0; i < out.length; i++) {
            if (!ONE_LINE.contains(i)) {
                weights += WEIGHTS[i];
                continue;
            }
            float need = 0;
            for (String word : RegisterColumns.HEADERS.get(i).split(" ")) {
                need = Math.max(need, bold.getStringWidth(word) / 1000 * SIZE);
            }
            for (List<String> r : rows) {
                need = Math.max(need, font.getStringWidth(Layout.clean(r.get(i))) / 1000 * SIZE);
            }
            out[i] = need + 2 * PAD + 1;
            fixed += out[i];
        }
        // the text columns keep at least half the page; past that, one-line columns shrink their text instead
        float scale = fixed > avail / 2 ? avail / 2 / fixed : 1;
        float rest = avail - fixed * scale;
        for (int i = 0; i < out.length; i++) {
            out[i] = ONE_LINE.contains(i) ? out[i] * scale : WEIGHTS[i] / weights * rest;
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
        private final String agency;
        private PDPageContentStream cs;
        private float y;
        private int pageNo;

        Layout(PDDocument doc, PDType0Font font, PDType0Font bold, float[] widths, int year, String origin,
               String agency) {
            this.agency = agency;
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
            String pageLabel = clean("Trang " + pageNo + " — " + origin);
            text(font, 7, PAGE.getWidth() - MARGIN - font.getStringWidth(pageLabel) / 1000 * 7, y - 10, pageLabel);
            text(bold, 9, MARGIN, y - 23, clean(agency));
            y -= 34;
            row(RegisterColumns.HEADERS, bold);
        }

        void row(List<String> cells, PDType0Font f) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            float[] sizes = new float[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                sizes[i] = SIZE;
                String cell = clean(cells.get(i));
                float room = widths[i] - 2 * PAD;
                List<String> w;
                if (f == font && ONE_LINE.contains(i)) {
                    // an ID or a date split over two lines reads as two values: print it smaller instead
                    float natural = f.getStringWidth(cell) / 1000 * SIZE;
                    sizes[i] = natural > room ? Math.max(MIN_SIZE, SIZE * room / natural) : SIZE;
                    w = sizes[i] * natural / SIZE <= room + 0.01f ? List.of(cell) : wrap(f, cell, room);
                } else {
                    w = wrap(f, cell, room);
                }
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
                    text(f, sizes[i], x + PAD, ty, line);
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

        static String clean(String s) {
            // whatever was typed is printable: a character without a glyph becomes '?' (the CSV keeps it exact)
            String flat = s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
            return VietnameseFont.BOLD.drawable(VietnameseFont.REGULAR.drawable(flat));
        }
    }
}
