package vn.bansao.verify.internal.pdf.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import vn.bansao.verify.ChangeCategory;
import vn.bansao.verify.internal.pdf.ChangeSet;
import vn.bansao.verify.internal.pdf.Revision;
import vn.bansao.verify.internal.pdf.RevisionRoles.Role;

/**
 * What the rule families share while one update is judged: the two revisions, the policy, the changes found
 * so far and the older revision's reference counts (computed once, only when a rule needs them).
 *
 * <pre>{@code
 * DiffContext ctx = new DiffContext(List.of(older), older, newer, DiffPolicy.defaults());
 * ctx.add(ChangeCategory.OTHER, "page 3 0 R /Contents changed");
 * }</pre>
 */
final class DiffContext {

    private final List<Revision> signed;
    private final Revision older;
    private final Revision newer;
    private final DiffPolicy policy;
    private final ChangeSet changes = new ChangeSet();
    private Map<COSObjectKey, Integer> olderReferenceCounts;

    /**
     * @param signed the signed revisions up to {@code older}, oldest first (the first is the one the first
     *               signature covers); {@code older} itself is the last
     */
    DiffContext(List<Revision> signed, Revision older, Revision newer, DiffPolicy policy) {
        this.signed = List.copyOf(signed);
        this.older = older;
        this.newer = newer;
        this.policy = policy;
    }

    /** The revision the first signature covers: what the first signer (the certifier) saw. */
    Revision certified() {
        return signed.get(0);
    }

    /** The signed revisions up to the older one, oldest first. */
    List<Revision> signed() {
        return signed;
    }

    Revision older() {
        return older;
    }

    Revision newer() {
        return newer;
    }

    DiffPolicy policy() {
        return policy;
    }

    ChangeSet changes() {
        return changes;
    }

    void add(ChangeCategory category, String detail) {
        changes.add(category, detail);
    }

    /**
     * The role that protects an object: the one it had in the older revision, unless a signed revision gave it a
     * weightier one ({@link Role#weight()}). An object drawn as page content in any signed revision stays page
     * content, so listing it in the DSS or naming it as /Info before a later signature boundary (a document
     * time-stamp) does not make a rewrite "validation data" (role laundering, issue 11 item 3).
     */
    Role role(COSObjectKey key) {
        Role best = older.roles().role(key);
        for (Revision r : signed) {
            Role candidate = r.roles().role(key);
            if (candidate.weight() > best.weight()) {
                best = candidate;
            }
        }
        return best;
    }

    /** How often each object is referenced in the older revision (computed once, only when needed). */
    Map<COSObjectKey, Integer> referenceCounts() {
        if (olderReferenceCounts == null) {
            Map<COSObjectKey, Integer> counts = new HashMap<>();
            countRefs(older.trailer(), counts, 0);
            for (COSObjectKey key : older.xref().keySet()) {
                COSBase b = older.object(key);
                if (b != null && !DiffSupport.isStructural(b)) {
                    countRefs(b, counts, 0);
                }
            }
            olderReferenceCounts = counts;
        }
        return olderReferenceCounts;
    }

    private static void countRefs(COSBase b, Map<COSObjectKey, Integer> counts, int depth) {
        if (depth > 32 || b == null) {
            return;
        }
        if (b instanceof COSObject o) {
            counts.merge(new COSObjectKey(o.getObjectNumber(), o.getGenerationNumber()), 1, Integer::sum);
        } else if (b instanceof COSDictionary d) {
            for (COSBase v : d.getValues()) {
                countRefs(v, counts, depth + 1);
            }
        } else if (b instanceof COSArray a) {
            for (COSBase v : a) {
                countRefs(v, counts, depth + 1);
            }
        }
    }
}
