package vn.bansao.verify.internal.pdf.diff;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import vn.bansao.verify.ChangeCategory;
import vn.bansao.verify.internal.pdf.Cos;

/**
 * The metadata rules: the Info dictionary and the XMP stream.
 * <ul>
 * <li><b>Info</b> (replaced in the trailer or updated) is
 *     {@link ChangeCategory#VALIDATION_DATA_AND_TIMESTAMPS}: no viewer draws it on a page, and signing tools
 *     update {@code /ModDate} and {@code /Producer} with every signature;</li>
 * <li><b>XMP</b> replaced by XMP is {@link ChangeCategory#SIGNATURES_AND_FORM_FILL}: signing tools rewrite
 *     it too. The facts a report shows are read from the signed revision, never from a later XMP;</li>
 * <li>metadata replaced by anything that is not an XML metadata stream is OTHER.</li>
 * </ul>
 * An object is Info or XMP only if it had that role when signed and no drawn role in any signed revision
 * (see {@link DiffPolicy}): pointing {@code /Info} at a content stream does not make it metadata.
 *
 * <pre>{@code
 * MetadataRules.metadata(ctx, key, newVersion);
 * }</pre>
 */
final class MetadataRules {

    private MetadataRules() {
    }

    static void infoReplaced(DiffContext ctx) {
        ctx.add(ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS, "Info dictionary replaced (not displayed)");
    }

    static void infoUpdated(DiffContext ctx) {
        ctx.add(ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS, "Info dictionary updated (not displayed)");
    }

    static void metadata(DiffContext ctx, COSObjectKey k, COSBase n) {
        if (n instanceof COSStream s && "XML".equals(Cos.name(s, COSName.SUBTYPE))) {
            ctx.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "XMP metadata " + k + " updated");
        } else {
            ctx.add(ChangeCategory.OTHER, "metadata " + k + " replaced by something that is not XMP");
        }
    }
}
