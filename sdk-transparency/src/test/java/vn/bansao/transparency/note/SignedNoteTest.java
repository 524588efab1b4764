package vn.bansao.transparency.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

/** C2SP signed notes: the Go sumdb/note reference vector, both key types, and hostile notes and keys. */
class SignedNoteTest {

    /** golang.org/x/mod/sumdb/note's documented example (an independent implementation's output). */
    static final String GO_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void theGoReferenceNoteVerifiesAndAnyEditIsRefused() throws Exception {
        NoteVerifier v = NoteVerifier.parse(GO_KEY);
        assertThat(v.keyName()).isEqualTo("PeterNeumann");
        assertThat(v.keyType()).isEqualTo(NoteKeyType.ED25519);
        assertThat(v.verifierKey()).isEqualTo(GO_KEY);
        assertThat(v.open(GO_NOTE)).isEqualTo(GO_TEXT);
        assertThatThrownBy(() -> v.open(GO_NOTE.replace("problem,", "problem;")))
                .isInstanceOf(NoteVerificationException.class).hasMessageContaining("invalid signature");
        assertThatThrownBy(() -> v.open(GO_TEXT)).isInstanceOf(NoteVerificationException.class);
        // a key ID that does not match the key is refused when the key is parsed
        assertThatThrownBy(() -> NoteVerifier.parse(GO_KEY.replace("c74f20a3", "c74f20a4")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ed25519AndP256RoundTripAndRsaIsRefused() throws Exception {
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPairGenerator ecg = KeyPairGenerator.getInstance("EC");
        ecg.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ec = ecg.generateKeyPair();
        for (KeyPair kp : new KeyPair[] {ed, ec}) {
            NoteSigner signer = NoteSigner.of("bansao.vn/register/000.00.12.H29", kp.getPrivate(), kp.getPublic());
            String note = signer.sign("bansao.vn/register/000.00.12.H29\n3\nAAAA\n");
            NoteVerifier parsed = NoteVerifier.parse(signer.verifier().verifierKey());
            assertThat(parsed.open(note)).isEqualTo("bansao.vn/register/000.00.12.H29\n3\nAAAA\n");
            // another key of the same name does not open it
            KeyPair other = kp == ed ? KeyPairGenerator.getInstance("Ed25519").generateKeyPair() : ecg.generateKeyPair();
            NoteVerifier impostor = NoteSigner.of("bansao.vn/register/000.00.12.H29", other.getPrivate(), other.getPublic())
                    .verifier();
            assertThatThrownBy(() -> impostor.open(note)).isInstanceOf(NoteVerificationException.class);
        }
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair r = rsa.generateKeyPair();
        assertThatThrownBy(() -> NoteSigner.of("x", r.getPrivate(), r.getPublic()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RSA");
    }

    @Test
    void hostileNotesGiveATypedFailure() {
        NoteVerifier v = NoteVerifier.parse(GO_KEY);
        String sig = GO_NOTE.substring(GO_TEXT.length() + 1);
        for (String hostile : new String[] {
                "", "\n", GO_TEXT, GO_NOTE.substring(0, GO_NOTE.length() - 1), // no final newline
                GO_TEXT + "\n\u2014 PeterNeumann !!!!\n", // not base64
                GO_TEXT + "\n\u2014 PeterNeumann AAAA\n", // too short
                GO_TEXT + "\n- PeterNeumann x08go/ZJk=\n", // not an em dash
                GO_TEXT.replace("\n", "\r\n") + "\n" + sig, // control characters
                "x".repeat((1 << 20) + 1) + "\n\n" + sig}) {
            assertThatThrownBy(() -> v.open(hostile)).as(hostile.length() > 80 ? "huge" : hostile)
                    .isInstanceOf(NoteVerificationException.class);
        }
        assertThatThrownBy(() -> v.open(null)).isInstanceOf(NoteVerificationException.class);
        for (String badKey : new String[] {"", "PeterNeumann", "PeterNeumann+c74f20a3", "PeterNeumann+zz+AQ==",
                "PeterNeumann+c74f20a3+Bxpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "PeterNeumann+c74f20a3+AQ=="}) {
            assertThatThrownBy(() -> NoteVerifier.parse(badKey)).as(badKey).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
