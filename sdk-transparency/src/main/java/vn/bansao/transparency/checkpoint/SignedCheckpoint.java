package vn.bansao.transparency.checkpoint;

import vn.bansao.transparency.note.NoteVerificationException;
import vn.bansao.transparency.note.NoteVerifier;

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

    public SignedCheckpoint {
        java.util.Objects.requireNonNull(checkpoint, "checkpoint");
        java.util.Objects.requireNonNull(note, "note");
    }

    /**
     * Verifies the note with {@code verifier} and returns the checkpoint it really signs, parsed strictly from
     * the signed text (never {@link #checkpoint()}, which comes from the unverified note). A signed text that is
     * not a well-formed checkpoint is refused like a bad signature.
     */
    public Checkpoint verify(NoteVerifier verifier) throws NoteVerificationException {
        String body = verifier.open(note);
        try {
            return Checkpoint.parse(body);
        } catch (IllegalArgumentException e) {
            throw new NoteVerificationException("ghi chú đã ký không phải điểm kiểm hợp lệ / the signed note is not a"
                    + " well-formed checkpoint: " + e.getMessage());
        }
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
