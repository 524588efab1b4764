package vn.bansao.core.read;

import java.util.Objects;
import vn.bansao.core.facts.CertificationFacts;

/**
 * Compares what two revisions of one copy state: the certification facts field by field, the scan digest and
 * the PDF/A claim. Metadata updates that leave these equal (a tool rewriting XMP's modify date, say) are not
 * a difference; anything else a report or a reader would show differently is.
 *
 * <pre>{@code
 * FactsComparison.firstDifference(signed, latest).ifPresent(field -> refuse(field));
 * }</pre>
 */
public final class FactsComparison {

    private FactsComparison() {
    }

    /** The name of the first fact that differs between the signed and the latest revision, if any. */
    public static java.util.Optional<String> firstDifference(CertifiedCopyContents signed, CertifiedCopyContents latest) {
        CertificationFacts a = signed.facts();
        CertificationFacts b = latest.facts();
        if (!Objects.equals(a, b)) {
            for (java.lang.reflect.RecordComponent c : CertificationFacts.class.getRecordComponents()) {
                try {
                    if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                        return java.util.Optional.of(c.getName());
                    }
                } catch (ReflectiveOperationException e) {
                    return java.util.Optional.of("facts");
                }
            }
            return java.util.Optional.of("facts");
        }
        if (!Objects.equals(signed.xmpScanDigest(), latest.xmpScanDigest())) {
            return java.util.Optional.of("scanDigest");
        }
        if (!Objects.equals(signed.pdfaPart(), latest.pdfaPart())
                || !Objects.equals(signed.pdfaConformance(), latest.pdfaConformance())) {
            return java.util.Optional.of("pdfaClaim");
        }
        return java.util.Optional.empty();
    }

    static void requireSame(CertifiedCopyContents signed, CertifiedCopyContents latest) {
        java.util.Optional<String> field = firstDifference(signed, latest);
        if (field.isPresent()) {
            throw new CertifiedCopyReadException(
                    "dữ kiện chứng thực bị thay đổi sau khi ký (" + field.get() + " khác với bản đã ký)",
                    "certification facts changed after signing (" + field.get() + " differs from the signed revision)",
                    null, true);
        }
    }
}
