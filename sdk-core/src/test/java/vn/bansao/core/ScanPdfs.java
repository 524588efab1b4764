package vn.bansao.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Scanned PDFs built at test time with PDFBox (never committed): a page is its media box, a raw content stream
 * and the resources a {@link Page} puts into it, so each hostile construct is written exactly as an attacker would.
 */
final class ScanPdfs {

    /** The JPEG every page draws by default: its bytes must come out unchanged. */
    static final byte[] SCAN_JPEG;
    /** A second, different picture: the "forged" one hidden in the input. */
    static final byte[] FORGED_JPEG;

    static {
        try {
            SCAN_JPEG = TestScans.jpeg(TestScans.page(400, 500, 11), 0.8f);
            FORGED_JPEG = TestScans.jpeg(TestScans.page(400, 500, 99), 0.8f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fills one page: adds resources and extra page entries, returns the content stream text. */
    interface Page {
        String make(PDDocument doc, PDPage page, COSDictionary resources) throws IOException;
    }

    private ScanPdfs() {
    }

    static byte[] pdf(Page... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (Page p : pages) {
                PDPage page = new PDPage(new PDRectangle(400, 500));
                PDResources res = new PDResources();
                page.setResources(res);
                String content = p.make(doc, page, res.getCOSObject());
                PDStream s = new PDStream(doc);
                try (OutputStream os = s.createOutputStream()) {
                    os.write(content.getBytes(StandardCharsets.ISO_8859_1));
                }
                page.setContents(s);
                doc.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A page drawing the scan JPEG as /Im0 over the whole 400 x 500 page, plus {@code before} and {@code after}. */
    static Page scanWith(String before, String after) {
        return (doc, page, res) -> {
            xobject(res, "Im0", jpeg(doc, SCAN_JPEG).getCOSObject());
            return before + "\nq 400 0 0 500 0 0 cm /Im0 Do Q\n" + after;
        };
    }

    static PDImageXObject jpeg(PDDocument doc, byte[] jpeg) throws IOException {
        return JPEGFactory.createFromByteArray(doc, jpeg);
    }

    static PDImageXObject lossless(PDDocument doc, java.awt.image.BufferedImage img) throws IOException {
        return LosslessFactory.createFromImage(doc, img);
    }

    static void xobject(COSDictionary res, String name, COSStream s) {
        put(res, COSName.XOBJECT, name, s);
    }

    static void put(COSDictionary res, COSName category, String name, org.apache.pdfbox.cos.COSBase value) {
        COSDictionary d = res.getCOSDictionary(category);
        if (d == null) {
            d = new COSDictionary();
            res.setItem(category, d);
        }
        d.setItem(COSName.getPDFName(name), value);
    }

    /** An unfiltered stream with the given dictionary entries (name, value pairs) and data. */
    static COSStream stream(PDDocument doc, byte[] data, Object... entries) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream os = s.createRawOutputStream()) {
            os.write(data);
        }
        for (int i = 0; i < entries.length; i += 2) {
            COSName k = COSName.getPDFName((String) entries[i]);
            Object v = entries[i + 1];
            if (v instanceof Integer n) {
                s.setInt(k, n);
            } else if (v instanceof Boolean b) {
                s.setBoolean(k, b);
            } else if (v instanceof String n) {
                s.setName(k, n);
            } else {
                s.setItem(k, (org.apache.pdfbox.cos.COSBase) v);
            }
        }
        return s;
    }
}
