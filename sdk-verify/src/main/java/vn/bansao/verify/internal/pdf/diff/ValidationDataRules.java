package vn.bansao.verify.internal.pdf.diff;

import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import vn.bansao.verify.ChangeCategory;
import vn.bansao.verify.internal.pdf.Cos;

/**
 * The validation-data rules (long-term validation, PAdES B-LT/B-LTA): the catalog's {@code /DSS},
 * {@code /Extensions} and {@code /Version}, objects of the DSS (certificates, OCSP responses, CRLs, VRI
 * entries) and document time-stamps. These are {@link ChangeCategory#VALIDATION_DATA_AND_TIMESTAMPS}: allowed
 * even by DocMDP P=1 (ISO 32000-2 12.8.2.2), because a viewer never draws them and they only add proof about
 * signatures that already exist.
 *
 * <p>What keeps this family from being a laundering channel is the role it is given: an object counts as
 * validation data only if it was reachable from the DSS (and from nothing that is drawn) when signed.
 *
 * <pre>{@code
 * ValidationDataRules.changedObject(ctx, key); // a DSS stream updated
 * }</pre>
 */
final class ValidationDataRules {

    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final Set<COSName> CATALOG_KEYS = Set.of(DSS, COSName.getPDFName("Extensions"), COSName.VERSION);

    private ValidationDataRules() {
    }

    static boolean isCatalogKey(COSName key) {
        return CATALOG_KEYS.contains(key);
    }

    static void catalogKey(DiffContext ctx, COSName key) {
        ctx.add(ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS, "catalog /" + key.getName() + " updated");
    }

    /** An object of the DSS redefined. */
    static void changedObject(DiffContext ctx, COSObjectKey k) {
        ctx.add(ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS, "validation data " + k + " updated");
    }

    /** True when the field holds (or will hold) a document time-stamp rather than a signature. */
    static boolean isDocumentTimestamp(COSDictionary field) {
        COSDictionary v = Cos.dict(DiffSupport.inherited(field, COSName.V));
        return v != null && ("DocTimeStamp".equals(Cos.name(v, COSName.TYPE))
                || "ETSI.RFC3161".equals(Cos.name(v, COSName.SUB_FILTER)));
    }

    /** A document time-stamp's field counts as validation data; any other signature or field as signing. */
    static ChangeCategory signatureOrTimestamp(COSDictionary field) {
        return isDocumentTimestamp(field) ? ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS
                : ChangeCategory.SIGNATURES_AND_FORM_FILL;
    }
}
