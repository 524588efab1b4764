package vn.bansao.transparency.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The right frontier of an append-only tree (transparency-dev's compact range [0, size)): at most
 * one complete-subtree hash per level, enough to append the next leaf and to compute the current
 * root in O(log n) without reading the tree. Appending reports every complete subtree it finishes,
 * so a store can persist the nodes proofs will need.
 *
 * <pre>{@code
 * CompactRange range = CompactRange.empty();
 * range.append(Rfc6962.leafHash(bytes), (node, hash) -> store.putNode(node, hash));
 * byte[] root = range.root();
 * }</pre>
 */
public final class CompactRange {

    private long size;
    /** frontier hashes, from the highest level (leftmost) down to the lowest (rightmost). */
    private final List<byte[]> hashes;

    private CompactRange(long size, List<byte[]> hashes) {
        this.size = size;
        this.hashes = hashes;
    }

    /** The range of the empty tree. */
    public static CompactRange empty() {
        return new CompactRange(0, new ArrayList<>());
    }

    /** Rebuilds the range of a tree of {@code size} from its stored complete subtrees. */
    public static CompactRange of(long size, NodeSource nodes) {
        List<byte[]> hashes = new ArrayList<>();
        long start = 0;
        for (int level = 63; level >= 0; level--) {
            if (((size >>> level) & 1) == 1) {
                hashes.add(nodes.hash(level, start >>> level));
                start += 1L << level;
            }
        }
        return new CompactRange(size, hashes);
    }

    /** Restores a range saved with {@link #frontier()}; throws if the hash count does not fit {@code size}. */
    public static CompactRange fromFrontier(long size, List<byte[]> frontier) {
        if (Long.bitCount(size) != frontier.size()) {
            throw new IllegalArgumentException("a tree of size " + size + " has " + Long.bitCount(size)
                    + " frontier hashes, got " + frontier.size());
        }
        return new CompactRange(size, new ArrayList<>(frontier));
    }

    /** The frontier hashes, highest level first (a copy). */
    public List<byte[]> frontier() {
        return new ArrayList<>(hashes);
    }

    /** Number of leaves covered. */
    public long size() {
        return size;
    }

    /** Appends a leaf hash; {@code completed} receives each newly completed subtree (level ≥ 1). */
    public void append(byte[] leafHash, BiConsumer<MerkleTree.Node, byte[]> completed) {
        byte[] hash = leafHash;
        long index = size;
        int level = 0;
        // merge while the new node is a right child
        while ((index & 1) == 1) {
            byte[] left = hashes.remove(hashes.size() - 1);
            hash = Rfc6962.nodeHash(left, hash);
            index >>>= 1;
            level++;
            completed.accept(new MerkleTree.Node(level, index), hash);
        }
        hashes.add(hash);
        size++;
    }

    /** MTH of the covered tree. */
    public byte[] root() {
        if (size == 0) {
            return Rfc6962.emptyRoot();
        }
        byte[] res = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            res = Rfc6962.nodeHash(hashes.get(i), res);
        }
        return res;
    }
}
