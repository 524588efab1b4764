package vn.bansao.core;

/**
 * A character of the statement that the embedded font cannot draw; thrown before drawing starts. Code
 * {@code GLYPH_MISSING}; the arguments are the character, its code point in hex and the text.
 *
 * <pre>{@code
 * catch (MissingGlyphException e) { System.err.println("U+" + Integer.toHexString(e.codePoint())); }
 * }</pre>
 */
public final class MissingGlyphException extends CertifiedCopyException {

    private static final long serialVersionUID = 1L;
    private final int codePoint;

    public MissingGlyphException(int codePoint, String text) {
        super(CoreError.GLYPH_MISSING, null, new String(Character.toChars(codePoint)),
                String.format("%04X", codePoint), text);
        this.codePoint = codePoint;
    }

    /** The missing character. */
    public int codePoint() {
        return codePoint;
    }
}
