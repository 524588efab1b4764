package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.signing.Level;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.InclusionProof;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.lookup.CertificationReference;
import vn.bansao.transparency.lookup.EntryStatus;
import vn.bansao.transparency.lookup.RegisterLookup;
import vn.bansao.transparency.lookup.RegisterRecord;
import vn.bansao.transparency.merkle.MerkleTree;
import vn.bansao.transparency.merkle.NodeSource;
import vn.bansao.transparency.merkle.Rfc6962;
import vn.bansao.transparency.note.NoteSigner;
import vn.bansao.verify.internal.trust.Fingerprints;

/**
 * The register check through the {@link RegisterLookup} SPI, with C2SP checkpoints and RFC 6962 proofs built from
 * bansao-transparency's primitives (no register database: verify does not depend on bansao-register).
 */
@ExtendWith(TestPkiExtension.class)
class RegisterCheckTest {

    static byte[] copy;
    static TrustAnchors anchors;

    @BeforeAll
    static void sign(TestPki pki) {
        copy = SignedCopies.signedCopy(pki, Level.B_LT);
        anchors = TrustAnchors.of(pki.root().certificate());
    }

    static VerificationReport verify(RegisterLookup lookup, String key) {
        CopyVerifier.Builder b = CopyVerifier.builder().trustAnchors(anchors);
        return (key == null ? b.register(lookup) : b.register(lookup, key)).build().verify(copy, "copy.pdf");
    }

    static RegisterRecord entry(boolean voided, String signedSha, Optional<InclusionProof> proof) {
        return new RegisterRecord(2026, "123", voided ? EntryStatus.VOID : EntryStatus.CERTIFIED,
                voided ? Optional.of("nhầm số") : Optional.empty(),
                Optional.empty(), Optional.of(signedSha), proof);
    }

    @Test
    void confirmedWhenTheNumberExistsAndTheHashMatches() {
        List<CertificationReference> asked = new ArrayList<>();
        VerificationReport r = verify(ref -> {
            asked.add(ref);
            return Optional.of(entry(false, Fingerprints.sha256(copy).toLowerCase(), Optional.empty()));
        }, null);
        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
        assertThat(r.register()).hasValueSatisfying(c -> assertThat(c.outcome()).isEqualTo(RegisterCheck.Outcome.CONFIRMED));
        assertThat(asked).singleElement().satisfies(ref -> {
            assertThat(ref.year()).isEqualTo(2026);
            assertThat(ref.number()).isEqualTo(123);
            assertThat(ref.agencyCode()).isEqualTo("000.00.12.H29");
            assertThat(ref.registerType()).isEqualTo("SCT/BS");
        });
    }

    @Test
    void anEarlierRevisionAndTheUnsignedPackageAlsoMatch() {
        VerificationReport plain = CopyVerifier.builder().trustAnchors(anchors).build().verify(copy, "copy.pdf");
        long authorityEnd = plain.signatures().stream().filter(s -> s.role() == SignatureRole.AUTHORITY).findFirst()
                .orElseThrow().signedRevisionEnd();
        String beforeValidationData = Fingerprints.sha256(copy, 0, (int) authorityEnd);
        byte[] unsigned = SignedCopies.unsignedPackage(vn.bansao.core.facts.CertificationKind.FROM_ORIGINAL, 3);
        assertThat(java.util.Arrays.equals(unsigned, 0, unsigned.length, copy, 0, unsigned.length)).isTrue();
        VerificationReport r = verify(ref -> Optional.of(new RegisterRecord(2026, "123", EntryStatus.CERTIFIED,
                Optional.empty(), Optional.of(Fingerprints.sha256(unsigned)), Optional.of(beforeValidationData),
                Optional.empty())), null);
        assertThat(r.register().orElseThrow().outcome()).as(r.register().toString()).isEqualTo(RegisterCheck.Outcome.CONFIRMED);
        VerificationReport wrongPackage = verify(ref -> Optional.of(new RegisterRecord(2026, "123",
                EntryStatus.CERTIFIED, Optional.empty(), Optional.of(Fingerprints.sha256(copy, 0, 1000)),
                Optional.of(beforeValidationData), Optional.empty())), null);
        assertThat(wrongPackage.reasons()).extracting(Finding::code).contains("REGISTER_PACKAGE_MISMATCH");
    }

