package vn.bansao.signing;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A small PDF/A-3b like the builder's certified copy: pages of text, a last page with the two empty
 * signature fields {@code bansao_officer} and {@code bansao_authority}, sRGB output intent, XMP.
 */
final class TestPdfs {

    private TestPdfs() {
    }

    static byte[] certifiedCopyLike(int pages, boolean withOfficerField) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, TestPdfs.class.getResourceAsStream("/vn/bansao/core/fonts/DejaVuSans.ttf"));
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 14);
                    cs.newLineAtOffset(72, 760);
                    cs.showText(i == pages - 1 ? "CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH" : "Trang " + (i + 1));
                    cs.endText();
                }
            }
            PDPage last = doc.getPage(pages - 1);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            if (withOfficerField) {
                addField(doc, form, last, "bansao_officer", new PDRectangle(60, 80, 230, 90));
            }
            addField(doc, form, last, "bansao_authority", new PDRectangle(310, 80, 230, 90));

            ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb.getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);

            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(3);
            id.setConformance("B");
            xmp.createAndAddDublinCoreSchema().setTitle("Bản sao điện tử");
            ByteArrayOutputStream x = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, x, true);
            PDMetadata md = new PDMetadata(doc);
            md.importXMPMetadata(x.toByteArray());
            doc.getDocumentCatalog().setMetadata(md);
            doc.getDocumentInformation().setTitle("Bản sao điện tử");
            doc.getDocumentInformation().setCreationDate(Calendar.getInstance());

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // classic xref table: qpdf --check has nothing to warn about in PDFBox's output then
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addField(PDDocument doc, PDAcroForm form, PDPage page, String name, PDRectangle rect) throws IOException {
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(name);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        PDAppearanceDictionary apd = new PDAppearanceDictionary();
        apd.setNormalAppearance(ap);
        widget.setAppearance(apd);
        page.getAnnotations().add(widget);
        form.getFields().add(field);
    }
}
