package vn.bansao.verify.internal.pdf.diff;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import vn.bansao.verify.ChangeCategory;
import vn.bansao.verify.internal.pdf.Cos;

/**
 * The annotation rules: a page's {@code /Annots} array, annotations added or modified, and the catalog's
 * annotation-appearance name tree ({@code /Names /AP}).
 * <ul>
 * <li>annotations added or modified are {@link ChangeCategory#ANNOTATIONS} (DocMDP P=3 only: an annotation
 *     draws over the page, so under P=1/P=2 it fails the certification signature);</li>
 * <li>a new widget is judged by {@link FormFieldRules}: a signature widget by the later-signature rule, a
 *     widget of a new non-signature field is OTHER;</li>
 * <li>an annotation removed, or an {@code /Annots} array rewritten with direct objects (which cannot be
 *     compared one by one), is OTHER;</li>
 * <li>only {@code /AP} may change in the catalog's {@code /Names}: scripts, embedded files... may not.</li>
 * </ul>
 *
 * <pre>{@code
 * AnnotationRules.annotsArray(ctx, pageKey, oldAnnots, newAnnots);
 * }</pre>
 */
final class AnnotationRules {

    private AnnotationRules() {
    }

    static void annotsArray(DiffContext ctx, COSObjectKey k, COSArray o, COSArray n) {
        List<COSObjectKey> before = DiffSupport.keys(o);
        List<COSObjectKey> after = DiffSupport.keys(n);
        if (n == null || (o != null && o.size() != before.size()) || n.size() != after.size()) {
            ctx.add(ChangeCategory.OTHER, "annotations of " + k + " rewritten with direct objects");
            return;
        }
        for (COSObjectKey a : before) {
            if (!after.contains(a)) {
                ctx.add(ChangeCategory.OTHER, "annotation " + a + " removed from " + k);
            }
        }
        for (COSObjectKey a : after) {
            if (!before.contains(a)) {
                newAnnotation(ctx, a);
            }
        }
    }

    private static void newAnnotation(DiffContext ctx, COSObjectKey a) {
        COSDictionary annot = Cos.dict(ctx.newer().object(a));
        if (annot == null) {
            ctx.add(ChangeCategory.OTHER, "annotation " + a + " is not a dictionary");
            return;
        }
        String subtype = Cos.name(annot, COSName.SUBTYPE);
        if ("Widget".equals(subtype)) {
            FormFieldRules.newWidget(ctx, a, annot);
        } else {
            ctx.add(ChangeCategory.ANNOTATIONS, "annotation " + a + " (" + subtype + ") added");
        }
    }

    static void changedAnnotation(DiffContext ctx, COSObjectKey k) {
        ctx.add(ChangeCategory.ANNOTATIONS, "annotation " + k + " modified");
    }

    /** Only the annotation-appearance name tree (/AP) may change with annotations; scripts, files... may not. */
    static void names(DiffContext ctx, COSDictionary o, COSDictionary n) throws IOException {
        Set<COSName> diff = DiffSupport.differingKeys(o == null ? new COSDictionary() : o, n == null ? new COSDictionary() : n);
        for (COSName key : diff) {
            if (key.equals(COSName.AP)) {
                ctx.add(ChangeCategory.ANNOTATIONS, "annotation appearance names updated");
            } else {
                ctx.add(ChangeCategory.OTHER, "catalog /Names /" + key.getName() + " changed");
            }
        }
    }
}
