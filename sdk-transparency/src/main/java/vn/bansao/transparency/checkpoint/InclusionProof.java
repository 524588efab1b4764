package vn.bansao.transparency.checkpoint;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.bansao.transparency.merkle.MerkleProofException;
import vn.bansao.transparency.merkle.MerkleVerifier;
import vn.bansao.transparency.merkle.Rfc6962;
import vn.bansao.transparency.note.NoteVerificationException;
import vn.bansao.transparency.note.NoteVerifier;

/**
 * Proof that one register row (its canonical bytes, the leaf-hash input) is leaf {@code leafIndex} of the
 * log of size {@code treeSize}, with the signed checkpoint of that size when one exists. The one inclusion
 * proof of the SDK: the register hands it out, a lookup carries it, the verifier checks it.
 *
 * <p>Nothing in it is trusted until {@link #verify(NoteVerifier)}: the leaf hash and the root are not
 * stored but recomputed from the leaf bytes and the path, so a prover cannot state a root of its choosing.
 *
 * <pre>{@code
 * InclusionProof p = register.inclusionProof(number).orElseThrow();
 * Checkpoint cp = p.verify(NoteVerifier.parse(publishedKey));   // leaf bytes -> leaf hash -> path -> signed root
 * }</pre>
 *
 * @param leafIndex  the row's position (0-based)
 * @param treeSize   size of the tree the path leads to
 * @param leafBytes  the row's canonical bytes (the verifier hashes them as {@code SHA-256(0x00 || leafBytes)})
 * @param path       audit path (RFC 9162 {@code inclusion_path}), from the leaf upward
 * @param checkpoint signed checkpoint of {@code treeSize}, if the register has one
 */
public record InclusionProof(long leafIndex, long treeSize, byte[] leafBytes, List<byte[]> path,
                             Optional<SignedCheckpoint> checkpoint) {

    public InclusionProof {
        leafBytes = Objects.requireNonNull(leafBytes, "leafBytes").clone();
        path = path.stream().map(h -> Objects.requireNonNull(h, "path hash").clone()).toList();
        Objects.requireNonNull(checkpoint, "checkpoint");
    }

    /** The same proof with {@code signed} attached (its size is checked only by {@link #verify}). */
    public InclusionProof withCheckpoint(SignedCheckpoint signed) {
        return new InclusionProof(leafIndex, treeSize, leafBytes, path, Optional.of(signed));
    }

    @Override
    public byte[] leafBytes() {
        return leafBytes.clone();
    }

    @Override
    public List<byte[]> path() {
        return path.stream().map(byte[]::clone).toList();
    }

    /** The row's canonical bytes as text (UTF-8 JSON). */
    public String leafJson() {
        return new String(leafBytes, StandardCharsets.UTF_8);
    }

    /** RFC 6962 leaf hash of {@link #leafBytes()}. */
    public byte[] leafHash() {
        return Rfc6962.leafHash(leafBytes);
    }

    /** The root the path leads to (RFC 9162 §2.1.3.2); proves nothing until compared with a trusted root. */
    public byte[] impliedRoot() throws MerkleProofException {
        return MerkleVerifier.rootFromInclusionProof(leafIndex, treeSize, leafHash(), path);
    }

    /** Throws unless the proof leads to {@code trusted}'s root for a tree of {@code trusted}'s size. */
    public void verifyUnder(Checkpoint trusted) throws MerkleProofException {
        if (trusted.size() != treeSize) {
            throw new MerkleProofException("kích thước cây " + treeSize + " khác điểm kiểm " + trusted.size()
                    + " / proof tree size " + treeSize + " differs from checkpoint size " + trusted.size());
        }
        MerkleVerifier.verifyInclusion(leafIndex, treeSize, leafHash(), path, trusted.rootHash());
    }

    /**
     * Verifies the attached checkpoint's signature with {@code verifier}, parses its body strictly, and checks
     * that the path leads from the leaf bytes to that signed root; returns the signed checkpoint.
     */
    public Checkpoint verify(NoteVerifier verifier) throws MerkleProofException, NoteVerificationException {
        SignedCheckpoint scp = checkpoint.orElseThrow(() -> new NoteVerificationException(
                "chưa có điểm kiểm đã ký cho kích thước " + treeSize + " / no signed checkpoint of size " + treeSize));
        Checkpoint cp = scp.verify(verifier);
        verifyUnder(cp);
        return cp;
    }
}
