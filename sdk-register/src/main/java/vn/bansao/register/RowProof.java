package vn.bansao.register;

import java.util.Objects;
import java.util.Optional;
import vn.bansao.transparency.checkpoint.InclusionProof;

/**
 * One row of the log about a certification number, as the register may publish it: its position and, when its
 * leaf carries no personal data (a canonical leaf v2, or a v1 row whose private fields are all empty), its
 * inclusion proof (leaf bytes and audit path). An empty proof is a withheld row: a v1 leaf that holds the
 * requester's or the original document's details in clear, which must never leave the register.
 *
 * <pre>{@code
 * for (RowProof rp : register.inclusionProofs(number, checkpoint.size())) {
 *     rp.proof().ifPresentOrElse(p -> serve(rp.leafIndex(), p.leafBytes(), p.path()),
 *             () -> serveWithheld(rp.leafIndex()));
 * }
 * }</pre>
 *
 * @param leafIndex the row's position in the log (0-based)
 * @param proof     its inclusion proof (no checkpoint attached), or empty when the row is withheld
 */
public record RowProof(long leafIndex, Optional<InclusionProof> proof) {

    public RowProof {
        if (leafIndex < 0) {
            throw new IllegalArgumentException("leafIndex < 0");
        }
        Objects.requireNonNull(proof, "proof");
        if (proof.isPresent() && proof.get().leafIndex() != leafIndex) {
            throw new IllegalArgumentException("the proof is of leaf " + proof.get().leafIndex() + ", not " + leafIndex);
        }
    }

    /** Whether the row's leaf is withheld (it holds personal data in clear). */
    public boolean withheld() {
        return proof.isEmpty();
    }
}
