package vn.bansao.transparency.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.bansao.transparency.merkle.MerkleProofException;
import vn.bansao.transparency.merkle.MerkleTree;
import vn.bansao.transparency.merkle.NodeSource;
import vn.bansao.transparency.merkle.Rfc6962;
import vn.bansao.transparency.note.NoteSigner;
import vn.bansao.transparency.note.NoteVerificationException;

/**
 * Inclusion and consistency proofs checked against signed checkpoints, as a receiving agency does, with the
 * forgeries a register (or whoever serves its proofs) could try: another row, another size, a rewritten or a
 * truncated-and-regrown history, a fork.
 */
class ProofsUnderCheckpointsTest {

    static final String ORIGIN = "bansao.vn/register/000.00.12.H29";
    static NoteSigner signer;
    static NoteSigner impostor;

    @BeforeAll
    static void keys() throws Exception {
        KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        signer = NoteSigner.of(ORIGIN, kp.getPrivate(), kp.getPublic());
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        impostor = NoteSigner.of(ORIGIN, other.getPrivate(), other.getPublic());
    }

    static List<byte[]> leaves(String prefix, int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(("{\"leafIndex\":" + i + ",\"row\":\"" + prefix + i + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    static NodeSource tree(List<byte[]> leaves) {
        return NodeSource.ofLeafHashes(leaves.stream().map(Rfc6962::leafHash).toList());
    }

    static SignedCheckpoint sign(NoteSigner by, List<byte[]> leaves, int size) {
        Checkpoint cp = new Checkpoint(ORIGIN, size, MerkleTree.rootHash(size, tree(leaves)));
        return new SignedCheckpoint(cp, by.sign(cp.body()));
    }

    @Test
    void inclusionUnderTheSignedCheckpointAndItsForgeries() throws Exception {
        List<byte[]> log = leaves("a", 7);
        SignedCheckpoint cp7 = sign(signer, log, 7);
        for (int i = 0; i < 7; i++) {
            InclusionProof p = new InclusionProof(i, 7, log.get(i), MerkleTree.inclusionPath(i, 7, tree(log)), Optional.of(cp7));
            assertThat(p.verify(signer.verifier())).isEqualTo(cp7.checkpoint());
            assertThat(p.impliedRoot()).isEqualTo(cp7.checkpoint().rootHash());
        }
        List<byte[]> path3 = MerkleTree.inclusionPath(3, 7, tree(log));
        InclusionProof good = new InclusionProof(3, 7, log.get(3), path3, Optional.of(cp7));

        byte[] edited = log.get(3).clone();
        edited[5] ^= 1;
        assertThatThrownBy(() -> new InclusionProof(3, 7, edited, path3, Optional.of(cp7)).verify(signer.verifier()))
                .isInstanceOf(MerkleProofException.class);
        assertThatThrownBy(() -> new InclusionProof(4, 7, log.get(3), path3, Optional.of(cp7)).verify(signer.verifier()))
                .isInstanceOf(MerkleProofException.class);
        // a path claiming a larger tree than the checkpoint signs
        List<byte[]> log8 = leaves("a", 8);
        assertThatThrownBy(() -> new InclusionProof(3, 8, log.get(3), MerkleTree.inclusionPath(3, 8, tree(log8)),
                Optional.of(cp7)).verify(signer.verifier())).isInstanceOf(MerkleProofException.class).hasMessageContaining("size");
        // padding, a hash of the wrong length, a truncated path
        List<byte[]> padded = new ArrayList<>(path3);
        padded.add(new byte[32]);
        List<byte[]> shortHash = new ArrayList<>(path3);
        shortHash.set(0, new byte[31]);
        for (List<byte[]> bad : List.of(padded, shortHash, path3.subList(0, 2), List.<byte[]>of())) {
            assertThatThrownBy(() -> new InclusionProof(3, 7, log.get(3), bad, Optional.of(cp7)).verify(signer.verifier()))
                    .isInstanceOf(MerkleProofException.class);
        }
        // no checkpoint, or one signed by another key under the same name
        assertThatThrownBy(() -> new InclusionProof(3, 7, log.get(3), path3, Optional.empty()).verify(signer.verifier()))
                .isInstanceOf(NoteVerificationException.class);
        assertThatThrownBy(() -> good.withCheckpoint(sign(impostor, log, 7)).verify(signer.verifier()))
                .isInstanceOf(NoteVerificationException.class);
        // the record is immutable: changing what a caller passed or got changes nothing
        byte[] leaf = log.get(3).clone();
        InclusionProof p = new InclusionProof(3, 7, leaf, path3, Optional.of(cp7));
        leaf[0] ^= 1;
        p.leafBytes()[1] ^= 1;
        p.path().get(0)[0] ^= 1;
        assertThat(p.verify(signer.verifier()).size()).isEqualTo(7);
    }

    @Test
    void consistencyBetweenEverySizeOfAGrowingLog() throws Exception {
        List<byte[]> log = leaves("a", 20);
        NodeSource nodes = tree(log);
        for (int m = 1; m <= 20; m++) {
            for (int n = m; n <= 20; n++) {
                Checkpoint older = new Checkpoint(ORIGIN, m, MerkleTree.rootHash(m, nodes));
                Checkpoint newer = new Checkpoint(ORIGIN, n, MerkleTree.rootHash(n, nodes));
                new ConsistencyProof(m, n, MerkleTree.consistencyPath(m, n, nodes)).verify(older, newer);
            }
        }
    }

    @Test
    void rewrittenTruncatedAndForkedHistoriesAreDetected() throws Exception {
        List<byte[]> log = leaves("a", 10);
        Checkpoint remembered = sign(signer, log, 10).verify(signer.verifier());

        // a row edited behind the log's back, then the log grows: the new checkpoint is validly signed, but no
        // consistency proof links it to what the verifier saw
        List<byte[]> rewritten = new ArrayList<>(leaves("a", 14));
        rewritten.set(4, "{\"leafIndex\":4,\"row\":\"edited\"}".getBytes(StandardCharsets.UTF_8));
        assertNoConsistency(remembered, rewritten, 14);
        // truncated to 6 rows and regrown to 12 with other rows
        List<byte[]> regrown = new ArrayList<>(leaves("a", 6));
        regrown.addAll(leaves("b", 6));
        assertNoConsistency(remembered, regrown, 12);
        // a fork: the same size, another root
        List<byte[]> fork = new ArrayList<>(leaves("a", 9));
        fork.add("{\"leafIndex\":9,\"row\":\"fork\"}".getBytes(StandardCharsets.UTF_8));
        assertNoConsistency(remembered, fork, 10);
        // the honest extension passes, and only between the right sizes and the same log
        List<byte[]> honest = leaves("a", 15);
        Checkpoint latest = sign(signer, honest, 15).verify(signer.verifier());
        ConsistencyProof proof = new ConsistencyProof(10, 15, MerkleTree.consistencyPath(10, 15, tree(honest)));
        proof.verify(remembered, latest);
        assertThatThrownBy(() -> proof.verify(latest, remembered)).isInstanceOf(MerkleProofException.class);
        Checkpoint otherLog = new Checkpoint("bansao.vn/register/000.00.13.H29", 15, latest.rootHash());
        assertThatThrownBy(() -> proof.verify(remembered, otherLog)).isInstanceOf(MerkleProofException.class)
                .hasMessageContaining("different logs");
        // a shrinking log has no consistency proof at all
        assertThatThrownBy(() -> new ConsistencyProof(10, 6, List.of()).verify(remembered, sign(signer, log, 6).checkpoint()))
                .isInstanceOf(MerkleProofException.class);
    }

    /** Every proof the new tree can produce between the two sizes fails against the remembered checkpoint. */
    private static void assertNoConsistency(Checkpoint remembered, List<byte[]> newLog, int newSize) throws Exception {
        Checkpoint latest = sign(signer, newLog, newSize).verify(signer.verifier());
        NodeSource nodes = tree(newLog);
        ConsistencyProof fromNewTree = new ConsistencyProof(remembered.size(), newSize,
                MerkleTree.consistencyPath(remembered.size(), newSize, nodes));
        assertThatThrownBy(() -> fromNewTree.verify(remembered, latest)).isInstanceOf(MerkleProofException.class);
    }
}
