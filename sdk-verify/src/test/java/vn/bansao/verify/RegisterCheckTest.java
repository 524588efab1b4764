package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.signing.Level;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;
import vn.bansao.verify.internal.register.MerkleProofs;
import vn.bansao.verify.internal.trust.Fingerprints;

/** The register check through the {@link RegisterLookup} callback, with C2SP checkpoints and RFC 6962 proofs. */
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
        return new RegisterRecord(2026, "123", voided ? RegisterRecord.Status.VOID : RegisterRecord.Status.CERTIFIED,
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
        VerificationReport r = verify(ref -> Optional.of(new RegisterRecord(2026, "123", RegisterRecord.Status.CERTIFIED,
                Optional.empty(), Optional.of(Fingerprints.sha256(unsigned)), Optional.of(beforeValidationData),
                Optional.empty())), null);
        assertThat(r.register().orElseThrow().outcome()).as(r.register().toString()).isEqualTo(RegisterCheck.Outcome.CONFIRMED);
        VerificationReport wrongPackage = verify(ref -> Optional.of(new RegisterRecord(2026, "123",
                RegisterRecord.Status.CERTIFIED, Optional.empty(), Optional.of(Fingerprints.sha256(copy, 0, 1000)),
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
        VerificationReport reserved = verify(ref -> Optional.of(new RegisterRecord(2026, "123", RegisterRecord.Status.RESERVED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())), null);
        assertThat(reserved.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(reserved.register().orElseThrow().outcome()).isEqualTo(RegisterCheck.Outcome.NOT_CERTIFIED);
        VerificationReport down = verify(ref -> {
            throw new IOException("connection refused");
        }, null);
        assertThat(down.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(down.register().orElseThrow().outcome()).isEqualTo(RegisterCheck.Outcome.UNAVAILABLE);
    }

    @Test
    void inclusionUnderASignedCheckpoint() {
        // a 5-leaf log whose leaf 3 is this copy's entry
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            leaves.add(("{\"n\":" + i + ",\"sha\":\"" + (i == 3 ? Fingerprints.sha256(copy) : "x") + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] root = Tree.root(leaves, 0, 5);
        List<byte[]> path = Tree.path(leaves, 3, 0, 5);
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(new SecureRandom());
        String name = "bansao.vn/register/000.00.12.H29";
        byte[] pub = key.generatePublicKey().getEncoded();
        byte[] keyData = new byte[33];
        keyData[0] = 1;
        System.arraycopy(pub, 0, keyData, 1, 32);
        var md = Fingerprints.newSha256();
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
        byte[] keyHash = java.util.Arrays.copyOf(md.digest(keyData), 4);
        String verifierKey = name + "+" + java.util.HexFormat.of().formatHex(keyHash) + "+" + Base64.getEncoder().encodeToString(keyData);
        String body = name + "\n5\n" + Base64.getEncoder().encodeToString(root) + "\n";
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        byte[] msg = body.getBytes(StandardCharsets.UTF_8);
        signer.update(msg, 0, msg.length);
        byte[] sig = new byte[68];
        System.arraycopy(keyHash, 0, sig, 0, 4);
        System.arraycopy(signer.generateSignature(), 0, sig, 4, 64);
        String note = body + "\n\u2014 " + name + " " + Base64.getEncoder().encodeToString(sig) + "\n";

        InclusionProof good = new InclusionProof(leaves.get(3), 3, 5, path, note);
        VerificationReport ok = verify(ref -> Optional.of(entry(false, Fingerprints.sha256(copy), Optional.of(good))), verifierKey);
        assertThat(ok.register().orElseThrow().outcome()).as(ok.register().toString()).isEqualTo(RegisterCheck.Outcome.CONFIRMED);
        assertThat(ok.verdict()).isEqualTo(Verdict.VALID);

        InclusionProof wrongLeaf = new InclusionProof(leaves.get(2), 3, 5, path, note);
        assertThat(verify(ref -> Optional.of(entry(false, Fingerprints.sha256(copy), Optional.of(wrongLeaf))), verifierKey)
                .register().orElseThrow().outcome()).isEqualTo(RegisterCheck.Outcome.PROOF_INVALID);
        // without the register's key the proof is reported as not checked, not as valid
        VerificationReport unchecked = verify(ref -> Optional.of(entry(false, Fingerprints.sha256(copy), Optional.of(good))), null);
        assertThat(unchecked.register().orElseThrow().findings()).extracting(Finding::code).contains("REGISTER_PROOF_NOT_CHECKED");
        // a valid proof of another entry's leaf does not confirm this copy
        InclusionProof otherLeaf = new InclusionProof(leaves.get(1), 1, 5, Tree.path(leaves, 1, 0, 5), note);
        assertThat(verify(ref -> Optional.of(entry(false, Fingerprints.sha256(copy), Optional.of(otherLeaf))), verifierKey)
                .register().orElseThrow().outcome()).isEqualTo(RegisterCheck.Outcome.PROOF_INVALID);
        InclusionProof forgedNote = new InclusionProof(leaves.get(3), 3, 5, path, note.replace("\n5\n", "\n6\n"));
        assertThat(verify(ref -> Optional.of(entry(false, Fingerprints.sha256(copy), Optional.of(forgedNote))), verifierKey)
                .verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void merkleVerifierAgreesWithEveryTransparencyDevProbe() throws IOException {
        JsonNode probes = new ObjectMapper().readTree(
                SharedCorpora.corpus("rfc6962-merkle-vectors").resolve("probes-inclusion.json").toFile());
        int checked = 0;
        for (JsonNode p : probes) {
            List<byte[]> proof = new ArrayList<>();
            p.path("proof").forEach(n -> proof.add(Base64.getDecoder().decode(n.asText())));
            boolean ok = MerkleProofs.verifyInclusion(Base64.getDecoder().decode(p.path("leafHash").asText()),
                    p.path("leafIdx").asLong(), p.path("treeSize").asLong(), proof,
                    Base64.getDecoder().decode(p.path("root").asText()));
            assertThat(ok).as(p.path("sourcePath").asText()).isEqualTo(!p.path("wantErr").asBoolean());
            checked++;
        }
        assertThat(checked).isEqualTo(98);
    }

    /** A straightforward RFC 6962 tree for building test proofs. */
    static final class Tree {
        static byte[] root(List<byte[]> leaves, int from, int to) {
            if (to - from == 1) {
                return MerkleProofs.leafHash(leaves.get(from));
            }
            int k = Integer.highestOneBit(to - from - 1);
            var md = Fingerprints.newSha256();
            md.update((byte) 1);
            md.update(root(leaves, from, from + k));
            return md.digest(root(leaves, from + k, to));
        }

        static List<byte[]> path(List<byte[]> leaves, int index, int from, int to) {
            List<byte[]> out = new ArrayList<>();
            if (to - from == 1) {
                return out;
            }
            int k = Integer.highestOneBit(to - from - 1);
            if (index < from + k) {
                out.addAll(path(leaves, index, from, from + k));
                out.add(root(leaves, from + k, to));
            } else {
                out.addAll(path(leaves, index, from + k, to));
                out.add(root(leaves, from, from + k));
            }
            return out;
        }
    }
}
