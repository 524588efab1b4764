package vn.bansao.transparency.checkpoint;

import java.util.List;
import vn.bansao.transparency.merkle.MerkleProofException;
import vn.bansao.transparency.merkle.MerkleVerifier;

/**
 * Proof that the log of {@code oldSize} is a prefix of the log of {@code newSize}: nothing before
 * {@code oldSize} was changed, removed or reordered.
 *
 * <pre>{@code
 * ConsistencyProof p = register.consistencyProof(oldCheckpoint.size(), newCheckpoint.size());
 * p.verify(oldCheckpoint.rootHash(), newCheckpoint.rootHash());
 * }</pre>
 */
public record ConsistencyProof(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> path) {

    public ConsistencyProof {
        path = List.copyOf(path);
    }

    /** Verifies the proof between two roots the caller trusts (e.g. from signed checkpoints). */
    public void verify(byte[] trustedOldRoot, byte[] trustedNewRoot) throws MerkleProofException {
        MerkleVerifier.verifyConsistency(oldSize, newSize, path, trustedOldRoot, trustedNewRoot);
    }
}