    @Test
    void voidMissingMismatchedAndUnreachable() {
        assertThat(verify(ref -> Optional.of(entry(true, Fingerprints.sha256(copy), Optional.empty())), null))
                .satisfies(r -> {
                    assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
                    assertThat(r.register().orElseThrow().outcome()).isEqualTo(RegisterCheck.Outcome.VOID);
                });
        assertThat(verify(ref -> Optional.empty(), null).register().orElseThrow().outcome())
                .isEqualTo(RegisterCheck.Outcome.NOT_FOUND);
        VerificationReport mismatch = verify(ref -> Optional.of(entry(false, "00".repeat(32), Optional.empty())), null);
        assertThat(mismatch.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(mismatch.reasons()).extracting(Finding::code).contains("REGISTER_HASH_MISMATCH");
        VerificationReport reserved = verify(ref -> Optional.of(new RegisterRecord(2026, "123", EntryStatus.RESERVED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())), null);
        assertThat(reserved.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(reserved.register().orElseThrow().outcome()).isEqualTo(RegisterCheck.Outcome.NOT_CERTIFIED);
        VerificationReport down = verify(ref -> {
            throw new IOException("connection refused");
        }, null);
        assertThat(down.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(down.register().orElseThrow().outcome()).isEqualTo(RegisterCheck.Outcome.UNAVAILABLE);
    }

    /** A register row in the canonical form of bansao-register (sorted keys, no whitespace). */
    static byte[] leaf(long index, String kind, long sequence, String signedSha) {
        return ("{\"agencyCode\":\"000.00.12.H29\",\"kind\":\"" + kind + "\",\"leafIndex\":" + index
                + ",\"registerType\":\"SCT/BS\",\"sequence\":" + sequence + ",\"signedCopySha256\":\"" + signedSha
                + "\",\"v\":1,\"year\":2026}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void inclusionUnderASignedCheckpoint() throws Exception {
        // a 6-leaf log: leaf 3 certifies this copy as number 123, leaf 1 is number 122, leaf 5 voids number 121
        String sha = Fingerprints.sha256(copy).toLowerCase(java.util.Locale.ROOT);
        List<byte[]> leaves = List.of(leaf(0, "CERTIFICATION", 120, "ab".repeat(32)), leaf(1, "CERTIFICATION", 122, sha),
                leaf(2, "RESERVATION", 123, ""), leaf(3, "COMPLETION", 123, sha), leaf(4, "CERTIFICATION", 121, sha),
                leaf(5, "VOID", 123, ""));
        NodeSource nodes = NodeSource.ofLeafHashes(leaves.stream().map(Rfc6962::leafHash).toList());
        KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String name = "bansao.vn/register/000.00.12.H29";
        NoteSigner signer = NoteSigner.of(name, kp.getPrivate(), kp.getPublic());
        String verifierKey = signer.verifier().verifierKey();
        Checkpoint cp = new Checkpoint(name, 5, MerkleTree.rootHash(5, nodes));
        SignedCheckpoint signed = new SignedCheckpoint(cp, signer.sign(cp.body()));
        java.util.function.LongFunction<InclusionProof> proofOf = i -> new InclusionProof(i, 5, leaves.get((int) i),
                MerkleTree.inclusionPath(i, 5, nodes), Optional.of(signed));

        InclusionProof good = proofOf.apply(3);
        VerificationReport ok = verify(ref -> Optional.of(entry(false, sha, Optional.of(good))), verifierKey);
        assertThat(ok.register().orElseThrow().outcome()).as(ok.register().toString()).isEqualTo(RegisterCheck.Outcome.CONFIRMED);
        assertThat(ok.register().orElseThrow().findings()).extracting(Finding::code).contains("REGISTER_PROOF_OK");
        assertThat(ok.verdict()).isEqualTo(Verdict.VALID);

        // the right path with another row's bytes
        InclusionProof wrongLeaf = new InclusionProof(3, 5, leaves.get(2), good.path(), Optional.of(signed));
        assertProofInvalid(wrongLeaf, sha, verifierKey, "audit path");
        // without the register's key the proof is reported as not checked, not as valid
        VerificationReport unchecked = verify(ref -> Optional.of(entry(false, sha, Optional.of(good))), null);
        assertThat(unchecked.register().orElseThrow().findings()).extracting(Finding::code).contains("REGISTER_PROOF_NOT_CHECKED");
        // valid proofs of other rows of the same log do not confirm this copy: another number carrying the same
        // hash, this number's reservation, a row at another position
        assertProofInvalid(proofOf.apply(1), sha, verifierKey, "not about number 123");
        assertProofInvalid(proofOf.apply(2), sha, verifierKey, "RESERVATION");
        // a proof of the entry's newest row under a checkpoint that does not cover the void (size 5 of 6) is a
        // register's choice to make; a proof claiming size 6 under the size-5 checkpoint is not
        InclusionProof sizeMismatch = new InclusionProof(5, 6, leaves.get(5),
                MerkleTree.inclusionPath(5, 6, NodeSource.ofLeafHashes(leaves.stream().map(Rfc6962::leafHash).toList())),
                Optional.of(signed));
        assertProofInvalid(sizeMismatch, sha, verifierKey, "size");
        // a note edited after signing, a note signed by another key, a signed text that is not a checkpoint
        assertProofInvalid(good.withCheckpoint(new SignedCheckpoint(cp, signed.note().replace("\n5\n", "\n6\n"))),
                sha, verifierKey, "signature");
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        NoteSigner impostor = NoteSigner.of(name, other.getPrivate(), other.getPublic());
        assertProofInvalid(good.withCheckpoint(new SignedCheckpoint(cp, impostor.sign(cp.body()))), sha, verifierKey,
                "signature");
        assertProofInvalid(good.withCheckpoint(new SignedCheckpoint(cp, signer.sign(name + "\n5\nnot base64!\n"))),
                sha, verifierKey, "not a well-formed checkpoint");
        // a leaf stating another position than the one proven (same bytes at index 4 would need a forged tree)
        byte[] misplaced = leaf(4, "COMPLETION", 123, sha);
        List<byte[]> forgedLeaves = new ArrayList<>(leaves);
        forgedLeaves.set(3, misplaced);
        NodeSource forged = NodeSource.ofLeafHashes(forgedLeaves.stream().map(Rfc6962::leafHash).toList());
        Checkpoint forgedCp = new Checkpoint(name, 5, MerkleTree.rootHash(5, forged));
        InclusionProof misplacedProof = new InclusionProof(3, 5, misplaced, MerkleTree.inclusionPath(3, 5, forged),
                Optional.of(new SignedCheckpoint(forgedCp, signer.sign(forgedCp.body()))));
        assertProofInvalid(misplacedProof, sha, verifierKey, "position");
        // a registered hash the proven row does not carry
        assertThat(verify(ref -> Optional.of(entry(false, sha, Optional.of(proofOf.apply(0)))), verifierKey)
                .register().orElseThrow().outcome()).isEqualTo(RegisterCheck.Outcome.PROOF_INVALID);
    }

    static void assertProofInvalid(InclusionProof proof, String sha, String key, String reason) {
        VerificationReport r = verify(ref -> Optional.of(entry(false, sha, Optional.of(proof))), key);
        assertThat(r.register().orElseThrow().outcome()).as(r.register().toString()).isEqualTo(RegisterCheck.Outcome.PROOF_INVALID);
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.register().orElseThrow().findings()).extracting(Finding::en).anySatisfy(m -> assertThat(m).contains(reason));
    }

    @Test
    void aMalformedCheckpointKeyIsRefusedWhenTheVerifierIsBuilt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CopyVerifier.builder().trustAnchors(anchors)
                .register(ref -> Optional.empty(), "bansao.vn/register+zz+AQ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verifier key");
    }
}
