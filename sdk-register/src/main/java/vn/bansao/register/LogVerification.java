package vn.bansao.register;

import java.util.List;

/**
 * The result of recomputing the whole log: every leaf from its row, the whole tree, every stored
 * root and every signed checkpoint. {@link #intact()} only when there is no finding at all.
 *
 * <pre>{@code
 * LogVerification v = register.verify();
 * if (!v.intact()) v.findings().forEach(f -> System.err.println(f.message()));
 * }</pre>
 *
 * @param treeSize           number of rows found
 * @param rootHash           hex root recomputed from the rows
 * @param checkpointsChecked signed checkpoints compared with the recomputed tree
 * @param findings           what is wrong, row by row
 */
public record LogVerification(long treeSize, String rootHash, int checkpointsChecked, List<Finding> findings) {

    public LogVerification {
        findings = List.copyOf(findings);
    }

    /** True when the log is intact. */
    public boolean intact() {
        return findings.isEmpty();
    }

    /** What kind of problem a finding is. */
    public enum Problem {
        /** A row's content no longer matches its leaf (changed after it was appended). */
        EDITED,
        /** A row is missing (a leaf index or a sequence number disappeared). */
        DELETED,
        /** A row that was not appended through the log (extra or duplicate position, duplicate number). */
        INSERTED,
        /** Rows are out of their appended order. */
        REORDERED,
        /** A stored or signed root does not match the recomputed tree. */
        ROOT_MISMATCH,
        /** A stored checkpoint's signature or format is invalid. */
        BAD_CHECKPOINT
    }

    /**
     * One problem, naming the row.
     *
     * @param problem   the kind of problem
     * @param leafIndex the row's position (-1 when not about one row)
     * @param number    the certification number concerned, formatted ("" if none)
     * @param message   Vietnamese / English explanation
     */
    public record Finding(Problem problem, long leafIndex, String number, String message) {
    }
}
