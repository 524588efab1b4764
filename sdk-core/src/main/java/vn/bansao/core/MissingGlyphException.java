package vn.bansao.core;

/**
 * A character of the statement that the embedded font cannot draw; thrown before drawing starts.
 *
 * <pre>{@code
 * catch (MissingGlyphException e) { System.err.println("U+" + Integer.toHexString(e.codePoint())); }
 * }</pre>
 */
public final class MissingGlyphException extends CertifiedCopyException {

    private static final long serialVersionUID = 1L;
    private final int codePoint;

    public MissingGlyphException(int codePoint, String text) {
        super(String.format("phông chữ không có ký tự '%s' (U+%04X) trong \"%s\" / "
                + "the font has no glyph for '%s' (U+%04X) in \"%s\"",
                new String(Character.toChars(codePoint)), codePoint, text,
                new String(Character.toChars(codePoint)), codePoint, text));
        this.codePoint = codePoint;
    }

    /** The missing character. */
    public int codePoint() {
        return codePoint;
    }
}
