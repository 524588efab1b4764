package vn.bansao.core.internal.scan;

import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;

/**
 * Whether a graphics state parameter dictionary ({@code gs}) leaves the drawing of an image as it is, so the
 * rebuilt page can go without it. Line parameters, flatness, smoothness, rendering intent, black generation
 * and undercolour removal and halftones (device-side only) are harmless; transparency (a soft mask, a blend mode
 * other than Normal, an alpha below 1, alpha-is-shape), overprint, transfer functions and any key not listed
 * here would change what a viewer shows or are not understood, and make the page refused.
 */
final class PlainExtGState {

    private static final Set<String> HARMLESS = Set.of("Type", "LW", "LC", "LJ", "ML", "D", "RI", "FL", "SM", "SA",
            "BG", "BG2", "UCR", "UCR2", "HT", "HTO", "OPM", "TK", "Font");

    private PlainExtGState() {
    }

    /** Empty when plain, else the offending key and value (for the refusal message). */
    static Optional<String> whyNotPlain(COSDictionary gs) {
        for (COSName key : gs.keySet()) {
            String k = key.getName();
            COSBase v = gs.getDictionaryObject(key);
            if (HARMLESS.contains(k)) {
                continue;
            }
            boolean ok = switch (k) {
                case "BM" -> isNormalBlend(v);
                case "SMask" -> COSName.getPDFName("None").equals(v);
                case "CA", "ca" -> v instanceof COSNumber n && n.floatValue() == 1f;
                case "AIS", "OP", "op" -> COSBoolean.FALSE.equals(v);
                case "TR", "TR2" -> COSName.getPDFName("Identity").equals(v) || COSName.getPDFName("Default").equals(v);
                default -> false;
            };
            if (!ok) {
                return Optional.of("/" + k + " " + describe(v));
            }
        }
        return Optional.empty();
    }

    private static boolean isNormalBlend(COSBase v) {
        if (v instanceof COSArray a) {
            // an array lists blend modes in preference order: a viewer uses the first it knows
            return a.size() > 0 && isNormalBlend(a.getObject(0));
        }
        return COSName.getPDFName("Normal").equals(v) || COSName.getPDFName("Compatible").equals(v);
    }

    private static String describe(COSBase v) {
        if (v instanceof COSName n) {
            return "/" + n.getName();
        }
        if (v instanceof COSNumber n) {
            return Float.toString(n.floatValue());
        }
        if (v instanceof COSBoolean b) {
            return Boolean.toString(b.getValue());
        }
        return v == null ? "null" : v.getClass().getSimpleName().replace("COS", "").toLowerCase();
    }
}
