package vn.bansao.verify.internal.pdf;

import vn.bansao.verify.internal.pdf.diff.DiffPolicy;

/**
 * Classifies what one incremental update changed, object by object, without rendering anything: the entry
 * point kept for callers; the rules live in {@link vn.bansao.verify.internal.pdf.diff} (one class per rule
 * family) and are combined by {@link DiffPolicy}.
 *
 * <pre>{@code
 * ChangeSet changes = RevisionDiff.classify(signedRevision, nextRevision); // changes.worst()
 * }</pre>
 */
public final class RevisionDiff {

    private RevisionDiff() {
    }

    /** Classifies the update that turns {@code older} into {@code newer} with the default policy. */
    public static ChangeSet classify(Revision older, Revision newer) {
        return DiffPolicy.defaults().classify(older, newer);
    }
}
