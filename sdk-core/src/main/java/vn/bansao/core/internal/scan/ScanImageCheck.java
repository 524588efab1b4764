package vn.bansao.core.internal.scan;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.internal.CoreText;

/**
 * Checks an image XObject that a scanned PDF page draws, before it is copied onto the rebuilt page with its
 * encoded bytes unchanged. Refused: stencil masks (they paint the fill colour, not pixels), colour-key and
 * stencil {@code /Mask}s and soft masks with real transparency (they hide pixels the copy would still carry),
 * {@code /OC} (optional content: shown or hidden by viewer settings), sizes beyond {@link ImageLimits}, and
 * what PDF/A forbids and cannot be fixed without changing the data (LZW, DeviceN with an uncharacterised CMYK
 * alternate), Separation and DeviceN colour spaces and {@code /Decode} arrays that narrow a range (the picture
 * shown would not be the samples carried). A soft mask that is opaque everywhere changes nothing and is dropped.
 */
final class ScanImageCheck {

    private ScanImageCheck() {
    }

    static void check(String input, int page, String name, COSStream image) {
        String what = "ảnh /" + name;
        String whatEn = "image /" + name;
        ImageLimits.check(input, page, image.getLong(COSName.WIDTH), image.getLong(COSName.HEIGHT));
        if (image.getBoolean(COSName.IMAGE_MASK, false)) {
            throw notAScan(input, page, what + " là mặt nạ tô màu (stencil mask), không phải điểm ảnh quét",
                    whatEn + " is a stencil mask (paints the fill colour, not scanned pixels)");
        }
        if (image.containsKey(COSName.OC)) {
            throw notAScan(input, page, what + " là nội dung tùy chọn (/OC): hiện hay ẩn tùy trình xem",
                    whatEn + " is optional content (/OC): shown or hidden depending on the viewer");
        }
        if (image.containsKey(COSName.MASK)) {
            throw new ScanRejectedException(input, page, Reason.TRANSPARENCY, LocalizedText.of(CoreText.MASK_HIDES_PIXELS, what, whatEn), null);
        }
        if (image.getInt(COSName.getPDFName("SMaskInData"), 0) != 0) {
            throw new ScanRejectedException(input, page, Reason.TRANSPARENCY, LocalizedText.of(CoreText.ALPHA_CHANNEL_SMASKINDATA, what, whatEn), null);
        }
        COSBase smask = image.getDictionaryObject(COSName.SMASK);
        if (smask instanceof COSStream mask) {
            requireOpaque(input, page, what, whatEn, mask);
        } else if (smask != null && !COSName.getPDFName("None").equals(smask)) {
            throw new ScanRejectedException(input, page, Reason.CORRUPT, LocalizedText.of(CoreText.MALFORMED_SMASK, what, whatEn), null);
        }
        COSBase f = image.getDictionaryObject(COSName.FILTER);
        if (COSName.LZW_DECODE.equals(f) || (f instanceof COSArray a && a.toList().contains(COSName.LZW_DECODE))) {
            throw notPdfA(input, page, "dùng nén LZW (PDF/A cấm)", "uses LZW compression (forbidden in PDF/A)");
        }
        if (image.getDictionaryObject(COSName.COLORSPACE) instanceof COSArray cs && cs.size() >= 3
                && COSName.DEVICEN.equals(cs.getObject(0)) && COSName.DEVICECMYK.equals(cs.getObject(2))) {
            throw notPdfA(input, page, "ảnh dùng không gian màu DeviceN với phương án thay thế CMYK không đặc tả",
                    "image in a DeviceN colour space with an uncharacterised CMYK alternate");
        }
        double[] ranges = colourRanges(input, page, what, whatEn, image);
        decode(input, page, what, whatEn, image, ranges);
    }

