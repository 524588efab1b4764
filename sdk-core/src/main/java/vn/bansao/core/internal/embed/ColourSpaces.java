package vn.bansao.core.internal.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.bansao.core.internal.scan.Colour;

/**
 * Colour-space objects of one document. RGB and gray images use the device spaces, characterised by the
 * document's sRGB output intent; CMYK needs an ICC profile in PDF/A (the intent is RGB): the image's own
 * profile when it has one, else the CMYK profile shipped with PDFBox, written once per document.
 */
public final class ColourSpaces {

    private static final String BUNDLED_CMYK = "/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc";

    private final PDDocument doc;
    private final Map<String, COSBase> iccByKey = new HashMap<>();

    public ColourSpaces(PDDocument doc) {
        this.doc = doc;
    }

    /** The /ColorSpace value for {@code colour}. */
    public COSBase of(Colour colour) throws IOException {
        return switch (colour.model()) {
            case GRAY -> COSName.DEVICEGRAY;
            case RGB -> COSName.DEVICERGB;
            case CMYK -> cmyk(colour.icc());
            case INDEXED -> {
                COSArray a = new COSArray();
                a.add(COSName.INDEXED);
                a.add(COSName.DEVICERGB);
                a.add(COSInteger.get(colour.palette().length / 3 - 1));
                a.add(new COSString(colour.palette()));
                yield a;
            }
        };
    }

    private COSBase cmyk(byte[] icc) throws IOException {
        byte[] profile = icc.length > 0 ? icc : bundledCmyk();
        String key = Integer.toHexString(Arrays.hashCode(profile)) + ":" + profile.length;
        COSBase cached = iccByKey.get(key);
        if (cached != null) {
            return cached;
        }
        COSStream s = doc.getDocument().createCOSStream();
        s.setInt(COSName.N, 4);
        s.setItem(COSName.ALTERNATE, COSName.DEVICECMYK);
        try (OutputStream out = s.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(profile);
        }
        COSArray a = new COSArray();
        a.add(COSName.ICCBASED);
        a.add(s);
        iccByKey.put(key, a);
        return a;
    }

    private static byte[] bundledCmyk() throws IOException {
        try (InputStream in = ColourSpaces.class.getResourceAsStream(BUNDLED_CMYK)) {
            if (in == null) {
                throw new IOException("missing " + BUNDLED_CMYK);
            }
            return in.readAllBytes();
        }
    }
}
