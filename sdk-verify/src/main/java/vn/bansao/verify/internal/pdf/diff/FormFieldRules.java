package vn.bansao.verify.internal.pdf.diff;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import vn.bansao.verify.ChangeCategory;
import vn.bansao.verify.internal.pdf.Cos;

/**
 * The form-field rules: the AcroForm, its {@code /Fields}, form fields, signature fields, widgets and their
 * appearance streams. What DocMDP P=2 permits ("filling in forms and signing"), read strictly:
 * <ul>
 * <li>AcroForm {@code /Fields /SigFlags /DR /DA /NeedAppearances} may change (signing tools set them);
 *     anything else in the AcroForm is OTHER;</li>
 * <li>a new <b>signature</b> field (or a parent whose kids are all signature fields) is
 *     {@link ChangeCategory#SIGNATURES_AND_FORM_FILL} (a document time-stamp's is validation data); a new
 *     field of any other type is OTHER (it would draw new content);</li>
 * <li>an empty signature field may be signed: {@code /V /AP /AS /F /DA /MK /P /Lock /SV /StructParent} may
 *     change, unless its old appearance is shared with other content; a signed field pointing to another
 *     signature is OTHER;</li>
 * <li>a non-signature field may be filled once ({@code /V} with {@code /AP /AS /MK /DA}); a signed value
 *     replaced, or a look changed without a new value (the shadow "replace" attack), is OTHER;</li>
 * <li>an existing appearance stream may be overwritten only by the field that owns it filling its value in
 *     the same update, and only if nothing else referenced that stream (the "sneaky" shared-appearance
 *     attack).</li>
 * </ul>
 *
 * <pre>{@code
 * FormFieldRules.changedField(ctx, key, oldField, newField);
 * }</pre>
 */
final class FormFieldRules {

    private static final Set<COSName> ACROFORM_SIGNING_KEYS = Set.of(COSName.FIELDS, COSName.SIG_FLAGS, COSName.DR,
            COSName.DA, COSName.NEED_APPEARANCES);
    private static final Set<COSName> UNSIGNED_SIG_FIELD_KEYS = Set.of(COSName.V, COSName.AP, COSName.AS, COSName.F,
            COSName.DA, COSName.MK, COSName.P, COSName.getPDFName("Lock"), COSName.getPDFName("SV"),
            COSName.getPDFName("StructParent"));
    private static final Set<COSName> FORM_FILL_KEYS = Set.of(COSName.V, COSName.AP, COSName.AS, COSName.MK,
            COSName.DA);

    private FormFieldRules() {
    }

