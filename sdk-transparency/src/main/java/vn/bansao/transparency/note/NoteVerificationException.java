package vn.bansao.transparency.note;

/**
 * A signed note could not be verified: malformed, no signature from the expected key, or a bad signature.
 *
 * <pre>{@code
 * try { String body = verifier.open(noteText); }
 * catch (NoteVerificationException e) { reject(e.getMessage()); }
 * }</pre>
 */
public final class NoteVerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    public NoteVerificationException(String message) {
        super(message);
    }
}
