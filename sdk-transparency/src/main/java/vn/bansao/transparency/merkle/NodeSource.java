package vn.bansao.transparency.merkle;

/**
 * Gives the hash of a <em>complete</em> (perfect) subtree: the node at {@code level} (0 = leaf
 * hashes) and {@code index} covers leaves {@code [index << level, (index + 1) << level)}. Complete
 * subtrees never change once written, so a store can keep them forever (tiles, a database table,
 * an array in memory) and proofs need only a logarithmic number of them.
 *
 * <pre>{@code
 * NodeSource leaves = NodeSource.ofLeafHashes(listOfLeafHashes);
 * byte[] root = MerkleTree.rootHash(listOfLeafHashes.size(), leaves);
 * }</pre>
 */
@FunctionalInterface
public interface NodeSource {

    /** The hash of the complete subtree at ({@code level}, {@code index}). */
    byte[] hash(int level, long index);

    /** A source computing every node from leaf hashes held in memory (for tests and small trees). */
    static NodeSource ofLeafHashes(java.util.List<byte[]> leafHashes) {
        return new NodeSource() {
            @Override
            public byte[] hash(int level, long index) {
                if (level == 0) {
                    return leafHashes.get(Math.toIntExact(index));
                }
                return Rfc6962.nodeHash(hash(level - 1, 2 * index), hash(level - 1, 2 * index + 1));
            }
        };
    }
}
