package vn.bansao.core.internal.page;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The empty signature fields signing fills: {@value #OFFICER} and {@value #AUTHORITY}. PDF/A-compatible:
 * no NeedAppearances, each widget printable with an (empty) normal appearance stream.
 */
public final class SignatureFields {

    /** Field of the certifying officer's personal signature. */
    public static final String OFFICER = "bansao_officer";
    /** Field of the certifying body's signature (the electronic seal). */
    public static final String AUTHORITY = "bansao_authority";

    private SignatureFields() {
    }

    /**
     * A planned field.
     *
     * @param name field name
     * @param rect widget rectangle on the certification page
     */
    public record Planned(String name, PDRectangle rect) {
    }

    /** Adds the fields to {@code page} and the document's AcroForm. */
    public static void add(PDDocument doc, PDPage page, List<Planned> fields) throws IOException {
        PDAcroForm form = new PDAcroForm(doc);
        form.setNeedAppearances(false);
        form.getCOSObject().removeItem(COSName.NEED_APPEARANCES);
        doc.getDocumentCatalog().setAcroForm(form);
        List<PDField> pdFields = new ArrayList<>();
        List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> annots = new ArrayList<>(page.getAnnotations());
        for (Planned p : fields) {
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(p.name());
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(p.rect());
            widget.setPage(page);
            widget.setPrinted(true);
            PDAppearanceStream ap = new PDAppearanceStream(doc);
            ap.setBBox(new PDRectangle(p.rect().getWidth(), p.rect().getHeight()));
            ap.setResources(new PDResources());
            PDAppearanceDictionary apd = new PDAppearanceDictionary();
            apd.setNormalAppearance(ap);
            widget.setAppearance(apd);
            annots.add(widget);
            pdFields.add(field);
        }
        page.setAnnotations(annots);
        form.setFields(pdFields);
    }
}
