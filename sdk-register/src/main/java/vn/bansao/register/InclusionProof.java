package vn.bansao.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import vn.bansao.register.merkle.MerkleProofException;
import vn.bansao.register.merkle.MerkleVerifier;
import vn.bansao.register.merkle.Rfc6962;
import vn.bansao.register.note.NoteVerificationException;
import vn.bansao.register.note.NoteVerifier;

/**
 * Proof that one register row (its canonical bytes) is leaf {@code leafIndex} of the log of size
 * {@code treeSize}, with the signed checkpoint of that size when one exists.
 *
 * <pre>{@code
 * InclusionProof p = register.inclusionProof(number).orElseThrow();
 * p.verify(NoteVerifier.parse(publishedKey));   // leaf bytes -> leaf hash -> path -> signed root
 * }</pre>
 *
 * @param leafIndex  the row's position
 * @param treeSize   size of the tree the path leads to
 * @param leafBytes  the row's canonical bytes (deterministic JSON, see the README)
 * @param leafHash   RFC 6962 leaf hash of {@code leafBytes}
 * @param path       audit path, from the leaf upward
 * @param rootHash   root of the tree of {@code treeSize}
 * @param checkpoint signed checkpoint of {@code treeSize}, if the register has one
 */
public record InclusionProof(long leafIndex, long treeSize, byte[] leafBytes, byte[] leafHash, List<byte[]> path,
                             byte[] rootHash, Optional<SignedCheckpoint> checkpoint) {

    public InclusionProof {
        path = List.copyOf(path);
    }

    /** The row's canonical bytes as text (UTF-8 JSON). */
    public String leafJson() {
        return new String(leafBytes, StandardCharsets.UTF_8);
    }

    /** Checks the leaf bytes, the path and the root, without any signature. */
    public void verifyPath() throws MerkleProofException {
        if (!MessageDigest.isEqual(Rfc6962.leafHash(leafBytes), leafHash)) {
            throw new MerkleProofException("leaf bytes do not match the leaf hash");
        }
        MerkleVerifier.verifyInclusion(leafIndex, treeSize, leafHash, path, rootHash);
    }

    /** {@link #verifyPath()}, then the checkpoint's signature and that its root and size are the proof's. */
    public Checkpoint verify(NoteVerifier verifier) throws MerkleProofException, NoteVerificationException {
        verifyPath();
        SignedCheckpoint scp = checkpoint.orElseThrow(() -> new NoteVerificationException(
                "chưa có điểm kiểm đã ký cho kích thước " + treeSize + " / no signed checkpoint of size " + treeSize));
        Checkpoint cp = scp.verify(verifier);
        if (cp.size() != treeSize || !MessageDigest.isEqual(cp.rootHash(), rootHash)) {
            throw new MerkleProofException("the signed checkpoint is for another tree");
        }
        MerkleVerifier.verifyInclusion(leafIndex, cp.size(), leafHash, path, cp.rootHash());
        return cp;
    }
}
