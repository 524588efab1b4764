package vn.bansao.core.internal.page;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.bansao.core.CertifiedCopyException;
import vn.bansao.core.facts.StatementTemplate;
import vn.bansao.core.facts.StatementTemplate.Line;
import vn.bansao.core.facts.StatementTemplate.Style;

/**
 * Draws the certification page (A4 portrait): the statement lines top-down, a signature box for each marker
 * line, the QR code in the lower-left corner. Each printed line is its own text object on its own baseline,
 * so text extraction gives the lines back in order.
 */
public final class CertificationPage {

    static final float MARGIN = 56;
    static final float QR_SIZE = 100;
    static final float BOX_W = 240;
    static final float BOX_H = 64;

    private CertificationPage() {
    }

    /** Checks every character can be drawn, before anything is drawn. */
    public static void checkGlyphs(List<Line> lines) {
        for (Line l : lines) {
            (l.style() == Style.BODY ? VietnameseFont.REGULAR : VietnameseFont.BOLD).checkCoverage(l.text());
        }
    }

    /** Adds the page and returns the signature fields placed on it. */
    public static List<SignatureFields.Planned> draw(PDDocument doc, List<Line> lines, String qrPayload)
            throws IOException {
        checkGlyphs(lines);
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDType0Font regular = VietnameseFont.REGULAR.load(doc);
        PDType0Font bold = VietnameseFont.BOLD.load(doc);
        float pageW = PDRectangle.A4.getWidth();
        float textW = pageW - 2 * MARGIN;
        float y = PDRectangle.A4.getHeight() - MARGIN;
        List<SignatureFields.Planned> fields = new ArrayList<>();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.setNonStrokingColor(0f);
            Style previous = null;
            for (Line l : lines) {
                switch (l.style()) {
                    case HEADING -> {
                        y -= 16;
                        y = centred(cs, bold, 14, l.text(), pageW, textW, y, 20);
                        y -= 8;
                    }
                    case CAPTION -> {
                        if (previous == Style.BODY || previous == Style.HEADING) {
                            y -= 12;
                        }
                        y = centred(cs, bold, 11, l.text(), pageW, textW, y, 15);
                    }
                    case BODY -> {
                        for (String part : wrap(regular, 11, l.text(), textW)) {
                            y -= 15;
                            text(cs, regular, 11, MARGIN, y, part);
                        }
                    }
                    case OFFICER_SIGNATURE, AUTHORITY_SIGNATURE -> {
                        y -= BOX_H + 4;
                        PDRectangle rect = new PDRectangle((pageW - BOX_W) / 2, y, BOX_W, BOX_H);
                        fields.add(new SignatureFields.Planned(l.style() == Style.OFFICER_SIGNATURE
                                ? SignatureFields.OFFICER : SignatureFields.AUTHORITY, rect));
                        y -= 4;
                    }
                    default -> throw new IllegalStateException(l.style().toString());
                }
                previous = l.style();
                if (y < MARGIN + QR_SIZE + 8) {
                    throw new CertifiedCopyException("lời chứng quá dài cho một trang / statement too long for one page");
                }
            }
            QrDrawer.draw(cs, qrPayload, MARGIN - 12, MARGIN - 12, QR_SIZE);
        }
        SignatureFields.add(doc, page, fields);
        return fields;
    }

    private static float centred(PDPageContentStream cs, PDType0Font font, float size, String text, float pageW,
                                 float textW, float y, float leading) throws IOException {
        for (String part : wrap(font, size, text, textW)) {
            y -= leading;
            float w = font.getStringWidth(part) / 1000 * size;
            text(cs, font, size, (pageW - w) / 2, y, part);
        }
        return y;
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** Greedy word wrap; a single word longer than the line stays whole. */
    static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
