package vn.bansao.verify.internal.register;

import java.util.Base64;
import java.util.Optional;
import vn.bansao.register.note.NoteVerifier;

/**
 * C2SP {@code tlog-checkpoint} bodies signed as C2SP {@code signed-note}s, verified with bansao-register's
 * note verifier (Ed25519 or ECDSA P-256 keys, {@code <name>+<hex key id>+<base64(type || key)>}).
 *
 * <pre>{@code
 * Optional<Checkpoint> cp = Checkpoints.verify(noteText, "bansao.vn/register+1a2b3c4d+AQ...");
 * }</pre>
 */
public final class Checkpoints {

    /** A parsed checkpoint body. */
    public record Checkpoint(String origin, long size, byte[] rootHash) {
    }

    private Checkpoints() {
    }

    /** Parses and verifies the note; empty when malformed or not signed by the key. */
    public static Optional<Checkpoint> verify(String note, String verifierKey) {
        try {
            String body = NoteVerifier.parse(verifierKey.trim()).open(note);
            String[] lines = body.split("\n");
            if (lines.length < 3) {
                return Optional.empty();
            }
            byte[] root = Base64.getDecoder().decode(lines[2]);
            return root.length == 32 ? Optional.of(new Checkpoint(lines[0], Long.parseLong(lines[1]), root)) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
