package vn.bansao.verify;

import java.util.List;

/**
 * An RFC 6962/9162 inclusion proof of a register entry under a C2SP signed checkpoint
 * ({@code c2sp.org/tlog-checkpoint} + {@code c2sp.org/signed-note}).
 *
 * <pre>{@code
 * new InclusionProof(leafBytes, 41, 100, auditPath, checkpointNote);
 * }</pre>
 *
 * @param leaf       the leaf data (the verifier hashes it as {@code SHA-256(0x00 || leaf)})
 * @param leafIndex  0-based index of the leaf
 * @param treeSize   tree size of the checkpoint
 * @param auditPath  sibling hashes from the leaf upwards
 * @param checkpoint the signed checkpoint note text
 */
public record InclusionProof(byte[] leaf, long leafIndex, long treeSize, List<byte[]> auditPath, String checkpoint) {
    public InclusionProof {
        leaf = leaf.clone();
        auditPath = auditPath.stream().map(byte[]::clone).toList();
    }

    @Override
    public byte[] leaf() {
        return leaf.clone();
    }
}
