package vn.bansao.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;

/** What an attacker does to a signed copy, each as a PDFBox incremental update (the signatures stay intact). */
final class Tamper {

    private Tamper() {
    }

    private static COSStream scan(PDDocument doc, int pageIndex) {
        PDPage page = doc.getPage(pageIndex);
        return (COSStream) page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT)
                .getDictionaryObject(COSName.getPDFName("BsScan"));
    }

    /** Page {@code pageIndex}'s scanned image bytes replaced (the image XObject object redefined). */
    static byte[] replaceScan(byte[] pdf, int pageIndex, byte[] jpeg) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSStream s = scan(doc, pageIndex);
            try (OutputStream out = s.createRawOutputStream()) {
                out.write(jpeg);
            }
            s.setNeedToBeUpdated(true);
            return incremental(doc);
        }
    }

    /** The certification page (last page) drawn anew: the statement replaced. */
    static byte[] replaceStatement(byte[] pdf, String text) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage last = doc.getPage(doc.getNumberOfPages() - 1);
            try (PDPageContentStream cs = new PDPageContentStream(doc, last, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            last.getCOSObject().setNeedToBeUpdated(true);
            return incremental(doc);
        }
    }

    /** An opaque square annotation drawn over page {@code pageIndex}. */
    static byte[] annotateOver(byte[] pdf, int pageIndex) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(pageIndex);
            PDAnnotationSquare square = new PDAnnotationSquare();
            square.setRectangle(new PDRectangle(50, 50, 400, 400));
            square.setInteriorColor(new PDColor(new float[] {1, 1, 1}, PDDeviceRGB.INSTANCE));
            square.setColor(new PDColor(new float[] {1, 1, 1}, PDDeviceRGB.INSTANCE));
            square.constructAppearances(doc);
            page.getAnnotations().add(square);
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getCOSObject().getCOSArray(COSName.ANNOTS).setNeedToBeUpdated(true);
            return incremental(doc);
        }
    }

    /** A new text field, filled, whose widget sits on page {@code pageIndex}. */
    static byte[] addTextField(byte[] pdf, int pageIndex) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(pageIndex);
            org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            org.apache.pdfbox.pdmodel.interactive.form.PDTextField field =
                    new org.apache.pdfbox.pdmodel.interactive.form.PDTextField(form);
            field.setPartialName("overlay");
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget w = field.getWidgets().get(0);
            w.setRectangle(new PDRectangle(50, 50, 400, 100));
            w.setPage(page);
            page.getAnnotations().add(w);
            form.getFields().add(field);
            markFieldAdded(doc, page, form);
            return incremental(doc);
        }
    }

    /** Marks what adding a field with a widget on {@code page} touched, so an incremental save writes it. */
    static void markFieldAdded(PDDocument doc, PDPage page, org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm form) {
        page.getCOSObject().setNeedToBeUpdated(true);
        page.getCOSObject().getCOSArray(COSName.ANNOTS).setNeedToBeUpdated(true);
        form.getCOSObject().setNeedToBeUpdated(true);
        form.getCOSObject().getCOSArray(COSName.FIELDS).setNeedToBeUpdated(true);
        doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
    }

    /** Page {@code pageIndex}'s content stream rewritten (forged drawing) and labelled /Type /ObjStm. */
    static byte[] relabelledContent(byte[] pdf, int pageIndex) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSStream s = (COSStream) doc.getPage(pageIndex).getCOSObject().getDictionaryObject(COSName.CONTENTS);
            try (OutputStream out = s.createOutputStream()) {
                out.write("q 0 0 0 rg 0 0 600 800 re f Q".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            s.setItem(COSName.TYPE, COSName.OBJ_STM);
            s.setNeedToBeUpdated(true);
            return incremental(doc);
        }
    }

    /** The file cut at {@code length} bytes. */
    static byte[] truncate(byte[] pdf, int length) {
        return Arrays.copyOf(pdf, length);
    }

    private static byte[] incremental(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.saveIncremental(out);
        return out.toByteArray();
    }
}
