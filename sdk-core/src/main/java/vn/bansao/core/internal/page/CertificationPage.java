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
import vn.bansao.core.text.VietnameseFont;

/**
 * Draws the certification page (A4 portrait) in the customary layout: the heading centred, the facts across
 * the page, then the signer column on the right — number and book on lines of their own, the date, each
 * signer's caption, signature box and name (the seal has its own caption) — and the QR code in the lower-left
 * corner with its caption "Quét để kiểm tra". Each printed line is its own text object on its own baseline, in
 * template order, so text extraction gives the lines back in order (the QR caption last).
 */
public final class CertificationPage {

    static final float MARGIN = 56;
    static final float QR_SIZE = 100;
    static final float BOX_W = 240;
    static final float BOX_H = 64;
    /** The signer column: as wide as a signature box, flush with the right margin. */
    static final float COLUMN_W = BOX_W;
    /** Printed above the QR code: a phone camera opens the verification page. */
    public static final String QR_CAPTION = "Quét để kiểm tra";

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
        PDType0Font regular = PDType0Font.load(doc, VietnameseFont.REGULAR.openTtf(), true);
        PDType0Font bold = PDType0Font.load(doc, VietnameseFont.BOLD.openTtf(), true);
        float pageW = PDRectangle.A4.getWidth();
        float textW = pageW - 2 * MARGIN;
        float columnX = pageW - MARGIN - COLUMN_W;
        float qrX = MARGIN - 12;
        float qrY = MARGIN - 12;
        // full-width lines stay above the QR code and its caption; the signer column is beside it
        float fullWidthFloor = qrY + QR_SIZE + 22;
        float columnFloor = MARGIN - 12;
        float y = PDRectangle.A4.getHeight() - MARGIN;
        List<SignatureFields.Planned> fields = new ArrayList<>();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.setNonStrokingColor(0f);
            Line previous = null;
            for (Line l : lines) {
                boolean right = l.signerColumn();
                float x0 = right ? columnX : MARGIN;
                float w = right ? COLUMN_W : textW;
                if (right && previous != null && !previous.signerColumn()) {
                    y -= 14; // the signer column starts below the facts
                }
                switch (l.style()) {
                    case HEADING -> {
                        y -= 16;
                        y = centred(cs, bold, 14, l.text(), x0, w, y, 20);
                        y -= 8;
                    }
                    case CAPTION -> {
                        if (previous != null && (previous.style() == Style.BODY || previous.style() == Style.HEADING)) {
                            y -= right ? 6 : 12;
                        }
                        y = centred(cs, bold, 11, l.text(), x0, w, y, 15);
                    }
                    case BODY -> {
                        if (right) {
                            y = centred(cs, regular, 11, l.text(), x0, w, y, 15);
                        } else {
                            for (String part : wrap(regular, 11, l.text(), w)) {
                                y -= 15;
                                text(cs, regular, 11, x0, y, part);
                            }
                        }
                    }
                    case OFFICER_SIGNATURE, AUTHORITY_SIGNATURE -> {
                        y -= BOX_H + 4;
                        PDRectangle rect = new PDRectangle(columnX, y, BOX_W, BOX_H);
                        fields.add(new SignatureFields.Planned(l.style() == Style.OFFICER_SIGNATURE
                                ? SignatureFields.OFFICER : SignatureFields.AUTHORITY, rect));
                        y -= 4;
                    }
                    default -> throw new IllegalStateException(l.style().toString());
                }
                previous = l;
                if (y < (l.signerColumn() ? columnFloor : fullWidthFloor)) {
                    throw CertifiedCopyException.of(vn.bansao.core.CoreError.STATEMENT_TOO_LONG);
                }
            }
            QrDrawer.draw(cs, qrPayload, qrX, qrY, QR_SIZE);
            float captionW = regular.getStringWidth(QR_CAPTION) / 1000 * 9;
            text(cs, regular, 9, qrX + (QR_SIZE - captionW) / 2, qrY + QR_SIZE + 4, QR_CAPTION);
        }
        SignatureFields.add(doc, page, fields);
        return fields;
    }

    /** Wrapped and centred within {@code [x0, x0 + width]}. */
    private static float centred(PDPageContentStream cs, PDType0Font font, float size, String text, float x0,
                                 float width, float y, float leading) throws IOException {
        for (String part : wrap(font, size, text, width)) {
            y -= leading;
            float w = font.getStringWidth(part) / 1000 * size;
            text(cs, font, size, x0 + (width - w) / 2, y, part);
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
