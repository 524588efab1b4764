package vn.bansao.transparency.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.bansao.transparency.note.NoteSigner;
import vn.bansao.transparency.note.NoteVerificationException;

/** The one strict checkpoint parser: well-formed bodies round-trip, hostile ones fail with a typed error. */
class CheckpointTest {

    static final String ORIGIN = "bansao.vn/register/000.00.12.H29";
    static final String ROOT = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void aBodyRoundTrips() {
        Checkpoint cp = Checkpoint.parse(ORIGIN + "\n42\n" + ROOT + "\nextension line\n");
        assertThat(cp.origin()).isEqualTo(ORIGIN);
        assertThat(cp.size()).isEqualTo(42);
        assertThat(cp.rootHash()).hasSize(32);
        assertThat(cp.extensions()).containsExactly("extension line");
        assertThat(Checkpoint.parse(cp.body())).isEqualTo(cp);
    }

    @Test
    void hostileBodiesAreRefusedNeverEmptied() {
        String root31 = Base64.getEncoder().encodeToString(new byte[31]);
        for (String hostile : new String[] {
                "", "\n", ORIGIN + "\n42\n" + ROOT, // no final newline
                ORIGIN + "\n42\n", // no root
                "\n42\n" + ROOT + "\n", // empty origin
                ORIGIN + "\n042\n" + ROOT + "\n", ORIGIN + "\n-1\n" + ROOT + "\n", ORIGIN + "\n+1\n" + ROOT + "\n",
                ORIGIN + "\n 42\n" + ROOT + "\n", ORIGIN + "\n99999999999999999999\n" + ROOT + "\n",
                ORIGIN + "\n42\n" + root31 + "\n", ORIGIN + "\n42\nnot base64!\n"}) {
            assertThatThrownBy(() -> Checkpoint.parse(hostile)).as(hostile).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Checkpoint.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verifyReturnsWhatWasSignedNotWhatTheEnvelopeClaims() throws Exception {
        KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        NoteSigner signer = NoteSigner.of(ORIGIN, kp.getPrivate(), kp.getPublic());
        Checkpoint real = new Checkpoint(ORIGIN, 7, new byte[32]);
        Checkpoint claimed = new Checkpoint(ORIGIN, 9, new byte[32]);
        SignedCheckpoint envelope = new SignedCheckpoint(claimed, signer.sign(real.body()));
        assertThat(envelope.verify(signer.verifier())).isEqualTo(real);
        assertThat(SignedCheckpoint.parse(envelope.note()).checkpoint()).isEqualTo(real);
        // a signed text that is not a checkpoint is a typed note failure, not an unchecked exception
        SignedCheckpoint notACheckpoint = new SignedCheckpoint(real, signer.sign(ORIGIN + "\nseven\n" + ROOT + "\n"));
        assertThatThrownBy(() -> notACheckpoint.verify(signer.verifier()))
                .isInstanceOf(NoteVerificationException.class).hasMessageContaining("not a well-formed checkpoint");
        assertThatThrownBy(() -> SignedCheckpoint.parse(real.body())).isInstanceOf(IllegalArgumentException.class);
    }
}
