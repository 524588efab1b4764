package vn.bansao.verify;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.bansao.signing.HashAlgorithm;
import vn.bansao.signing.RsaPadding;
import vn.bansao.signing.internal.CmsBuilder;
import vn.bansao.signing.internal.SignatureScheme;
import vn.bansao.testkit.Identity;

/**
 * Signature fields added after the certification signature, as an attacker (or a legitimate later approver)
 * adds them: an incremental update with a new signature field whose widget sits at a chosen place, with an
 * opaque appearance that paints a forged number, signed (a real CMS by a testkit key) or left unsigned.
 */
final class LaterSignatures {

    static final String FORGED_TEXT = "SO 999/2026";
    /** Annotation flags (ISO 32000-2 table 167). */
    static final int HIDDEN = 1 << 1;
    static final int PRINT = 1 << 2;
    static final int NO_VIEW = 1 << 5;

    private LaterSignatures() {
    }

    /**
     * A new signature field {@code name} on page {@code pageIndex}; {@code rect == null} makes it invisible
     * (zero-size rectangle, empty appearance). Signed by {@code signer} when it is not null.
     */
    static byte[] add(byte[] pdf, String name, int pageIndex, PDRectangle rect, Identity signer) throws Exception {
        return add(pdf, name, pageIndex, rect, signer, PRINT);
    }

    /** As above with the widget's annotation flags ({@code /F}), e.g. hidden. */
    static byte[] add(byte[] pdf, String name, int pageIndex, PDRectangle rect, Identity signer, int flags)
            throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            PDPage page = doc.getPage(pageIndex);
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(name);
            PDAnnotationWidget w = field.getWidgets().get(0);
            w.setPage(page);
            w.setAnnotationFlags(flags);
            dress(doc, w, rect);
            page.getAnnotations().add(w);
            form.getFields().add(field);
            Tamper.markFieldAdded(doc, page, form);
            doc.getDocument().setIsXRefStream(false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (signer == null) {
                doc.saveIncremental(out);
                return out.toByteArray();
            }
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            sig.setSignDate(Calendar.getInstance());
            field.getCOSObject().setItem(COSName.V, sig);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(24_000);
            options.setPage(pageIndex);
            doc.addSignature(sig, options);
            dress(doc, w, rect); // addSignature makes an existing field invisible; put the look back
            w.getCOSObject().setNeedToBeUpdated(true);
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            byte[] digest;
            try (InputStream content = external.getContent()) {
                digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
            }
            byte[] attrs = CmsBuilder.signedAttributes(digest, signer.certificate(), HashAlgorithm.SHA256);
            SignatureScheme scheme = SignatureScheme.forKey(signer.certificate().getPublicKey(), HashAlgorithm.SHA256,
                    RsaPadding.PSS);
            Signature s = scheme.newSignature(null);
            s.initSign(signer.privateKey());
            s.update(attrs);
            external.setSignature(CmsBuilder.assemble(attrs, s.sign(), scheme, signer.chain(), null));
            return out.toByteArray();
        }
    }

    /** The annotation flags of field {@code name}'s widget set to {@code flags} in a new update. */
    static byte[] setFlags(byte[] pdf, String name, int flags) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAnnotationWidget w = doc.getDocumentCatalog().getAcroForm().getField(name).getWidgets().get(0);
            w.setAnnotationFlags(flags);
            w.getCOSObject().setNeedToBeUpdated(true);
            doc.getDocument().setIsXRefStream(false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /**
     * A second widget of the (already signed) field {@code name}, with the forged appearance, on page
     * {@code pageIndex}: it inherits the field's type and signature, but no signature ever covered it.
     */
    static byte[] addWidgetUnder(byte[] pdf, String name, int pageIndex, PDRectangle rect) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(pageIndex);
            PDAnnotationWidget w = new PDAnnotationWidget();
            w.getCOSObject().setItem(COSName.PARENT, doc.getDocumentCatalog().getAcroForm().getField(name).getCOSObject());
            w.setPage(page);
            w.setPrinted(true);
            dress(doc, w, rect);
            page.getAnnotations().add(w);
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getCOSObject().getCOSArray(COSName.ANNOTS).setNeedToBeUpdated(true);
            doc.getDocument().setIsXRefStream(false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** Zero rectangle and an empty appearance, or an opaque white box with the forged number in it. */
    private static void dress(PDDocument doc, PDAnnotationWidget w, PDRectangle rect) throws IOException {
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setResources(new PDResources());
        if (rect == null) {
            w.setRectangle(new PDRectangle(0, 0, 0, 0));
            ap.setBBox(new PDRectangle(0, 0, 0, 0));
        } else {
            w.setRectangle(rect);
            ap.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            try (PDPageContentStream cs = new PDPageContentStream(doc, ap)) {
                cs.setNonStrokingColor(1f);
                cs.addRect(0, 0, rect.getWidth(), rect.getHeight());
                cs.fill();
                cs.setNonStrokingColor(0f);
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), Math.min(12, rect.getHeight() * 0.6f));
                cs.newLineAtOffset(2, rect.getHeight() * 0.25f);
                cs.showText(FORGED_TEXT);
                cs.endText();
            }
        }
        PDAppearanceDictionary apd = new PDAppearanceDictionary();
        apd.setNormalAppearance(ap);
        w.setAppearance(apd);
    }

    /** Where on page {@code pageIndex} the text {@code needle} is drawn (PDF user space, y up). */
    static PDRectangle textBox(byte[] pdf, int pageIndex, String needle) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float pageH = doc.getPage(pageIndex).getMediaBox().getHeight();
            List<TextPosition> all = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        all.add(p);
                        text.append(p.getUnicode().isEmpty() ? "\u0000" : p.getUnicode().substring(0, 1));
                    }
                }
            };
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            stripper.getText(doc);
            int at = text.indexOf(needle);
            if (at < 0) {
                throw new IllegalStateException("'" + needle + "' not on page " + (pageIndex + 1) + ": " + text);
            }
            float x0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, top = Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
            for (int i = at; i < at + needle.length(); i++) {
                TextPosition p = all.get(i);
                x0 = Math.min(x0, p.getXDirAdj());
                x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                bottom = Math.max(bottom, p.getYDirAdj());
            }
            return new PDRectangle(x0, pageH - bottom, x1 - x0, bottom - top);
        }
    }

    /** The page rendered at 36 dpi (as a viewer shows it, annotations included). */
    static BufferedImage render(byte[] pdf, int pageIndex) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(pageIndex, 36);
        }
    }

    /** The page rendered at 36 dpi as a printer gets it (NoView annotations that print included). */
    static BufferedImage renderForPrint(byte[] pdf, int pageIndex) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImage(pageIndex, 0.5f, org.apache.pdfbox.rendering.ImageType.RGB,
                    org.apache.pdfbox.rendering.RenderDestination.PRINT);
        }
    }

    /** How many pixels differ inside {@code area} (PDF user space) between two renderings of a page. */
    static int differingPixels(BufferedImage a, BufferedImage b, PDRectangle area, float pageHeight) {
        double scale = 36 / 72.0;
        int x0 = (int) Math.floor(area.getLowerLeftX() * scale);
        int x1 = (int) Math.ceil(area.getUpperRightX() * scale);
        int y0 = (int) Math.floor((pageHeight - area.getUpperRightY()) * scale);
        int y1 = (int) Math.ceil((pageHeight - area.getLowerLeftY()) * scale);
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(y1, Math.min(a.getHeight(), b.getHeight())); y++) {
            for (int x = Math.max(0, x0); x < Math.min(x1, Math.min(a.getWidth(), b.getWidth())); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
