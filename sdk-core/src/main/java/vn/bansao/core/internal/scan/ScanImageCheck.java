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
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;

/**
 * Checks an image XObject that a scanned PDF page draws, before it is copied onto the rebuilt page with its
 * encoded bytes unchanged. Refused: stencil masks (they paint the fill colour, not pixels), colour-key and
 * stencil {@code /Mask}s and soft masks with real transparency (they hide pixels the copy would still carry),
 * {@code /OC} (optional content: shown or hidden by viewer settings), sizes beyond {@link ImageLimits}, and
 * what PDF/A forbids and cannot be fixed without changing the data (LZW, DeviceN with an uncharacterised CMYK
 * alternate). A soft mask that is opaque everywhere changes nothing and is dropped.
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
            throw new ScanRejectedException(input, page, Reason.TRANSPARENCY,
                    what + " có /Mask che một phần điểm ảnh", whatEn + " has a /Mask hiding some of its pixels");
        }
        if (image.getInt(COSName.getPDFName("SMaskInData"), 0) != 0) {
            throw new ScanRejectedException(input, page, Reason.TRANSPARENCY,
                    what + " có kênh trong suốt (SMaskInData)", whatEn + " has an alpha channel (SMaskInData)");
        }
        COSBase smask = image.getDictionaryObject(COSName.SMASK);
        if (smask instanceof COSStream mask) {
            requireOpaque(input, page, what, whatEn, mask);
        } else if (smask != null && !COSName.getPDFName("None").equals(smask)) {
            throw new ScanRejectedException(input, page, Reason.CORRUPT, what + " có /SMask hỏng",
                    whatEn + " has a malformed /SMask");
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
            throw new ScanRejectedException(input, page, Reason.CORRUPT, what + ": không đọc được /SMask",
                    whatEn + ": unreadable /SMask", e);
        }
        if (!opaque) {
            throw new ScanRejectedException(input, page, Reason.TRANSPARENCY,
                    what + " có mặt nạ trong suốt (/SMask) che một phần điểm ảnh",
                    whatEn + " has a soft mask (/SMask) with real transparency hiding some of its pixels");
        }
    }

    static ScanRejectedException notAScan(String input, int page, String vi, String en) {
        return new ScanRejectedException(input, page, Reason.NOT_A_SCAN,
                vi + " — trang PDF quét chỉ được vẽ ảnh quét", en + ": a scanned PDF page may only draw scanned images");
    }

    private static ScanRejectedException notPdfA(String input, int page, String vi, String en) {
        return new ScanRejectedException(input, page, Reason.NOT_PDFA_COMPATIBLE,
                vi + " — không thể đưa nguyên trạng vào PDF/A", en + ": cannot be imported as is into PDF/A");
    }
}
