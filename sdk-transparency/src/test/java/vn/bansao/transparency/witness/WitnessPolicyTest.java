package vn.bansao.transparency.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bansao.transparency.checkpoint.Checkpoint;

/** k of n: edges, duplicates of one key, cosignatures of other checkpoints. */
class WitnessPolicyTest {

    final Checkpoint cp = new Checkpoint("bansao.vn/register/000.00.12.H29", 5, new byte[32]);
    final Checkpoint other = new Checkpoint("bansao.vn/register/000.00.12.H29", 5, filled(7));

    @Test
    void kOfNCountsDistinctValidCosignatures() throws Exception {
        CosignatureSigner a = signer("a.example/w"), b = signer("b.example/w"), c = signer("c.example/w");
        WitnessPolicy p = WitnessPolicy.of(2, List.of(a.verifier(), b.verifier(), c.verifier()));
        String logLine = "\u2014 log AAAAAAAA\n";
        String one = cp.body() + "\n" + logLine + a.cosign(cp, 10);
        WitnessPolicy.Result r1 = p.check(one, cp);
        assertThat(r1.satisfied()).isFalse();
        assertThat(r1.cosignedBy()).containsExactly("a.example/w");
        assertThat(r1.missing()).containsExactly("b.example/w", "c.example/w");
        String two = one + c.cosign(cp, 11);
        assertThat(p.check(two, cp).satisfied()).isTrue();
        assertThat(p.check(two, cp).cosignedBy()).containsExactly("a.example/w", "c.example/w");
        // the same witness twice is one witness
        assertThat(p.check(one + a.cosign(cp, 12), cp).satisfied()).isFalse();
        // k = n and k = 0
        assertThat(WitnessPolicy.of(3, List.of(a.verifier(), b.verifier(), c.verifier())).check(two, cp).satisfied()).isFalse();
        assertThat(WitnessPolicy.of(0, List.of(a.verifier())).check(cp.body() + "\n" + logLine, cp).satisfied()).isTrue();
        assertThat(WitnessPolicy.none().check(cp.body() + "\n" + logLine, cp).satisfied()).isTrue();
    }

    @Test
    void aKeyListedTwiceOrUnderTwoNamesCountsOnce() throws Exception {
        KeyPair kp = CosignatureTest.ed25519();
        CosignatureSigner a = CosignatureSigner.of("a.example/w", kp.getPrivate(), kp.getPublic());
        CosignatureSigner alias = CosignatureSigner.of("alias.example/w", kp.getPrivate(), kp.getPublic());
        CosignatureSigner b = signer("b.example/w");
        // the operator of one key cannot pass a 2-of-n policy by signing under two names
        WitnessPolicy p = WitnessPolicy.of(2, List.of(a.verifier(), alias.verifier(), a.verifier(), b.verifier()));
        assertThat(p.witnesses()).hasSize(2);
        String note = cp.body() + "\n" + a.cosign(cp, 10) + alias.cosign(cp, 10);
        assertThat(p.check(note, cp).satisfied()).isFalse();
        assertThat(p.check(note + b.cosign(cp, 10), cp).satisfied()).isTrue();
        // a policy of 2 over one key listed twice is impossible, not silently 1
        assertThatThrownBy(() -> WitnessPolicy.of(2, List.of(a.verifier(), alias.verifier())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 distinct");
        assertThatThrownBy(() -> WitnessPolicy.of(-1, List.of(a.verifier()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WitnessPolicy.of(1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cosignaturesOfAnotherCheckpointDoNotCount() throws Exception {
        CosignatureSigner a = signer("a.example/w"), b = signer("b.example/w");
        WitnessPolicy p = WitnessPolicy.of(1, List.of(a.verifier(), b.verifier()));
        // witnesses cosigned the other root (the history shown to them); the note carries the checkpoint shown to us
        String lines = a.cosign(other, 10) + b.cosign(other, 10);
        assertThat(p.check(cp.body() + "\n" + lines, cp).satisfied()).isFalse();
        // a note of the other checkpoint checked against ours: refused too
        assertThat(p.check(other.body() + "\n" + lines, cp).satisfied()).isFalse();
        assertThat(p.check(other.body() + "\n" + lines, other).satisfied()).isTrue();
        // another origin with the same size and root
        Checkpoint elsewhere = new Checkpoint("bansao.vn/register/000.00.00.H56", 5, new byte[32]);
        assertThat(p.check(cp.body() + "\n" + a.cosign(elsewhere, 10), cp).satisfied()).isFalse();
    }

    static CosignatureSigner signer(String name) throws Exception {
        KeyPair kp = CosignatureTest.ed25519();
        return CosignatureSigner.of(name, kp.getPrivate(), kp.getPublic());
    }

    static byte[] filled(int b) {
        byte[] h = new byte[32];
        java.util.Arrays.fill(h, (byte) b);
        return h;
    }
}
