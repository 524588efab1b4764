package vn.bansao.signing.internal;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * DocMDP (ISO 32000-1 §12.8.2.2): reads the permission of an existing certification signature and
 * makes a new signature a certification signature. P=1 no change, P=2 form filling and signing,
 * P=3 also annotations.
 */
public final class DocMdp {

    /** Only form filling and further signatures are allowed after the officer certifies. */
    public static final int FORM_FILLING_AND_SIGNING = 2;

    private DocMdp() {
    }

    /** The P value of the document's certification signature, or 0 when the document is not certified. */
    public static int permission(PDDocument doc) {
        COSDictionary perms = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        if (perms == null) {
            return 0;
        }
        COSDictionary sig = perms.getCOSDictionary(COSName.DOCMDP);
        if (sig == null) {
            return 0;
        }
        COSArray refs = sig.getCOSArray(COSName.REFERENCE);
        if (refs != null) {
            for (int i = 0; i < refs.size(); i++) {
                COSBase obj = refs.getObject(i); // dereferenced
                if (obj instanceof COSDictionary ref && COSName.DOCMDP.equals(ref.getCOSName(COSName.TRANSFORM_METHOD))) {
                    COSDictionary params = ref.getCOSDictionary(COSName.TRANSFORM_PARAMS);
                    return params == null ? 2 : params.getInt(COSName.P, 2);
                }
            }
        }
        return 2;
    }

    /** Makes {@code signature} the document's certification signature with permission {@code p}. */
    public static void certify(PDDocument doc, PDSignature signature, int p) {
        COSDictionary params = new COSDictionary();
        params.setItem(COSName.TYPE, COSName.TRANSFORM_PARAMS);
        params.setInt(COSName.P, p);
        params.setName(COSName.V, "1.2");
        params.setNeedToBeUpdated(true);
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.SIG_REF);
        reference.setItem(COSName.TRANSFORM_METHOD, COSName.DOCMDP);
        reference.setItem(COSName.TRANSFORM_PARAMS, params);
        reference.setNeedToBeUpdated(true);
        COSArray references = new COSArray();
        references.add(reference);
        references.setNeedToBeUpdated(true);
        signature.getCOSObject().setItem(COSName.REFERENCE, references);

        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        COSDictionary perms = new COSDictionary();
        perms.setItem(COSName.DOCMDP, signature);
        perms.setNeedToBeUpdated(true);
        catalog.setItem(COSName.PERMS, perms);
        catalog.setNeedToBeUpdated(true);
    }
}
