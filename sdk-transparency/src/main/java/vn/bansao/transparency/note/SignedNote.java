package vn.bansao.transparency.note;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A C2SP signed note split into its text and signature lines, <em>unverified</em>: the same strict parser
 * {@link NoteVerifier#open} uses, for code that must look at the lines themselves (cosignatures, which carry
 * a timestamp inside the signature; a witness keeping only the lines of keys it verified).
 *
 * <pre>{@code
 * SignedNote n = SignedNote.parse(noteText);          // NoteVerificationException if malformed
 * for (SignedNote.Line line : n.signatures()) { ... line.name() ... line.keyId() ... line.signature() ... }
 * String kept = n.withSignatures(List.of(n.signatures().get(0)));
 * }</pre>
 *
 * @param text       the signed text, ending in a newline (without the blank line)
 * @param signatures the signature lines, in order (at least one)
 */
public record SignedNote(String text, List<Line> signatures) {

    /**
     * One signature line {@code — name base64(keyId || signature)}.
     *
     * @param name      the key name
     * @param keyId     the 4-byte key ID, big-endian
     * @param signature the bytes after the key ID (for a cosignature: timestamp then signature)
     */
    public record Line(String name, int keyId, byte[] signature) {

        public Line {
            Objects.requireNonNull(name, "name");
            signature = signature.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }

        /** The line as it is written in a note, with its final newline. */
        public String toLine() {
            byte[] blob = new byte[4 + signature.length];
            blob[0] = (byte) (keyId >>> 24);
            blob[1] = (byte) (keyId >>> 16);
            blob[2] = (byte) (keyId >>> 8);
            blob[3] = (byte) keyId;
            System.arraycopy(signature, 0, blob, 4, signature.length);
            return NoteFormat.SIGNATURE_PREFIX + name + " " + Base64.getEncoder().encodeToString(blob) + "\n";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Line l && l.name.equals(name) && l.keyId == keyId && Arrays.equals(l.signature, signature);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + keyId * 17 + Arrays.hashCode(signature);
        }
    }

    public SignedNote {
        Objects.requireNonNull(text, "text");
        signatures = List.copyOf(signatures);
    }

    /** Parses a signed note (at most 1 MiB, at most 100 signatures, no control characters). */
    public static SignedNote parse(String note) throws NoteVerificationException {
        NoteFormat.Parsed parsed = NoteFormat.parse(note);
        return new SignedNote(parsed.text(), parsed.signatures().stream().map(l -> new Line(l.name(),
                ((l.blob()[0] & 0xff) << 24) | ((l.blob()[1] & 0xff) << 16) | ((l.blob()[2] & 0xff) << 8)
                        | (l.blob()[3] & 0xff), Arrays.copyOfRange(l.blob(), 4, l.blob().length))).toList());
    }

    /**
     * Parses signature lines alone (e.g. a witness's answer), each {@code — name base64} ending in a newline.
     *
     * @throws NoteVerificationException if a line is malformed or there is none
     */
    public static List<Line> parseSignatureLines(String lines) throws NoteVerificationException {
        if (lines == null || lines.isEmpty() || lines.startsWith("\n") || lines.contains("\n\n")) {
            throw new NoteVerificationException("malformed signature lines");
        }
        return parse("x\n\n" + lines).signatures();
    }

    /** The note with the same text and only {@code lines} as signatures. */
    public String withSignatures(List<Line> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a signed note needs at least one signature");
        }
        StringBuilder sb = new StringBuilder(text).append('\n');
        lines.forEach(l -> sb.append(l.toLine()));
        return sb.toString();
    }
}
