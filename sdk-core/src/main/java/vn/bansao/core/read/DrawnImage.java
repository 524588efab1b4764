package vn.bansao.core.read;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The one XObject a scanned page's content draws ({@code /Name Do}), read from the content stream itself: a
 * page can list an image in its resources and draw another, and a viewer shows what is drawn. Bounded: a
 * scanned page's content is a handful of operators, so a long or odd stream yields nothing.
 */
final class DrawnImage {

    private static final int MAX_TOKENS = 4096;

    private DrawnImage() {
    }

    /** The name of the only XObject the page draws, or empty when it draws none, several, or cannot be read. */
    static Optional<COSName> soleXObject(PDPage page) {
        try {
            PDFStreamParser parser = new PDFStreamParser(page);
            COSName last = null;
            COSName drawn = null;
            int tokens = 0;
            for (Object t = parser.parseNextToken(); t != null; t = parser.parseNextToken()) {
                if (++tokens > MAX_TOKENS) {
                    return Optional.empty();
                }
                if (t instanceof COSName n) {
                    last = n;
                } else if (t instanceof Operator op && "Do".equals(op.getName())) {
                    if (drawn != null || last == null) {
                        return Optional.empty();
                    }
                    drawn = last;
                }
            }
            return Optional.ofNullable(drawn);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
