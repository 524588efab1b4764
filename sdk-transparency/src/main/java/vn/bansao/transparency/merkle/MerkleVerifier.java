package vn.bansao.transparency.merkle;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verification of RFC 9162 §2.1.3.2 inclusion proofs and §2.1.4.2 consistency proofs, following
 * transparency-dev/merkle's {@code proof.VerifyInclusion} / {@code proof.VerifyConsistency}
 * (including its strictness: every hash must be exactly 32 bytes and consistency needs
 * {@code 0 < size1 <= size2}).
 *
 * <pre>{@code
 * MerkleVerifier.verifyInclusion(leafIndex, treeSize, leafHash, auditPath, signedRoot);
 * MerkleVerifier.verifyConsistency(oldSize, newSize, proof, oldRoot, newRoot);
 * }</pre>
 */
public final class MerkleVerifier {

    private MerkleVerifier() {
    }

    /** Throws unless {@code proof} shows leaf {@code index} with {@code leafHash} in the tree of {@code size} and {@code root}. */
    public static void verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
            throws MerkleProofException {
        requireHash("root", root);
        byte[] computed = rootFromInclusionProof(index, size, leafHash, proof);
        if (!MessageDigest.isEqual(computed, root)) {
            throw new MerkleProofException("inclusion proof leads to a different root");
        }
    }

    /** The root implied by an inclusion proof (RFC 9162 §2.1.3.2). */
    public static byte[] rootFromInclusionProof(long index, long size, byte[] leafHash, List<byte[]> proof)
            throws MerkleProofException {
        if (index < 0 || size <= 0 || index >= size) {
            throw new MerkleProofException("leaf index " + index + " is not inside a tree of size " + size);
        }
        requireHash("leaf hash", leafHash);
        List<byte[]> path = proof == null ? List.of() : proof;
        requireHashes(path);
        int inner = innerProofSize(index, size);
        int border = Long.bitCount(index >>> inner);
        if (path.size() != inner + border) {
            throw new MerkleProofException("wrong proof length " + path.size() + ", expected " + (inner + border));
        }
        byte[] res = chainInner(leafHash, path.subList(0, inner), index);
        return chainBorderRight(res, path.subList(inner, path.size()));
    }

    /** Throws unless {@code proof} shows the tree ({@code size1}, {@code root1}) is a prefix of ({@code size2}, {@code root2}). */
    public static void verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
            throws MerkleProofException {
        List<byte[]> path = proof == null ? List.of() : proof;
        requireHashes(path);
        if (size1 <= 0 || size2 < size1) {
            throw new MerkleProofException("consistency needs 0 < size1 <= size2, got " + size1 + ", " + size2);
        }
        if (size1 == size2) {
            if (!path.isEmpty()) {
                throw new MerkleProofException("equal sizes need an empty proof");
            }
            // as transparency-dev: equal trees are compared byte for byte, whatever their encoding
            if (root1 == null || root2 == null || !MessageDigest.isEqual(root1, root2)) {
                throw new MerkleProofException("root mismatch");
            }
            return;
        }
        if (path.isEmpty()) {
            throw new MerkleProofException("empty consistency proof");
        }
        requireHash("first root", root1);
        requireHash("second root", root2);
        int inner = innerProofSize(size1 - 1, size2);
        int border = Long.bitCount((size1 - 1) >>> inner);
        int shift = Long.numberOfTrailingZeros(size1);
        inner -= shift;

        byte[] seed;
        int start;
        if (size1 == (1L << shift)) {
            seed = root1;
            start = 0;
        } else {
            seed = path.get(0);
            start = 1;
        }
        if (path.size() != start + inner + border) {
            throw new MerkleProofException("wrong proof length " + path.size() + ", expected " + (start + inner + border));
        }
        List<byte[]> rest = path.subList(start, path.size());
        long mask = (size1 - 1) >>> shift;
        byte[] hash1 = chainBorderRight(chainInnerRight(seed, rest.subList(0, inner), mask), rest.subList(inner, rest.size()));
        requireMatch(hash1, root1);
        byte[] hash2 = chainBorderRight(chainInner(seed, rest.subList(0, inner), mask), rest.subList(inner, rest.size()));
        requireMatch(hash2, root2);
    }

    private static int innerProofSize(long index, long size) {
        return 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
    }

    private static byte[] chainInner(byte[] seed, List<byte[]> proof, long index) {
        byte[] res = seed;
        for (int i = 0; i < proof.size(); i++) {
            res = ((index >>> i) & 1) == 0 ? Rfc6962.nodeHash(res, proof.get(i)) : Rfc6962.nodeHash(proof.get(i), res);
        }
        return res;
    }

    private static byte[] chainInnerRight(byte[] seed, List<byte[]> proof, long index) {
        byte[] res = seed;
        for (int i = 0; i < proof.size(); i++) {
            if (((index >>> i) & 1) == 1) {
                res = Rfc6962.nodeHash(proof.get(i), res);
            }
        }
        return res;
    }

    private static byte[] chainBorderRight(byte[] seed, List<byte[]> proof) {
        byte[] res = seed;
        for (byte[] h : proof) {
            res = Rfc6962.nodeHash(h, res);
        }
        return res;
    }

    private static void requireMatch(byte[] computed, byte[] expected) throws MerkleProofException {
        if (!MessageDigest.isEqual(computed, expected)) {
            throw new MerkleProofException("root mismatch");
        }
    }

    private static void requireHash(String what, byte[] hash) throws MerkleProofException {
        if (hash == null || hash.length != Rfc6962.HASH_SIZE) {
            throw new MerkleProofException(what + " must be " + Rfc6962.HASH_SIZE + " bytes, got "
                    + (hash == null ? "none" : hash.length));
        }
    }

    private static void requireHashes(List<byte[]> proof) throws MerkleProofException {
        for (byte[] h : proof) {
            requireHash("proof hash", h);
        }
    }
}
