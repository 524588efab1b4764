package vn.bansao.transparency.merkle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pure RFC 6962 / RFC 9162 tree computations over a {@link NodeSource}: the tree head MTH(D[n]),
 * the inclusion path PATH(m, D[n]) and the consistency path PROOF(m, D[n]), each ordered from the
 * leaf (or smaller subtree) upward, as in the RFC and transparency-dev/merkle.
 *
 * <p>Only complete subtrees are read from the source; the right-hand, incomplete subtrees of a tree
 * whose size is not a power of two are computed on the fly.
 *
 * <pre>{@code
 * byte[] root = MerkleTree.rootHash(size, nodes);
 * List<byte[]> path = MerkleTree.inclusionPath(leafIndex, size, nodes);
 * MerkleVerifier.verifyInclusion(leafIndex, size, leafHash, path, root);
 * }</pre>
 */
public final class MerkleTree {

    /** One complete-subtree coordinate, as {@link NodeSource} takes it. */
    public record Node(int level, long index) {
    }

    private MerkleTree() {
    }

    /** MTH(D[size]); the empty tree's root is {@code SHA-256("")}. */
    public static byte[] rootHash(long size, NodeSource nodes) {
        requireNonNegative(size);
        return size == 0 ? Rfc6962.emptyRoot() : subtreeHash(0, size, nodes);
    }

    /** PATH(index, D[size]): the audit path proving leaf {@code index} is in the tree of {@code size}. */
    public static List<byte[]> inclusionPath(long index, long size, NodeSource nodes) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf index " + index + " outside a tree of size " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, nodes, path);
        return path;
    }

    /** PROOF(size1, D[size2]): proves that the tree of {@code size1} is a prefix of the tree of {@code size2}. */
    public static List<byte[]> consistencyPath(long size1, long size2, NodeSource nodes) {
        if (size1 <= 0 || size1 > size2) {
            throw new IllegalArgumentException("consistency needs 0 < size1 <= size2, got " + size1 + ", " + size2);
        }
        List<byte[]> proof = new ArrayList<>();
        if (size1 < size2) {
            subproof(size1, 0, size2, true, nodes, proof);
        }
        return proof;
    }

    /** The complete-subtree coordinates {@link #inclusionPath} will read, so a store can fetch them in one query. */
    public static Set<Node> nodesForInclusion(long index, long size) {
        Recorder recorder = new Recorder();
        inclusionPath(index, size, recorder);
        return recorder.nodes;
    }

    /** The complete-subtree coordinates {@link #consistencyPath} and {@link #rootHash} of both sizes will read. */
    public static Set<Node> nodesForConsistency(long size1, long size2) {
        Recorder recorder = new Recorder();
        consistencyPath(size1, size2, recorder);
        rootHash(size1, recorder);
        rootHash(size2, recorder);
        return recorder.nodes;
    }

    /** The complete-subtree coordinates {@link #rootHash} will read. */
    public static Set<Node> nodesForRoot(long size) {
        Recorder recorder = new Recorder();
        rootHash(size, recorder);
        return recorder.nodes;
    }

    /** Largest power of two strictly smaller than {@code n} (n ≥ 2): RFC 6962's split point k. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static byte[] subtreeHash(long start, long size, NodeSource nodes) {
        if (Long.bitCount(size) == 1) {
            int level = Long.numberOfTrailingZeros(size);
            return nodes.hash(level, start >>> level);
        }
        long k = split(size);
        return Rfc6962.nodeHash(subtreeHash(start, k, nodes), subtreeHash(start + k, size - k, nodes));
    }

    private static void path(long m, long start, long n, NodeSource nodes, List<byte[]> out) {
        if (n == 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            path(m, start, k, nodes, out);
            out.add(subtreeHash(start + k, n - k, nodes));
        } else {
            path(m - k, start + k, n - k, nodes, out);
            out.add(subtreeHash(start, k, nodes));
        }
    }

    private static void subproof(long m, long start, long n, boolean complete, NodeSource nodes, List<byte[]> out) {
        if (m == n) {
            if (!complete) {
                out.add(subtreeHash(start, n, nodes));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(m, start, k, complete, nodes, out);
            out.add(subtreeHash(start + k, n - k, nodes));
        } else {
            subproof(m - k, start + k, n - k, false, nodes, out);
            out.add(subtreeHash(start, k, nodes));
        }
    }

    private static void requireNonNegative(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative tree size " + size);
        }
    }

    /** Records which nodes a computation reads, answering with a dummy hash. */
    private static final class Recorder implements NodeSource {
        private final Set<Node> nodes = new LinkedHashSet<>();
        private static final byte[] DUMMY = new byte[Rfc6962.HASH_SIZE];

        @Override
        public byte[] hash(int level, long index) {
            nodes.add(new Node(level, index));
            return DUMMY;
        }
    }
}