    /** The catalog's /AcroForm entry changed (created, or replaced by another dictionary). */
    static void catalogAcroForm(DiffContext ctx, COSObjectKey catalog, COSBase ov, COSBase nv) throws IOException {
        if (ov == null) {
            ctx.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "AcroForm created");
            COSDictionary n = Cos.dict(nv);
            newFields(ctx, new COSArray(), Cos.array(n == null ? null : n.getItem(COSName.FIELDS)));
        } else {
            acroForm(ctx, catalog, Cos.dict(ov), Cos.dict(nv));
        }
    }

    static void acroForm(DiffContext ctx, COSObjectKey k, COSDictionary o, COSDictionary n) throws IOException {
        if (o == null || n == null) {
            ctx.add(ChangeCategory.OTHER, "AcroForm " + k + " replaced");
            return;
        }
        for (COSName key : DiffSupport.differingKeys(o, n)) {
            if (key.equals(COSName.FIELDS)) {
                fieldsArray(ctx, k, Cos.array(o.getItem(key)), Cos.array(n.getItem(key)));
            } else if (ACROFORM_SIGNING_KEYS.contains(key)) {
                ctx.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "AcroForm /" + key.getName() + " updated");
            } else {
                ctx.add(ChangeCategory.OTHER, "AcroForm /" + key.getName() + " changed");
            }
        }
    }

    static void fieldsArray(DiffContext ctx, COSObjectKey k, COSArray o, COSArray n) {
        List<COSObjectKey> before = DiffSupport.keys(o);
        List<COSObjectKey> after = DiffSupport.keys(n);
        for (COSObjectKey f : before) {
            if (!after.contains(f)) {
                ctx.add(ChangeCategory.OTHER, "form field " + f + " removed");
            }
        }
        newFields(ctx, o, n);
    }

    private static void newFields(DiffContext ctx, COSArray o, COSArray n) {
        List<COSObjectKey> before = DiffSupport.keys(o);
        for (COSObjectKey f : DiffSupport.keys(n)) {
            if (!before.contains(f)) {
                COSDictionary field = Cos.dict(ctx.newer().object(f));
                if (field == null) {
                    ctx.add(ChangeCategory.OTHER, "form field " + f + " is not a dictionary");
                } else if (!DiffSupport.isSignatureField(field) && !DiffSupport.hasSignatureKids(field)) {
                    ctx.add(ChangeCategory.OTHER, "new " + DiffSupport.fieldType(field) + " form field " + f + " added");
                } else {
                    ctx.add(ValidationDataRules.signatureOrTimestamp(field), "form field " + f + " added ("
                            + DiffSupport.fieldType(field) + ")");
                }
            }
        }
    }

    /** A widget that was not on the page before. */
    static void newWidget(DiffContext ctx, COSObjectKey a, COSDictionary widget) {
        if (DiffSupport.isSignatureField(widget)) {
            ctx.add(ValidationDataRules.signatureOrTimestamp(widget), "widget " + a + " added ("
                    + DiffSupport.fieldType(widget) + ")");
        } else {
            // filling forms is allowed, creating new (non-signature) fields that draw on a page is not
            ctx.add(ChangeCategory.OTHER, "widget " + a + " of a new " + DiffSupport.fieldType(widget) + " field added");
        }
    }

    static void changedField(DiffContext ctx, COSObjectKey k, COSDictionary o, COSDictionary n) throws IOException {
        if (o == null || n == null) {
            ctx.add(ChangeCategory.OTHER, "form field " + k + " replaced");
            return;
        }
        Set<COSName> diff = DiffSupport.differingKeys(o, n);
        boolean signatureField = "Sig".equals(DiffSupport.fieldType(o)) || "Sig".equals(DiffSupport.fieldType(n));
        if (signatureField) {
            boolean wasEmpty = DiffSupport.inherited(o, COSName.V) == null;
            if (wasEmpty && UNSIGNED_SIG_FIELD_KEYS.containsAll(diff)) {
                if (diff.contains(COSName.AP) && sharedAppearance(ctx, o.getItem(COSName.AP))) {
                    ctx.add(ChangeCategory.OTHER, "appearance of field " + k
                            + " replaced while its old appearance is shared with other content");
                    return;
                }
                ctx.add(ValidationDataRules.signatureOrTimestamp(n), "signature field " + k + " signed");
                return;
            }
            if (!wasEmpty && diff.contains(COSName.V)) {
                ctx.add(ChangeCategory.OTHER, "signed field " + k + " now points to another signature");
                return;
            }
        } else if (diff.contains(COSName.V) && DiffSupport.inherited(o, COSName.V) != null) {
            // the value the signer saw is replaced: the signed content changes
            ctx.add(ChangeCategory.OTHER, "signed value of form field " + k + " replaced");
            return;
        } else if (diff.contains(COSName.V) && FORM_FILL_KEYS.containsAll(diff)) {
            ctx.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "form field " + k + " filled");
            return;
        } else if (!diff.contains(COSName.V) && !diff.contains(COSName.KIDS)) {
            // the look changes but not the value: what is shown no longer matches what was signed
            // (the shadow "replace" attack)
            ctx.add(ChangeCategory.OTHER, "form field " + k + " " + diff + " changed without a new value");
            return;
        }
        for (COSName key : diff) {
            if (key.equals(COSName.KIDS)) {
                fieldsArray(ctx, k, Cos.array(o.getItem(key)), Cos.array(n.getItem(key)));
            } else if (key.equals(COSName.AP) || key.equals(COSName.AS)) {
                // a widget's look changed: allowed only with the field's own value
                ctx.add(ChangeCategory.OTHER, "appearance of field " + k + " changed without filling it");
            } else if (!signatureField && FORM_FILL_KEYS.contains(key)) {
                ctx.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "form field " + k + " /" + key.getName() + " filled");
            } else {
                ctx.add(ChangeCategory.OTHER, "form field " + k + " /" + key.getName() + " changed");
            }
        }
    }

    static void changedSignatureDictionary(DiffContext ctx, COSObjectKey k, COSDictionary o, COSDictionary n)
            throws IOException {
        ctx.add(ChangeCategory.OTHER, "signature dictionary " + k + " modified after signing ("
                + DiffSupport.differingKeys(o, n) + ")");
    }

    /**
     * An existing appearance stream overwritten: allowed as form filling only when the field that owns it
     * changed its value in this update and nothing else in the older revision uses that stream (otherwise
     * the overwrite would change other content: the "sneaky" appearance attack).
     */
    static void changedAppearance(DiffContext ctx, COSObjectKey k) throws IOException {
        Optional<COSObjectKey> owner = ctx.older().roles().appearanceOwner(k);
        if (owner.isEmpty()) {
            ctx.add(ChangeCategory.OTHER, "appearance stream " + k + " modified");
            return;
        }
        COSDictionary oldField = Cos.dict(ctx.older().object(owner.get()));
        COSDictionary newField = Cos.dict(ctx.newer().object(owner.get()));
        boolean valueChanged = oldField != null && newField != null
                && !Cos.same(DiffSupport.inherited(oldField, COSName.V), DiffSupport.inherited(newField, COSName.V));
        int refs = ctx.referenceCounts().getOrDefault(k, 0);
        Optional<COSObjectKey> parent = ctx.older().roles().appearanceParent(k);
        if (parent.isPresent()) {
            refs = Math.max(refs, ctx.referenceCounts().getOrDefault(parent.get(), 0));
        }
        if (valueChanged && refs <= 1) {
            ctx.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "appearance " + k + " of filled field " + owner.get() + " updated");
        } else {
            ctx.add(ChangeCategory.OTHER, "appearance stream " + k + " overwritten"
                    + (refs > 1 ? " while shared with other content (" + refs + " references)" : " without a value change"));
        }
    }

    /** True when an indirect object of this appearance is referenced more than once in the older revision. */
    private static boolean sharedAppearance(DiffContext ctx, COSBase ap) {
        Map<COSObjectKey, Integer> refs = ctx.referenceCounts();
        Optional<COSObjectKey> apKey = Cos.keyOf(ap);
        if (apKey.isPresent() && refs.getOrDefault(apKey.get(), 0) > 1) {
            return true;
        }
        COSDictionary d = Cos.dict(ap);
        if (d == null) {
            return false;
        }
        for (COSBase v : d.getValues()) {
            Optional<COSObjectKey> vk = Cos.keyOf(v);
            if (vk.isPresent() && refs.getOrDefault(vk.get(), 0) > 1) {
                return true;
            }
        }
        return false;
    }
}
