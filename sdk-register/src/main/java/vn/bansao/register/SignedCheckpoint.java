package vn.bansao.register;

import vn.bansao.register.note.NoteVerificationException;
import vn.bansao.register.note.NoteVerifier;

/**
 * A checkpoint and the signed note that carries it.
 *
 * <pre>{@code
 * SignedCheckpoint scp = register.checkpoint(signer);
 * Files.writeString(Path.of("checkpoint.txt"), scp.note());
 * Checkpoint verified = scp.verify(NoteVerifier.parse(publishedKey));
 * }</pre>
 *
 * @param checkpoint the parsed body (not yet verified)
 * @param note       the whole signed note text
 */
public record SignedCheckpoint(Checkpoint checkpoint, String note) {

    /** Verifies the note with {@code verifier} and returns the checkpoint it really signs. */
    public Checkpoint verify(NoteVerifier verifier) throws NoteVerificationException {
        return Checkpoint.parse(verifier.open(note));
    }

    /** Parses a signed note holding a checkpoint (not verified: call {@link #verify}). */
    public static SignedCheckpoint parse(String note) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("Điểm kiểm không có chữ ký / checkpoint note has no signature");
        }
        return new SignedCheckpoint(Checkpoint.parse(note.substring(0, split + 1)), note);
    }
}
