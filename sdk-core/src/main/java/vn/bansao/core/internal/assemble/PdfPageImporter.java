package vn.bansao.core.internal.assemble;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import vn.bansao.core.internal.embed.ColourSpaces;
import vn.bansao.core.internal.scan.Colour;
import vn.bansao.core.internal.scan.PdfPagePlan;

/**
 * Imports a page of a scanned PDF as it is: its content, resources (inherited ones resolved), boxes,
 * rotation, user unit and transparency group. Interactive and auxiliary entries (annotations, actions,
 * page metadata, thumbnails, structure) are not part of the scan and are left behind. Two PDF/A fix-ups
 * that leave every content stream and image sample untouched: image {@code /Interpolate} (a viewer hint)
 * is set to false, and a {@code /DefaultCMYK} ICC colour space is added so device CMYK is characterised.
 */
final class PdfPageImporter {

    private static final COSName[] KEPT = {COSName.CROP_BOX, COSName.BLEED_BOX, COSName.TRIM_BOX, COSName.ART_BOX,
        COSName.GROUP, COSName.getPDFName("UserUnit")};
    private static final COSName DEFAULT_CMYK = COSName.getPDFName("DefaultCMYK");

    private PdfPageImporter() {
    }

    static void importPage(PDDocument doc, ColourSpaces spaces, PDDocument src, PdfPagePlan plan) throws IOException {
        PDPage from = src.getPage(plan.sourcePage() - 1);
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.PAGE);
        PDPage page = new PDPage(dict);
        page.setMediaBox(from.getMediaBox());
        for (COSName key : KEPT) {
            if (from.getCOSObject().containsKey(key)) {
                dict.setItem(key, from.getCOSObject().getDictionaryObject(key));
            }
        }
        if (from.getRotation() != 0) {
            page.setRotation(from.getRotation());
        }
        PDResources res = from.getResources() == null ? new PDResources() : from.getResources();
        fix(res.getCOSObject(), spaces.of(Colour.cmyk(new byte[0])), new HashSet<>(), 0);
        page.setResources(res);
        dict.setItem(COSName.CONTENTS, from.getCOSObject().getDictionaryObject(COSName.CONTENTS));
        doc.addPage(page);
    }

    private static void noInterpolate(COSStream image) {
        if (image.containsKey(COSName.INTERPOLATE)) {
            image.setBoolean(COSName.INTERPOLATE, false);
        }
    }

    private static void fix(COSDictionary res, COSBase cmyk, Set<COSBase> seen, int depth) {
        if (res == null || depth > 12 || !seen.add(res)) {
            return;
        }
        COSDictionary cs = res.getCOSDictionary(COSName.COLORSPACE);
        if (cs == null) {
            cs = new COSDictionary();
            res.setItem(COSName.COLORSPACE, cs);
        }
        if (!cs.containsKey(DEFAULT_CMYK)) {
            cs.setItem(DEFAULT_CMYK, cmyk);
        }
        COSDictionary xobjects = res.getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null) {
            return;
        }
        for (COSName key : xobjects.keySet()) {
            if (xobjects.getDictionaryObject(key) instanceof COSStream s && seen.add(s)) {
                if (COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
                    noInterpolate(s);
                    if (s.getDictionaryObject(COSName.SMASK) instanceof COSStream m) {
                        noInterpolate(m);
                    }
                    if (s.getDictionaryObject(COSName.MASK) instanceof COSStream m) {
                        noInterpolate(m);
                    }
                } else if (COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE))) {
                    fix(s.getCOSDictionary(COSName.RESOURCES), cmyk, seen, depth + 1);
                }
            }
        }
    }
}
