package vn.bansao.transparency.merkle;

/**
 * A Merkle proof did not verify: wrong size, malformed hash, or a root that does not match.
 *
 * <pre>{@code
 * try { MerkleVerifier.verifyInclusion(i, n, leaf, proof, root); }
 * catch (MerkleProofException e) { log.warn("not in the log: {}", e.getMessage()); }
 * }</pre>
 */
public final class MerkleProofException extends Exception {

    private static final long serialVersionUID = 1L;

    public MerkleProofException(String message) {
        super(message);
    }
}