    /**
     * The default decode ranges of the image's colour space (two numbers per component). Only colour spaces
     * that show every sample as a colour of its own are accepted: Separation and DeviceN go through a tint
     * transform that can paint a whole picture white (or a colorant {@code /None} that shows nothing), while
     * the samples, which {@code pdfimages} hands out, still hold it.
     */
    private static double[] colourRanges(String input, int page, String what, String whatEn, COSStream image) {
        COSBase cs = image.getDictionaryObject(COSName.COLORSPACE);
        if (cs == null) {
            // JPEG 2000 carries its own colour space; nothing else may omit it
            return null;
        }
        String family = cs instanceof COSName n ? n.getName()
                : cs instanceof COSArray a && a.size() > 0 && a.getObject(0) instanceof COSName n ? n.getName() : "";
        int bpc = image.getInt(COSName.BITS_PER_COMPONENT, 8);
        return switch (family) {
            case "DeviceGray", "CalGray", "G" -> new double[] {0, 1};
            case "DeviceRGB", "CalRGB", "RGB" -> new double[] {0, 1, 0, 1, 0, 1};
            case "DeviceCMYK", "CMYK" -> new double[] {0, 1, 0, 1, 0, 1, 0, 1};
            case "Lab" -> labRanges((COSArray) cs);
            case "ICCBased" -> {
                COSArray a = (COSArray) cs;
                int n = a.size() > 1 && a.getObject(1) instanceof COSStream icc ? icc.getInt(COSName.N, 0) : 0;
                if (n != 1 && n != 3 && n != 4) {
                    throw new ScanRejectedException(input, page, Reason.CORRUPT, LocalizedText.of(CoreText.MALFORMED_ICC_PROFILE, what, whatEn), null);
                }
                double[] r = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    r[2 * i + 1] = 1;
                }
                yield r;
            }
            case "Indexed", "I" -> {
                COSArray a = (COSArray) cs;
                COSBase base = a.size() > 1 ? a.getObject(1) : null;
                String b = base instanceof COSName n ? n.getName()
                        : base instanceof COSArray ba && ba.size() > 0 && ba.getObject(0) instanceof COSName n ? n.getName() : "";
                if (b.equals("Separation") || b.equals("DeviceN") || b.equals("Indexed") || b.equals("Pattern")) {
                    throw tint(input, page, what, whatEn, b);
                }
                yield new double[] {0, (1 << Math.min(bpc, 16)) - 1};
            }
            case "Separation", "DeviceN", "Pattern" -> throw tint(input, page, what, whatEn, family);
            default -> throw new ScanRejectedException(input, page, Reason.CORRUPT, LocalizedText.of(CoreText.INVALID_COLOUR_SPACE, what, whatEn), null);
        };
    }

    private static double[] labRanges(COSArray cs) {
        double[] r = {0, 100, -100, 100, -100, 100};
        if (cs.size() > 1 && cs.getObject(1) instanceof org.apache.pdfbox.cos.COSDictionary d
                && d.getCOSArray(COSName.RANGE) != null && d.getCOSArray(COSName.RANGE).size() == 4) {
            COSArray range = d.getCOSArray(COSName.RANGE);
            for (int i = 0; i < 4; i++) {
                if (range.getObject(i) instanceof org.apache.pdfbox.cos.COSNumber n) {
                    r[2 + i] = n.floatValue();
                }
            }
        }
        return r;
    }

    private static ScanRejectedException tint(String input, int page, String what, String whatEn, String family) {
        return notAScan(input, page, what + " dùng không gian màu " + family
                        + " (hàm chuyển màu có thể làm ảnh hiện khác hẳn điểm ảnh của nó)",
                whatEn + " uses a " + family + " colour space (its tint transform can show something else than"
                        + " the samples hold)");
    }

    /**
     * A {@code /Decode} array may keep or invert each component's range, never narrow it: {@code [0 0]}
     * shows a flat rectangle while the samples still hold the picture.
     */
    private static void decode(String input, int page, String what, String whatEn, COSStream image, double[] ranges) {
        COSBase d = image.getDictionaryObject(COSName.DECODE);
        if (d == null) {
            return;
        }
        boolean ok = d instanceof COSArray a && ranges != null && a.size() == ranges.length;
        for (int i = 0; ok && i < ranges.length; i += 2) {
            COSArray a = (COSArray) d;
            if (!(a.getObject(i) instanceof org.apache.pdfbox.cos.COSNumber lo)
                    || !(a.getObject(i + 1) instanceof org.apache.pdfbox.cos.COSNumber hi)) {
                ok = false;
                break;
            }
            double x = lo.floatValue();
            double y = hi.floatValue();
            ok = (near(x, ranges[i]) && near(y, ranges[i + 1])) || (near(x, ranges[i + 1]) && near(y, ranges[i]));
        }
        if (!ok) {
            throw notAScan(input, page, what + " có mảng /Decode làm thay đổi cách hiện điểm ảnh",
                    whatEn + " has a /Decode array that changes how its samples are shown");
        }
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1e-4;
    }

    /** Decodes the soft mask (bounded) and refuses it unless every sample is fully opaque. */
    private static void requireOpaque(String input, int page, String what, String whatEn, COSStream mask) {
        long w = mask.getLong(COSName.WIDTH);
        long h = mask.getLong(COSName.HEIGHT);
        ImageLimits.checkDecodable(input, page, w, h, 1);
        boolean opaque;
        try {
            BufferedImage img = new PDImageXObject(new PDStream(mask), null).getImage();
            Raster r = img.getRaster();
            opaque = true;
            int[] row = new int[r.getWidth() * r.getNumBands()];
            for (int y = 0; y < r.getHeight() && opaque; y++) {
                r.getPixels(0, y, r.getWidth(), 1, row);
                for (int v : row) {
                    if (v != 255) {
                        opaque = false;
                        break;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ScanRejectedException(input, page, Reason.CORRUPT, LocalizedText.of(CoreText.UNREADABLE_SMASK, what, whatEn), e);
        }
        if (!opaque) {
            throw new ScanRejectedException(input, page, Reason.TRANSPARENCY, LocalizedText.of(CoreText.SOFT_MASK_HIDES_PIXELS, what, whatEn), null);
        }
    }

    static ScanRejectedException notAScan(String input, int page, String vi, String en) {
        return new ScanRejectedException(input, page, Reason.NOT_A_SCAN, LocalizedText.of(CoreText.NOT_ONLY_SCANNED_IMAGES, vi, en), null);
    }

    private static ScanRejectedException notPdfA(String input, int page, String vi, String en) {
        return new ScanRejectedException(input, page, Reason.NOT_PDFA_COMPATIBLE, LocalizedText.of(CoreText.NOT_PDFA_IMPORTABLE, vi, en), null);
    }
}
