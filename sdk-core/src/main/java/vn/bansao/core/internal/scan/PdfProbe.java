package vn.bansao.core.internal.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.ScanSource;

/**
 * A scanned PDF: refused when encrypted or unreadable; every page's resources are walked (bounded) to
 * refuse image bombs and content PDF/A forbids and that cannot be fixed without touching the page's
 * content (LZW, non-embedded fonts, PostScript, image alternates) before the pages are imported as they are.
 */
final class PdfProbe {

    private static final int MAX_PAGES = 10_000;
    private static final int MAX_OBJECTS_WALKED = 100_000;

    private PdfProbe() {
    }

    static boolean looksLikePdf(Input in) throws IOException {
        in.seek(0);
        byte[] b = in.bytes((int) Math.min(1024, in.length()));
        return new String(b, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    static List<PagePlan> probe(ScanSource src, String sha) throws IOException {
        String name = src.name();
        PDDocument doc;
        try {
            doc = Loader.loadPDF(src.openRandomAccess(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new ScanRejectedException(name, 0, Reason.ENCRYPTED, "PDF được mã hóa", "encrypted PDF", e);
        } catch (IOException | RuntimeException e) {
            throw new ScanRejectedException(name, 0, Reason.CORRUPT, "không phải PDF hợp lệ",
                    "not a valid PDF: " + e.getMessage(), e);
        }
        try (doc) {
            if (doc.isEncrypted()) {
                throw new ScanRejectedException(name, 0, Reason.ENCRYPTED, "PDF được mã hóa", "encrypted PDF");
            }
            int n = doc.getNumberOfPages();
            if (n == 0) {
                throw new ScanRejectedException(name, 0, Reason.NO_PAGES, "PDF không có trang nào", "PDF without pages");
            }
            if (n > MAX_PAGES) {
                throw new ScanRejectedException(name, 0, Reason.TOO_LARGE, "quá nhiều trang", "too many pages");
            }
            List<PagePlan> plans = new ArrayList<>();
            // objects shared by pages (fonts, forms, images) are checked once per document
            Set<COSBase> seen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                PDPage page = doc.getPage(i);
                Walk w = new Walk(name, i + 1, seen);
                if (page.getResources() != null) {
                    w.resources(page.getResources().getCOSObject(), 0);
                }
                plans.add(new PdfPagePlan(src, "application/pdf", i + 1, sha, w.textMappable));
            }
            return plans;
        } catch (ScanRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ScanRejectedException(name, 0, Reason.CORRUPT, "PDF hỏng", "damaged PDF: " + e.getMessage(), e);
        }
    }

    /** Bounded walk over a page's resources. */
    private static final class Walk {
        private final String input;
        private final int page;
        private final Set<COSBase> seen;
        boolean textMappable = true;

        Walk(String input, int page, Set<COSBase> seen) {
            this.input = input;
            this.page = page;
            this.seen = seen;
        }

        void resources(COSDictionary res, int depth) {
            if (res == null || depth > 12 || !seen.add(res) || seen.size() > MAX_OBJECTS_WALKED) {
                return;
            }
            COSDictionary xobjects = res.getCOSDictionary(COSName.XOBJECT);
            if (xobjects != null) {
                for (COSName key : xobjects.keySet()) {
                    if (xobjects.getDictionaryObject(key) instanceof COSStream s && seen.add(s)) {
                        xobject(s, depth);
                    }
                }
            }
            COSDictionary fonts = res.getCOSDictionary(COSName.FONT);
            if (fonts != null) {
                for (COSName key : fonts.keySet()) {
                    if (fonts.getDictionaryObject(key) instanceof COSDictionary f && seen.add(f)) {
                        font(f);
                    }
                }
            }
        }

        private void xobject(COSStream s, int depth) {
            COSName subtype = s.getCOSName(COSName.SUBTYPE);
            checkFilters(s);
            if (COSName.IMAGE.equals(subtype)) {
                long w = s.getLong(COSName.WIDTH);
                long h = s.getLong(COSName.HEIGHT);
                ImageLimits.check(input, page, w, h);
                if (s.getDictionaryObject(COSName.SMASK) instanceof COSStream mask) {
                    ImageLimits.check(input, page, mask.getLong(COSName.WIDTH), mask.getLong(COSName.HEIGHT));
                }
                if (s.getDictionaryObject(COSName.COLORSPACE) instanceof COSArray cs && cs.size() >= 3
                        && COSName.DEVICEN.equals(cs.getObject(0)) && COSName.DEVICECMYK.equals(cs.getObject(2))) {
                    refuse("ảnh dùng không gian màu DeviceN với phương án thay thế CMYK không đặc tả",
                            "image in a DeviceN colour space with an uncharacterised CMYK alternate");
                }
                if (s.containsKey(COSName.getPDFName("Alternates")) || s.containsKey(COSName.getPDFName("OPI"))) {
                    refuse("ảnh có Alternates/OPI", "image with Alternates/OPI");
                }
            } else if (COSName.FORM.equals(subtype)) {
                resources(s.getCOSDictionary(COSName.RESOURCES), depth + 1);
            } else if (COSName.getPDFName("PS").equals(subtype)) {
                refuse("có PostScript XObject", "contains a PostScript XObject");
            }
        }

        private void checkFilters(COSStream s) {
            COSBase f = s.getDictionaryObject(COSName.FILTER);
            if (COSName.LZW_DECODE.equals(f)
                    || (f instanceof COSArray a && a.toList().contains(COSName.LZW_DECODE))) {
                refuse("dùng nén LZW (PDF/A cấm)", "uses LZW compression (forbidden in PDF/A)");
            }
        }

        private void font(COSDictionary f) {
            COSName subtype = f.getCOSName(COSName.SUBTYPE);
            COSDictionary desc = f.getCOSDictionary(COSName.FONT_DESC);
            if (COSName.TYPE0.equals(subtype)) {
                COSArray descendants = f.getCOSArray(COSName.DESCENDANT_FONTS);
                if (descendants != null && descendants.size() > 0
                        && descendants.getObject(0) instanceof COSDictionary d) {
                    desc = d.getCOSDictionary(COSName.FONT_DESC);
                }
            }
            if (!f.containsKey(COSName.TO_UNICODE) && (COSName.TYPE0.equals(subtype) || COSName.TYPE3.equals(subtype)
                    || !(f.getDictionaryObject(COSName.ENCODING) instanceof COSName))) {
                // no ToUnicode and no standard encoding: the text cannot be mapped to Unicode reliably
                textMappable = false;
            }
            if (COSName.TYPE3.equals(subtype)) {
                return;
            }
            boolean embedded = desc != null && (desc.containsKey(COSName.FONT_FILE)
                    || desc.containsKey(COSName.FONT_FILE2) || desc.containsKey(COSName.FONT_FILE3));
            if (embedded && COSName.TYPE0.equals(subtype)) {
                checkCidWidths(f);
            } else if (embedded) {
                checkWidths(f);
            }
            if (!embedded) {
                refuse("phông chữ không được nhúng: " + f.getNameAsString(COSName.BASE_FONT),
                        "font not embedded: " + f.getNameAsString(COSName.BASE_FONT));
            }
        }

        /** The same for a composite font: every width its descendant's /W array lists (bounded). */
        private void checkCidWidths(COSDictionary f) {
            try {
                org.apache.pdfbox.pdmodel.font.PDFont font = org.apache.pdfbox.pdmodel.font.PDFontFactory.createFont(f);
                if (!(font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font t0)) {
                    return;
                }
                COSArray w = t0.getDescendantFont().getCOSObject().getCOSArray(COSName.W);
                if (w == null) {
                    // every CID then has the default width /DW: the program must agree for the first glyphs
                    float dw = t0.getDescendantFont().getCOSObject().getFloat(COSName.DW, 1000);
                    for (int cid = 0; cid < 256; cid++) {
                        compareCid(t0, cid, dw);
                    }
                    return;
                }
                int checked = 0;
                for (int i = 0; i + 1 < w.size() && checked < 65_536; ) {
                    if (!(w.getObject(i) instanceof org.apache.pdfbox.cos.COSNumber first)) {
                        return;
                    }
                    if (w.getObject(i + 1) instanceof COSArray list) {
                        for (int k = 0; k < list.size() && checked < 65_536; k++, checked++) {
                            if (list.getObject(k) instanceof org.apache.pdfbox.cos.COSNumber width) {
                                compareCid(t0, first.intValue() + k, width.floatValue());
                            }
                        }
                        i += 2;
                    } else if (i + 2 < w.size() && w.getObject(i + 1) instanceof org.apache.pdfbox.cos.COSNumber last
                            && w.getObject(i + 2) instanceof org.apache.pdfbox.cos.COSNumber width) {
                        for (int c = first.intValue(); c <= last.intValue() && checked < 65_536; c++, checked++) {
                            compareCid(t0, c, width.floatValue());
                        }
                        i += 3;
                    } else {
                        return;
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof ScanRejectedException sre) {
                    throw sre;
                }
                refuse("không đọc được phông chữ", "unreadable font");
            }
        }

        private void compareCid(org.apache.pdfbox.pdmodel.font.PDType0Font font, int cid, float declared)
                throws IOException {
            float fromFont = font.getDescendantFont().getWidthFromFont(cid);
            if (fromFont > 0 && Math.abs(fromFont - declared) > 1) {
                refuse("độ rộng ký tự của phông " + font.getName() + " không khớp với phông nhúng",
                        "glyph widths of font " + font.getName() + " disagree with the embedded program");
            }
        }

        /** PDF/A requires the /Widths of a simple font to agree with its embedded program (1 unit tolerance). */
        private void checkWidths(COSDictionary f) {
            try {
                org.apache.pdfbox.pdmodel.font.PDFont font = org.apache.pdfbox.pdmodel.font.PDFontFactory.createFont(f);
                COSArray widths = f.getCOSArray(COSName.WIDTHS);
                if (!(font instanceof org.apache.pdfbox.pdmodel.font.PDSimpleFont simple) || widths == null) {
                    return;
                }
                int first = f.getInt(COSName.FIRST_CHAR, 0);
                for (int i = 0; i < widths.size() && i < 256; i++) {
                    if (!(widths.getObject(i) instanceof org.apache.pdfbox.cos.COSNumber declared)) {
                        continue;
                    }
                    int code = first + i;
                    if (simple.getEncoding() != null && simple.getEncoding().contains(code)
                            && ".notdef".equals(simple.getEncoding().getName(code))) {
                        continue;
                    }
                    float fromFont = font.getWidthFromFont(code);
                    if (fromFont > 0 && Math.abs(fromFont - declared.floatValue()) > 1) {
                        refuse("độ rộng ký tự của phông " + font.getName() + " không khớp với phông nhúng",
                                "glyph widths of font " + font.getName() + " disagree with the embedded program");
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof ScanRejectedException sre) {
                    throw sre;
                }
                refuse("không đọc được phông chữ", "unreadable font");
            }
        }

        private void refuse(String vi, String en) {
            throw new ScanRejectedException(input, page, Reason.NOT_PDFA_COMPATIBLE,
                    vi + " — không thể đưa nguyên trạng vào PDF/A", en + ": cannot be imported as is into PDF/A");
        }
    }
}
