package vn.bansao.core.internal.page;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a QR code as filled vector rectangles (one per horizontal run of dark modules): no image,
 * nothing for PDF/A to object to, sharp at any zoom.
 */
public final class QrDrawer {

    private QrDrawer() {
    }

    /** Draws {@code payload} with its lower-left corner at (x, y), {@code size} points wide, quiet zone included. */
    public static void draw(PDPageContentStream cs, String payload, float x, float y, float size) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload too long: " + payload.length() + " characters", e);
        }
        int n = m.getWidth();
        float module = size / n;
        cs.setNonStrokingColor(0f);
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < n) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && m.get(col, row)) {
                    col++;
                }
                cs.addRect(x + start * module, y + (n - row - 1) * module, (col - start) * module, module);
            }
        }
        cs.fill();
    }
}
