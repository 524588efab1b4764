package vn.bansao.transparency.checkpoint;

import java.util.List;
import java.util.Objects;
import vn.bansao.transparency.merkle.MerkleProofException;
import vn.bansao.transparency.merkle.MerkleVerifier;

/**
 * Proof that the log of {@code oldSize} is a prefix of the log of {@code newSize} (RFC 9162 §2.1.4): nothing
 * before {@code oldSize} was changed, removed or reordered. It carries no roots: they come from checkpoints the
 * verifier trusts (signed notes it verified), never from the prover.
 *
 * <pre>{@code
 * ConsistencyProof p = register.consistencyProof(remembered.size(), latest.size());
 * p.verify(remembered, latest);   // both checkpoints verified with the register's key beforehand
 * }</pre>
 *
 * @param oldSize size of the older tree ({@code > 0})
 * @param newSize size of the newer tree ({@code >= oldSize})
 * @param path    RFC 9162 {@code consistency_path}, from the smaller subtree upward
 */
public record ConsistencyProof(long oldSize, long newSize, List<byte[]> path) {

    public ConsistencyProof {
        path = path.stream().map(h -> Objects.requireNonNull(h, "path hash").clone()).toList();
    }

    @Override
    public List<byte[]> path() {
        return path.stream().map(byte[]::clone).toList();
    }

    /** Verifies the proof between two roots the caller trusts (e.g. from verified signed checkpoints). */
    public void verify(byte[] trustedOldRoot, byte[] trustedNewRoot) throws MerkleProofException {
        MerkleVerifier.verifyConsistency(oldSize, newSize, path, trustedOldRoot, trustedNewRoot);
    }

    /**
     * Verifies that {@code newer} extends {@code older}: same log (origin), the proof's sizes, and the RFC 9162
     * consistency check between their roots. A failure with two checkpoints of the same origin means a fork or a
     * rewritten history.
     */
    public void verify(Checkpoint older, Checkpoint newer) throws MerkleProofException {
        if (!older.origin().equals(newer.origin())) {
            throw new MerkleProofException("hai điểm kiểm của hai sổ khác nhau / checkpoints of different logs: "
                    + older.origin() + ", " + newer.origin());
        }
        if (older.size() != oldSize || newer.size() != newSize) {
            throw new MerkleProofException("bằng chứng cho cỡ " + oldSize + " → " + newSize + ", điểm kiểm " + older.size()
                    + " → " + newer.size() + " / the proof is for sizes " + oldSize + " → " + newSize
                    + ", the checkpoints are " + older.size() + " → " + newer.size());
        }
        verify(older.rootHash(), newer.rootHash());
    }
}
