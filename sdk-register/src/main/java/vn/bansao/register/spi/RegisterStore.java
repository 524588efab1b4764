package vn.bansao.register.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.bansao.transparency.merkle.MerkleTree;

/**
 * Storage of the register: an append-only table of {@link LogRow}s, the complete Merkle subtrees,
 * the tree head and signed checkpoints. The embedded H2 file and PostgreSQL implement it with the
 * same schema. Integrity never depends on the store: {@code verify} recomputes everything from the
 * rows and compares with signed checkpoints.
 *
 * <pre>{@code
 * long n = store.inAppendTransaction(tx -> tx.treeSize());
 * }</pre>
 */
public interface RegisterStore extends AutoCloseable {

    /** The log's origin line (checkpoint origin, key name by default), fixed when the register was created. */
    String origin();

    /**
     * Runs {@code work} holding the log's append lock (one writer at a time across threads, processes
     * and servers), in one transaction: everything it appends commits together or not at all. The
     * work may run more than once (retry after a lock timeout or serialization failure), so it must
     * only depend on what it reads through the transaction.
     */
    <T> T inAppendTransaction(AppendWork<T> work);

    /** The current tree size and hex root (from the head row). */
    TreeHead head();

    /** Every row, in leaf order. */
    void forEachRow(Consumer<LogRow> consumer);

    /** Rows with leaf index in {@code [from, to)}. */
    List<LogRow> rows(long from, long to);

    /** Every row about one number (its allocation and the rows referring to it), in leaf order. */
    List<LogRow> rowsForNumber(String agencyCode, String registerType, int year, long sequence);

    /** Every row of a year (optionally one body and type; empty = all), in leaf order. */
    List<LogRow> rowsForYear(int year, String agencyCode, String registerType);

    /** Every row of the log, optionally from one year onward, in leaf order (0 = all years). */
    List<LogRow> allRows(int year);

    /** Hashes of the given complete subtrees (level 0 = stored leaf hashes); missing nodes are absent. */
    Map<MerkleTree.Node, byte[]> nodes(Set<MerkleTree.Node> wanted);

    /** Verifier keys ({@code name+id+key}) of keys that signed checkpoints here: trusted on first use. */
    List<String> verifierKeys();

    /** Records a verifier key (idempotent). */
    void addVerifierKey(String verifierKey);

    /** Stores a signed checkpoint. */
    void saveCheckpoint(long treeSize, String rootHex, String signedNote);

    /** Every stored checkpoint, oldest first. */
    List<StoredCheckpoint> checkpoints();

    /** The newest checkpoint whose size is at least {@code minSize}, if any. */
    Optional<StoredCheckpoint> latestCheckpoint(long minSize);

    @Override
    void close();

    /** The tree size and root as the head row states them. */
    record TreeHead(long size, String rootHex) {
    }

    /** A signed checkpoint as stored. */
    record StoredCheckpoint(long id, long treeSize, String rootHex, String signedNote, String createdAt) {
    }

    /** Work done under the append lock. */
    @FunctionalInterface
    interface AppendWork<T> {
        T run(AppendTransaction tx);
    }

    /** What an append may read and write while holding the lock. */
    interface AppendTransaction {
        /** Size of the log (= leaf index of the next row). */
        long treeSize();

        /** The complete-subtree frontier of the current tree, as hashes from the highest level down. */
        List<byte[]> frontier();

        /** Highest sequence allocated for (body, type, year), 0 when none. */
        long maxSequence(String agencyCode, String registerType, int year);

        /** Every row about one number, in leaf order. */
        List<LogRow> rowsForNumber(String agencyCode, String registerType, int year, long sequence);

        /** Whether (body, type, year) has been closed. */
        boolean yearClosed(String agencyCode, String registerType, int year);

        /**
         * Appends a row with its hashes, the subtrees it completed, and the new frontier; a row that
         * allocates a number or closes a year also updates the series' counter.
         */
        void append(LogRow row, Map<MerkleTree.Node, byte[]> completedNodes, List<byte[]> newFrontier);
    }
}
