package vn.bansao.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.text.VietnameseFont;
import vn.bansao.signing.AppearanceProfile;
import vn.bansao.signing.Role;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningException.Cause;
import vn.bansao.signing.SigningText;

/**
 * Where a signature gets its place in the PDF: one PDFBox pass that fills the role's field (or adds
 * an invisible one), draws the visible appearance, makes the first signature a certification
 * signature (DocMDP P=2), and writes one incremental update with a zero-filled {@code /Contents}
 * of the requested size. The original bytes are kept untouched, so earlier signatures stay valid.
 */
public final class PdfPreparer {

    private PdfPreparer() {
    }

    /**
     * @param reserveBytes room for the CMS, in bytes (the hex string is twice as long)
     */
    public static PreparedPdf prepare(byte[] pdf, Role role, SignerIdentity who, AppearanceProfile profile,
                                      Instant signingTime, int reserveBytes, boolean requireField) {
        requirePdfHeader(pdf);
        List<String> early = profile.visible() ? AppearanceRenderer.lines(profile, role, who, signingTime) : List.of();
        AppearanceRenderer.checkCoverage(early);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // a package without an officer field is a copy issued from the master register: the body issues it
            boolean fromMasterRegister = role == Role.AUTHORITY
                    && existingField(doc, vn.bansao.core.CertifiedCopy.OFFICER_FIELD) == null
                    && existingField(doc, role.fieldName()) != null;
            List<String> lines = profile.visible()
                    ? AppearanceRenderer.lines(profile, role, fromMasterRegister, who, signingTime) : List.of();
            AppearanceRenderer.checkCoverage(lines);
            if (doc.isEncrypted()) {
                throw new SigningException(Cause.ENCRYPTED_PDF, LocalizedText.of(SigningText.PDF_ENCRYPTED), null);
            }
            int permission = DocMdp.permission(doc);
            if (permission == 1) {
                throw new SigningException(Cause.DOCUMENT_LOCKED,
                        LocalizedText.of(SigningText.DOCUMENT_LOCKED_BY_DOCMDP), null);
            }
            boolean certify = doc.getSignatureDictionaries().isEmpty();

            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            if (!who.name().isBlank()) {
                signature.setName(who.name());
            }
            signature.setReason(role.captionVi(fromMasterRegister) + " / " + role.captionEn(fromMasterRegister));
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone(AppearanceRenderer.VIETNAM));
            when.setTimeInMillis(signingTime.toEpochMilli());
            signature.setSignDate(when);

            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(reserveBytes);
            PDSignatureField field = existingField(doc, role.fieldName());
            PDRectangle rect = null;
            if (field == null && requireField) {
                throw new SigningException(Cause.FIELD_NOT_FOUND,
                        LocalizedText.of(SigningText.NO_SIGNATURE_FIELD, role.fieldName()), null);
            }
            if (field != null) {
                if (field.getCOSObject().getDictionaryObject(COSName.V) != null) {
                    throw new SigningException(Cause.FIELD_ALREADY_SIGNED,
                            LocalizedText.of(SigningText.FIELD_ALREADY_SIGNED, role.fieldName()), null);
                }
                PDAnnotationWidget widget = field.getWidgets().get(0);
                rect = widget.getRectangle();
                options.setPage(pageIndexOf(doc, widget));
                // addSignature recognises an existing field by its /V being the new signature
                field.getCOSObject().setItem(COSName.V, signature);
            }
            if (certify) {
                DocMdp.certify(doc, signature, DocMdp.FORM_FILLING_AND_SIGNING);
            }
            doc.addSignature(signature, options);
            if (field == null) {
                field = fieldOf(doc, signature);
                field.setPartialName(role.fieldName());
            }
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setPrinted(true);
            if (profile.visible() && rect != null && rect.getWidth() > 0 && rect.getHeight() > 0) {
                // subset by PDFBox itself when the increment is written (saveIncremental* subsets designated fonts)
                PDType0Font font = PDType0Font.load(doc, VietnameseFont.REGULAR.openTtf(), true);
                PDAppearanceStream ap = AppearanceRenderer.render(doc, font, rect.getWidth(), rect.getHeight(), lines, profile);
                PDAppearanceDictionary apd = new PDAppearanceDictionary();
                apd.setNormalAppearance(ap);
                widget.setRectangle(rect);
                widget.setAppearance(apd);
            }
            widget.getCOSObject().setNeedToBeUpdated(true);
            field.getCOSObject().setNeedToBeUpdated(true);

            // The increment gets a classic xref table even after an xref-stream section: PDFBox's xref streams
            // do not list themselves, so their /Size is one more than qpdf --check accepts without a warning.
            doc.getDocument().setIsXRefStream(false);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * reserveBytes + 65536);
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            external.setSignature(new byte[0]); // writes the file; the zero placeholder stays
            byte[] bytes = out.toByteArray();
            return new PreparedPdf(bytes, PreparedPdf.findByteRange(bytes, pdf.length), certify);
        } catch (IOException e) {
            throw new SigningException(Cause.NOT_A_PDF,
                    LocalizedText.of(SigningText.CANNOT_READ_PDF, e.getMessage()), e);
        }
    }

    static void requirePdfHeader(byte[] pdf) {
        int limit = Math.min(pdf.length, 1024);
        for (int i = 0; i + 5 <= limit; i++) {
            if (pdf[i] == '%' && pdf[i + 1] == 'P' && pdf[i + 2] == 'D' && pdf[i + 3] == 'F' && pdf[i + 4] == '-') {
                return;
            }
        }
        throw new SigningException(Cause.NOT_A_PDF, LocalizedText.of(SigningText.INPUT_NOT_A_PDF), null);
    }

    private static PDSignatureField existingField(PDDocument doc, String name) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return null;
        }
        PDField f = form.getField(name);
        return f instanceof PDSignatureField s ? s : null;
    }

    private static PDSignatureField fieldOf(PDDocument doc, PDSignature signature) throws IOException {
        for (PDSignatureField f : doc.getSignatureFields()) {
            if (f.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                return f;
            }
        }
        throw new IllegalStateException("signature field not created");
    }

    private static int pageIndexOf(PDDocument doc, PDAnnotationWidget widget) throws IOException {
        PDPage page = widget.getPage();
        if (page != null) {
            int i = doc.getPages().indexOf(page);
            if (i >= 0) {
                return i;
            }
        }
        int index = 0;
        for (PDPage p : doc.getPages()) {
            for (PDAnnotation a : p.getAnnotations()) {
                if (a.getCOSObject() == widget.getCOSObject()) {
                    return index;
                }
            }
            index++;
        }
        return doc.getNumberOfPages() - 1;
    }
}
